"""What the chooser takes from the settings and what it says when they leave too little: the whole
sentence in the user's language, the kind of break named in it, and the break kinds it refuses."""

from __future__ import annotations

import random

import pytest

from postureapp.core.exercises import Chooser, Library, Preferences
from postureapp.core.exercises.chooser import Shortfall
from postureapp.core.settings import Settings
from postureapp.core.terms import Area, BreakKind, Position
from tests.unit.test_exercises import make


def test_the_preferences_are_what_the_settings_say() -> None:
    settings = Settings.defaults().replace(
        areas=frozenset({Area.NECK}),
        positions=frozenset({Position.FLOOR}),
        equipment=frozenset({"wall"}),
        weights=(("chin-tuck", 3), ("head-turn", 0)),
    )
    prefs = Preferences.of(settings)
    assert prefs == Preferences(
        frozenset({"neck"}),
        frozenset({"floor"}),
        frozenset({"wall"}),
        (("chin-tuck", 3), ("head-turn", 0)),
    )
    assert [prefs.weight(name) for name in ("chin-tuck", "head-turn", "cat-cow")] == [3, 0, 1]


def test_by_default_every_area_at_the_desk_and_no_equipment() -> None:
    prefs = Preferences.default()
    assert prefs.areas == frozenset(Area)
    assert prefs.positions == frozenset({"seated", "standing"})
    assert prefs.equipment == frozenset() and prefs.weights == ()


def test_a_shortfall_says_in_a_whole_sentence_what_is_missing_for_which_break() -> None:
    nothing = Shortfall(BreakKind.SHORT, 0, 1)
    assert nothing.text() == (
        "No exercise fits a short break with the body areas, positions and equipment you chose,"
        " so those breaks cannot start. Choose more areas or positions in Settings."
    )
    few = Shortfall(BreakKind.LONG, 2, 3)
    assert few.text() == (
        "Only 2 exercises fit a long break with the body areas, positions and equipment you"
        " chose, so long breaks repeat them. Choose more in Settings for more variety."
    )
    assert Shortfall(BreakKind.LONG, 0, 3).text().startswith("No exercise fits a long break ")


def test_a_shortfall_is_told_in_the_users_language() -> None:
    asked: list[tuple[str, str]] = []

    def german(context: str, source: str) -> str:
        asked.append((context, source))
        words = {
            "long break": "lange Pause",
            "Only {count} exercises fit a long break with the body areas, positions and equipment"
            " you chose, so long breaks repeat them. Choose more in Settings for more variety.": (
                "Nur {count} Übungen passen, für eine {kind} zu wenige."
            ),
        }
        return words.get(source, "> " + source)

    assert Shortfall(BreakKind.LONG, 1, 3).text(german) == (
        "Nur 1 Übungen passen, für eine lange Pause zu wenige."
    )
    assert [context for context, _ in asked] == ["terms", "exercises"]
    nothing = Shortfall(BreakKind.SHORT, 0, 1).text(german)
    assert nothing.startswith("> No exercise fits a > short break with the body areas")


def test_the_chooser_reads_a_library_or_plain_exercises_alike() -> None:
    exercises = {ex.id: ex for ex in (make("b"), make("a"), make("c"))}
    prefs = Preferences.default()
    for given in (Library(exercises=exercises), exercises):
        chooser = Chooser(given, random.Random(0))
        assert [ex.id for ex in chooser.candidates("short", prefs)] == ["a", "b", "c"]


def test_an_unknown_break_kind_is_refused_with_the_kinds_there_are() -> None:
    chooser = Chooser({}, random.Random(0))
    with pytest.raises(ValueError) as refused:
        chooser.choose("medium", Preferences.default(), [], 60)
    assert str(refused.value) == "unknown break kind 'medium'; expected one of short, long"


def test_an_exercise_switched_off_is_never_a_candidate_and_a_favourite_is() -> None:
    exercises = {ex.id: ex for ex in (make("a"), make("b"))}
    chooser = Chooser(exercises, random.Random(0))
    prefs = Preferences(frozenset(Area), frozenset({"seated"}), frozenset(), (("a", 0), ("b", 3)))
    assert [ex.id for ex in chooser.candidates("short", prefs)] == ["b"]
    assert [ex.id for ex in chooser.choose("short", prefs, [], 10)] == ["b"]
    (shortfall,) = chooser.shortfalls(prefs)
    assert (shortfall.kind, shortfall.available, shortfall.needed) == ("long", 1, 3)
