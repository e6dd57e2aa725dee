"""The words an author reads when an exercise file is wrong, each checked whole: what was
expected, what was found, and the picture rules (names inside the pack, known kinds, size)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from postureapp.core.exercises import CUSTOM, load_exercise, load_library, validate_path
from postureapp.core.exercises.model import ILLUSTRATION_MAX_BYTES
from postureapp.core.i18n import Phrase
from postureapp.core.i18n.qm import Catalogue
from postureapp.paths import assets_dir
from tests.unit.test_exercises import SVG, exercise_data

KINDS = ".svg, .png, .jpg, .jpeg or .gif"


def data(**overrides: Any) -> dict[str, Any]:
    """A valid exercise "move"; an override of None removes that key."""
    return exercise_data("move", **overrides)


def write(folder: Path, **overrides: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pose.svg").write_text(SVG, encoding="utf-8")
    path = folder / "move.toml"
    path.write_text(tomli_w.dumps(data(**overrides)), encoding="utf-8")
    return path


def picture_step(name: object) -> dict[str, Any]:
    return {"steps": [{"text": "Sit tall.", "seconds": 5, "illustration": name}]}


def problems(path: Path) -> list[tuple[str, str]]:
    return [(problem.field, problem.what) for problem in validate_path(path)]


@pytest.mark.parametrize(
    ("overrides", "field", "what"),
    [
        (
            {"steps": [{"text": "Sit tall.", "seconds": 5}]},
            "steps[1].illustration",
            f"expected the name of a {KINDS} file, found nothing (the field is missing)",
        ),
        (
            picture_step(3),
            "steps[1].illustration",
            f"expected the name of a {KINDS} file, found 3",
        ),
        *(
            (
                picture_step(name),
                "steps[1].illustration",
                f"expected a file name relative to the illustration folder, found {name!r}",
            )
            for name in ("/etc/pose.svg", "../pose.svg", "sub\\pose.svg", "c:pose.svg")
        ),
        (
            picture_step("pose.bmp"),
            "steps[1].illustration",
            f"expected a {KINDS} file, found 'pose.bmp'",
        ),
        ({"steps": ["sit"]}, "steps[1]", "expected a [[steps]] table, found 'sit'"),
        (
            {"id": "Move"},
            "id",
            "expected lowercase letters, digits and hyphens, found 'Move'",
        ),
        ({"id": 7}, "id", "expected lowercase letters, digits and hyphens, found 7"),
        (
            {"id": None},
            "id",
            "expected lowercase letters, digits and hyphens, found nothing (the field is missing)",
        ),
        (
            {"id": "other-move"},
            "id",
            "expected the file name without .toml ('move'), found 'other-move'",
        ),
        (
            {"position": "floor"},
            "suits",
            "expected only \"long\" for a floor exercise, found ['short', 'long']",
        ),
        (
            {"position": "floor", "suits": ["short"]},
            "suits",
            "expected only \"long\" for a floor exercise, found ['short']",
        ),
        (
            {"equipment": ["towel"]},
            "suits",
            "expected only \"long\" for an exercise that needs equipment, found ['short', 'long']",
        ),
        (
            {"steps": None},
            "steps",
            "expected 1 to 6 [[steps]] tables, found nothing (the field is missing)",
        ),
        ({"steps": "sit"}, "steps", "expected 1 to 6 [[steps]] tables, found 'sit'"),
        (
            {"steps": [{"text": "Sit tall.", "seconds": 5, "illustration": "pose.svg"}] * 7},
            "steps",
            "expected 1 to 6 [[steps]] tables, found 7 steps",
        ),
    ],
)
def test_each_mistake_is_said_in_whole_words(
    tmp_path: Path, overrides: dict[str, Any], field: str, what: str
) -> None:
    assert problems(write(tmp_path, **overrides)) == [(field, what)]


def test_six_steps_are_allowed_and_so_is_one(tmp_path: Path) -> None:
    step = {"text": "Sit tall.", "seconds": 5, "illustration": "pose.svg"}
    assert problems(write(tmp_path / "six", steps=[step] * 6)) == []
    assert problems(write(tmp_path / "one", steps=[step])) == []


def test_a_floor_or_equipment_exercise_for_long_breaks_only_is_fine(tmp_path: Path) -> None:
    assert problems(write(tmp_path / "floor", position="floor", suits=["long"])) == []
    assert problems(write(tmp_path / "towel", equipment=["towel"], suits=["long"])) == []


def test_a_picture_name_in_capitals_is_a_picture_too(tmp_path: Path) -> None:
    path = write(tmp_path, **picture_step("POSE.SVG"))
    (tmp_path / "POSE.SVG").write_text(SVG, encoding="utf-8")

    exercise = load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)

    assert exercise.steps[0].illustration == (tmp_path / "POSE.SVG").resolve()


def test_a_missing_picture_names_every_folder_looked_in(tmp_path: Path) -> None:
    path = write(tmp_path, **picture_step("gone.svg"))

    assert problems(path) == [
        (
            "steps[1].illustration",
            f"expected an existing file in {tmp_path} or {tmp_path / 'illustrations'},"
            " found no file named 'gone.svg'",
        )
    ]


def test_a_picture_folder_that_is_a_file_is_passed_over(tmp_path: Path) -> None:
    """A pack's illustrations/ that is a plain file does not hide the picture beside the TOML."""
    path = write(tmp_path / "pack")
    (tmp_path / "pack" / "illustrations").write_text("not a folder", encoding="utf-8")

    assert problems(path) == []


