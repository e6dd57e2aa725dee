"""Saving an exercise into a pack folder: the TOML holds exactly what the exercise says (nothing
left at its default is written), and its pictures end up in the pack without ever overwriting
a different picture of the same name."""

from __future__ import annotations

import tomllib
from pathlib import Path

from postureapp.core.exercises import CUSTOM, Exercise, Step, load_exercise
from postureapp.core.exercises.model import ExerciseText
from postureapp.core.exercises.reader import pack_illustration_dirs
from postureapp.core.exercises.translations import localized
from postureapp.core.exercises.writer import write_exercise
from postureapp.core.pose import Pose, PoseSpec, pose_table
from postureapp.core.terms import Area, BreakKind, Cue, Equipment, Movement, Position, Side, Sides

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>\n'
OTHER_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"/>\n'
LEAN = PoseSpec("front", Pose.of("seated"), Pose.of("seated", {"thoracic.bend": 20}))


def exercise(*steps: Step, sides: Sides = Sides.BOTH, **texts: ExerciseText) -> Exercise:
    return Exercise(
        id="wall-slide",
        title="Wall slide",
        summary="Slide the arms up the wall.",
        areas=(Area.SHOULDERS, Area.UPPER_BACK),
        movement=Movement.SHOULDER_BLADES,
        position=Position.STANDING,
        equipment=(Equipment.WALL,),
        suits=(BreakKind.LONG,),
        sides=sides,
        first_side=Side.LEFT,
        rounds=3,
        cautions=("Stop if it hurts.", "Keep the ribs down."),
        sources=("ref-1",),
        steps=steps or (Step("Lean.", 6, None, None, True, pose=LEAN),),
        path=Path("wall-slide.toml"),
        origin=CUSTOM,
        translations=tuple(texts.items()),
    )


def saved(path: Path) -> dict[str, object]:
    with open(path, "rb") as f:
        return tomllib.load(f)


def test_the_file_holds_every_field_and_each_step_only_what_differs_from_its_default(
    tmp_path: Path,
) -> None:
    picture = tmp_path / "pictures" / "slide.svg"
    picture.parent.mkdir()
    picture.write_text(SVG, encoding="utf-8")
    steps = (
        Step("Stand with the back to the wall.", 6, None, None, True, pose=LEAN),
        Step("Slide up.", 8, picture, Cue.EXHALE, False),
    )
    german = ExerciseText(title="Wandrutschen")

    path = write_exercise(tmp_path / "pack" / "mine", exercise(*steps, de=german))

    assert path == tmp_path / "pack" / "mine" / "wall-slide.toml"
    assert saved(path) == {
        "id": "wall-slide",
        "title": "Wall slide",
        "summary": "Slide the arms up the wall.",
        "areas": ["shoulders", "upper-back"],
        "movement": "shoulder-blades",
        "position": "standing",
        "equipment": ["wall"],
        "suits": ["long"],
        "sides": "both",
        "first_side": "left",
        "rounds": 3,
        "cautions": ["Stop if it hurts.", "Keep the ribs down."],
        "sources": ["ref-1"],
        "steps": [
            {"text": "Stand with the back to the wall.", "seconds": 6, "pose": pose_table(LEAN)},
            {
                "text": "Slide up.",
                "seconds": 8,
                "illustration": "slide.svg",
                "cue": "exhale",
                "mirror": False,
            },
        ],
        "translations": {"de": {"title": "Wandrutschen"}},
    }


def test_a_one_sided_exercise_has_no_first_side_and_no_translations_table(
    tmp_path: Path,
) -> None:
    table = saved(write_exercise(tmp_path, exercise(sides=Sides.NONE)))

    assert "first_side" not in table and "translations" not in table
    assert table["sides"] == "none"


def test_a_translated_copy_is_saved_as_its_english(tmp_path: Path) -> None:
    german = ExerciseText(
        title="Wandrutschen",
        summary="Die Arme an der Wand hochschieben.",
        cautions=("Aufhören, wenn es wehtut.", "Rippen unten lassen."),
        steps=("Lehnen.",),
    )
    shown = localized(exercise(de=german), ["de"])
    assert shown.title == "Wandrutschen"

    table = saved(write_exercise(tmp_path, shown))

    assert table["title"] == "Wall slide"
    assert table["steps"] == [{"text": "Lean.", "seconds": 6, "pose": pose_table(LEAN)}]
    assert table["translations"]["de"]["title"] == "Wandrutschen"  # type: ignore[index]


