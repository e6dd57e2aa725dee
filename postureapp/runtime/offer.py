"""What a break offers: the exercises the chooser picks, one asked for, or while exercise breaks
are paused for safety, only the reminder to stand up and move.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from postureapp.core.exercises import Chooser, Exercise, Library, Preferences, eligible
from postureapp.core.exercises.chooser import Shortfall
from postureapp.core.exercises.pacing import pace
from postureapp.core.history import BreakLog
from postureapp.core.settings import Settings
from postureapp.core.terms import BreakKind

#: How many of the day's last breaks the chooser tries not to repeat.
RECENT_BREAKS = 4


class UnknownExercise(ValueError):
    """A break was asked for with an exercise the library does not have."""


class ExercisesPaused(ValueError):
    """A named exercise was asked for while exercise breaks are paused for safety."""


class Offer:
    """The library, the chooser over it, and whether exercise breaks are paused for safety."""

    def __init__(
        self,
        library: Library,
        breaks: BreakLog,
        rng: random.Random | None = None,
        reminder: Callable[[int], Exercise] | None = None,
    ) -> None:
        self._log = breaks
        self._rng = rng or random.Random()
        self._reminder = reminder
        self.library = library
        self._chooser = Chooser(library, self._rng)
        #: While True (a warning sign was reported), breaks only say "stand up and move".
        self.exercises_paused = False

    def switched_off(self, exercise_id: str, kind: BreakKind, settings: Settings) -> bool:
        """Whether the settings would never offer this exercise in a break of `kind`."""
        exercise = self.library.exercises.get(exercise_id)
        return exercise is not None and not eligible(exercise, kind, Preferences.of(settings))

    def enabled_ids(self, settings: Settings) -> set[str]:
        """The exercises the settings may offer, in a short or a long break."""
        prefs = Preferences.of(settings)
        return {
            exercise.id
            for exercise in self.library.exercises.values()
            if any(eligible(exercise, kind, prefs) for kind in BreakKind)
        }

    def shortfalls(self, settings: Settings) -> tuple[Shortfall, ...]:
        """Each kind of break the settings leave too little for."""
        return self._chooser.shortfalls(Preferences.of(settings))

    def set_library(self, library: Library) -> None:
        self.library = library
        self._chooser = Chooser(library, self._rng)

    def exercises(
        self,
        kind: BreakKind,
        target_seconds: int,
        settings: Settings,
        now: datetime,
        exercise_id: str | None = None,
        answer: str | None = None,
    ) -> tuple[Exercise, ...]:
        """What the break runs (answering the slouch `answer`, if any); empty when nothing fits."""
        if exercise_id is not None:
            if exercise_id not in self.library.exercises:
                raise UnknownExercise(f"no exercise with the id {exercise_id!r}")
            if self.exercises_paused:
                raise ExercisesPaused(
                    "exercise breaks are paused for safety; resume them from About & safety "
                    "(postureapp open about) once a clinician has looked at it, or it has passed"
                )
            return pace([self.library.exercises[exercise_id]], target_seconds)
        if self.exercises_paused and self._reminder is not None:
            return (self._reminder(target_seconds),)
        start_of_day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        recent = self._log.recent_exercise_ids(since=start_of_day, breaks=RECENT_BREAKS)
        prefs = Preferences.of(settings)
        return self._chooser.choose(kind, prefs, recent, target_seconds, answer)
