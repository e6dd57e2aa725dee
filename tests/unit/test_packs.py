"""Shareable packs: exported with their pictures, read back whole, and guarded like anything that
comes from someone else: nothing is written unless the whole pack passes, and nobody's own
exercise is replaced without being asked."""

from __future__ import annotations

import io
import stat
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from postureapp.core.exercises import BUILTIN, CUSTOM, Exercise, load_library, packs
from postureapp.core.exercises.draft import Draft, DraftStep, check, save
from postureapp.core.exercises.packs import (
    MANIFEST,
    Choice,
    Clash,
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
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>\n'
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


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """Someone's custom folder with two exercises of their own."""
    folder = tmp_path / "theirs"
    picture = tmp_path / "look.svg"
    picture.write_text(SVG)
    make(folder, "nod", "Nod", picture)
    make(folder, "look", "Look around", picture, seconds=8)
    return folder


def library(folder: Path) -> dict[str, Exercise]:
    return load_library(ASSETS / "exercises", ASSETS / "illustrations", folder).exercises


def zipped(entries: dict[str, bytes], *, links: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name)
            if name in links:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def test_a_pack_carries_its_exercises_and_pictures_to_a_fresh_home(
    tmp_path: Path, home: Path
) -> None:
    mine = library(home)
    pack_file = export_pack([mine["nod"], mine["look"]], tmp_path / "neck.exercises.zip")
    names = sorted(zipfile.ZipFile(pack_file).namelist())
    assert names == [
        "exercises/look.svg",
        "exercises/look.toml",
        "exercises/nod.toml",
        MANIFEST,
    ]
    fresh = tmp_path / "fresh" / "exercises"
    with open_pack(pack_file) as pack:
        assert pack.ok, pack.problems
        results = import_pack(pack, fresh, library(fresh))
    assert [r.action for r in results] == ["added", "added"]
    theirs = library(fresh)
    for exercise_id in ("nod", "look"):
        assert theirs[exercise_id].origin == CUSTOM
        assert theirs[exercise_id].steps == tuple(
            step
            if step.illustration is None
            else replace(step, illustration=(fresh / "look.svg").resolve())
            for step in mine[exercise_id].steps
        )
    assert (fresh / "look.svg").read_text() == SVG


def test_the_same_exercise_twice_is_left_alone(tmp_path: Path, home: Path) -> None:
    pack_file = export_pack([library(home)["nod"]], tmp_path / "p.exercises.zip")
    with open_pack(pack_file) as pack:
        (result,) = import_pack(pack, home, library(home))
    assert result.action == "already there"
    assert sorted(p.name for p in home.glob("*.toml")) == ["look.toml", "nod.toml"]


def test_a_different_exercise_with_a_taken_id_is_kept_beside_it_unless_asked(
    tmp_path: Path, home: Path
) -> None:
    other = tmp_path / "other"
    picture = tmp_path / "look.svg"
    make(other, "nod", "Nod deeper", picture, seconds=12)
    pack_file = export_pack([library(other)["nod"]], tmp_path / "p.exercises.zip")
    with open_pack(pack_file) as pack:
        assert clash(pack.exercises[0], library(home)) == Clash.CUSTOM
        (kept,) = import_pack(pack, home, library(home))
    assert kept.action == "kept both" and kept.exercise is not None
    assert (kept.exercise.id, kept.exercise.title) == ("nod-2", "Nod deeper (2)")
    assert library(home)["nod"].title == "Nod", "their own is untouched"
    assert library(home)["nod-2"].steps[0].seconds == 12
    assert describe([kept]) == [
        "nod: you already have one with this id; added as 'Nod deeper (2)' (nod-2)"
    ]

    with open_pack(pack_file) as pack:
        (skipped,) = import_pack(pack, home, library(home), default=Choice.SKIP)
    assert skipped.action == "skipped"
    with open_pack(pack_file) as pack:
        (replaced,) = import_pack(pack, home, library(home), {"nod": Choice.REPLACE})
    assert replaced.action == "replaced" and library(home)["nod"].title == "Nod deeper"


def test_an_exercise_with_a_built_in_id_does_not_silently_replace_it(
    tmp_path: Path,
) -> None:
    built_in = library(tmp_path / "none")["chin-tuck"]
    assert built_in.origin == BUILTIN
    pack_file = export_pack([built_in], tmp_path / "p.exercises.zip")
    with open_pack(pack_file) as pack:
        assert clash(pack.exercises[0], library(tmp_path / "mine")) == Clash.BUILT_IN
        (result,) = import_pack(pack, tmp_path / "mine", library(tmp_path / "mine"))
    assert result.exercise is not None and result.exercise.id == "chin-tuck-2"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../evil.toml", "a plain file name inside exercises/"),
        ("/etc/evil.toml", "a plain file name inside exercises/"),
        ("exercises/../../evil.svg", "a plain file name inside exercises/"),
        ("exercises/sub/evil.svg", "a plain file name inside exercises/"),
        ("exercises\\evil.svg", "a plain file name inside exercises/"),
        ("exercises/.hidden", "a plain file name inside exercises/"),
    ],
)
def test_a_path_that_leaves_the_pack_is_refused_and_nothing_is_written(
    tmp_path: Path, home: Path, name: str, expected: str
) -> None:
    entries = pack_bytes([library(home)["nod"]])
    entries[name] = b"x"
    hostile = tmp_path / "hostile.zip"
    hostile.write_bytes(zipped(entries))
    with open_pack(hostile) as pack:
        assert not pack.ok and pack.exercises == []
        assert any(expected in problem.expected for problem in pack.problems), pack.problems
        with pytest.raises(ValueError):
            import_pack(pack, tmp_path / "target", {})
    assert not (tmp_path / "target").exists()
    assert not (tmp_path / "evil.toml").exists()


