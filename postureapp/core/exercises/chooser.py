"""Choosing what a break offers: one exercise for a short break, a balanced routine for a long one.

All randomness comes from an injected `random.Random`, so a whole day can be replayed in a test.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from postureapp.core import terms
from postureapp.core.exercises.model import Exercise
from postureapp.core.exercises.pacing import fits, pace, paced_length, span, tolerance
from postureapp.core.exercises.reader import Library
from postureapp.core.posture.answers import answering
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
    @property
    def weights(self) -> tuple[tuple[str, int], ...]: ...


@dataclass(frozen=True)
class Preferences:
    """What the user allows a break to offer, and how often each exercise should come.

    `weights` holds (exercise id, weight) pairs: 0 never offers the exercise, 2 and 3 offer it
    more often than the rest (1, the usual, need not be listed).
    """

    areas: frozenset[str]
    positions: frozenset[str]
    equipment: frozenset[str]
    weights: tuple[tuple[str, int], ...] = ()

    @classmethod
    def of(cls, settings: PreferenceSettings) -> Preferences:
        """What the settings allow."""
        return cls(
            frozenset(settings.areas),
            frozenset(settings.positions),
            frozenset(settings.equipment),
            tuple(settings.weights),
        )

    def weight(self, exercise_id: str) -> int:
        """How often `exercise_id` should come: 0 never, 1 as usual, more is more often."""
        return dict(self.weights).get(exercise_id, 1)

    @classmethod
    def default(cls) -> Preferences:
        """Every area, at the desk only: floor and equipment work is opt-in."""
        return cls(frozenset(Area), frozenset({Position.SEATED, Position.STANDING}), frozenset())


def eligible(ex: Exercise, kind: str, prefs: Preferences) -> bool:
    """Whether `ex` may be offered in a break of `kind` under the user's preferences.

    Every body area the exercise works must be one the user chose: deselecting an area removes
    every exercise that works it. An exercise the user switched off (weight 0) never comes.
    """
    if kind not in ex.suits or prefs.weight(ex.id) <= 0:
        return False
    if not ex.at_desk and kind != BreakKind.LONG:
        return False
    return (
        prefs.areas.issuperset(ex.areas)
        and ex.position in prefs.positions
        and prefs.equipment.issuperset(ex.equipment)
    )


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation without importing Qt (lupdate looks for this very name)."""
    return source


#: The translation context of the texts below.
TR_CONTEXT = "exercises"
NOTHING_FITS = QT_TRANSLATE_NOOP(
    "exercises",
    "No exercise fits a {kind} with the body areas, positions and equipment you chose, so those "
    "breaks cannot start. Choose more areas or positions in Settings.",
)
TOO_FEW = QT_TRANSLATE_NOOP(
    "exercises",
    "Only {count} exercises fit a long break with the body areas, positions and equipment you "
    "chose, so long breaks repeat them. Choose more in Settings for more variety.",
)
Translate = Callable[[str, str], str]


