"""A break lasts what the user set, and every step can be read: over every built-in exercise and
the whole range of lengths the settings allow."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from postureapp.core.exercises import Chooser, Exercise, Library, Preferences, Step, load_library
from postureapp.core.exercises.pacing import (
    pace,
    paced_length,
    reading_seconds,
    step_bounds,
    tolerance,
)
from postureapp.core.settings import field_for
from postureapp.core.terms import Equipment, Position
from postureapp.paths import assets_dir

SHORT = field_for("breaks.short_break_seconds").kind
LONG = field_for("breaks.long_break_seconds").kind


@pytest.fixture(scope="module")
def library() -> Library:
    found = load_library(assets_dir() / "exercises", assets_dir() / "illustrations", None)
    assert not found.problems
    return found


EVERYTHING = Preferences(
    frozenset(Preferences.default().areas), frozenset(Position), frozenset(Equipment)
)


def check_readable(exercises: tuple[Exercise, ...]) -> None:
    for exercise in exercises:
        for index, step in enumerate(exercise.steps):
            needed = reading_seconds(step.text) if index else step_bounds(exercise, 0)[0]
            assert step.seconds >= needed, (exercise.id, index, step.text, step.seconds)


@pytest.mark.parametrize("prefs", [Preferences.default(), EVERYTHING], ids=["desk", "everything"])
@pytest.mark.parametrize("kind", ["short", "long"])
def test_every_break_lasts_what_the_user_set(
    library: Library, prefs: Preferences, kind: str
) -> None:
    bounds = SHORT if kind == "short" else LONG
    low, high = bounds.low, bounds.high  # type: ignore[attr-defined]
    step = 5 if kind == "short" else 20
    for target in [*range(low, high, step), high]:
        for seed in range(6):
            chosen = Chooser(library, random.Random(seed)).choose(kind, prefs, [], target)
            length = paced_length(chosen)
            assert abs(length - target) <= tolerance(target), (kind, target, seed, length)
            check_readable(chosen)


def test_the_settings_cover_the_promised_ranges() -> None:
    assert (SHORT.low, SHORT.high) == (20, 300)  # type: ignore[attr-defined]
    assert LONG.low == 60 and LONG.high >= 900  # type: ignore[attr-defined]


def test_a_forty_second_break_is_forty_seconds_not_fifty_two(library: Library) -> None:
    reach = library.exercises["overhead-arm-reach"]
    assert reach.duration_seconds == 52, "as authored"
    offered = {
        exercise.id
        for seed in range(60)
        for exercise in Chooser(library, random.Random(seed)).choose(
            "short", Preferences.default(), [], 40
        )
    }
    assert "overhead-arm-reach" not in offered, "both sides cannot be read and done in 40 s"
    assert len(offered) >= 4, offered
    paced = pace([reach], 60)
    assert abs(paced_length(paced) - 60) <= 6
    check_readable(paced)


def test_a_set_up_step_gives_time_to_read_it_and_the_main_caution(library: Library) -> None:
    twist = library.exercises["seated-twist"]
    first = pace([twist], 60)[0].steps[0]
    words = len(first.text.split()) + len(twist.cautions[0].split())
    assert first.seconds >= words / 2.5 + 1


def step(text: str, seconds: int) -> Step:
    return Step(text=text, seconds=seconds, illustration=Path("p.svg"), cue=None, mirror=True)


def make(steps: tuple[Step, ...], rounds: int = 1, sides: str = "none") -> Exercise:
    return Exercise(
        id="x", title="X", summary="s", areas=("neck",), movement="neck", position="seated",
        equipment=(), suits=("short", "long"), sides=sides, first_side="right", rounds=rounds,
        cautions=("Gently.",), sources=(), steps=steps, path=Path("x.toml"), origin="built-in",
    )  # fmt: skip


def test_holds_stretch_to_twice_at_most_and_shrink_to_seven_tenths() -> None:
    ex = make((step("Sit.", 4), step("Hold.", 20)))
    long = pace([ex], 42)[0]
    assert long.rounds == 1 and long.steps[1].seconds == 38, "the hold grows first"
    assert all(s.seconds <= 2 * o.seconds for s, o in zip(long.steps, ex.steps, strict=True))
    short = pace([ex], 10)[0]
    assert short.steps[1].seconds == 14, "no shorter than seven tenths"


def test_rounds_repeat_the_exercise_when_its_holds_cannot_fill_the_break() -> None:
    ex = make((step("Sit.", 4), step("Hold.", 10)))
    paced = pace([ex], 120)[0]
    assert paced.rounds >= 3
    assert abs(paced.duration_seconds - 120) <= tolerance(120)
    assert paced.rounds <= 10


def test_rounds_that_overrun_the_break_by_a_second_at_their_quickest_give_way_to_one_fewer() -> (
    None
):
    exercise = make((step("Hold.", 14),), rounds=3)
    quickest, _slowest = step_bounds(exercise, 0)
    target = 3 * quickest - 1  # three rounds cannot be quick enough, by one second

    paced = pace([exercise], target)

    assert [ex.rounds for ex in paced] == [2]
    assert abs(paced_length(paced) - target) <= 1
