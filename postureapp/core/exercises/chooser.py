"""Choosing what a break offers: one exercise for a short break, a balanced routine for a long one.

All randomness comes from an injected `random.Random`, so a whole day can be replayed in a test.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from postureapp.core.exercises.model import ROUNDS, Exercise
from postureapp.core.exercises.reader import Library
from postureapp.core.terms import Area, BreakKind, Movement, Position

# A long break aims for one of each of these before filling with anything else.
BALANCED_MOVEMENTS = (
    Movement.ROTATION,
    Movement.EXTENSION,
    Movement.NECK,
    Movement.SHOULDER_BLADES,
)
LONG_SIZE = (3, 5)
# A long routine may run over its target by this fraction (or at least LONG_SLACK_SECONDS).
LONG_SLACK = 0.1
LONG_SLACK_SECONDS = 20
# A short break prefers exercises whose length is within these multiples of the target.
SHORT_NEAR = (0.5, 1.6)
# Routine order: stay seated, then stand up, then get down to the floor once; gentle neck and
# shoulder-blade work warms up before the larger spinal movements.
_POSITION_ORDER = {name: rank for rank, name in enumerate(Position)}
_MOVEMENT_ORDER: dict[str, int] = {
    name: rank
    for rank, name in enumerate(
        (
            Movement.NECK,
            Movement.SHOULDER_BLADES,
            Movement.ROTATION,
            Movement.SIDE_BEND,
            Movement.FLEXION,
            Movement.EXTENSION,
        )
    )
}


class PreferenceSettings(Protocol):
    """The settings that say what a break may offer (core.settings.Settings provides them)."""

    @property
    def areas(self) -> frozenset[str]: ...
    @property
    def positions(self) -> frozenset[str]: ...
    @property
    def equipment(self) -> frozenset[str]: ...


@dataclass(frozen=True)
class Preferences:
    """What the user allows a break to offer."""

    areas: frozenset[str]
    positions: frozenset[str]
    equipment: frozenset[str]

    @classmethod
    def of(cls, settings: PreferenceSettings) -> Preferences:
        """What the settings allow."""
        return cls(
            frozenset(settings.areas), frozenset(settings.positions), frozenset(settings.equipment)
        )

    @classmethod
    def default(cls) -> Preferences:
        """Every area, at the desk only: floor and equipment work is opt-in."""
        return cls(frozenset(Area), frozenset({Position.SEATED, Position.STANDING}), frozenset())


def eligible(ex: Exercise, kind: str, prefs: Preferences) -> bool:
    """Whether `ex` may be offered in a break of `kind` under the user's preferences."""
    if kind not in ex.suits:
        return False
    if not ex.at_desk and kind != BreakKind.LONG:
        return False
    return (
        bool(prefs.areas.intersection(ex.areas))
        and ex.position in prefs.positions
        and prefs.equipment.issuperset(ex.equipment)
    )


