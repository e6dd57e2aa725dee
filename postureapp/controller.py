"""The break cycle: turns scheduler events and user commands into log rows and a new plan.

It holds no widgets. The composition root shows a break window when `break_started` is emitted
and reports back through `finish_break`. Every decision is delegated to `core`.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from postureapp.core import plan as planner
from postureapp.core.clock import Clock
from postureapp.core.exercises import (
    BreakPlan,
    Chooser,
    Exercise,
    Library,
    Preferences,
    plan_break,
)
from postureapp.core.history import BreakLog, Outcome, Trigger
from postureapp.core.plan import PlannedBreak, ScheduleState, SnoozeRefused
from postureapp.core.protocol import ProtocolError, parse_pause
from postureapp.core.settings import Settings
from postureapp.scheduling import BreakScheduler

log = logging.getLogger(__name__)

#: How many of the day's last breaks the chooser tries not to repeat.
RECENT_BREAKS = 4


@dataclass(frozen=True)
class ActiveBreak:
    """A break on screen: its plan, its log row and why it started."""

    plan: BreakPlan
    row_id: int
    due_at: datetime
    can_snooze: bool
    strict: bool


class Controller(QObject):
    """Owns the schedule state and the break in progress.

    Signals:
        status_changed(): the next break, the pause or the break in progress changed.
        break_started(object): an `ActiveBreak` to show.
        notice(str, int): a break of this kind starts in this many seconds.
        message(str): something the user should read once.
    """

    status_changed = Signal()
    break_started = Signal(object)
    notice = Signal(str, int)
    message = Signal(str)

    def __init__(
        self,
        *,
        clock: Clock,
        settings: Settings,
        breaks: BreakLog,
        library: Library,
        scheduler: BreakScheduler,
        state_file: Path,
        rng: random.Random | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._log = breaks
        self._library = library
        self._chooser = Chooser(library, rng or random.Random())
        self._scheduler = scheduler
        self._state_file = state_file
        self._state = ScheduleState.fresh(clock.now())
        self.active: ActiveBreak | None = None
        scheduler.break_due.connect(self._on_due)
        scheduler.break_soon.connect(self.notice)
        scheduler.pause_over.connect(self._replan)

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        """Restore the saved schedule (or start afresh) and plan the next break."""
        now = self._clock.now()
        try:
            saved = planner.load_state(self._state_file)
        except ValueError as exc:
            log.warning(
                "the saved schedule %s could not be read (%s); starting afresh",
                self._state_file,
                exc,
            )
            saved = None
        self._state = planner.restore(saved, self._settings, now) if saved else self._state
        self._scheduler.start()
        self._replan()

    def stop(self) -> None:
        self._save()
        self._scheduler.shutdown()

    @property
    def state(self) -> ScheduleState:
        return self._state

    @property
    def settings(self) -> Settings:
        return self._settings

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._replan()

    # --- status --------------------------------------------------------------------------------

    def next_break(self) -> PlannedBreak | None:
        return planner.next_break(self._state, self._settings)

    def status(self) -> dict[str, object]:
        planned = None if self.active else self.next_break()
        paused_until = self._state.paused_until
        return {
            "running": True,
            "paused": self._state.paused,
            "paused_until": paused_until.isoformat() if paused_until else None,
            "paused_indefinitely": self._state.paused_indefinitely,
            "in_break": self.active is not None,
            "next_break_at": planned.at.isoformat() if planned else None,
            "next_break_kind": planned.kind if planned else None,
            "reason": planned.reason if planned else None,
            "snoozes_in_row": self._state.snoozes_in_row,
            "breaks_logged": self._log.count(),
        }

    # --- commands ------------------------------------------------------------------------------

    def take_break(
        self,
        trigger: Trigger = Trigger.MANUAL,
        kind: str | None = None,
        exercise_id: str | None = None,
    ) -> bool:
        """Start a break now (with one named exercise, if given); False when one is on screen."""
        if self.active is not None:
            return False
        if exercise_id is not None and exercise_id not in self._library.exercises:
            raise ProtocolError(f"break-now: no exercise with the id {exercise_id!r}")
        now = self._clock.now()
        kind = kind or planner.kind_of_next(self._state, self._settings)
        planned = self.next_break()
        due_at = planned.at if planned and trigger != Trigger.MANUAL else now
        target = (
            self._settings.long_break_seconds
            if kind == "long"
            else self._settings.short_break_seconds
        )
        if exercise_id is not None:
            exercises: tuple[Exercise, ...] = (self._library.exercises[exercise_id],)
        else:
            exercises = self._chooser.choose(
                kind, self._preferences(), self._recent_ids(now), target
            )
        if not exercises:
            self.message.emit("No exercise is available: the exercise library is empty.")
            return False
        plan = plan_break(kind, exercises)
        row = self._log.start(
            kind=kind,
            trigger=trigger,
            due_at=due_at,
            started_at=now,
            exercise_ids=plan.exercise_ids,
        )
        self.active = ActiveBreak(
            plan=plan,
            row_id=row,
            due_at=due_at,
            can_snooze=planner.can_snooze(self._state, self._settings),
            strict=self._settings.strict,
        )
        log.info("break started: %s %s (%s)", kind, ", ".join(plan.exercise_ids), trigger)
        self._scheduler.plan(None, 0, now)
        self.break_started.emit(self.active)
        self.status_changed.emit()
        return True

    def finish_break(self, outcome: str, seconds_done: int) -> None:
        """The break window closed with `outcome`; log it and plan the next break."""
        active, self.active = self.active, None
        if active is None:
            return
        now = self._clock.now()
        result = Outcome(outcome)
        if result is Outcome.SNOOZED:
            try:
                self._state = planner.snooze(self._state, self._settings, now)
            except SnoozeRefused as exc:
                log.info("snooze refused (%s); the break counts as skipped", exc)
                result = Outcome.SKIPPED
        if result is not Outcome.SNOOZED:
            self._state = planner.after_break(self._state, active.plan.kind, now)
        self._log.finish(active.row_id, outcome=result, ended_at=now, seconds_done=seconds_done)
        log.info("break %s after %d s", result.value, seconds_done)
        self._replan()

    def pause(self, spec: str) -> datetime | None:
        """Pause for '30m', '1h', 'until-tomorrow' or 'indefinitely'; returns when it ends."""
        kind, minutes = parse_pause(spec)
        now = self._clock.now()
        until = planner.pause_until(kind, minutes, now, self._settings)
        self._state = planner.pause(self._state, until)
        log.info("paused until %s", until.isoformat() if until else "resumed by hand")
        self._replan()
        return until

    def resume(self) -> None:
        self._state = planner.resume(self._state, self._clock.now())
        log.info("resumed")
        self._replan()

    def handle_pause_request(self, spec: str | None) -> dict[str, object]:
        if spec is None:
            raise ProtocolError("pause: an argument is required")
        until = self.pause(spec)
        return {"paused_until": until.isoformat() if until else None}

    # --- internals -----------------------------------------------------------------------------

    def _on_due(self, kind: str, reason: str) -> None:
        now = self._clock.now()
        self._state = planner.expire_pause(self._state, now)
        planned = self.next_break()
        if planned is None or planned.at - now > timedelta(seconds=1):
            # The plan moved since this job was added (a pause, a resume): follow the plan.
            self._replan()
            return
        trigger = Trigger.FIXED_TIME if reason == "fixed-time" else Trigger.SCHEDULE
        if not self.take_break(trigger, kind):
            self._replan()

    def _preferences(self) -> Preferences:
        return Preferences(
            areas=frozenset(self._settings.areas),
            positions=frozenset(self._settings.positions),
            equipment=frozenset(self._settings.equipment),
        )

    def _recent_ids(self, now: datetime) -> list[str]:
        start_of_day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        rows = self._log.rows(since=start_of_day, limit=RECENT_BREAKS, newest_first=True)
        ids: list[str] = []
        for row in reversed(rows):
            ids.extend(row.exercise_ids)
        return ids

    def _replan(self) -> None:
        now = self._clock.now()
        self._state = planner.expire_pause(self._state, now)
        if self.active is None:
            planned = self.next_break()
            if planned is not None and planned.at < now:
                planned = PlannedBreak(now, planned.kind, planned.reason)
            self._scheduler.plan(
                planned, self._settings.notice_seconds, now, pause_end=self._state.paused_until
            )
        self._save()
        self.status_changed.emit()

    def _save(self) -> None:
        try:
            planner.save_state(self._state_file, self._state, self._clock.now())
        except OSError as exc:
            log.error("could not save the schedule to %s: %s", self._state_file, exc)