def test_a_picture_found_in_the_second_folder_is_used(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    path = write(pack, **picture_step("sub.png"))
    (pack / "illustrations").mkdir()
    (pack / "illustrations" / "sub.png").write_bytes(b"\x89PNG")

    exercise = load_exercise(path, illustration_dirs=[pack, pack / "illustrations"], origin=CUSTOM)

    assert exercise.steps[0].illustration == (pack / "illustrations" / "sub.png").resolve()


def test_a_picture_that_links_outside_the_pack_is_refused(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    path = write(pack, **picture_step("secret.svg"))
    outside = tmp_path / "secret.svg"
    outside.write_text(SVG, encoding="utf-8")
    (pack / "secret.svg").symlink_to(outside)

    assert problems(path) == [
        (
            "steps[1].illustration",
            f"expected a file inside {pack}, found a link to {outside.resolve()}",
        )
    ]


def test_a_picture_may_be_as_big_as_the_limit_and_no_bigger(tmp_path: Path) -> None:
    path = write(tmp_path, **picture_step("big.png"))
    big = tmp_path / "big.png"
    with open(big, "wb") as f:
        f.truncate(ILLUSTRATION_MAX_BYTES)
    assert problems(path) == []

    with open(big, "wb") as f:
        f.truncate(ILLUSTRATION_MAX_BYTES + 1)
    assert problems(path) == [
        (
            "steps[1].illustration",
            "expected a picture of at most 5,000,000 bytes, found 5,000,001",
        )
    ]


def test_a_file_that_does_not_exist_is_said_so(tmp_path: Path) -> None:
    (problem,) = validate_path(tmp_path / "move.toml")

    assert (problem.path, problem.field) == (tmp_path / "move.toml", "")
    assert problem.what == "expected an exercise file, found no such file"


def test_a_missing_built_in_folder_is_named_with_what_it_should_be(tmp_path: Path) -> None:
    library = load_library(tmp_path / "gone", tmp_path, None)

    assert [problem.text() for problem in library.problems] == [
        f"{tmp_path / 'gone'}: expected the folder of built-in exercises, found no such folder"
    ]
    assert library.problems[0].as_dict()["field"] == ""
    assert library.exercises == {} and library.notes == []


def test_only_toml_files_of_a_folder_are_read(tmp_path: Path) -> None:
    write(tmp_path)
    (tmp_path / "notes.txt").write_text("not an exercise", encoding="utf-8")
    os.mkdir(tmp_path / "folder.toml")

    library = load_library(tmp_path, tmp_path, None)

    assert list(library.exercises) == ["move"] and library.problems == []


def test_what_a_file_leaves_out_takes_its_default(tmp_path: Path) -> None:
    path = write(tmp_path, equipment=None, sides="both")

    exercise = load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)

    assert (exercise.equipment, exercise.sources, exercise.rounds) == ((), (), 1)
    assert exercise.first_side == "right"
    (step,) = exercise.steps
    assert (step.cue, step.mirror, step.pose) == (None, True, None)


POSE = {"view": "front", "start": {"base": "seated"}, "end": {"base": "seated"}}


def test_a_step_may_show_a_pose_and_keep_a_picture_beside_it(tmp_path: Path) -> None:
    both = {"text": "Sit tall.", "seconds": 5, "illustration": "pose.svg", "pose": POSE}
    posed = {"text": "Lean.", "seconds": 5, "pose": POSE, "cue": "inhale", "mirror": False}
    path = write(tmp_path, steps=[both, posed])

    exercise = load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)

    first, second = exercise.steps
    assert first.illustration == (tmp_path / "pose.svg").resolve()
    assert first.pose is not None and first.picture == first.pose
    assert (second.illustration, second.cue, second.mirror) == (None, "inhale", False)
    assert second.pose == first.pose


