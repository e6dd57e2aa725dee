"""The editor's model: what a person typed, checked by the pack reader with its own words, saved
as the documented TOML that hand editing and the app read back the same."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from postureapp.core.exercises import CUSTOM, Exercise, Step, load_library, validate_path
from postureapp.core.exercises.draft import (
    NEW_POSE,
    Draft,
    DraftStep,
    check,
    copy_of,
    delete,
    free_id,
    save,
    slug,
)
from postureapp.core.pose import Pose, PoseSpec
from postureapp.core.terms import Area, BreakKind, Cue, Equipment, Movement, Position, Side, Sides

ASSETS = Path(__file__).resolve().parents[2] / "assets"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>\n'
LEAN = PoseSpec("front", Pose.of("seated"), Pose.of("seated", {"thoracic.bend": 20}))


def good_draft(picture: Path) -> Draft:
    return Draft(
        id="side-lean",
        title="Side lean",
        summary="Lean gently to one side and back.",
        areas=["upper-back"],
        movement="side-bend",
        position="seated",
        sides="both",
        rounds=2,
        cautions=["Stop if it hurts.", ""],
        steps=[
            DraftStep("Sit tall.", 4, "inhale", pose=LEAN),
            DraftStep("Lean to the side.", 6, "exhale", image=picture, use_image=True),
        ],
    )


def fields(problems: list) -> list[str]:  # type: ignore[type-arg]
    return [problem.field for problem in problems]


def test_a_new_draft_names_every_field_still_to_fill_in(tmp_path: Path) -> None:
    exercise, problems = check(Draft(), tmp_path)
    assert exercise is None
    assert fields(problems) == [
        "id",
        "title",
        "summary",
        "areas",
        "movement",
        "cautions",
        "steps[1].text",
    ]
    by_field = {problem.field: problem for problem in problems}
    assert by_field["title"].what == "expected text of 1 to 40 characters, found 0 characters"
    assert by_field["cautions"].what == (
        "expected a list of 1 to 4 non-empty strings, found 0 items"
    )
    assert by_field["steps[1].text"].line is not None, "the line in the file it would write"


def test_the_same_rules_as_the_reader_reach_into_the_picture(tmp_path: Path) -> None:
    picture = tmp_path / "elsewhere" / "lean.svg"
    picture.parent.mkdir()
    picture.write_text(SVG)
    draft = good_draft(picture)
    draft.position = "floor"
    draft.steps[1].image = tmp_path / "elsewhere" / "gone.png"
    draft.steps[0].pose = PoseSpec(
        "front", Pose.of("seated"), Pose.of("seated", {"thoracic.bend": 80})
    )
    _, problems = check(draft, tmp_path / "mine")
    assert fields(problems) == [
        "suits",
        "steps[1].pose.end.thoracic.bend",
        "steps[2].illustration",
    ]
    assert (
        problems[0].what == "expected only \"long\" for a floor exercise, found ['short', 'long']"
    )
    assert problems[1].what == "expected a number from -45 to 45, found 80"


def test_a_checked_draft_saves_as_toml_that_reads_back_the_same(tmp_path: Path) -> None:
    picture = tmp_path / "Pictures" / "lean.svg"
    picture.parent.mkdir()
    picture.write_text(SVG)
    folder = tmp_path / "exercises"
    exercise, problems = check(good_draft(picture), folder)
    assert problems == [] and exercise is not None
    assert exercise.steps[1].illustration == picture.resolve()
    saved = save(exercise, folder)
    assert sorted(p.name for p in folder.iterdir()) == ["lean.svg", "side-lean.toml"]
    assert validate_path(folder) == []
    library = load_library(ASSETS / "exercises", ASSETS / "illustrations", folder)
    again = library.exercises["side-lean"]
    assert again.origin == CUSTOM and again.path == saved.path
    assert again.steps[0].pose == LEAN and again.cautions == ("Stop if it hurts.",)
    assert again.steps[1].illustration == (folder / "lean.svg").resolve()
    assert (again.sides, again.rounds) == ("both", 2)
    assert Draft.of(again).table() == Draft.of(saved).table()


def test_a_copy_of_a_built_in_gets_a_free_id_and_keeps_every_step(tmp_path: Path) -> None:
    library = load_library(ASSETS / "exercises", ASSETS / "illustrations", None)
    original = library.exercises["chin-tuck"]
    draft = copy_of(original, library.exercises, "Chin tuck (mine)")
    assert draft.id == "chin-tuck-mine" and draft.title == "Chin tuck (mine)"
    exercise, problems = check(draft, tmp_path)
    assert problems == [] and exercise is not None
    assert [s.pose for s in exercise.steps] == [s.pose for s in original.steps]


def test_ids_come_from_titles_and_never_take_a_used_one() -> None:
    assert slug("Doorway stretch — Ça va?") == "doorway-stretch-ca-va"
    assert slug("!!!") == "my-exercise"
    assert len(slug("x" * 80)) == 40
    assert free_id("Chin tuck", {"chin-tuck", "chin-tuck-2"}) == "chin-tuck-3"
    assert free_id("y" * 60, {"y" * 40}) == "y" * 38 + "-2"


def test_deleting_moves_the_file_aside_where_the_app_no_longer_reads_it(tmp_path: Path) -> None:
    picture = tmp_path / "lean.svg"
    picture.write_text(SVG)
    folder = tmp_path / "exercises"
    exercise, _ = check(good_draft(picture), folder)
    assert exercise is not None
    saved = save(exercise, folder)
    aside = delete(saved, datetime(2025, 3, 4, 9, 30, tzinfo=UTC))
    assert aside.name == "side-lean.toml.deleted-20250304-093000"
    library = load_library(ASSETS / "exercises", ASSETS / "illustrations", folder)
    assert "side-lean" not in library.exercises and library.problems == []


def test_opening_an_exercise_in_the_editor_shows_every_field_as_saved(tmp_path: Path) -> None:
    picture = tmp_path / "wall.png"
    exercise = Exercise(
        id="wall-slide",
        title="Wall slide",
        summary="Slide the arms up the wall.",
        areas=(Area.SHOULDERS, Area.UPPER_BACK),
        movement=Movement.SHOULDER_BLADES,
        position=Position.STANDING,
        equipment=(Equipment.WALL,),
        suits=(BreakKind.LONG,),
        sides=Sides.BOTH,
        first_side=Side.LEFT,
        rounds=3,
        cautions=("Stop if it hurts.", "Keep the ribs down."),
        sources=("ref-1",),
        steps=(
            Step("Stand with the back to the wall.", 6, None, None, True, pose=LEAN),
            Step("Slide up.", 8, picture, Cue.EXHALE, False),
        ),
        path=tmp_path / "wall-slide.toml",
        origin=CUSTOM,
    )

    assert Draft.of(exercise) == Draft(
        id="wall-slide",
        title="Wall slide",
        summary="Slide the arms up the wall.",
        areas=["shoulders", "upper-back"],
        movement="shoulder-blades",
        position="standing",
        equipment=["wall"],
        suits=["long"],
        sides="both",
        first_side="left",
        rounds=3,
        cautions=["Stop if it hurts.", "Keep the ribs down."],
        sources=["ref-1"],
        steps=[
            DraftStep("Stand with the back to the wall.", 6, "", True, LEAN, None, False),
            DraftStep("Slide up.", 8, "exhale", False, NEW_POSE, picture, True),
        ],
    )


def test_ids_lose_leading_trailing_and_cut_off_hyphens() -> None:
    assert slug("(Doorway stretch)") == "doorway-stretch"
    assert slug("a" * 39 + " b") == "a" * 39, "cut at 40 characters, no hyphen left at the end"
    base = "a" * 37 + "-bb"
    assert slug(base) == base
    assert free_id(base, {base}) == "a" * 37 + "-2"


def test_the_first_side_and_each_steps_mirroring_are_kept(tmp_path: Path) -> None:
    picture = tmp_path / "lean.svg"
    picture.write_text(SVG)
    draft = good_draft(picture)
    draft.first_side = "left"
    draft.steps[0].mirror = False

    exercise, problems = check(draft, tmp_path / "exercises")

    assert problems == [] and exercise is not None
    assert exercise.first_side == Side.LEFT
    assert [step.mirror for step in exercise.steps] == [False, True]


def test_a_step_meant_to_show_a_picture_with_none_chosen_says_so(tmp_path: Path) -> None:
    draft = good_draft(tmp_path / "lean.svg")
    draft.steps[1].image = None

    _, problems = check(draft, tmp_path / "exercises")

    assert [(p.field, p.what) for p in problems] == [
        ("steps[2].illustration", "expected a .svg, .png, .jpg, .jpeg or .gif file, found ''")
    ]


def test_a_picture_left_on_a_step_that_shows_a_pose_is_not_searched(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "lean.svg").write_text(SVG)
    (tmp_path / "new").mkdir()
    draft = good_draft(tmp_path / "new" / "lean.svg")  # picked, then deleted
    draft.steps[0].image = tmp_path / "old" / "lean.svg"  # then the step went back to its pose

    _, problems = check(draft, tmp_path / "exercises")

    assert [(p.field, p.found) for p in problems] == [
        ("steps[2].illustration", "no file named 'lean.svg'")
    ]


def test_saving_a_built_in_into_the_custom_folder_makes_it_a_custom_one(tmp_path: Path) -> None:
    library = load_library(ASSETS / "exercises", ASSETS / "illustrations", None)
    original = library.exercises["chin-tuck"]

    saved = save(original, tmp_path / "custom")

    assert saved.path == (tmp_path / "custom" / "chin-tuck.toml").resolve()
    assert saved.origin == CUSTOM and original.origin != CUSTOM
    assert saved.steps == original.steps


def test_a_draft_without_an_id_is_checked_under_a_stand_in_file_name(tmp_path: Path) -> None:
    _, problems = check(Draft(), tmp_path)

    assert {problem.path for problem in problems} == {tmp_path / "_.toml"}


def test_two_pictures_of_one_name_stay_apart_from_checking_to_saving(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "lean.svg", tmp_path / "b" / "lean.svg"
    for picture, svg in ((first, SVG), (second, SVG.replace("10 10", "20 20"))):
        picture.parent.mkdir()
        picture.write_text(svg)
    draft = good_draft(first)
    draft.steps[0].image = second  # left over: this step shows its pose
    draft.steps.append(DraftStep("Come back.", 4, image=second, use_image=True))
    folder = tmp_path / "exercises"

    exercise, problems = check(draft, folder)

    assert problems == [] and exercise is not None
    assert exercise.origin == CUSTOM
    assert [s.illustration for s in exercise.steps] == [None, first.resolve(), second.resolve()]
    saved = save(exercise, folder)
    assert sorted(p.name for p in folder.iterdir()) == ["lean-2.svg", "lean.svg", "side-lean.toml"]
    assert [s.illustration for s in saved.steps] == [None, first.resolve(), second.resolve()]
    again = load_library(ASSETS / "exercises", ASSETS / "illustrations", folder)
    files = [s.illustration for s in again.exercises["side-lean"].steps]
    assert files == [None, (folder / "lean.svg").resolve(), (folder / "lean-2.svg").resolve()]


def test_a_relative_custom_folder_still_takes_pictures_from_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picture = tmp_path / "Pictures" / "lean.svg"
    picture.parent.mkdir()
    picture.write_text(SVG)
    (tmp_path / "home").mkdir()
    monkeypatch.chdir(tmp_path / "home")

    exercise, problems = check(good_draft(picture), Path("exercises"))

    assert problems == [] and exercise is not None
    assert exercise.steps[1].illustration == picture.resolve()
