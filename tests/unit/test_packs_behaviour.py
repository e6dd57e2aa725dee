"""What a pack import keeps or refuses, in the words the person importing it reads: every check of
a hostile or broken pack at its exact limit, the manifest's every rule, what a clash with their
own or a built-in exercise does, and the line each imported exercise gets."""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from postureapp.core.exercises import CUSTOM, Exercise, load_library, packs
from postureapp.core.exercises.draft import Draft, DraftStep, check, save
from postureapp.core.exercises.packs import (
    MANIFEST,
    Choice,
    Clash,
    Imported,
    Pack,
    clash,
    describe,
    export_pack,
    import_pack,
    open_pack,
    pack_bytes,
)
from postureapp.core.pose import Pose, PoseSpec
from tests.unit.catalogue_marks import check_marks

ASSETS = Path(__file__).resolve().parents[2] / "assets"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>\n'
OTHER_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"/>\n'
NOD = PoseSpec("side", Pose.of("seated"), Pose.of("seated", {"neck.flex": 20}))


@pytest.fixture(autouse=True)
def marked_in_the_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text a pack check shows is found in the catalogue under the context it names."""
    check_marks(monkeypatch, packs)


def make(folder: Path, exercise_id: str, title: str, picture: Path, seconds: int = 6) -> Exercise:
    draft = Draft(
        id=exercise_id,
        title=title,
        summary="A small movement.",
        areas=["neck"],
        movement="neck",
        sides="both",
        cautions=["Stop if it hurts."],
        steps=[
            DraftStep("Nod.", seconds, pose=NOD),
            DraftStep("Look.", 5, image=picture, use_image=True),
        ],
    )
    exercise, problems = check(draft, folder)
    assert problems == [], problems
    assert exercise is not None
    return save(exercise, folder)


def library(folder: Path) -> dict[str, Exercise]:
    return load_library(ASSETS / "exercises", ASSETS / "illustrations", folder).exercises


@pytest.fixture
def nod(tmp_path: Path) -> Exercise:
    picture = tmp_path / "look.svg"
    picture.write_bytes(SVG)
    return make(tmp_path / "theirs", "nod", "Nod", picture)


def zipped(entries: dict[str, bytes], encrypted: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name), data)
    out = bytearray(buffer.getvalue())
    # Mark entries as encrypted in the central directory (zipfile cannot write encrypted ones).
    at = out.find(b"PK\x01\x02")
    while at != -1:
        length = int.from_bytes(out[at + 28 : at + 30], "little")
        if out[at + 46 : at + 46 + length].decode() in encrypted:
            out[at + 8] |= 0x1
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def refusals(path: Path, data: bytes | None = None) -> list[str]:
    """What the person reads about a pack that is refused (nothing of it is kept)."""
    if data is not None:
        path.write_bytes(data)
    with open_pack(path) as pack:
        assert not pack.ok and pack.exercises == []
        return [str(problem) for problem in pack.problems]


def accepted(path: Path, data: bytes) -> list[str]:
    path.write_bytes(data)
    with open_pack(path) as pack:
        assert pack.ok, pack.problems
        return [exercise.id for exercise in pack.exercises]


# --- the file itself ----------------------------------------------------------------------------


def test_a_pack_that_is_not_there_or_not_a_zip_says_so(tmp_path: Path) -> None:
    gone = tmp_path / "gone.zip"
    assert refusals(gone) == [f"{gone}: cannot be read: it does not exist"]
    text = tmp_path / "text.zip"
    (line,) = refusals(text, b"just some text")
    assert line == f"{text}: expected a pack (a zip file), found not a zip file"


def test_a_pack_over_the_size_limit_is_refused_and_one_at_it_read(
    tmp_path: Path, nod: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = zipped(pack_bytes([nod]))
    monkeypatch.setattr(packs, "MAX_PACK_BYTES", len(data))
    assert accepted(tmp_path / "fits.zip", data) == ["nod"]
    monkeypatch.setattr(packs, "MAX_PACK_BYTES", len(data) - 1)
    path = tmp_path / "big.zip"
    most = f"{len(data) - 1:,}"
    assert refusals(path, data) == [
        f"{path}: expected a pack of at most {most} bytes, found {len(data):,} bytes"
    ]


def test_the_number_of_files_is_capped(
    tmp_path: Path, nod: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = pack_bytes([nod])
    monkeypatch.setattr(packs, "MAX_ENTRIES", len(entries))
    assert accepted(tmp_path / "fits.zip", zipped(entries)) == ["nod"]
    path = tmp_path / "many.zip"
    more = zipped({**entries, "exercises/extra.svg": SVG})
    assert refusals(path, more) == [f"{path}: expected at most {len(entries)} files, found 4 files"]


def test_each_file_and_all_of_them_together_are_capped(
    tmp_path: Path, nod: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = pack_bytes([nod])
    monkeypatch.setattr(packs, "ILLUSTRATION_MAX_BYTES", len(SVG))
    assert accepted(tmp_path / "fits.zip", zipped(entries)) == ["nod"]
    monkeypatch.setattr(packs, "ILLUSTRATION_MAX_BYTES", len(SVG) - 1)
    path = tmp_path / "big.zip"
    assert refusals(path, zipped(entries)) == [
        f"{path}: exercises/look.svg: expected a file of at most {len(SVG) - 1} bytes,"
        " found a bigger file"
    ]
    monkeypatch.setattr(packs, "ILLUSTRATION_MAX_BYTES", 5_000_000)
    toml = len(entries["exercises/nod.toml"])
    monkeypatch.setattr(packs, "MAX_TOML_BYTES", toml)
    assert accepted(tmp_path / "fits2.zip", zipped(entries)) == ["nod"]
    monkeypatch.setattr(packs, "MAX_TOML_BYTES", toml - 1)
    (line,) = refusals(tmp_path / "big2.zip", zipped(entries))
    assert "exercises/nod.toml: expected a file of at most" in line
    monkeypatch.setattr(packs, "MAX_TOML_BYTES", 1_000_000)
    total = sum(len(v) for v in entries.values())
    monkeypatch.setattr(packs, "MAX_TOTAL_BYTES", total)
    assert accepted(tmp_path / "fits3.zip", zipped(entries)) == ["nod"]
    monkeypatch.setattr(packs, "MAX_TOTAL_BYTES", total - 1)
    path = tmp_path / "all.zip"
    assert refusals(path, zipped(entries)) == [
        f"{path}: expected at most {total - 1:,} bytes in all, found more"
    ]


def test_the_exercises_folder_entry_is_allowed_but_no_other_folder(
    tmp_path: Path, nod: Exercise
) -> None:
    entries = pack_bytes([nod])
    assert accepted(tmp_path / "dir.zip", zipped({"exercises/": b"", **entries})) == ["nod"]
    path = tmp_path / "other.zip"
    assert refusals(path, zipped({"pictures/": b"", **entries})) == [
        f"{path}: pictures/: expected manifest.toml or a plain file name inside exercises/,"
        " found another path"
    ]


def test_encrypted_and_repeated_entries_are_refused(tmp_path: Path, nod: Exercise) -> None:
    entries = pack_bytes([nod])
    path = tmp_path / "locked.zip"
    assert refusals(path, zipped(entries, encrypted=("exercises/look.svg",))) == [
        f"{path}: exercises/look.svg: expected a file, found an encrypted file"
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        with pytest.warns(UserWarning):
            archive.writestr("exercises/look.svg", OTHER_SVG)
    twice = tmp_path / "twice.zip"
    assert refusals(twice, buffer.getvalue()) == [
        f"{twice}: exercises/look.svg: expected each name once, found twice"
    ]


def test_a_damaged_entry_says_it_cannot_be_read(tmp_path: Path, nod: Exercise) -> None:
    data = bytearray(zipped(pack_bytes([nod])))
    at = data.index(SVG)
    data[at : at + 4] = b"XXXX"  # the stored bytes no longer match their checksum
    path = tmp_path / "damaged.zip"
    (line,) = refusals(path, bytes(data))
    assert line.startswith(
        f"{path}: exercises/look.svg: expected a readable file, found a damaged zip file"
    )


# --- the manifest -----------------------------------------------------------------------------


def manifest_refusal(tmp_path: Path, nod: Exercise, manifest: bytes) -> list[str]:
    path = tmp_path / "p.zip"
    lines = refusals(path, zipped({**pack_bytes([nod]), MANIFEST: manifest}))
    return [line.removeprefix(f"{path}: ") for line in lines]


def test_a_manifest_that_is_not_toml_or_not_ours_is_refused(tmp_path: Path, nod: Exercise) -> None:
    (line,) = manifest_refusal(tmp_path, nod, b"format = ")
    assert line == (
        "manifest.toml: expected a TOML manifest, found a value of no known kind (text needs quotes)"
    )
    (line,) = manifest_refusal(tmp_path, nod, b"\xff\xfe")
    assert line == "manifest.toml: expected UTF-8 text, found byte 0xff at offset 0"
    assert manifest_refusal(tmp_path, nod, b'format = "a zip"\nversion = 1') == [
        'manifest.toml: format: expected "postureapp exercise pack", found another'
    ]


@pytest.mark.parametrize(("version", "shown"), [("2", "2"), ("true", "True"), ('"1"', "'1'")])
def test_a_manifest_from_a_newer_app_or_without_a_number_is_refused(
    tmp_path: Path, nod: Exercise, version: str, shown: str
) -> None:
    manifest = f'format = "postureapp exercise pack"\nversion = {version}\nexercises = ["nod"]'
    assert manifest_refusal(tmp_path, nod, manifest.encode()) == [
        "manifest.toml: version: expected version 1 or older (this postureapp is too old for"
        f" a newer one), found {shown}"
    ]


@pytest.mark.parametrize("ids", ['"nod"', "[]", '["nod", "nod"]', '["../nod"]', "[1]", '["-nod"]'])
def test_the_manifest_lists_one_to_a_hundred_plain_distinct_ids(
    tmp_path: Path, nod: Exercise, ids: str
) -> None:
    manifest = f'format = "postureapp exercise pack"\nversion = 1\nexercises = {ids}'
    (line,) = manifest_refusal(tmp_path, nod, manifest.encode())
    assert line.startswith("manifest.toml: exercises: expected a list of 1 to 100 exercise ids,")


def test_an_older_manifest_version_is_read(tmp_path: Path, nod: Exercise) -> None:
    entries = pack_bytes([nod])
    older = entries[MANIFEST].replace(b"version = 1", b"version = 0")
    assert accepted(tmp_path / "old.zip", zipped({**entries, MANIFEST: older})) == ["nod"]


def test_a_hundred_exercises_fit_in_a_manifest_and_a_hundred_and_one_do_not(
    tmp_path: Path, nod: Exercise
) -> None:
    def listing(count: int) -> bytes:
        ids = ", ".join(f'"e{i}"' for i in range(count))
        return f'format = "postureapp exercise pack"\nversion = 1\nexercises = [{ids}]'.encode()

    (line, *_) = manifest_refusal(tmp_path, nod, listing(100))
    assert line == "manifest.toml: exercises: expected exercises/e0.toml, found missing"
    (line,) = manifest_refusal(tmp_path, nod, listing(101))
    assert line.startswith("manifest.toml: exercises: expected a list of 1 to 100 exercise ids")


def test_every_exercise_named_is_there_and_every_one_there_is_named(
    tmp_path: Path, nod: Exercise
) -> None:
    entries = pack_bytes([nod])
    manifest = entries[MANIFEST].replace(b'"nod"', b'"nod", "gone"')
    assert manifest_refusal(tmp_path, nod, manifest) == [
        "manifest.toml: exercises: expected exercises/gone.toml, found missing"
    ]
    path = tmp_path / "extra.zip"
    extra = zipped({**entries, "exercises/extra.toml": entries["exercises/nod.toml"]})
    assert refusals(path, extra) == [
        f"{path}: exercises/extra.toml: expected an exercise the manifest names, found not"
    ]
    path = tmp_path / "none.zip"
    without = {k: v for k, v in entries.items() if k != MANIFEST}
    assert refusals(path, zipped(without)) == [
        f"{path}: manifest.toml: expected a manifest, found none"
    ]


def test_a_broken_exercise_is_named_by_the_pack_and_its_file(tmp_path: Path, nod: Exercise) -> None:
    entries = pack_bytes([nod])
    broken = entries["exercises/nod.toml"].replace(b'title = "Nod"', b'title = ""')
    path = tmp_path / "p.zip"
    (line,) = refusals(path, zipped({**entries, "exercises/nod.toml": broken}))
    assert line.startswith(f"{path}: nod.toml:")
    assert line.endswith(": title: expected text of 1 to 40 characters, found 0 characters")


# --- export -----------------------------------------------------------------------------------


def test_pictures_keep_their_names_and_are_stored_once(tmp_path: Path) -> None:
    first = tmp_path / "a" / "look.svg"
    first.parent.mkdir()
    first.write_bytes(SVG)
    second = tmp_path / "b" / "look.svg"  # the same name, other content
    second.parent.mkdir()
    second.write_bytes(OTHER_SVG)
    odd = tmp_path / "a" / "my picture.svg"  # not a plain name
    odd.write_bytes(SVG)
    one = make(tmp_path / "f1", "nod", "Nod", first)
    two = make(tmp_path / "f2", "tilt", "Tilt", second)
    three = make(tmp_path / "f3", "turn", "Turn", odd)
    entries = pack_bytes([one, two, three])
    assert list(entries) == [
        MANIFEST,
        "exercises/look.svg",
        "exercises/nod.toml",
        "exercises/tilt-2.svg",  # look.svg was taken by other bytes
        "exercises/tilt.toml",
        "exercises/picture.svg",  # "my picture.svg" is not a plain name
        "exercises/turn.toml",
    ]
    assert entries["exercises/look.svg"] == SVG and entries["exercises/tilt-2.svg"] == OTHER_SVG
    assert b'illustration = "tilt-2.svg"' in entries["exercises/tilt.toml"]
    assert b'illustration = "picture.svg"' in entries["exercises/turn.toml"]
    assert entries[MANIFEST].decode() == (
        'format = "postureapp exercise pack"\nversion = 1\n'
        'exercises = [\n    "nod",\n    "tilt",\n    "turn",\n]\n'
    )
    back = tmp_path / "back.zip"
    assert accepted(back, zipped(entries)) == ["nod", "tilt", "turn"]


def test_a_picture_shown_by_two_steps_is_stored_once(tmp_path: Path, nod: Exercise) -> None:
    twice = replace(nod, steps=(nod.steps[1], nod.steps[1]))
    entries = pack_bytes([twice])
    assert [name for name in entries if name.endswith(".svg")] == ["exercises/look.svg"]
    assert entries["exercises/nod.toml"].count(b'illustration = "look.svg"') == 2


def test_export_writes_the_whole_pack_or_nothing(tmp_path: Path, nod: Exercise) -> None:
    with pytest.raises(ValueError):
        export_pack([], tmp_path / "empty.exercises.zip")
    target = tmp_path / "new" / "folder" / "neck.exercises.zip"
    assert export_pack([nod], target) == target
    assert sorted(os.listdir(target.parent)) == ["neck.exercises.zip"]
    assert accepted(target, target.read_bytes()) == ["nod"]
    gone = replace(nod, steps=(replace(nod.steps[1], illustration=tmp_path / "gone.svg"),))
    with pytest.raises(FileNotFoundError):
        export_pack([gone], tmp_path / "x" / "p.exercises.zip")
    failed = tmp_path / "x" / "p.exercises.zip"
    monkey = pytest.MonkeyPatch()
    with monkey.context() as m:
        m.setattr(packs.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError("disk full")))
        with pytest.raises(OSError, match="disk full"):
            export_pack([nod], failed)
    assert os.listdir(failed.parent) == [], "no half-written file is left behind"


# --- import -----------------------------------------------------------------------------------


def test_clashes_are_told_apart(tmp_path: Path, nod: Exercise) -> None:
    theirs = tmp_path / "theirs"
    assert clash(nod, {}) == Clash.NONE
    assert clash(nod, {}, tmp_path / "empty") == Clash.NONE
    assert clash(nod, library(theirs), theirs) == Clash.SAME
    assert clash(replace(nod, title="Nod more"), library(theirs)) == Clash.CUSTOM
    assert clash(nod, {}, theirs) == Clash.CUSTOM  # a file of theirs, loaded or not
    built_in = library(tmp_path / "none")["chin-tuck"]
    assert clash(built_in, library(tmp_path / "none")) == Clash.BUILT_IN


def test_the_same_pictures_bytes_make_the_same_exercise(tmp_path: Path, nod: Exercise) -> None:
    def showing(data: bytes, name: str) -> Exercise:
        picture = tmp_path / name
        picture.write_bytes(data)
        return replace(nod, steps=(nod.steps[0], replace(nod.steps[1], illustration=picture)))

    mine = {"nod": nod}
    assert clash(showing(SVG, "copy.svg"), mine) == Clash.SAME
    assert clash(showing(OTHER_SVG, "changed.svg"), mine) == Clash.CUSTOM


def test_keeping_both_numbers_the_title_within_the_title_limit(
    tmp_path: Path, nod: Exercise
) -> None:
    long_title = "A very long exercise title of forty ch"  # 38 characters
    other = make(tmp_path / "other", "nod", long_title, tmp_path / "look.svg", seconds=12)
    target = tmp_path / "theirs"
    (target / "nod-2.toml").write_text("not loaded, but taken")
    pack = Pack(tmp_path / "p.zip", [other])
    (kept,) = import_pack(pack, target, library(target))
    assert kept.exercise is not None
    assert (kept.exercise.id, kept.exercise.title) == (
        "nod-3",
        "A very long exercise title of forty (3)",
    )
    assert len(kept.exercise.title) == 39  # cut to fit 40 characters, the space dropped
    assert kept.exercise.origin == CUSTOM and kept.exercise.path == target / "nod-3.toml"
    assert library(target)["nod-3"].title == kept.exercise.title


def test_two_clashing_exercises_of_one_pack_get_different_ids(
    tmp_path: Path, nod: Exercise
) -> None:
    target = tmp_path / "theirs"
    a = make(tmp_path / "a", "nod", "Nod slow", tmp_path / "look.svg", seconds=12)
    b = make(tmp_path / "b", "nod", "Nod fast", tmp_path / "look.svg", seconds=3)
    results = import_pack(Pack(tmp_path / "p.zip", [a, b]), target, library(target))
    assert [(r.exercise.id if r.exercise else None, r.action) for r in results] == [
        ("nod-2", "kept both"),
        ("nod-3", "kept both"),
    ]


def test_only_a_checked_pack_is_imported(tmp_path: Path, nod: Exercise) -> None:
    with pytest.raises(ValueError):
        import_pack(Pack(tmp_path / "p.zip"), tmp_path / "t", {})
    bad = Pack(tmp_path / "p.zip", [nod], problems=[])
    bad.problems.append(packs.problem("p.zip", "", "a", "b"))
    with pytest.raises(ValueError):
        import_pack(bad, tmp_path / "t", {})
    assert not (tmp_path / "t").exists()


def test_a_new_exercise_is_added_under_its_own_id(tmp_path: Path, nod: Exercise) -> None:
    target = tmp_path / "fresh"
    (added,) = import_pack(Pack(tmp_path / "p.zip", [nod]), target, {}, default=Choice.SKIP)
    assert added.action == "added" and added.pack_id == "nod"
    assert added.exercise is not None and added.exercise.path == target / "nod.toml"
    assert added.exercise.origin == CUSTOM and library(target)["nod"].title == "Nod"


def test_each_result_reads_as_one_line_in_the_readers_language(tmp_path: Path) -> None:
    nod = replace(library(tmp_path / "none")["chin-tuck"], id="nod-2", title="Nod (2)")
    results = [
        Imported("nod", nod, "added"),
        Imported("nod", nod, "replaced"),
        Imported("nod", nod, "kept both"),
        Imported("nod", nod, "already there"),
        Imported("nod", None, "skipped"),
        Imported("nod", nod, "moved"),
    ]
    assert describe(results) == [
        "nod: added ('Nod (2)')",
        "nod: replaced ('Nod (2)')",
        "nod: you already have one with this id; added as 'Nod (2)' (nod-2)",
        "nod: already there, unchanged",
        "nod: skipped (you already have one with this id)",
        "nod: moved ('Nod (2)')",
    ]
    asked: list[tuple[str, str]] = []

    def shout(context: str, source: str) -> str:
        asked.append((context, source))
        return source.upper()

    assert describe(results[:1] + results[4:5], shout) == [
        "nod: ADDED ('Nod (2)')",
        "nod: SKIPPED (YOU ALREADY HAVE ONE WITH THIS ID)",
    ]
    assert {context for context, _ in asked} == {"packs"}
