"""Importing a pack, as the person importing it reads it: the manifest's faults named with their
place and what was found, the same exercise left alone without stopping the rest, and a pack that
failed its checks refused in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from postureapp.core.exercises import Exercise, packs
from postureapp.core.exercises.packs import (
    MANIFEST,
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
