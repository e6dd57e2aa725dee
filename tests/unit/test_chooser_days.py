"""Simulated working days with the built-in library (fixed seeds): body-area choices mean what
they say, and short breaks rotate through rotation, extension, the neck and the shoulder blades."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

from postureapp.core.exercises import Chooser, Exercise, Preferences, load_library
from postureapp.core.exercises.pacing import fits
from postureapp.core.terms import Area, Movement

ASSETS = Path(__file__).resolve().parents[2] / "assets"
LIBRARY = load_library(ASSETS / "exercises", ASSETS / "illustrations", None)
#: As the app does: every 4th break is long; the chooser sees the day's last 4 breaks.
BREAKS_PER_DAY, LONG_EVERY, RECENT_BREAKS = 16, 4, 4
SHORT_SECONDS, LONG_SECONDS = 40, 240


def simulate(prefs: Preferences, days: int, seed: int = 7) -> list[list[tuple[Exercise, ...]]]:
    """Each day's breaks, in order."""
    chooser = Chooser(LIBRARY, random.Random(seed))
    out = []
    for _ in range(days):
        day: list[tuple[Exercise, ...]] = []
        for number in range(1, BREAKS_PER_DAY + 1):
            kind = "long" if number % LONG_EVERY == 0 else "short"
            recent = [ex.id for chosen in day[-RECENT_BREAKS:] for ex in chosen]
            target = LONG_SECONDS if kind == "long" else SHORT_SECONDS
            day.append(chooser.choose(kind, prefs, recent, target))
        out.append(day)
    return out


def everything(days: list[list[tuple[Exercise, ...]]]) -> list[Exercise]:
    return [ex for day in days for chosen in day for ex in chosen]


def test_deselecting_the_neck_removes_every_exercise_that_works_the_neck() -> None:
    no_neck = replace(Preferences.default(), areas=frozenset(Area) - {Area.NECK})
    with_floor = replace(no_neck, positions=no_neck.positions | {"floor"})
    for prefs in (no_neck, with_floor):
        offered = everything(simulate(prefs, days=25))
        assert len(offered) > 300
        assert not [ex.id for ex in offered if Area.NECK in ex.areas]
        ids = {ex.id for ex in offered}
        assert ids.isdisjoint({"chin-tuck", "head-turn", "rhomboid-stretch", "seated-twist"})


def test_the_neck_work_in_the_chin_tuck_and_the_rhomboid_stretch_counts_as_neck() -> None:
    for ident in ("chin-tuck", "rhomboid-stretch", "head-turn", "seated-twist", "cat-cow"):
        assert Area.NECK in LIBRARY.exercises[ident].areas, ident


def test_choosing_only_the_lower_back_offers_only_lower_back_work_and_says_it_is_too_little() -> (
    None
):
    lower_back = replace(Preferences.default(), areas=frozenset({Area.LOWER_BACK}))
    offered = everything(simulate(lower_back, days=10))
    assert offered, "the seated hamstring stretch fits a short break"
    assert {ex.id for ex in offered} <= {"seated-hamstring-stretch"}
    assert all(set(ex.areas) == {Area.LOWER_BACK} for ex in offered)
    chooser = Chooser(LIBRARY, random.Random(1))
    (long_shortfall,) = chooser.shortfalls(lower_back)
    assert long_shortfall.kind == "long" and long_shortfall.available == 1
    assert "Only 1 exercises fit a long break" in long_shortfall.text()


def test_choices_that_leave_nothing_give_no_break_and_a_clear_reason() -> None:
    floor_only = Preferences(frozenset(Area), frozenset({"floor"}), frozenset())
    days = simulate(floor_only, days=2)
    shorts = [chosen for day in days for n, chosen in enumerate(day, 1) if n % LONG_EVERY]
    assert all(chosen == () for chosen in shorts), "never something else in its place"
    reasons = Chooser(LIBRARY, random.Random(1)).shortfalls(floor_only)
    assert [r.kind for r in reasons] == ["short"]
    assert reasons[0].text().startswith("No exercise fits a short break")


def test_the_default_choices_leave_enough_for_every_break() -> None:
    assert Chooser(LIBRARY, random.Random(1)).shortfalls(Preferences.default()) == ()


def test_short_breaks_cover_rotation_extension_neck_and_shoulder_blades_every_day() -> None:
    balanced = (Movement.ROTATION, Movement.EXTENSION, Movement.NECK, Movement.SHOULDER_BLADES)
    days = simulate(Preferences.default(), days=60)
    shorts_total = 0
    rotations = 0
    for day in days:
        shorts = [chosen[0] for n, chosen in enumerate(day, 1) if n % LONG_EVERY]
        shorts_total += len(shorts)
        per_movement = Counter(ex.movement for ex in shorts)
        for movement in balanced:
            assert per_movement[movement] >= 2, (movement, per_movement)
        rotations += per_movement[Movement.ROTATION]
        assert len({ex.id for ex in shorts}) >= 6, "a day brings variety"
    assert rotations / shorts_total > 0.15


def test_every_desk_exercise_that_fits_a_short_break_comes_up_over_a_few_days() -> None:
    offered = Counter(
        chosen[0].id
        for day in simulate(Preferences.default(), days=10)
        for n, chosen in enumerate(day, 1)
        if n % LONG_EVERY
    )
    desk = {
        ex.id
        for ex in LIBRARY.exercises.values()
        if ex.at_desk and "short" in ex.suits and fits([ex], SHORT_SECONDS)
    }
    assert desk <= set(offered), desk - set(offered)
    assert set(offered) <= desk, "a short break lasts what the user set"


def test_long_breaks_still_balance_the_four_movements() -> None:
    with_floor = replace(
        Preferences.default(), positions=frozenset({"seated", "standing", "floor"})
    )
    for day in simulate(with_floor, days=20):
        for n, chosen in enumerate(day, 1):
            if n % LONG_EVERY == 0:
                movements = {ex.movement for ex in chosen}
                assert 3 <= len(chosen) <= 5
                assert {Movement.ROTATION, Movement.EXTENSION} <= movements
