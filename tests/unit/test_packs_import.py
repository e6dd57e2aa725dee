"""Importing a pack, as the person importing it reads it: the manifest's faults named with their
place and what was found, the same exercise left alone without stopping the rest, and a pack that
failed its checks refused in words."""

from __future__ import annotations

import io
import stat
import warnings
import zipfile
from pathlib import Path

import pytest

from postureapp.core.exercises import CUSTOM, Exercise, packs
from postureapp.core.exercises.packs import (
    MANIFEST,
    Choice,
    Pack,
    describe,
    import_pack,
    open_pack,
    pack_bytes,
)
from tests.unit.catalogue_marks import check_marks
from tests.unit.test_packs_behaviour import SVG, library, make, zipped


@pytest.fixture(autouse=True)
def marked_in_the_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text a pack check shows is found in the catalogue under the context it names."""
    check_marks(monkeypatch, packs)


@pytest.fixture
def nod(tmp_path: Path) -> Exercise:
    picture = tmp_path / "look.svg"
    picture.write_bytes(SVG)
    return make(tmp_path / "theirs", "nod", "Nod", picture)


def manifest_refusal(tmp_path: Path, nod: Exercise, manifest: str) -> list[str]:
    path = tmp_path / "p.zip"
    path.write_bytes(zipped({**pack_bytes([nod]), MANIFEST: manifest.encode()}))
    with open_pack(path) as pack:
        assert pack.exercises == []
        return [str(p).removeprefix(f"{path}: ") for p in pack.problems]


def test_a_manifest_that_is_not_toml_names_the_line_and_column(
    tmp_path: Path, nod: Exercise
) -> None:
    manifest = 'format = "postureapp exercise pack"\nversion = 1\nexercises = ["nod",\n= 3\n'
    (line,) = manifest_refusal(tmp_path, nod, manifest)
    assert line.startswith("manifest.toml: expected a TOML manifest, found ")
    assert line.endswith(" (line 4, column 1)")


def test_a_list_of_ids_that_is_not_one_is_shown_as_found_and_cut_short(
    tmp_path: Path, nod: Exercise
) -> None:
    head = 'format = "postureapp exercise pack"\nversion = 1\n'
    expected = "manifest.toml: exercises: expected a list of 1 to 100 exercise ids, found "
    assert manifest_refusal(tmp_path, nod, head + 'exercises = "nod"') == [expected + "'nod'"]
    assert manifest_refusal(tmp_path, nod, head) == [expected + "None"]
    ids = ", ".join(f'"exercise-number-{i}"' for i in range(5)) + ', "../x"'
    (line,) = manifest_refusal(tmp_path, nod, head + f"exercises = [{ids}]")
    shown = repr([f"exercise-number-{i}" for i in range(5)] + ["../x"])[:60]
    assert line == expected + shown
    assert len(shown) == 60


def test_an_exercise_already_there_is_left_alone_and_the_rest_still_come(
    tmp_path: Path, nod: Exercise
) -> None:
    theirs = tmp_path / "theirs"
    tilt = make(tmp_path / "other", "tilt", "Tilt", tmp_path / "look.svg")
    mine = library(theirs)
    results = import_pack(Pack(tmp_path / "p.zip", [nod, tilt]), theirs, mine)
    assert [(r.pack_id, r.action) for r in results] == [
        ("nod", "already there"),
        ("tilt", "added"),
    ]
    assert results[0].exercise == mine["nod"]
    assert describe(results) == ["nod: already there, unchanged", "tilt: added ('Tilt')"]
    assert library(theirs)["tilt"].title == "Tilt"


def test_a_pack_that_failed_its_checks_is_refused_in_words(tmp_path: Path) -> None:
    with pytest.raises(ValueError) as refused:
        import_pack(Pack(tmp_path / "p.zip"), tmp_path / "t", {})
    assert str(refused.value) == "only a pack that passed every check can be imported"


def test_an_exercise_skipped_does_not_stop_the_rest(tmp_path: Path, nod: Exercise) -> None:
    theirs = tmp_path / "theirs"
    deeper = make(tmp_path / "other", "nod", "Nod deeper", tmp_path / "look.svg", seconds=12)
    tilt = make(tmp_path / "other", "tilt", "Tilt", tmp_path / "look.svg")
    pack = Pack(tmp_path / "p.zip", [deeper, tilt])
    results = import_pack(pack, theirs, library(theirs), {"nod": Choice.SKIP})
    assert [(r.pack_id, r.action) for r in results] == [("nod", "skipped"), ("tilt", "added")]
    assert library(theirs)["nod"].title == "Nod" and library(theirs)["tilt"].title == "Tilt"


def test_an_imported_exercise_is_the_users_own_whatever_it_was_before(tmp_path: Path) -> None:
    built_in = library(tmp_path / "none")["chin-tuck"]
    mine = tmp_path / "mine"
    (result,) = import_pack(Pack(tmp_path / "p.zip", [built_in]), mine, {}, default=Choice.SKIP)
    assert result.action == "added" and result.exercise is not None
    assert result.exercise.origin == CUSTOM and result.exercise.path == mine / "chin-tuck.toml"


def test_a_pack_that_cannot_be_read_is_reported_for_the_whole_file(tmp_path: Path) -> None:
    gone = tmp_path / "gone.zip"
    with open_pack(gone) as pack:
        (problem,) = pack.problems
    assert problem.as_dict()["field"] == ""
    assert problem.as_dict()["file"] == str(gone)


@pytest.mark.parametrize("limit", ["MAX_PACK_BYTES", "MAX_ENTRIES", "MAX_TOTAL_BYTES", None])
def test_a_refusal_of_the_whole_pack_names_the_file_and_no_entry(
    tmp_path: Path, nod: Exercise, monkeypatch: pytest.MonkeyPatch, limit: str | None
) -> None:
    path = tmp_path / "p.zip"
    if limit is None:
        path.write_bytes(b"not a zip at all")
    else:
        path.write_bytes(zipped(pack_bytes([nod])))
        monkeypatch.setattr(packs, limit, 1)
    with open_pack(path) as pack:
        (problem,) = pack.problems
    assert (problem.as_dict()["file"], problem.as_dict()["field"]) == (str(path), "")


def test_a_folder_named_almost_like_the_exercises_folder_is_refused(
    tmp_path: Path, nod: Exercise
) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(zipped({"exercisesX/": b"", **pack_bytes([nod])}))
    with open_pack(path) as pack:
        (problem,) = pack.problems
    assert str(problem) == (
        f"{path}: exercisesX/: expected manifest.toml or a plain file name inside exercises/,"
        " found another path"
    )


def zip_of(
    entries: list[tuple[str, bytes]],
    *,
    links: tuple[str, ...] = (),
    encrypted: tuple[str, ...] = (),
    method: dict[str, int] | None = None,
) -> bytes:
    """A zip with these entries in order (a name may come twice), some marked as links or
    encrypted, or given another compression method in their headers."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a repeated name
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in entries:
                info = zipfile.ZipInfo(name)
                if name in links:
                    info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, data)
    out = bytearray(buffer.getvalue())
    # (signature, offset of the flags, of the name's length, of the name) in each header
    for signature, flags, length, size in ((b"PK\x01\x02", 8, 28, 46), (b"PK\x03\x04", 6, 26, 30)):
        at = out.find(signature)
        while at != -1:
            name_length = int.from_bytes(out[at + length : at + length + 2], "little")
            name = out[at + size : at + size + name_length].decode()
            if name in encrypted:
                out[at + flags] |= 0x1
            if method and name in method:
                out[at + flags + 2 : at + flags + 4] = method[name].to_bytes(2, "little")
            at = out.find(signature, at + 4)
    return bytes(out)