def test_a_picture_from_elsewhere_is_copied_in_once_and_reads_back(tmp_path: Path) -> None:
    picture = tmp_path / "pictures" / "slide.svg"
    picture.parent.mkdir()
    picture.write_text(SVG, encoding="utf-8")
    twice = (Step("Up.", 4, picture, None, True), Step("Down.", 4, picture, None, True))
    folder = tmp_path / "pack"

    path = write_exercise(folder, exercise(*twice))

    assert sorted(p.name for p in folder.iterdir()) == ["slide.svg", "wall-slide.toml"]
    assert (folder / "slide.svg").read_text(encoding="utf-8") == SVG
    again = load_exercise(path, illustration_dirs=pack_illustration_dirs(folder), origin=CUSTOM)
    assert [s.illustration for s in again.steps] == [(folder / "slide.svg").resolve()] * 2


def test_a_different_picture_of_the_same_name_is_never_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "slide.svg").write_text(OTHER_SVG, encoding="utf-8")
    (folder / "slide-2.svg").write_text(OTHER_SVG.replace("20", "30"), encoding="utf-8")
    picture = tmp_path / "pictures" / "slide.svg"
    picture.parent.mkdir()
    picture.write_text(SVG, encoding="utf-8")

    path = write_exercise(folder, exercise(Step("Up.", 4, picture, None, True)))

    assert (folder / "slide.svg").read_text(encoding="utf-8") == OTHER_SVG
    assert (folder / "slide-3.svg").read_text(encoding="utf-8") == SVG
    assert saved(path)["steps"] == [{"text": "Up.", "seconds": 4, "illustration": "slide-3.svg"}]


def test_the_same_picture_already_in_the_pack_is_not_copied_again(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "slide.svg").write_text(SVG, encoding="utf-8")
    picture = tmp_path / "pictures" / "slide.svg"
    picture.parent.mkdir()
    picture.write_text(SVG, encoding="utf-8")

    path = write_exercise(folder, exercise(Step("Up.", 4, picture, None, True)))

    assert sorted(p.name for p in folder.iterdir()) == ["slide.svg", "wall-slide.toml"]
    assert saved(path)["steps"] == [{"text": "Up.", "seconds": 4, "illustration": "slide.svg"}]


def test_a_picture_in_the_packs_illustrations_folder_stays_where_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    (folder / "illustrations").mkdir(parents=True)
    inside = folder / "illustrations" / "slide.svg"
    inside.write_text(SVG, encoding="utf-8")
    elsewhere = tmp_path / "pictures" / "reach.svg"
    elsewhere.parent.mkdir()
    elsewhere.write_text(OTHER_SVG, encoding="utf-8")
    steps = (Step("Up.", 4, inside, None, True), Step("Reach.", 4, elsewhere, None, True))

    path = write_exercise(folder, exercise(*steps))

    assert sorted(p.name for p in folder.iterdir()) == [
        "illustrations",
        "reach.svg",
        "wall-slide.toml",
    ]
    assert saved(path)["steps"] == [
        {"text": "Up.", "seconds": 4, "illustration": "slide.svg"},
        {"text": "Reach.", "seconds": 4, "illustration": "reach.svg"},
    ]
    again = load_exercise(path, illustration_dirs=pack_illustration_dirs(folder), origin=CUSTOM)
    assert [s.illustration for s in again.steps] == [
        inside.resolve(),
        (folder / "reach.svg").resolve(),
    ]


def test_a_clashing_picture_takes_the_first_free_number(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "slide.svg").write_text(OTHER_SVG, encoding="utf-8")
    picture = tmp_path / "pictures" / "slide.svg"
    picture.parent.mkdir()
    picture.write_text(SVG, encoding="utf-8")
    steps = (Step("Up.", 4, None, None, True, pose=LEAN), Step("Down.", 4, picture, None, True))

    path = write_exercise(folder, exercise(*steps))

    assert sorted(p.name for p in folder.iterdir()) == [
        "slide-2.svg",
        "slide.svg",
        "wall-slide.toml",
    ]
    assert saved(path)["steps"] == [
        {"text": "Up.", "seconds": 4, "pose": pose_table(LEAN)},
        {"text": "Down.", "seconds": 4, "illustration": "slide-2.svg"},
    ]
