"""Safety and progress: the first-start welcome, daily check-ins and the safety pause.

The rules are in `core.safety`; this object shows their dialogs at the right moments, stores the
answers in the break log and remembers what it has shown.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from postureapp.core import safety
from postureapp.core.clock import Clock
from postureapp.core.history import BreakLog

log = logging.getLogger(__name__)


class Wellbeing(QObject):
    """Owns the SafetyState and the safety dialogs.

    Signals:
        exercises_paused_changed(bool): exercise breaks were paused (a warning sign) or resumed.
    """

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
        self._open: dict[str, QWidget] = {}

    @property
    def exercises_paused(self) -> bool:
        return self.state.exercises_paused

    def _save(self, state: safety.SafetyState) -> None:
        self.state = state
        try:
            safety.save_safety_state(self._file, state)
        except OSError as exc:
            log.error("could not save %s: %s", self._file, exc)

    def _show(self, key: str, widget: QWidget) -> None:
        """Keep one of each dialog open at a time, and a reference while it is shown."""
        old = self._open.pop(key, None)
        if old is not None:
            old.close()
        self._open[key] = widget
        present = getattr(widget, "present", None)
        if callable(present):
            present()
        else:
            widget.show()
            widget.raise_()

    def dialog(self, key: str) -> QWidget | None:
        return self._open.get(key)

    # --- welcome and about ---------------------------------------------------------------------

    def welcome_if_first_start(self) -> None:
        if self.state.welcome_shown:
            return
        from postureapp.ui.safety import WelcomeDialog

        dialog = WelcomeDialog()
        dialog.acknowledged.connect(self._welcomed)
        self._show("welcome", dialog)

    def _welcomed(self) -> None:
        self._save(replace(self.state, welcome_shown=True))
        self._open.pop("welcome", None)

    def show_about(self) -> None:
        from postureapp.ui.safety import AboutSafetyDialog

        self._show("about", AboutSafetyDialog())

    # --- check-ins -----------------------------------------------------------------------------

    def after_break(self, outcome: str) -> None:
        """After the first completed break of the day, ask once how the upper back feels."""
        if outcome != "completed":
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
        from postureapp.ui.safety import CheckInPopup

        self._save(replace(self.state, last_checkin_prompt_at=now))
        popup = CheckInPopup()
        popup.answered.connect(self._answered)
        popup.warning_reported.connect(self._warning)
        self._show("checkin", popup)

    def _answered(self, feeling: str, stiffness: int) -> None:
        self._log.add_checkin(
            at=self._clock.now(), feeling=feeling, stiffness=None if stiffness < 0 else stiffness
        )
        log.info("check-in: %s, stiffness %s", feeling, stiffness)
        self.assess()

    def _warning(self) -> None:
        self._log.add_checkin(at=self._clock.now(), feeling="warning")
        log.info("check-in: a warning sign was reported")
        self.assess()

    def assess(self) -> None:
        """Apply the rules to every check-in; show a pause or a suggestion at most once."""
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
            from postureapp.ui.safety import WarningPauseDialog

            log.warning("exercise breaks paused: %s", advice.pause_reason)
            dialog = WarningPauseDialog(advice.pause_reason)
            dialog.resume_requested.connect(self.resume_exercises)
            self._show("pause", dialog)
            self.exercises_paused_changed.emit(True)
        if reaction.show_suggestion and advice.professional_reason is not None:
            from postureapp.ui.safety import ProfessionalSuggestion

            self._show("suggestion", ProfessionalSuggestion(advice.professional_reason))

    def resume_exercises(self) -> None:
        self._save(safety.resume_exercises(self.state, self._clock.now()))
        log.info("exercise breaks resumed by the user")
        self.exercises_paused_changed.emit(False)
