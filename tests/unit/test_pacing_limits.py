"""How far pacing may move a break and its steps, in exact seconds: the tolerance a break lands
within, the time to read a step (and the main caution on the first), how far a hold may stretch
or shrink, and the rounds added to fill a long break."""

from __future__ import annotations

from pathlib import Path

from postureapp.core.exercises import Exercise, Step
from postureapp.core.exercises.pacing import (
    fits,
    pace,
    paced_length,
    reading_seconds,
    span,
    step_bounds,
    tolerance,
)


def step(text: str, seconds: int) -> Step:
    return Step(text=text, seconds=seconds, illustration=Path("p.svg"), cue=None, mirror=True)


def make(
    steps: tuple[Step, ...],
    *,
    rounds: int = 1,
    sides: str = "none",
    cautions: tuple[str, ...] = ("Gently.",),
    ident: str = "x",
) -> Exercise:
    return Exercise(
        id=ident, title="X", summary="s", areas=("neck",), movement="neck", position="seated",
        equipment=(), suits=("short", "long"), sides=sides, first_side="right", rounds=rounds,
        cautions=cautions, sources=(), steps=steps, path=Path(f"{ident}.toml"), origin="built-in",
    )  # fmt: skip


def test_a_break_may_land_five_seconds_off_or_a_tenth_of_its_length_when_that_is_more() -> None:
    assert [tolerance(t) for t in (20, 50, 51, 100, 300)] == [5, 5, 6, 10, 30]


def test_reading_takes_a_second_plus_two_and_a_half_words_a_second_rounded_up() -> None:
    assert reading_seconds("Hold.") == 2  # 0.4 + 1
    assert reading_seconds("a b c d") == 3  # 1.6 + 1
    assert reading_seconds("a b c d e") == 3  # exactly 3
    assert reading_seconds("a b", "c d e") == 3, "the words of every text count"
    assert reading_seconds("a  b\nc d e f g h i j") == 5, "words, not characters or lines"


def test_the_first_step_also_gives_time_to_read_the_main_caution_only() -> None:
    eight = "One two three four five six seven eight."
    ex = make(
        (step(eight, 10), step(eight, 10)),
        cautions=("a b c d e f g", " ".join(["word"] * 40)),
    )
    # First: 8 + 7 words = 6 s + 1; the second caution is read later, not here.
    assert step_bounds(ex, 0) == (7, 20)
    assert step_bounds(ex, 1) == (7, 20), "seven tenths of 10 s is more than 8 words need"
    short = make((step(eight, 4), step(eight, 4)), cautions=("a b c d e f g",))
    assert step_bounds(short, 0) == (7, 8), "the first step: 15 words"
    assert step_bounds(short, 1) == (5, 8), "a later step: its own 8 words"


def test_a_step_is_never_under_three_seconds_and_moves_from_seven_tenths_to_twice() -> None:
    ex = make((step("Hold.", 3), step("Hold.", 9), step("Hold.", 11)), cautions=("c",))
    assert step_bounds(ex, 0) == (3, 6), "two words need 2 s; three is the least"
    assert step_bounds(ex, 1) == (7, 18), "6.3 rounds up to 7"
    assert step_bounds(ex, 2) == (8, 22)


def test_an_exercise_spans_one_round_at_its_least_to_ten_at_its_most_on_every_side() -> None:
    ex = make((step("Hold.", 11),), cautions=("c",), sides="both")
    assert span(ex) == (16, 440)
    assert span(ex, 2) == (16, 88)
    assert span(make((step("Hold.", 11), step("Hold.", 9)), cautions=("c",))) == (15, 400)


def test_an_exercise_fits_only_lengths_it_can_reach_within_the_tolerance() -> None:
    ex = make((step("Hold.", 11),), cautions=("c",), sides="both")
    assert not fits([ex], 10), "16 s at its shortest is more than 10 + 5"
    assert fits([ex], 11), "16 s is 11 + 5"
    assert fits([ex], 444), "440 s is within 45 s of 444"
    assert not fits([ex], 500), "440 s at most is more than 50 s short"
    assert fits([ex, ex], 32) and not fits([ex, ex], 26)


def test_pacing_stretches_the_longest_hold_first_a_second_at_a_time() -> None:
    ex = make((step("Sit.", 4), step("Hold.", 20), step("Breathe.", 10)), cautions=("c",))
    paced = pace([ex], 60)[0]
    assert paced.rounds == 1
    assert [s.seconds for s in paced.steps] == [4, 40, 16]
    assert paced_length((paced,)) == 60
    shrunk = pace([ex], 26)[0]
    assert [s.seconds for s in shrunk.steps] == [4, 14, 8], "down to 7/10, longest first"


def test_an_extra_round_goes_to_the_longer_exercise_first() -> None:
    short = make((step("Hold.", 10),), cautions=("c",), ident="short")
    long = make((step("Hold.", 20),), cautions=("c",), ident="long")
    for order in ([short, long], [long, short]):
        paced = {ex.id: ex for ex in pace(order, 80)}
        assert (paced["short"].rounds, paced["long"].rounds) == (1, 2)
        assert [s.seconds for s in paced["long"].steps] == [35]
        assert [s.seconds for s in paced["short"].steps] == [10]
        assert paced_length(tuple(paced.values())) == 80


def test_authored_rounds_are_kept_unless_one_fewer_lands_nearer() -> None:
    twice = make((step("Hold.", 12),), cautions=("c",), rounds=2)
    (paced,) = pace([twice], 20)
    assert (paced.rounds, paced.steps[0].seconds) == (2, 10), "two rounds of 10 s reach 20 s"
    thrice = make((step("Hold.", 12),), cautions=("c",), rounds=3)
    (paced,) = pace([thrice], 20)
    assert (paced.rounds, paced.steps[0].seconds) == (2, 10), "three rounds of 9 s or more cannot"
    (paced,) = pace([thrice], 50)
    assert (paced.rounds, paced.steps[0].seconds) == (3, 17)


def test_a_break_too_long_for_an_exercise_gets_ten_rounds_at_its_longest_and_no_more() -> None:
    (paced,) = pace([make((step("Hold.", 12),), cautions=("c",))], 10_000)
    assert (paced.rounds, paced.steps[0].seconds) == (10, 24)


def test_the_longest_an_exercise_can_take_is_still_within_the_tolerance() -> None:
    ex = make((step("Hold.", 11),), cautions=("c",), sides="both")
    assert fits([ex], 489), "440 s is 49 s short of 489, its tolerance"
    assert not fits([ex], 490), "440 s is 50 s short of 490; 49 s are allowed"


def test_an_exercise_without_cautions_gives_its_first_step_its_own_reading_time() -> None:
    ex = make((step("a b c d e f g h i j k l m n o", 4),), cautions=())
    assert step_bounds(ex, 0) == (7, 8)


def test_a_break_the_longest_hold_just_reaches_is_one_round() -> None:
    (paced,) = pace([make((step("Hold.", 10),), cautions=("c",))], 20)
    assert (paced.rounds, paced.steps[0].seconds) == (1, 20)


def test_an_exercise_longer_than_its_break_still_runs_once_at_its_shortest() -> None:
    (paced,) = pace([make((step("Hold.", 40),), cautions=("c",))], 10)
    assert (paced.rounds, paced.steps[0].seconds) == (1, 28)


def test_two_authored_rounds_become_one_when_one_fits_the_break() -> None:
    (paced,) = pace([make((step("Hold.", 12),), cautions=("c",), rounds=2)], 12)
    assert (paced.rounds, paced.steps[0].seconds) == (1, 12)