def test_every_bad_entry_of_a_pack_is_reported_not_only_the_first(
    tmp_path: Path, nod: Exercise
) -> None:
    good = list(pack_bytes([nod]).items())
    bad = [
        ("a/one.svg", SVG),
        ("a/two.svg", SVG),
        ("exercises/l1.svg", SVG),
        ("exercises/l2.svg", SVG),
        ("exercises/e1.svg", SVG),
        ("exercises/e2.svg", SVG),
        ("exercises/d.svg", SVG),
        ("exercises/d.svg", SVG),
        ("exercises/d.svg", SVG),
        ("exercises/c1.svg", SVG),
        ("exercises/c2.svg", SVG),
    ]
    path = tmp_path / "p.zip"
    path.write_bytes(
        zip_of(
            good + bad,
            links=("exercises/l1.svg", "exercises/l2.svg"),
            encrypted=("exercises/e1.svg", "exercises/e2.svg"),
            method={"exercises/c1.svg": 99, "exercises/c2.svg": 99},
        )
    )
    with open_pack(path) as pack:
        lines = [str(p).removeprefix(f"{path}: ") for p in pack.problems]
    other = "expected manifest.toml or a plain file name inside exercises/, found another path"
    method = "expected a readable file, found a compression method this app cannot read"
    assert lines == [
        f"a/one.svg: {other}",
        f"a/two.svg: {other}",
        "exercises/l1.svg: expected a file, found a symbolic link",
        "exercises/l2.svg: expected a file, found a symbolic link",
        "exercises/e1.svg: expected a file, found an encrypted file",
        "exercises/e2.svg: expected a file, found an encrypted file",
        "exercises/d.svg: expected each name once, found twice",
        "exercises/d.svg: expected each name once, found twice",
        f"exercises/c1.svg: {method}",
        f"exercises/c2.svg: {method}",
    ]


def test_an_entry_over_its_limit_is_refused_for_its_size_without_reading_it_to_the_end(
    tmp_path: Path, nod: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packs, "ILLUSTRATION_MAX_BYTES", 5000)
    entries = pack_bytes([nod])
    big = b"<svg>" + b"x" * 4997  # two bytes over the limit
    data = bytearray(zip_of([*entries.items(), ("exercises/big.svg", big)]))
    data[data.rindex(big) + len(big) - 1] ^= 0xFF  # only the last byte is damaged
    path = tmp_path / "p.zip"
    path.write_bytes(bytes(data))
    with open_pack(path) as pack:
        lines = [str(p).removeprefix(f"{path}: ") for p in pack.problems]
    assert lines == [
        "exercises/big.svg: expected a file of at most 5,000 bytes, found a bigger file"
    ]


def test_every_oversized_entry_is_reported(
    tmp_path: Path, nod: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packs, "ILLUSTRATION_MAX_BYTES", 100)
    big = b"<svg>" + b"x" * 100
    entries = [*pack_bytes([nod]).items(), ("exercises/b1.svg", big), ("exercises/b2.svg", big)]
    path = tmp_path / "p.zip"
    path.write_bytes(zip_of(entries))
    with open_pack(path) as pack:
        lines = [str(p).removeprefix(f"{path}: ") for p in pack.problems]
    assert lines == [
        "exercises/b1.svg: expected a file of at most 100 bytes, found a bigger file",
        "exercises/b2.svg: expected a file of at most 100 bytes, found a bigger file",
    ]
