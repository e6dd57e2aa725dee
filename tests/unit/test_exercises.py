"""Exercise packs: what authors see when they get a file wrong, and what each break offers."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from postureapp.core.exercises import (
    BUILTIN,
    CUSTOM,
    Chooser,
    Exercise,
    ExerciseError,
    Library,
    Preferences,
    Step,
    eligible,
    load_exercise,
    load_library,
    plan_break,
    validate_path,
)
from postureapp.core.exercises.pacing import pace, paced_length, tolerance

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>\n'


def exercise_data(exercise_id: str, **overrides: Any) -> dict[str, Any]:
    """A valid exercise as a dict; an override of None removes that key."""
    data: dict[str, Any] = {
        "id": exercise_id,
        "title": "Test move",
        "summary": "A small movement for tests.",
        "areas": ["upper-back"],
        "movement": "rotation",
        "position": "seated",
        "equipment": [],
        "suits": ["short", "long"],
        "sides": "none",
        "cautions": ["Stop if it hurts."],
        "steps": [{"text": "Sit tall.", "seconds": 5, "illustration": "pose.svg"}],
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def write_file(folder: Path, exercise_id: str, **overrides: Any) -> Path:
    """Write the file the way authors do, with one [[steps]] table per step, plus its pictures."""
    data = exercise_data(exercise_id, **overrides)
    steps = data.pop("steps") if data.get("steps") else []
    text = tomli_w.dumps(data)
    for step in steps:
        text += "\n[[steps]]\n" + tomli_w.dumps(step)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{exercise_id}.toml"
    path.write_text(text, encoding="utf-8")
    (folder / "pose.svg").write_text(SVG, encoding="utf-8")
    return path


def load(path: Path) -> Exercise:
    return load_exercise(path, illustration_dirs=[path.parent], origin=CUSTOM)


def only_error(path: Path) -> ExerciseError:
    errors = validate_path(path)
    assert len(errors) == 1, [str(e) for e in errors]
    return errors[0]


# ------------------------------------------------------------------------------------------ loading


def test_a_valid_file_loads_with_defaults_and_absolute_pictures(tmp_path: Path) -> None:
    path = write_file(
        tmp_path,
        "chin-tuck",
        title="Chin tuck",
        areas=["neck", "upper-back"],
        movement="neck",
        steps=[
            {"text": "Glide the chin back.", "seconds": 5, "illustration": "pose.svg"},
            {"text": "Let go.", "seconds": 3, "illustration": "pose.svg", "cue": "exhale"},
        ],
        rounds=3,
        sources=["002"],
    )

    exercise = load(path)

    assert exercise.id == "chin-tuck"
    assert exercise.title == "Chin tuck"
    assert exercise.areas == ("neck", "upper-back")
    assert exercise.first_side == "right"
    assert exercise.rounds == 3
    assert exercise.sources == ("002",)
    assert exercise.origin == CUSTOM
    assert exercise.path == path.resolve()
    assert [step.cue for step in exercise.steps] == [None, "exhale"]
    assert all(step.mirror for step in exercise.steps)
    assert exercise.steps[0].illustration == (tmp_path / "pose.svg").resolve()
    assert exercise.steps[0].illustration.is_absolute()
    assert exercise.duration_seconds == 3 * (5 + 3)


def test_picture_paths_are_absolute_even_from_a_relative_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_file(tmp_path, "move")
    monkeypatch.chdir(tmp_path)

    exercise = load_exercise(path, illustration_dirs=[Path(".")], origin=CUSTOM)

    assert exercise.steps[0].illustration == (tmp_path / "pose.svg").resolve()


def test_wrong_type_names_file_field_line_expected_and_found(tmp_path: Path) -> None:
    path = tmp_path / "chin-tuck.toml"
    path.write_text(
        'id = "chin-tuck"\ntitle = "Chin tuck"\nsummary = "Glide the head back."\n'
        'areas = ["neck"]\nmovement = "neck"\nposition = "seated"\nsuits = ["short"]\n'
        'sides = "none"\ncautions = ["Stop if it hurts."]\n\n'
        '[[steps]]\ntext = "Sit tall."\nseconds = 5\nillustration = "pose.svg"\n\n'
        '[[steps]]\ntext = "Glide back."\nseconds = "five"\nillustration = "pose.svg"\n',
        encoding="utf-8",
    )
    (tmp_path / "pose.svg").write_text(SVG, encoding="utf-8")

    with pytest.raises(ExerciseError) as caught:
        load(path)

    error = caught.value
    assert (error.path, error.field, error.found) == (path, "steps[2].seconds", "'five'")
    assert error.line == 18
    assert str(error) == (
        f"{path}:18: steps[2].seconds: expected an integer from 2 to 120, found 'five'"
    )


@pytest.mark.parametrize(
    ("overrides", "field", "expected", "found"),
    [
        ({"rounds": 11}, "rounds", "an integer from 1 to 10", "11"),
        ({"rounds": True}, "rounds", "an integer from 1 to 10", "true"),
        ({"title": "x" * 41}, "title", "text of 1 to 40 characters", "41 characters"),
        ({"summary": "   "}, "summary", "text of 1 to 90 characters", "0 characters"),
        ({"title": None}, "title", "text of 1 to 40 characters", "nothing (the field is missing)"),
        ({"areas": ["neck", "neck"]}, "areas", "no repeats", "'neck' twice"),
        ({"areas": []}, "areas", "at least one of", "an empty list"),
        ({"areas": "neck"}, "areas", "a list of at least one of", "'neck'"),
        ({"movement": "twist"}, "movement", "one of rotation, extension", "'twist'"),
        ({"position": "lying"}, "position", "seated, standing, floor", "'lying'"),
        ({"equipment": ["chair"]}, "equipment", "any of wall, foam-roller, towel", "'chair'"),
        ({"sides": "left"}, "sides", "one of none, both", "'left'"),
        ({"first_side": "up"}, "first_side", "one of right, left", "'up'"),
        ({"cautions": []}, "cautions", "1 to 4 non-empty strings", "0 items"),
        ({"cautions": ["a"] * 5}, "cautions", "1 to 4 non-empty strings", "5 items"),
        ({"cautions": [""]}, "cautions", "non-empty strings", "''"),
        ({"sources": [2]}, "sources", "non-empty strings", "2"),
        ({"id": "Chin_Tuck"}, "id", "lowercase letters, digits and hyphens", "'Chin_Tuck'"),
        ({"steps": []}, "steps", "1 to 6 [[steps]] tables", "0 steps"),
        ({"steps": None}, "steps", "1 to 6 [[steps]] tables", "nothing (the field is missing)"),
    ],
)
def test_each_bad_field_is_reported_precisely(
    tmp_path: Path, overrides: dict[str, Any], field: str, expected: str, found: str
) -> None:
    path = write_file(tmp_path, "move", **overrides)

    error = only_error(path)

    assert error.path == path
    assert error.field == field
    assert expected in error.expected
    assert error.found == found
    assert str(error) == f"{error.where}: {field}: {error.what}"
    assert error.where == (f"{path}:{error.line}" if error.line else str(path))
    assert error.what.startswith("expected ")


@pytest.mark.parametrize(
    ("step", "field", "expected", "found"),
    [
        ({"seconds": 1}, "steps[1].seconds", "an integer from 2 to 120", "1"),
        ({"seconds": 121}, "steps[1].seconds", "an integer from 2 to 120", "121"),
        ({"seconds": 5.5}, "steps[1].seconds", "an integer from 2 to 120", "5.5"),
        ({"text": "y" * 111}, "steps[1].text", "1 to 110 characters", "111 characters"),
        ({"cue": "hold"}, "steps[1].cue", "one of inhale, exhale, breathe", "'hold'"),
        ({"mirror": "yes"}, "steps[1].mirror", "true or false", "'yes'"),
        (
            {"illustration": "pose.bmp"},
            "steps[1].illustration",
            "a .svg, .png, .jpg, .jpeg or .gif file",
            "'pose.bmp'",
        ),
        ({"illustration": "../pose.svg"}, "steps[1].illustration", "relative", "'../pose.svg'"),
    ],
)
def test_each_bad_step_field_is_reported_precisely(
    tmp_path: Path, step: dict[str, Any], field: str, expected: str, found: str
) -> None:
    base = {"text": "Sit tall.", "seconds": 5, "illustration": "pose.svg"}
    path = write_file(tmp_path, "move", steps=[{**base, **step}])

    error = only_error(path)

    assert (error.field, error.found) == (field, found)
    assert expected in error.expected
    assert error.line is not None


def test_unknown_keys_suggest_the_closest_known_one(tmp_path: Path) -> None:
    step = {"text": "Sit tall.", "seconds": 5, "illustration": "pose.svg", "txet": "typo"}
    path = write_file(tmp_path, "move", summery="typo", steps=[step])

    errors = {error.field: error for error in validate_path(path)}

    assert set(errors) == {"summery", "steps[1].txet"}
    assert "did you mean 'summary'?" in errors["summery"].expected
    assert "did you mean 'text'?" in errors["steps[1].txet"].expected
    assert errors["summery"].found == "unknown key 'summery'"


def test_an_unknown_key_far_from_any_known_one_lists_the_known_keys(tmp_path: Path) -> None:
    path = write_file(tmp_path, "move", zzz=1)

    error = only_error(path)

    assert error.field == "zzz"
    assert "did you mean" not in error.expected
    assert "title" in error.expected and "steps" in error.expected


def test_a_missing_picture_names_the_folders_searched(tmp_path: Path) -> None:
    step = {"text": "Sit tall.", "seconds": 5, "illustration": "gone.svg"}
    path = write_file(tmp_path, "move", steps=[step])

    error = only_error(path)

    assert error.field == "steps[1].illustration"
    assert error.found == "no file named 'gone.svg'"
    assert str(tmp_path) in error.expected


def test_a_toml_syntax_error_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "move.toml"
    path.write_text('id = "move"\ntitle = "Move"\nsummary = "unclosed\n', encoding="utf-8")

    with pytest.raises(ExerciseError) as caught:
        load(path)

    assert caught.value.line == 3
    assert caught.value.column is not None
    assert str(caught.value).startswith(f"{path}:3:{caught.value.column}: ")
    assert "expected valid TOML" in str(caught.value)


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "move.toml"
    path.write_bytes(b'title = "caf\xe9"\n')

    error = only_error(path)

    assert error.expected == "UTF-8 text"
    assert "0xe9" in error.found


def test_the_id_must_match_the_file_name(tmp_path: Path) -> None:
    path = write_file(tmp_path, "move", id="other-move")

    error = only_error(path)

    assert error.field == "id"
    assert error.found == "'other-move'"
    assert "'move'" in error.expected
    assert error.line == 1


@pytest.mark.parametrize(
    ("overrides", "why"),
    [
        ({"position": "floor"}, "a floor exercise"),
        ({"equipment": ["wall"]}, "an exercise that needs equipment"),
    ],
)
def test_floor_and_equipment_exercises_must_suit_only_long_breaks(
    tmp_path: Path, overrides: dict[str, Any], why: str
) -> None:
    path = write_file(tmp_path, "move", suits=["short", "long"], **overrides)

    error = only_error(path)

    assert error.field == "suits"
    assert why in error.expected
    assert error.found == "['short', 'long']"
    assert load(write_file(tmp_path, "move", suits=["long"], **overrides)).suits == ("long",)


def test_validation_lists_every_problem_in_a_file_at_once(tmp_path: Path) -> None:
    path = write_file(tmp_path, "move", rounds=0, sides="both!", cautions=[])

    assert {error.field for error in validate_path(path)} == {"rounds", "sides", "cautions"}


def test_custom_pack_pictures_may_sit_beside_the_files_or_in_an_illustrations_folder(
    tmp_path: Path,
) -> None:
    pack = tmp_path / "pack"
    write_file(pack, "beside")
    step = {"text": "Sit tall.", "seconds": 5, "illustration": "sub.png"}
    write_file(pack, "nested", steps=[step])
    (pack / "illustrations").mkdir()
    (pack / "illustrations" / "sub.png").write_bytes(b"\x89PNG")

    library = load_library(tmp_path / "builtin", tmp_path / "none", pack)

    assert (
        library.exercises["nested"].steps[0].illustration
        == (pack / "illustrations" / "sub.png").resolve()
    )
    assert library.exercises["beside"].steps[0].illustration == (pack / "pose.svg").resolve()
    assert validate_path(pack) == []


# ------------------------------------------------------------------------------------------ library


def builtin_pack(tmp_path: Path, *ids: str) -> tuple[Path, Path]:
    folder, pictures = tmp_path / "assets" / "exercises", tmp_path / "assets" / "illustrations"
    for exercise_id in ids:
        write_file(folder, exercise_id)
    pictures.mkdir(parents=True, exist_ok=True)
    (pictures / "pose.svg").write_text(SVG, encoding="utf-8")
    (folder / "pose.svg").unlink()
    return folder, pictures


def test_a_bad_file_is_skipped_and_the_rest_still_load(tmp_path: Path) -> None:
    folder, pictures = builtin_pack(tmp_path, "alpha", "gamma")
    (folder / "beta.toml").write_text("id = \n", encoding="utf-8")

    library = load_library(folder, pictures, tmp_path / "no-custom-folder")

    assert sorted(library.exercises) == ["alpha", "gamma"]
    assert [problem.path.name for problem in library.problems] == ["beta.toml"]
    assert library.exercises["alpha"].origin == BUILTIN
    assert library.notes == []


def test_built_in_pictures_are_looked_up_in_the_illustrations_folder_only(tmp_path: Path) -> None:
    folder, pictures = builtin_pack(tmp_path, "alpha")
    (pictures / "pose.svg").unlink()
    (folder / "pose.svg").write_text(SVG, encoding="utf-8")

    library = load_library(folder, pictures, None)

    assert library.exercises == {}
    assert library.problems[0].field == "steps[1].illustration"


def test_a_custom_exercise_replaces_the_built_in_one_with_a_note(tmp_path: Path) -> None:
    folder, pictures = builtin_pack(tmp_path, "alpha", "beta")
    custom = tmp_path / "custom"
    custom_path = write_file(custom, "alpha", title="My own alpha")

    library = load_library(folder, pictures, custom)

    assert library.exercises["alpha"].title == "My own alpha"
    assert library.exercises["alpha"].origin == CUSTOM
    assert library.exercises["beta"].origin == BUILTIN
    assert library.notes == [
        f"custom exercise 'alpha' ({custom_path.resolve()}) replaces the built-in one"
    ]


def test_a_broken_custom_file_leaves_the_built_in_one_in_place(tmp_path: Path) -> None:
    folder, pictures = builtin_pack(tmp_path, "alpha")
    write_file(tmp_path / "custom", "alpha", rounds=99)

    library = load_library(folder, pictures, tmp_path / "custom")

    assert library.exercises["alpha"].origin == BUILTIN
    assert [problem.field for problem in library.problems] == ["rounds"]


def test_a_missing_built_in_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    write_file(tmp_path / "custom", "mine")

    library = load_library(tmp_path / "missing", tmp_path / "missing-pictures", tmp_path / "custom")

    assert list(library.exercises) == ["mine"]
    assert library.problems[0].path == tmp_path / "missing"


# ------------------------------------------------------------------------------------- expand, plan


def make(
    exercise_id: str,
    movement: str = "rotation",
    *,
    seconds: int = 10,
    position: str = "seated",
    equipment: tuple[str, ...] = (),
    suits: tuple[str, ...] = ("short", "long"),
    areas: tuple[str, ...] = ("upper-back",),
    sides: str = "none",
    first_side: str = "right",
    rounds: int = 1,
    steps: tuple[Step, ...] | None = None,
) -> Exercise:
    picture = Path("/pictures") / f"{exercise_id}.svg"
    return Exercise(
        id=exercise_id,
        title=exercise_id.title(),
        summary="For tests.",
        areas=areas,
        movement=movement,
        position=position,
        equipment=equipment,
        suits=suits,
        sides=sides,
        first_side=first_side,
        rounds=rounds,
        cautions=("Stop if it hurts.",),
        sources=(),
        steps=steps or (Step("Move.", seconds, picture, None, True),),
        path=Path(f"/pack/{exercise_id}.toml"),
        origin=BUILTIN,
    )


def test_expand_runs_first_side_then_the_other_rounds_within_each_side() -> None:
    steps = (
        Step("Turn.", 5, Path("/p/turn.svg"), "exhale", True),
        Step("Come back.", 3, Path("/p/back.svg"), None, False),
    )
    twist = make("twist", sides="both", first_side="left", rounds=2, steps=steps)

    planned = twist.expand()

    assert [(p.side, p.round_number, p.text) for p in planned] == [
        ("left", 1, "Turn."),
        ("left", 1, "Come back."),
        ("left", 2, "Turn."),
        ("left", 2, "Come back."),
        ("right", 1, "Turn."),
        ("right", 1, "Come back."),
        ("right", 2, "Turn."),
        ("right", 2, "Come back."),
    ]
    # Pictures face right: only left-side steps that allow it are flipped.
    assert [p.mirrored for p in planned] == [True, False, True, False] + [False] * 4
    assert [p.step_number for p in planned] == list(range(1, 9))
    assert {p.step_count for p in planned} == {8}
    assert sum(p.seconds for p in planned) == twist.duration_seconds == 2 * 2 * 8
    assert planned[0].cue == "exhale"
    assert planned[0].illustration == Path("/p/turn.svg")


def test_an_exercise_without_sides_is_never_mirrored() -> None:
    planned = make("tuck", rounds=3).expand()

    assert [(p.side, p.mirrored, p.round_number) for p in planned] == [
        (None, False, 1),
        (None, False, 2),
        (None, False, 3),
    ]


def test_plan_break_strings_the_exercises_steps_together() -> None:
    first, second = make("a", seconds=10, rounds=2), make("b", seconds=7, sides="both")

    plan = plan_break("long", [first, second])

    assert plan.exercise_ids == ("a", "b")
    assert plan.total_seconds == 20 + 14
    assert [(p.exercise_id, p.step_number, p.step_count) for p in plan.steps] == [
        ("a", 1, 2),
        ("a", 2, 2),
        ("b", 1, 2),
        ("b", 2, 2),
    ]


# -------------------------------------------------------------------------------------- eligibility


def test_floor_and_equipment_are_off_by_default_and_long_only_when_on() -> None:
    floor = make("floor", position="floor", suits=("long",))
    roller = make("roller", position="standing", equipment=("foam-roller",), suits=("long",))
    desk = make("desk")
    defaults = Preferences.default()
    opted_in = replace(
        defaults,
        positions=defaults.positions | {"floor"},
        equipment=frozenset({"foam-roller"}),
    )

    assert eligible(desk, "short", defaults) and eligible(desk, "long", defaults)
    assert not eligible(floor, "long", defaults)
    assert not eligible(roller, "long", defaults)
    assert eligible(floor, "long", opted_in) and eligible(roller, "long", opted_in)
    # Even a file that (wrongly) offers them for short breaks is kept out of short breaks.
    assert not eligible(replace(floor, suits=("short", "long")), "short", opted_in)
    assert not eligible(replace(roller, suits=("short", "long")), "short", opted_in)


def test_eligibility_follows_areas_positions_and_break_kind() -> None:
    neck = make("neck", areas=("neck",))
    standing = make("stand", position="standing")
    long_only = make("long-only", suits=("long",))
    no_neck = replace(Preferences.default(), areas=frozenset({"upper-back"}))
    seated_only = replace(Preferences.default(), positions=frozenset({"seated"}))

    assert not eligible(neck, "short", no_neck)
    assert not eligible(standing, "short", seated_only)
    assert not eligible(long_only, "short", Preferences.default())
    assert eligible(long_only, "long", Preferences.default())


# ------------------------------------------------------------------------------------------ chooser


def balanced_library() -> dict[str, Exercise]:
    exercises = [
        make("twist", "rotation", seconds=50),
        make("open-book", "rotation", seconds=60),
        make("reach-back", "extension", seconds=50, position="standing"),
        make("arch", "extension", seconds=45),
        make("chin-tuck", "neck", seconds=40, areas=("neck",)),
        make("neck-tilt", "neck", seconds=35, areas=("neck",)),
        make("squeeze", "shoulder-blades", seconds=40, areas=("shoulders",)),
        make("rolls", "shoulder-blades", seconds=30, areas=("shoulders",)),
        make("side-reach", "side-bend", seconds=40, position="standing"),
        make("round", "flexion", seconds=45),
    ]
    return {exercise.id: exercise for exercise in exercises}


def ids(chosen: tuple[Exercise, ...]) -> list[str]:
    return [exercise.id for exercise in chosen]


def test_the_same_seed_gives_the_same_breaks_and_seeds_vary_them() -> None:
    library = balanced_library()

    def day(seed: int) -> list[list[str]]:
        chooser = Chooser(library, random.Random(seed))
        prefs = Preferences.default()
        return [
            ids(chooser.choose(kind, prefs, [], 240 if kind == "long" else 45))
            for kind in ("short", "short", "long", "short")
        ]

    assert day(7) == day(7)
    assert len({str(day(seed)) for seed in range(20)}) > 1


def test_a_short_break_is_one_exercise_avoiding_recent_ones() -> None:
    library = {ex.id: ex for ex in (make("a"), make("b"), make("c"))}

    for seed in range(30):
        chooser = Chooser(library, random.Random(seed))
        assert ids(chooser.choose("short", Preferences.default(), ["c", "a"], 10)) == ["b"]


def test_when_everything_was_recent_the_one_done_longest_ago_comes_back() -> None:
    library = {ex.id: ex for ex in (make("a"), make("b"), make("c"))}

    for seed in range(30):
        chooser = Chooser(library, random.Random(seed))
        assert ids(chooser.choose("short", Preferences.default(), ["b", "c", "a"], 10)) == ["b"]


def test_a_short_break_offers_only_exercises_it_can_pace_to_its_length() -> None:
    lengths = {"quick": 30, "medium": 40, "slow": 200}
    library = {name: make(name, seconds=seconds) for name, seconds in lengths.items()}

    def picks(target: int) -> set[str]:
        chosen = set()
        for seed in range(30):
            offered = Chooser(library, random.Random(seed)).choose(
                "short", Preferences.default(), [], target
            )
            assert abs(paced_length(offered) - target) <= tolerance(target)
            chosen.update(ids(offered))
        return chosen

    assert picks(36) == {"quick", "medium"}, "200 s of holding cannot be squeezed into 36 s"
    assert "slow" in picks(300)


def test_a_long_break_is_a_balanced_routine_of_three_to_five_near_its_length() -> None:
    library = balanced_library()

    for seed in range(40):
        chosen = Chooser(library, random.Random(seed)).choose(
            "long", Preferences.default(), [], 240
        )
        movements = Counter(exercise.movement for exercise in chosen)
        total = sum(exercise.duration_seconds for exercise in chosen)
        assert 3 <= len(chosen) <= 5
        assert len(set(ids(chosen))) == len(chosen)
        assert {"rotation", "extension", "neck", "shoulder-blades"} <= set(movements)
        assert 180 <= total <= 264, (ids(chosen), total)


def test_a_long_routine_stays_seated_then_stands_then_goes_to_the_floor() -> None:
    library = balanced_library()
    library["cat-cow"] = make("cat-cow", "flexion", seconds=30, position="floor", suits=("long",))
    prefs = replace(Preferences.default(), positions=frozenset({"seated", "standing", "floor"}))
    order = {"seated": 0, "standing": 1, "floor": 2}

    for seed in range(40):
        chosen = Chooser(library, random.Random(seed)).choose("long", prefs, [], 240)
        ranks = [order[exercise.position] for exercise in chosen]
        assert ranks == sorted(ranks), ids(chosen)


def test_a_long_break_avoids_recent_exercises_when_others_can_fill_it() -> None:
    library = balanced_library()
    recent = ["twist", "chin-tuck", "squeeze"]

    for seed in range(30):
        chosen = Chooser(library, random.Random(seed)).choose(
            "long", Preferences.default(), recent, 240
        )
        assert not set(recent) & set(ids(chosen))


def test_a_long_break_offers_only_the_chosen_areas_and_says_when_they_are_too_few() -> None:
    library = balanced_library()
    neck_only = replace(Preferences.default(), areas=frozenset({"neck"}))
    chooser = Chooser(library, random.Random(1))

    chosen = chooser.choose("long", neck_only, [], 240)

    assert set(ids(chosen)) == {"chin-tuck", "neck-tilt"}, "nothing from another area stands in"
    (shortfall,) = chooser.shortfalls(neck_only)
    assert (shortfall.kind, shortfall.available, shortfall.needed) == ("long", 2, 3)
    assert shortfall.text().startswith("Only 2 exercises fit a long break")


def test_with_every_area_switched_off_no_break_is_offered_and_the_chooser_says_why() -> None:
    library = {
        "floor": make("floor", position="floor", suits=("long",)),
        "desk": make("desk"),
    }
    nothing = replace(Preferences.default(), areas=frozenset())
    chooser = Chooser(library, random.Random(3))

    assert chooser.choose("short", nothing, ["desk"], 30) == ()
    kinds = [(s.kind, s.available) for s in chooser.shortfalls(nothing)]
    assert kinds == [("short", 0), ("long", 0)]
    assert chooser.shortfalls(nothing)[0].text().startswith("No exercise fits a short break")


def test_a_short_break_never_falls_back_to_floor_or_equipment() -> None:
    library = {
        "floor": make("floor", position="floor", suits=("long",)),
        "wall": make("wall", position="standing", equipment=("wall",), suits=("long",)),
    }
    everything = Preferences(
        frozenset({"upper-back"}),
        frozenset({"seated", "standing", "floor"}),
        frozenset({"wall"}),
    )
    chooser = Chooser(Library(exercises=library), random.Random(0))

    assert chooser.choose("short", everything, [], 30) == ()
    assert len(chooser.choose("long", everything, [], 240)) == 2


def test_an_empty_library_offers_nothing() -> None:
    assert Chooser({}, random.Random(0)).choose("long", Preferences.default(), [], 240) == ()


def test_an_unknown_break_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="medium"):
        Chooser(balanced_library(), random.Random(0)).choose("medium", Preferences.default(), [], 1)


def test_a_long_routine_is_paced_to_its_length_with_extra_rounds() -> None:
    def ex(ident: str, rounds: int, seconds: int) -> Exercise:
        step = Step(text="t", seconds=seconds, illustration=Path("p.svg"), cue=None, mirror=True)
        return Exercise(
            id=ident,
            title=ident,
            summary="s",
            areas=("neck",),
            movement="neck",
            position="seated",
            equipment=(),
            suits=("long",),
            sides="none",
            first_side="right",
            rounds=rounds,
            cautions=("c",),
            sources=(),
            steps=(step,),
            path=Path("x.toml"),
            origin="built-in",
        )

    routine = (ex("a", 3, 10), ex("b", 1, 40), ex("c", 2, 20))  # 30 + 40 + 40 = 110 s
    paced = pace(routine, 240)
    assert [e.id for e in paced] == ["a", "b", "c"], "same exercises, same order"
    assert paced_length(paced) == 240
    assert all(p.rounds >= o.rounds for p, o in zip(paced, routine, strict=True))
