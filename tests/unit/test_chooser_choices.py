"""What the chooser takes from the settings and what it says when they leave too little: the whole
sentence in the user's language, the kind of break named in it, and the break kinds it refuses."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from postureapp.core.exercises import Chooser, Library, Preferences, load_library
from postureapp.core.exercises.chooser import Shortfall
from postureapp.core.exercises.pacing import span, tolerance
from postureapp.core.settings import Settings
from postureapp.core.terms import Area, BreakKind, Position
from postureapp.paths import assets_dir
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


def prefs_with(*weights: tuple[str, int]) -> Preferences:
    usual = Preferences.default()
    return Preferences(usual.areas, usual.positions, usual.equipment, weights)


def test_an_answer_that_cannot_be_paced_to_the_break_gives_way_to_the_next() -> None:
    exercises = (
        make("chin-tuck", "neck", seconds=200, areas=("neck",)),
        make("neck-tilt", "neck", seconds=10, areas=("neck",)),
        make("twist", "rotation", seconds=10),
    )
    chooser = Chooser({ex.id: ex for ex in exercises}, random.Random(0))
    chosen = chooser.choose("short", Preferences.default(), [], 20, answer="forward-head")
    assert [ex.id for ex in chosen] == ["neck-tilt"]


def test_after_an_answered_break_the_next_short_break_turns_to_another_movement() -> None:
    exercises = (
        make("chin-tuck", "neck", areas=("neck",)),
        make("neck-tilt", "neck", areas=("neck",)),
        make("twist", "rotation"),
        make("arch", "extension"),
    )
    following = set()
    for seed in range(30):
        chooser = Chooser({ex.id: ex for ex in exercises}, random.Random(seed))
        (first,) = chooser.choose("short", Preferences.default(), ["x"], 10, answer="forward-head")
        assert first.id == "chin-tuck"
        (second,) = chooser.choose("short", Preferences.default(), ["x", "chin-tuck"], 10)
        following.add(second.id)
    assert following == {"twist", "arch"}


def test_a_favourites_movement_comes_due_again_sooner() -> None:
    exercises = (make("n", "neck", areas=("neck",)), make("e", "extension"), make("r", "rotation"))
    offered = Counter()
    for seed in range(40):
        chooser = Chooser({ex.id: ex for ex in exercises}, random.Random(seed))
        # Today's short breaks so far: the neck, then extension, then rotation.
        chooser.choose("short", prefs_with(("e", 0), ("r", 0)), ["x"], 10)
        chooser.choose("short", prefs_with(("n", 0), ("r", 0)), ["x"], 10)
        chooser.choose("short", prefs_with(("n", 0), ("e", 0)), ["x"], 10)
        (chosen,) = chooser.choose("short", prefs_with(("r", 3)), ["x"], 10)
        offered[chosen.id] += 1
    # Rotation, done last but three times as wanted, is as due as the neck, done first.
    assert set(offered) == {"n", "r"}, offered


def test_a_favourite_comes_first_about_three_times_in_four() -> None:
    exercises = {ex.id: ex for ex in (make("a", "rotation"), make("b", "rotation"))}
    offered = Counter(
        Chooser(exercises, random.Random(seed)).choose("short", prefs_with(("a", 3)), [], 10)[0].id
        for seed in range(400)
    )
    assert 0.65 < offered["a"] / 400 < 0.85, offered


def test_on_a_new_day_yesterdays_movements_no_longer_count() -> None:
    exercises = {ex.id: ex for ex in (make("a", "rotation"), make("b", "extension"))}
    again = 0
    for seed in range(30):
        chooser = Chooser(exercises, random.Random(seed))
        (first,) = chooser.choose("short", Preferences.default(), [], 10)
        (second,) = chooser.choose("short", Preferences.default(), [], 10)  # the next day
        again += first.id == second.id
    assert 5 < again < 25


def test_when_no_exercise_can_be_paced_to_a_short_break_the_nearest_in_length_comes() -> None:
    exercises = {ex.id: ex for ex in (make("a", seconds=200), make("b", seconds=400))}
    exercises["c"] = make("c", seconds=100)
    for seed in range(10):
        chosen = Chooser(exercises, random.Random(seed)).choose(
            "short", Preferences.default(), [], 20
        )
        assert [ex.id for ex in chosen] == ["c"]


def test_a_long_routine_runs_seated_then_standing_in_the_order_of_its_movements() -> None:
    movements = ["neck", "shoulder-blades", "rotation", "side-bend", "flexion", "extension"]
    exercises = [make(f"m{i}", m, seconds=30) for i, m in enumerate(movements)]
    exercises.append(make("stand", "neck", seconds=30, position="standing"))
    seen = set()
    for seed in range(30):
        chosen = Chooser({ex.id: ex for ex in exercises}, random.Random(seed)).choose(
            "long", Preferences.default(), [], 240
        )
        order = [(ex.position != "seated", movements.index(ex.movement)) for ex in chosen]
        assert order == sorted(order), [ex.id for ex in chosen]
        seen.add(tuple(sorted(ex.movement for ex in chosen)))
    assert seen == {("extension", "neck", "rotation", "shoulder-blades")}, "one of each balanced"


def test_a_long_routine_fills_up_with_movements_it_does_not_have_yet() -> None:
    exercises = [make(f"neck-{i}", "neck", areas=("neck",)) for i in range(3)]
    exercises += [make("side", "side-bend"), make("round", "flexion")]
    for seed in range(30):
        chosen = Chooser({ex.id: ex for ex in exercises}, random.Random(seed)).choose(
            "long", Preferences.default(), [], 60
        )
        assert sorted(ex.movement for ex in chosen) == ["flexion", "neck", "side-bend"]


@pytest.mark.parametrize(("target", "count"), [(60, 2), (100, 3), (101, 4)])
def test_a_long_routine_takes_as_many_as_fit_at_their_shortest_and_five_at_most(
    target: int, count: int
) -> None:
    movements = ["neck", "rotation", "extension", "shoulder-blades", "flexion", "side-bend"]
    # Each can be paced down to 28 s; a break may run over by its tolerance (11 s for 101 s).
    exercises = {f"x{i}": make(f"x{i}", m, seconds=40) for i, m in enumerate(movements)}
    for seed in range(10):
        chosen = Chooser(exercises, random.Random(seed)).choose(
            "long", Preferences.default(), [], target
        )
        assert len(chosen) == count


def test_a_long_routine_of_short_exercises_stops_at_five() -> None:
    movements = ["neck", "rotation", "extension", "shoulder-blades", "flexion", "side-bend"]
    # 3 s steps: six at their longest (60 s each) would still not fill 400 s.
    exercises = {f"x{i}": make(f"x{i}", m, seconds=3) for i, m in enumerate(movements)}
    for seed in range(10):
        chosen = Chooser(exercises, random.Random(seed)).choose(
            "long", Preferences.default(), [], 400
        )
        assert len(chosen) == 5


def test_when_every_exercise_is_too_short_for_a_short_break_the_longest_comes() -> None:
    exercises = {ex.id: ex for ex in (make("a", seconds=3), make("b", seconds=6))}
    assert span(exercises["b"])[1] < 300 - tolerance(300)
    for seed in range(10):
        chosen = Chooser(exercises, random.Random(seed)).choose(
            "short", Preferences.default(), [], 300
        )
        assert [ex.id for ex in chosen] == ["b"]


def test_a_long_routine_its_exercises_fill_exactly_takes_no_more() -> None:
    movements = ["neck", "rotation", "extension", "shoulder-blades", "flexion"]
    exercises = {m: make(m, m, seconds=20) for m in movements}
    shortest, longest = span(exercises["neck"])
    target = 4 * longest  # the four balanced movements at their longest fill it to the second
    assert 5 * shortest <= target  # a fifth would still fit
    for seed in range(10):
        chosen = Chooser(exercises, random.Random(seed)).choose(
            "long", Preferences.default(), [], target
        )
        assert sorted(ex.movement for ex in chosen) == sorted(movements[:4])


@pytest.mark.parametrize("target", [240, 600, 1200])
@pytest.mark.parametrize(
    ("slouch", "answer"),
    [("forward-head", "chin-tuck"), ("rounded-shoulders", "shoulder-blade-squeeze")],
)
def test_a_long_break_includes_the_best_answer_though_it_could_not_fill_the_break_alone(
    target: int, slouch: str, answer: str
) -> None:
    library = load_library(assets_dir() / "exercises", assets_dir() / "illustrations", None)
    assert span(library.exercises[answer])[1] < target - tolerance(target)
    for seed in range(5):
        chooser = Chooser(library, random.Random(seed))
        # Done in the last break, so only the slouch brings it back so soon.
        chosen = chooser.choose("long", Preferences.default(), [answer], target, answer=slouch)
        assert answer in [ex.id for ex in chosen]


def test_a_long_break_answers_a_slouch_once_and_keeps_its_balance() -> None:
    exercises = (
        make("chin-tuck", "neck", areas=("neck",)),
        make("head-turn", "neck", areas=("neck",)),
        make("neck-tilt", "neck", areas=("neck",)),
        make("twist", "rotation"),
        make("arch", "extension"),
        make("squeeze", "shoulder-blades"),
    )
    for seed in range(10):
        chosen = Chooser({ex.id: ex for ex in exercises}, random.Random(seed)).choose(
            "long", Preferences.default(), ["head-turn"], 240, answer="forward-head"
        )
        # head-turn answers a forward head too, but only the best answer comes first; the rest
        # is the usual routine, the exercise done last time left out.
        assert {ex.id for ex in chosen} == {"chin-tuck", "neck-tilt", "twist", "arch", "squeeze"}


def test_an_answer_too_short_to_fill_a_short_break_alone_gives_way_to_one_that_can() -> None:
    exercises = (
        make("chin-tuck", "neck", seconds=3, areas=("neck",)),
        make("neck-tilt", "neck", seconds=20, areas=("neck",)),
    )
    assert span(exercises[0])[1] < 120 - tolerance(120)  # ten rounds, each step held twice as long
    chooser = Chooser({ex.id: ex for ex in exercises}, random.Random(0))
    chosen = chooser.choose("short", Preferences.default(), [], 120, answer="forward-head")
    assert [ex.id for ex in chosen] == ["neck-tilt"]


def test_a_long_break_takes_an_answer_longer_than_itself_at_its_slowest() -> None:
    library = load_library(assets_dir() / "exercises", assets_dir() / "illustrations", None)
    assert span(library.exercises["chin-tuck"])[1] > 60 + tolerance(60)
    chooser = Chooser(library, random.Random(0))
    chosen = chooser.choose("long", Preferences.default(), ["chin-tuck"], 60, answer="forward-head")
    assert "chin-tuck" in [ex.id for ex in chosen]


def test_a_long_break_takes_an_answer_that_fills_it_to_its_tolerance_and_no_more() -> None:
    target = 100
    answer = make("chin-tuck", "neck", seconds=157, areas=("neck",))
    assert span(answer)[0] == target + tolerance(target)  # at its quickest: the most allowed
    exercises = {ex.id: ex for ex in (answer, make("twist", "rotation"))}
    chooser = Chooser(exercises, random.Random(0))
    chosen = chooser.choose("long", Preferences.default(), [], target, answer="forward-head")
    assert [ex.id for ex in chosen] == ["chin-tuck"]
    too_long = {**exercises, "chin-tuck": make("chin-tuck", "neck", seconds=159, areas=("neck",))}
    chooser = Chooser(too_long, random.Random(0))
    chosen = chooser.choose("long", Preferences.default(), [], target, answer="forward-head")
    assert [ex.id for ex in chosen] == ["twist"]