def test_links_bombs_and_floods_are_refused(tmp_path: Path, home: Path) -> None:
    good = pack_bytes([library(home)["look"]])
    cases = {
        "link": (zipped(good, links=("exercises/look.svg",)), "a symbolic link"),
        "bomb": (zipped({**good, "exercises/look.svg": b"\0" * 6_000_000}), "a bigger file"),
        "flood": (
            zipped({**good, **{f"exercises/p{i}.svg": b"x" for i in range(400)}}),
            "at most 300 files",
        ),
        "not a zip": (b"PK\x03\x04 but not really", "a pack (a zip file)"),
    }
    for label, (data, expected) in cases.items():
        path = tmp_path / f"{label}.zip"
        path.write_bytes(data)
        with open_pack(path) as pack:
            assert not pack.ok, label
            assert any(expected in problem.what for problem in pack.problems), (
                label,
                pack.problems,
            )


def test_the_manifest_and_every_exercise_are_checked_before_anything_is_written(
    tmp_path: Path, home: Path
) -> None:
    good = pack_bytes([library(home)["nod"]])
    broken_toml = good["exercises/nod.toml"].replace(b"seconds = 6", b"seconds = 600")
    cases = {
        "no manifest": ({k: v for k, v in good.items() if k != MANIFEST}, "a manifest"),
        "newer": (
            {**good, MANIFEST: good[MANIFEST].replace(b"version = 1", b"version = 9")},
            "version 1 or older",
        ),
        "unlisted": ({**good, "exercises/extra.toml": b"id = 1"}, "an exercise the manifest"),
        "bad step": ({**good, "exercises/nod.toml": broken_toml}, "an integer from 2 to 120"),
    }
    for label, (entries, expected) in cases.items():
        path = tmp_path / f"{label}.zip"
        path.write_bytes(zipped(entries))
        with open_pack(path) as pack:
            assert not pack.ok, label
            assert any(expected in str(problem) for problem in pack.problems), (
                label,
                pack.problems,
            )
    with open_pack(tmp_path / "bad step.zip") as pack:
        problem = pack.problems[0]
        assert problem.field == "steps[1].seconds" and problem.line is not None
        assert str(problem).startswith(f"{tmp_path / 'bad step.zip'}: nod.toml:")


def test_a_file_of_theirs_that_does_not_load_is_not_overwritten(tmp_path: Path, home: Path) -> None:
    (home / "nod.toml").write_text('id = "nod"\ntitle = "half written by hand"\n')
    other = tmp_path / "other"
    make(other, "nod", "Nod", tmp_path / "look.svg")
    pack_file = export_pack([library(other)["nod"]], tmp_path / "p.exercises.zip")
    assert "nod" not in library(home), "the broken file does not load"
    with open_pack(pack_file) as pack:
        assert clash(pack.exercises[0], library(home), home) == Clash.CUSTOM
        (result,) = import_pack(pack, home, library(home))
    assert result.action == "kept both" and result.exercise is not None
    assert result.exercise.id == "nod-2"
    assert "half written by hand" in (home / "nod.toml").read_text()
