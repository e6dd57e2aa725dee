"""Safety and progress: the first-start welcome, daily check-ins and the safety pause.

The rules are in `core.safety`; this object applies them at the right moments, stores the
answers in the break log and remembers what it has asked. It shows nothing itself: it emits what
should be shown, and the views report the user's answers to its slots.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from postureapp.core import safety
from postureapp.core.clock import Clock
from postureapp.core.history import BreakLog
from postureapp.core.terms import Feeling, Outcome

log = logging.getLogger(__name__)


class SafetyFlow(QObject):
    """Owns the SafetyState.

    Signals:
        welcome_due(): show the first-start welcome.
        checkin_due(): ask how the upper back feels.
        pause_started(str): exercise breaks were paused; the reason (a core.safety text).
        professional_suggested(str): suggest a physical therapist; the reason.
        exercises_paused_changed(bool): exercise breaks were paused or resumed.
    """

    welcome_due = Signal()
    checkin_due = Signal()
    pause_started = Signal(str)
    professional_suggested = Signal(str)
    exercises_paused_changed = Signal(bool)

    def __init__(
        self,
        clock: Clock,
        breaks: BreakLog,
        state_file: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._log = breaks
        self._file = state_file
        loaded = safety.load_safety_state(state_file, now=clock.now())
        self.problems = list(loaded.problems)
        self.state = loaded.state
        self.checkins_enabled = True

    @property
    def exercises_paused(self) -> bool:
        return self.state.exercises_paused

    def _save(self, state: safety.SafetyState) -> None:
        self.state = state
        try:
            safety.save_safety_state(self._file, state)
        except OSError as exc:
            log.error("could not save %s: %s", self._file, exc)

    # --- welcome -------------------------------------------------------------------------------

    def welcome_if_first_start(self) -> None:
        if not self.state.welcome_shown:
            self.welcome_due.emit()

    def welcomed(self) -> None:
        """The user acknowledged the welcome: it is not shown again."""
        self._save(replace(self.state, welcome_shown=True))

    # --- check-ins -----------------------------------------------------------------------------

    def after_break(self, outcome: str) -> None:
        """After the first completed break of the day, ask once how the upper back feels."""
        if outcome != Outcome.COMPLETED:
            return
        now = self._clock.now()
        today = now.date()
        completed = self._log.daily_completed(today, today).get(today, 0)
        if not safety.should_check_in(
            now,
            enabled=self.checkins_enabled,
            last_checkin_at=self.state.last_checkin_prompt_at,
            completed_today=completed,
        ):
            return
        self._save(replace(self.state, last_checkin_prompt_at=now))
        self.checkin_due.emit()

    def answered(self, feeling: str, stiffness: int) -> None:
        """A check-in answer: better, same or worse, with a stiffness of 0-10 (-1: not given)."""
        self._log.add_checkin(
            at=self._clock.now(), feeling=feeling, stiffness=None if stiffness < 0 else stiffness
        )
        log.info("check-in: %s, stiffness %s", feeling, stiffness)
        self.assess()

    def warning_reported(self) -> None:
        """The user reported a warning sign ("something else is wrong")."""
        self._log.add_checkin(at=self._clock.now(), feeling=Feeling.WARNING)
        log.info("check-in: a warning sign was reported")
        self.assess()

    def assess(self) -> None:
        """Apply the rules to every check-in; ask for a pause or a suggestion at most once."""
        now = self._clock.now()
        today = now.date()
        by_day = self._log.daily_completed(today - timedelta(days=27), today)
        advice = safety.assess(
            self._log.checkins(),
            by_day,
            now,
            last_suggestion_at=self.state.last_suggestion_at,
            resumed_at=self.state.resumed_at,
        )
        reaction = safety.react(self.state, advice, now)
        self._save(reaction.state)
        if reaction.show_pause and advice.pause_reason is not None:
            log.warning("exercise breaks paused: %s", advice.pause_reason)
            self.pause_started.emit(advice.pause_reason)
            self.exercises_paused_changed.emit(True)
        if reaction.show_suggestion and advice.professional_reason is not None:
            self.professional_suggested.emit(advice.professional_reason)

    def pause_for_hurt(self) -> None:
        """The user stopped a break because it hurt and chose to pause the exercise breaks."""
        if self.state.exercises_paused:
            return
        self._save(safety.pause_exercises(self.state, self._clock.now()))
        log.warning("exercise breaks paused: %s", safety.PAUSE_REASON_HURT)
        self.exercises_paused_changed.emit(True)

    def resume_exercises(self) -> None:
        """The user confirmed it is safe: exercise breaks come back."""
        if not self.state.exercises_paused:
            return
        self._save(safety.resume_exercises(self.state, self._clock.now()))
        log.info("exercise breaks resumed by the user")
        self.exercises_paused_changed.emit(False)
