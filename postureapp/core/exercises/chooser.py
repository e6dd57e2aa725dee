"""Choosing what a break offers: one exercise for a short break, a balanced routine for a long one.

All randomness comes from an injected `random.Random`, so a whole day can be replayed in a test.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from postureapp.core.exercises.model import Exercise
from postureapp.core.exercises.pacing import fits, pace, paced_length, span, tolerance
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
        """One exercise for a short break, a balanced routine of 3 to 5 for a long one, paced to
        `target_seconds` (see `pacing`).

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
            return pace([self._short(tiers[0], last_use, target_seconds)], target_seconds)
        return pace(self._long(tiers, last_use, target_seconds), target_seconds)

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
        """The freshest exercise that can be paced to `target`; the nearest one if none can."""
        ordered = self._by_freshness(candidates, last_use)
        fitting = [ex for ex in ordered if fits([ex], target)]
        if fitting:
            return fitting[0]
        return min(ordered, key=lambda ex: abs(paced_length(pace([ex], target)) - target))

    def _long(
        self, tiers: Sequence[Sequence[Exercise]], last_use: Mapping[str, int], target: int
    ) -> list[Exercise]:
        """One of each balanced movement first, then others, while the routine can still be paced
        to `target` (at its shortest it must not run over); 3 to 5 exercises where they fit."""
        smallest, largest = LONG_SIZE
        limit = target + tolerance(target)
        ordered = self._by_freshness(tiers[0], last_use)
        picked: list[Exercise] = []

        def shortest() -> int:
            return sum(span(ex)[0] for ex in picked)

        def room_for(ex: Exercise) -> bool:
            return ex not in picked and len(picked) < largest and shortest() + span(ex)[0] <= limit

        for movement in BALANCED_MOVEMENTS:
            match = next((ex for ex in ordered if ex.movement == movement and room_for(ex)), None)
            if match is not None:
                picked.append(match)
        while len(picked) < smallest or sum(span(ex)[1] for ex in picked) < target:
            covered = {ex.movement for ex in picked}
            options = sorted(
                (ex for ex in ordered if room_for(ex)), key=lambda ex: ex.movement in covered
            )
            if not options:
                break
            picked.append(options[0])
        for tier in tiers:
            spare = [ex for ex in self._by_freshness(tier, last_use) if room_for(ex)]
            spare.sort(key=lambda ex: (ex.id in last_use, span(ex)[0]))
            picked.extend(spare[: max(0, smallest - len(picked))])
        picked.sort(
            key=lambda ex: (_POSITION_ORDER[ex.position], _MOVEMENT_ORDER.get(ex.movement, 0))
        )
        return picked