class Chooser:
    """Picks the exercises for each break; all randomness comes from the injected generator."""

    def __init__(self, library: Library | Mapping[str, Exercise], rng: random.Random) -> None:
        exercises = library.exercises if isinstance(library, Library) else library
        self._exercises = tuple(sorted(exercises.values(), key=lambda ex: ex.id))
        self._rng = rng

    def choose(
        self, kind: str, prefs: Preferences, recent_ids: Sequence[str], target_seconds: int
    ) -> tuple[Exercise, ...]:
        """One exercise for a short break, a balanced routine of 3 to 5 for a long one.

        `recent_ids` lists what recent breaks offered, the most recent last.
        """
        if kind not in tuple(BreakKind):
            kinds = ", ".join(BreakKind)
            raise ValueError(f"unknown break kind {kind!r}; expected one of {kinds}")
        tiers = self._tiers(kind, prefs)
        if not tiers:
            return ()
        last_use = {exercise_id: index for index, exercise_id in enumerate(recent_ids)}
        if kind == BreakKind.SHORT:
            return (self._short(tiers[0], last_use, target_seconds),)
        return self._long(tiers, last_use, target_seconds)

    def _tiers(self, kind: str, prefs: Preferences) -> list[list[Exercise]]:
        """Candidates from the strictest filter to the loosest, each tier holding only new ones.

        The first tier is what the user asked for; later ones stand in only when it is empty, or
        too small for a long routine.
        """
        any_area = replace(prefs, areas=frozenset(Area))
        desk = {Position.SEATED, Position.STANDING}
        any_desk_position = replace(any_area, positions=any_area.positions | desk)
        filters: list[Callable[[Exercise], bool]] = [
            lambda ex: eligible(ex, kind, prefs),
            lambda ex: eligible(ex, kind, any_area),
            lambda ex: eligible(ex, kind, any_desk_position),
            lambda ex: ex.at_desk,
        ]
        seen: set[str] = set()
        tiers: list[list[Exercise]] = []
        for accepts in filters:
            tier = [ex for ex in self._exercises if ex.id not in seen and accepts(ex)]
            seen.update(ex.id for ex in tier)
            if tier:
                tiers.append(tier)
        return tiers

    def _by_freshness(
        self, candidates: Sequence[Exercise], last_use: Mapping[str, int]
    ) -> list[Exercise]:
        """Random order, then never-recent first and the most recent last."""
        ordered = list(candidates)
        self._rng.shuffle(ordered)
        ordered.sort(key=lambda ex: last_use.get(ex.id, -1))
        return ordered

    def _short(
        self, candidates: Sequence[Exercise], last_use: Mapping[str, int], target: int
    ) -> Exercise:
        ordered = self._by_freshness(candidates, last_use)
        freshest = last_use.get(ordered[0].id, -1)
        pool = [ex for ex in ordered if last_use.get(ex.id, -1) == freshest]
        low, high = SHORT_NEAR
        near = [ex for ex in pool if low * target <= ex.duration_seconds <= high * target]
        if not near:
            best = min(abs(ex.duration_seconds - target) for ex in pool)
            near = [ex for ex in pool if abs(ex.duration_seconds - target) == best]
        return near[0]

    def _long(
        self, tiers: Sequence[Sequence[Exercise]], last_use: Mapping[str, int], target: int
    ) -> tuple[Exercise, ...]:
        smallest, largest = LONG_SIZE
        limit = target + max(LONG_SLACK_SECONDS, round(target * LONG_SLACK))
        ordered = self._by_freshness(tiers[0], last_use)
        picked: list[Exercise] = []

        def total() -> int:
            return sum(ex.duration_seconds for ex in picked)

        def fits(ex: Exercise) -> bool:
            return ex not in picked and total() + ex.duration_seconds <= limit

        for movement in BALANCED_MOVEMENTS:
            match = next((ex for ex in ordered if ex.movement == movement and fits(ex)), None)
            if match is not None and len(picked) < largest:
                picked.append(match)
        while len(picked) < largest and not (len(picked) >= smallest and total() >= target):
            covered = {ex.movement for ex in picked}
            options = sorted(
                (ex for ex in ordered if fits(ex)), key=lambda ex: ex.movement in covered
            )
            if not options:
                break
            picked.append(options[0])
        for tier in tiers:
            spare = [ex for ex in self._by_freshness(tier, last_use) if ex not in picked]
            spare.sort(key=lambda ex: (ex.id in last_use, ex.duration_seconds))
            picked.extend(spare[: max(0, smallest - len(picked))])
        picked.sort(
            key=lambda ex: (_POSITION_ORDER[ex.position], _MOVEMENT_ORDER.get(ex.movement, 0))
        )
        return fill_with_rounds(picked, target)


def fill_with_rounds(exercises: Sequence[Exercise], target: int) -> tuple[Exercise, ...]:
    """Add rounds, one at a time and in turn, until the routine is as near `target` as it gets.

    Desk exercises last under a minute, so five of them fall short of a four-minute long break;
    repeating the movements (not adding more of them) keeps the routine balanced and calm.
    Exercises that already repeat go first; none goes past the schema's round limit.
    """
    chosen = list(exercises)
    order = sorted(range(len(chosen)), key=lambda i: chosen[i].rounds == 1)
    grew = True
    while grew:
        grew = False
        for i in order:
            ex = chosen[i]
            total = sum(item.duration_seconds for item in chosen)
            if ex.rounds < ROUNDS[1] and total + ex.round_seconds <= target:
                chosen[i] = replace(ex, rounds=ex.rounds + 1)
                grew = True
    return tuple(chosen)