def _untranslated(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Shortfall:
    """The user's choices leave too little for one kind of break."""

    kind: BreakKind
    available: int
    needed: int

    def text(self, translate: Translate = _untranslated) -> str:
        """What to tell the user; `translate(context, text)` is QCoreApplication.translate."""
        template = NOTHING_FITS if self.available == 0 else TOO_FEW
        kind = translate(terms.TR_CONTEXT, terms.label(self.kind))
        return translate(TR_CONTEXT, template).format(kind=kind, count=self.available)


class Chooser:
    """Picks the exercises for each break; all randomness comes from the injected generator.

    It offers only what the user's choices allow, never something else in its place: when they
    leave too little, `shortfalls` says so and the app tells the user.
    """

    def __init__(self, library: Library | Mapping[str, Exercise], rng: random.Random) -> None:
        exercises = library.exercises if isinstance(library, Library) else library
        self._exercises = tuple(sorted(exercises.values(), key=lambda ex: ex.id))
        self._rng = rng
        #: The movements of today's short breaks, oldest first.
        self._short_movements: list[str] = []
        #: How often each exercise should come: `choose` sets it from the preferences of the
        #: break being chosen, before anything reads it.
        self._weights: dict[str, int]

    def candidates(self, kind: str, prefs: Preferences) -> list[Exercise]:
        return [ex for ex in self._exercises if eligible(ex, kind, prefs)]

    def shortfalls(self, prefs: Preferences) -> tuple[Shortfall, ...]:
        """Each kind of break the choices leave too little for (none when all is well)."""
        out = []
        for kind, needed in ((BreakKind.SHORT, 1), (BreakKind.LONG, LONG_SIZE[0])):
            available = len(self.candidates(kind, prefs))
            if available < needed:
                out.append(Shortfall(kind, available, needed))
        return tuple(out)

    def choose(
        self,
        kind: str,
        prefs: Preferences,
        recent_ids: Sequence[str],
        target_seconds: int,
        answer: str | None = None,
    ) -> tuple[Exercise, ...]:
        """One exercise for a short break, a balanced routine of 3 to 5 for a long one, paced to
        `target_seconds` (see `pacing`).

        Empty when nothing fits the user's choices; a long routine has fewer than 3 exercises
        when only that many fit. `recent_ids` lists what recent breaks offered, the most recent
        last. `answer` names a slouch held now (`core.posture`): a short break offers the best
        exercise that answers it, a long one includes it, among those the choices allow.
        """
        if kind not in tuple(BreakKind):
            kinds = ", ".join(BreakKind)
            raise ValueError(f"unknown break kind {kind!r}; expected one of {kinds}")
        candidates = self.candidates(kind, prefs)
        if not candidates:
            return ()
        last_use = {exercise_id: index for index, exercise_id in enumerate(recent_ids)}
        self._weights = dict(prefs.weights)
        answers = self._answers(candidates, answer, kind, target_seconds)
        if kind == BreakKind.SHORT:
            chosen = answers[0] if answers else None
            if chosen is not None:
                self._short_movements.append(chosen.movement)
            else:
                chosen = self._short(candidates, recent_ids, target_seconds)
            return pace([chosen], target_seconds)
        return pace(self._long(candidates, last_use, target_seconds, answers[:1]), target_seconds)

    @staticmethod
    def _answers(
        candidates: Sequence[Exercise], answer: str | None, kind: str, target: int
    ) -> list[Exercise]:
        """The candidates that answer the slouch `answer`, best first, that fit the break: on
        their own in a short break, at their shortest within the length of a long one (where
        the rest of the routine fills the time)."""
        if answer is None:
            return []
        by_id = {ex.id: ex for ex in candidates}
        ranked = [
            by_id[key] for key in answering(answer, [(ex.id, ex.movement) for ex in candidates])
        ]
        if kind == BreakKind.SHORT:
            return [ex for ex in ranked if fits([ex], target)]
        return [ex for ex in ranked if span(ex)[0] <= target + tolerance(target)]

    def _by_freshness(
        self, candidates: Sequence[Exercise], last_use: Mapping[str, int]
    ) -> list[Exercise]:
        """Random order, favourites first more often, then never-recent first and the most
        recent last.

        The random order is a weighted shuffle (each key is a random number to the power of
        1 / weight): an exercise of weight 3 comes before the others of its freshness three
        times as often as one of weight 1, and with every weight 1 all orders are as likely.
        """
        weights = self._weights
        keys = {ex.id: self._rng.random() ** (1.0 / weights.get(ex.id, 1)) for ex in candidates}
        ordered = sorted(candidates, key=lambda ex: -keys[ex.id])
        ordered.sort(key=lambda ex: last_use.get(ex.id, -1))
        return ordered

    def _due(self, last_done: int, exercise_id: str) -> int:
        """How long ago (as an index into the day's short breaks, -1 for never) a movement was
        done, as it counts for one exercise: a favourite's movement comes due sooner."""
        # Only candidates come here, so the weight is 1 or more; -1 // weight stays -1 (never).
        return last_done // self._weights.get(exercise_id, 1)

    def _short(
        self, candidates: Sequence[Exercise], recent_ids: Sequence[str], target: int
    ) -> Exercise:
        """Of the exercises that can be paced to `target`, the one whose movement the day's short
        breaks did longest ago (rotation, extension, the neck and the shoulder blades before the
        rest), then the one done longest ago; the nearest in length when none can be paced.

        The movements come from this chooser's own record of the day's short breaks: the recent
        ids also hold long routines, which cover every movement at once.
        """
        if not recent_ids:  # a new day
            self._short_movements.clear()
        last_use = {exercise_id: index for index, exercise_id in enumerate(recent_ids)}
        movement_use = {movement: index for index, movement in enumerate(self._short_movements)}
        ordered = self._by_freshness(candidates, last_use)
        fitting = [ex for ex in ordered if fits([ex], target)]
        if fitting:
            fitting.sort(
                key=lambda ex: (
                    self._due(movement_use.get(ex.movement, -1), ex.id),
                    ex.movement not in BALANCED_MOVEMENTS,
                )
            )
            chosen = fitting[0]
        else:
            chosen = min(ordered, key=lambda ex: abs(paced_length(pace([ex], target)) - target))
        self._short_movements.append(chosen.movement)
        return chosen

    def _long(
        self,
        candidates: Sequence[Exercise],
        last_use: Mapping[str, int],
        target: int,
        first: Sequence[Exercise] = (),
    ) -> list[Exercise]:
        """`first` (the answer to a slouch), then one of each balanced movement, then others,
        while the routine can still be paced to `target` (at its shortest it must not run
        over); 3 to 5 exercises where they fit."""
        smallest, largest = LONG_SIZE
        limit = target + tolerance(target)
        ordered = self._by_freshness(candidates, last_use)
        picked: list[Exercise] = list(first)

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
        picked.sort(key=lambda ex: (_POSITION_ORDER[ex.position], _MOVEMENT_ORDER[ex.movement]))
        return picked
