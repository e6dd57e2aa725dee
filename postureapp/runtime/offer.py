"""What a break offers: the exercises the chooser picks, one asked for, or while exercise breaks
are paused for safety, only the reminder to stand up and move.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from postureapp.core.exercises import Chooser, Exercise, Library, Preferences
from postureapp.core.history import BreakLog
from postureapp.core.settings import Settings
from postureapp.core.terms import BreakKind

#: How many of the day's last breaks the chooser tries not to repeat.
RECENT_BREAKS = 4


class UnknownExercise(ValueError):
    """A break was asked for with an exercise the library does not have."""


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
    ) -> tuple[Exercise, ...]:
        """What the break runs; empty when nothing fits the settings."""
        if exercise_id is not None:
            if exercise_id not in self.library.exercises:
                raise UnknownExercise(f"no exercise with the id {exercise_id!r}")
            return (self.library.exercises[exercise_id],)
        if self.exercises_paused and self._reminder is not None:
            return (self._reminder(target_seconds),)
        start_of_day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        recent = self._log.recent_exercise_ids(since=start_of_day, breaks=RECENT_BREAKS)
        return self._chooser.choose(kind, Preferences.of(settings), recent, target_seconds)