def test_every_picture_and_folder_message_is_in_the_german_catalogue(tmp_path: Path) -> None:
    german = Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")
    found = [*validate_path(tmp_path / "none.toml")]
    found += load_library(tmp_path / "gone", tmp_path, None).problems
    for number, name in enumerate(["/x.svg", "x.bmp", "gone.svg", 3, "link.svg", "big.png"]):
        path = write(tmp_path / str(number), **picture_step(name))
        if name == "link.svg":
            (path.parent / name).symlink_to(tmp_path / "0" / "pose.svg")
        if name == "big.png":
            with open(path.parent / name, "wb") as f:
                f.truncate(ILLUSTRATION_MAX_BYTES + 1)
        found += validate_path(path)
    wrong: list[dict[str, Any]] = [
        {"id": "Move"},
        {"id": "other"},
        {"position": "floor"},
        {"equipment": ["wall"]},
        {"steps": ["sit"]},
        {"steps": []},
    ]
    for number, overrides in enumerate(wrong, start=10):
        found += validate_path(write(tmp_path / str(number), **overrides))

    phrases = [part for problem in found for part in parts(problem.said)]
    assert {phrase.source for phrase in phrases} >= {
        "the name of a {0} file",
        "a file name relative to the illustration folder",
        "a {0} file",
        "a file inside {0}",
        "a link to {0}",
        "a picture of at most {0} bytes",
        "an existing file in {0}",
        "no file named {0}",
        "a [[steps]] table",
        "an exercise file",
        "no such file",
        "lowercase letters, digits and hyphens",
        "the file name without .toml ('{0}')",
        'only "long" for a floor exercise',
        'only "long" for an exercise that needs equipment',
        "{0} to {1} [[steps]] tables",
        "{0} steps",
        "the folder of built-in exercises",
        "no such folder",
    }
    missing = [p.source for p in phrases if (p.context, p.source) not in german.messages]
    assert missing == []


def parts(phrase: Phrase | None) -> list[Phrase]:
    assert phrase is not None
    inner = [part for arg in phrase.args if isinstance(arg, Phrase) for part in parts(arg)]
    return [phrase, *inner]


def test_with_no_picture_folder_at_all_the_picture_is_missing_not_a_crash(
    tmp_path: Path,
) -> None:
    path = write(tmp_path)

    assert [(p.field, p.found) for p in validate_path(path, illustration_dirs=[])] == [
        ("steps[1].illustration", "no file named 'pose.svg'")
    ]
