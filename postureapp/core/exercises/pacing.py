"""Fitting a break to the length the user set: rounds and holds, never a length they did not ask for.

Every step gets at least the time to read it at a relaxed pace (2.5 words a second, plus a
second), and the first step of an exercise also the time to read its main caution, which the
window shows as the exercise starts. A step's time may grow to twice what its author gave it
(a longer hold) or shrink to seven tenths of it (never below the reading time); an exercise may
be repeated (rounds). Within those limits a break lands on its length: within 10 % (or 5 s,
whichever is more), and usually on the second.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from postureapp.core.exercises.model import ROUNDS, Exercise

WORDS_PER_SECOND = 2.5
READ_EXTRA_SECONDS = 1.0
#: How far a step's time may move from what its author gave it.
SHRINK = 0.7
STRETCH = 2.0
#: The shortest step, even one with a single word.
MIN_STEP_SECONDS = 3


def tolerance(target: int) -> int:
    """How far a break may land from its length: 10 %, or 5 s, whichever is more."""
    return max(5, math.ceil(target * 0.1))


def reading_seconds(*texts: str) -> int:
    """The time to read `texts` at a relaxed pace."""
    words = sum(len(text.split()) for text in texts)
    return math.ceil(words / WORDS_PER_SECOND + READ_EXTRA_SECONDS)


def step_bounds(exercise: Exercise, index: int) -> tuple[int, int]:
    """The fewest and most seconds step `index` of `exercise` may take."""
    step = exercise.steps[index]
    texts = [step.text]
    if index == 0 and exercise.cautions:
        texts.append(exercise.cautions[0])
    floor = max(reading_seconds(*texts), MIN_STEP_SECONDS)
    low = max(floor, math.ceil(step.seconds * SHRINK))
    high = max(low, math.floor(step.seconds * STRETCH))
    return low, high


def span(exercise: Exercise, max_rounds: int = ROUNDS[1]) -> tuple[int, int]:
    """The shortest (one round, every step at its least) and longest length `exercise` can take."""
    sides = len(exercise.side_order)
    bounds = [step_bounds(exercise, i) for i in range(len(exercise.steps))]
    return sides * sum(low for low, _ in bounds), max_rounds * sides * sum(h for _, h in bounds)


def fits(exercises: Sequence[Exercise], target: int) -> bool:
    """Whether these exercises can together be paced to `target` within the tolerance."""
    low = sum(span(ex)[0] for ex in exercises)
    high = sum(span(ex)[1] for ex in exercises)
    slack = tolerance(target)
    if low > target + slack or high < target - slack:
        return False
    return abs(paced_length(pace(exercises, target)) - target) <= slack


@dataclass
class _Plan:
    """One exercise being paced: its rounds and the seconds of each of its steps."""

    exercise: Exercise
    rounds: int
    seconds: list[int]
    bounds: list[tuple[int, int]]

    @property
    def weight(self) -> int:
        """How many times each step runs: rounds times sides."""
        return self.rounds * len(self.exercise.side_order)

    @property
    def round_seconds(self) -> int:
        return len(self.exercise.side_order) * sum(self.seconds)

    @property
    def total(self) -> int:
        return self.rounds * self.round_seconds

    def paced(self) -> Exercise:
        steps = tuple(
            replace(step, seconds=seconds)
            for step, seconds in zip(self.exercise.steps, self.seconds, strict=True)
        )
        return replace(self.exercise, rounds=self.rounds, steps=steps)


def _start(exercise: Exercise) -> _Plan:
    bounds = [step_bounds(exercise, i) for i in range(len(exercise.steps))]
    seconds = [
        min(max(step.seconds, low), high)
        for step, (low, high) in zip(exercise.steps, bounds, strict=True)
    ]
    rounds = min(max(exercise.rounds, ROUNDS[0]), ROUNDS[1])
    return _Plan(exercise, rounds, seconds, bounds)


def _fit_rounds(plans: list[_Plan], target: int) -> None:
    """Add rounds, evenly, until the steps' limits can reach `target`; drop them if it overshoots."""

    def reach(side: int) -> int:
        return sum(p.weight * sum(bound[side] for bound in p.bounds) for p in plans)

    while reach(1) < target:
        growable = [p for p in plans if p.rounds < ROUNDS[1]]
        if not growable:
            break
        min(growable, key=lambda p: (p.rounds, -p.round_seconds)).rounds += 1

    def miss() -> int:
        """How far `target` lies outside what the steps' limits can reach (0: inside)."""
        return max(reach(0) - target, target - reach(1), 0)

    while True:  # one round fewer, wherever that lands nearer (e.g. 18 s rather than 24 s for 20)
        better = [p for p in plans if p.rounds > 1]
        before = miss()
        for plan in better:
            plan.rounds -= 1
            if miss() < before:
                break
            plan.rounds += 1
        else:
            break


def _fit_seconds(plans: list[_Plan], target: int) -> None:
    """Lengthen or shorten steps a second at a time towards `target`: the longest holds first,
    so set-up steps keep the reading time they were given."""
    steps = sorted(
        ((plan, i) for plan in plans for i in range(len(plan.seconds))),
        key=lambda item: -item[0].exercise.steps[item[1]].seconds,
    )
    while True:
        delta = target - sum(p.total for p in plans)
        move = 1 if delta > 0 else -1
        for plan, i in steps:
            low, high = plan.bounds[i]
            # Only a move that brings the break nearer its length: the loop always ends.
            if low <= plan.seconds[i] + move <= high and abs(delta - move * plan.weight) < abs(
                delta
            ):
                plan.seconds[i] += move
                break
        else:
            return


def pace(exercises: Sequence[Exercise], target: int) -> tuple[Exercise, ...]:
    """The exercises with rounds and step times chosen so that the break lasts `target` seconds.

    When they cannot reach it within their limits they come as near as they can; the chooser
    only offers exercises that `fit`.
    """
    plans = [_start(exercise) for exercise in exercises]
    _fit_rounds(plans, target)
    _fit_seconds(plans, target)
    return tuple(plan.paced() for plan in plans)


def paced_length(exercises: Sequence[Exercise]) -> int:
    return sum(exercise.duration_seconds for exercise in exercises)
