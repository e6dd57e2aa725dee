"""The break cycle: turns timers, idle time and the user's choices into log rows and a new plan.

It holds no widgets and decides nothing itself: `core.plan` says when, `core.presence` says
whether now is a good moment, the chooser says what, `core.session` runs the break. The
composition root shows a window for `break_started` and connects the timers, the sleep watcher
and the user's choices to the public slots below (`on_due`, `on_woke`, `finish_break`...).
"""

from __future__ import annotations

import contextlib
import logging
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from postureapp.core import plan as planner
from postureapp.core import ports, schedule_file
from postureapp.core.clock import Clock
from postureapp.core.exercises import (
    Exercise,
    Library,
    plan_break,
)
from postureapp.core.files import set_aside
from postureapp.core.history import BreakLog
from postureapp.core.plan import PlannedBreak, ScheduleState, SnoozeRefused
from postureapp.core.ports import BlockerProbe, BreakTimer, CalendarView, IdleSource, SleepCheck
from postureapp.core.presence import Natural, NotDue, Shift, Start, Wait
from postureapp.core.protocol import parse_pause
from postureapp.core.session import ActiveBreak, BreakSession, Countdown, Notice
from postureapp.core.settings import Settings
from postureapp.core.terms import BreakKind, Outcome, Trigger
from postureapp.runtime.offer import Offer
from postureapp.runtime.presence_watch import PresenceWatch
from postureapp.runtime.status import status_report

log = logging.getLogger(__name__)

#: A sleep this long in the middle of a break ends it (as far as it got) rather than resuming.
SLEEP_ENDS_BREAK_S = 300.0
_TRIGGERS = {"fixed-time": Trigger.FIXED_TIME, "posture": Trigger.POSTURE}  # else: schedule


def _trigger_for(planned: PlannedBreak) -> Trigger:
    return _TRIGGERS.get(planned.reason, Trigger.SCHEDULE)


class Controller(QObject):
    """Owns the schedule state and the break in progress.

    Signals:
        status_changed(): the next break, the pause or the break in progress changed.
        break_started(object): an `ActiveBreak` to show.
        break_finished(str): a break ended with this outcome (after it was logged); a window
            showing the break closes on it.
        notice(object): a `Notice`: a break of this kind starts soon.
        message(str): something the user should read once.
    """

    status_changed = Signal()
    break_started = Signal(object)
    break_finished = Signal(str)
    notice = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        *,
        clock: Clock,
        settings: Settings,
        breaks: BreakLog,
        library: Library,
        timer: BreakTimer,
        state_file: Path,
        rng: random.Random | None = None,
        idle: IdleSource | None = None,
        blockers: BlockerProbe | None = None,
        reminder: Callable[[int], Exercise] | None = None,
        sleep: SleepCheck | None = None,
        calendar: CalendarView | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._log = breaks
        self.offer = Offer(library, breaks, rng, reminder)
        self._timer = timer
        self._state_file = state_file
        self._state = ScheduleState.fresh(clock.now())
        self.active: ActiveBreak | None = None
        self._fell_due: float | None = None
        self._sleep = sleep
        self.calendar = calendar
        self.posture: ports.PostureView | None = None  # set while posture sensing is on
        self._watch = PresenceWatch(clock, idle, blockers, self.sample, self)
        # One timer for the end of the break on screen: the break ends on time with or without
        # a window (the window only shows the session).
        self._end_timer = QTimer(self)
        self._end_timer.setSingleShot(True)
        self._end_timer.timeout.connect(self.check_break)

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        """Restore the saved schedule (or start afresh) and plan the next break."""
        now = self._clock.now()
        try:
            saved = schedule_file.load_state(self._state_file)
        except ValueError as exc:
            log.warning("the saved schedule could not be read (%s); starting afresh", exc)
            saved = None
            with contextlib.suppress(OSError):
                set_aside(self._state_file, "bad", now)
        self._state = planner.restore(saved, self._settings, now) if saved else self._state
        self._timer.start()
        self._replan()

    def stop(self) -> None:
        self._watch.stop()
        self._end_timer.stop()
        self._save()
        self._timer.shutdown()

    @property
    def state(self) -> ScheduleState:
        return self._state

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def idle(self) -> IdleSource | None:
        return self._watch.idle

    @property
    def waiting_for(self) -> str | None:
        """What a due break waits for: away, call, fullscreen or dnd; None when nothing."""
        return self._watch.waiting_for

    @property
    def library(self) -> Library:
        return self.offer.library

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._watch.restart(self._clock.now())
        self._replan()

    def set_library(self, library: Library) -> None:
        self.offer.set_library(library)

    @property
    def exercises_paused(self) -> bool:
        """While True (a warning sign was reported), breaks only say "stand up and move"."""
        return self.offer.exercises_paused

    def set_exercises_paused(self, paused: bool) -> None:
        self.offer.exercises_paused = paused
        self.status_changed.emit()

    # --- status --------------------------------------------------------------------------------

    def next_break(self, posture: bool = True) -> PlannedBreak | None:
        """The next break; sooner for a held slouch unless `posture` is False."""
        now = self._clock.now()
        busy = self.calendar.busy(now) if self.calendar else None
        held = self.posture.held(now) if posture and self.posture else None
        return planner.next_break(self._state, self._settings, busy, held)

    def on_calendar_changed(self) -> None:
        """The calendars were read again: plan around what they say now."""
        self._replan()

    def can_snooze(self) -> bool:
        return planner.can_snooze(self._state, self._settings)

    def status(self) -> dict[str, object]:
        """Where things stand, as `postureapp status --json` shows it; a source that is asked
        only when needed is asked again, so the next status has a fresh reading."""
        report = status_report(self, self._clock.now())
        if self._watch.idle is not None:
            self._watch.idle.refresh()
        return report

    @property
    def breaks(self) -> BreakLog:
        return self._log

    @property
    def watch(self) -> PresenceWatch:
        return self._watch

    # --- a break -------------------------------------------------------------------------------

    def take_break(
        self,
        trigger: Trigger = Trigger.MANUAL,
        kind: str | None = None,
        exercise_id: str | None = None,
    ) -> bool:
        """Start a break now (with one named exercise, if given); False when one is on screen."""
        if self.active is not None:
            return False
        fell_due = self._fell_due if self._fell_due is not None else self._clock.monotonic()
        self._fell_due = None
        now = self._clock.now()
        kind = BreakKind(kind or planner.kind_of_next(self._state, self._settings))
        planned = self.next_break()
        due_at = planned.at if planned and trigger != Trigger.MANUAL else now
        target = self._settings.break_seconds(kind)
        answer = planned.slouch if planned else None
        exercises = self.offer.exercises(kind, target, self._settings, now, exercise_id, answer)
        if not exercises:
            long = self.tr(
                "No exercise fits your settings for a long break. Check the body areas and "
                "positions in Settings, or your own exercise folder."
            )
            short = self.tr(
                "No exercise fits your settings for a short break. Check the body areas and "
                "positions in Settings, or your own exercise folder."
            )
            self.message.emit(long if kind == BreakKind.LONG else short)
            return False
        plan = plan_break(kind, exercises)
        row = self._log.start(kind=kind, trigger=trigger, due_at=due_at, started_at=now,
                              exercise_ids=plan.exercise_ids)  # fmt: skip
        session = BreakSession(plan, self._clock.monotonic())
        self.active = ActiveBreak(
            session=session,
            row_id=row,
            due_at=due_at,
            can_snooze=planner.can_snooze(self._state, self._settings),
            strict=self._settings.strict,
            fell_due=fell_due,
        )
        log.info("break started: %s %s (%s)", kind, ", ".join(plan.exercise_ids), trigger)
        self._timer.plan(None, 0, now)
        self._arm_end()
        self.break_started.emit(self.active)
        self.status_changed.emit()
        return True

    def _arm_end(self) -> None:
        active = self.active
        if active is None or active.session.paused:
            self._end_timer.stop()
            return
        left = active.session.left(self._clock.monotonic())
        self._end_timer.start(max(int(left * 1000) + 1, 1))

    def check_break(self) -> None:
        """End the break on screen once its session is over (the end timer calls this)."""
        active = self.active
        if active is None:
            return
        if active.session.finished(self._clock.monotonic()):
            self.finish_break(Outcome.COMPLETED)
        else:
            self._arm_end()

    def finish_break(self, outcome: str, seconds_done: int | None = None) -> None:
        """The break ended with `outcome`: log it and plan the next break.

        `seconds_done` defaults to what the session ran; a snooze past the cap counts as a skip.
        """
        active, self.active = self.active, None
        if active is None:
            return
        self._end_timer.stop()
        now = self._clock.now()
        if seconds_done is None:
            seconds_done = active.session.seconds_done(self._clock.monotonic())
        result = Outcome(outcome)
        if result is Outcome.COMPLETED and not active.session.finished(self._clock.monotonic()):
            result = Outcome.PARTIAL  # "Done" before the end: the minutes count, not the break
        if result is Outcome.PARTIAL and seconds_done == 0:
            result = Outcome.SKIPPED
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
        self._watch.restart(now)
        self._replan()
        self.break_finished.emit(result.value)

    def skip(self) -> bool:
        """Skip the break on screen (Esc, `postureapp skip`); refused in strict mode."""
        if self.active is None or self.active.strict:
            return False
        self.finish_break(Outcome.SKIPPED)
        return True

    def interrupt(self) -> None:
        """End the break from outside (the app quits): partial if any of it was done."""
        if self.active is None:
            return
        done = self.active.session.seconds_done(self._clock.monotonic())
        self.finish_break(Outcome.PARTIAL if done > 0 else Outcome.SKIPPED, done)

    def start_now(self) -> bool:
        """From the notice: take the coming break at once."""
        planned = self.next_break()
        if planned is None:
            return False
        return self.take_break(_trigger_for(planned), planned.kind)

    def postpone(self) -> bool:
        """From the notice: snooze the coming break before it starts (logged as snoozed)."""
        planned = self.next_break()
        if planned is None or self.active is not None:
            return False
        now = self._clock.now()
        try:
            self._state = planner.snooze(self._state, self._settings, now)
        except SnoozeRefused as exc:
            log.info("postpone refused: %s", exc)
            return False
        self._log.record(
            kind=planned.kind,
            trigger=_trigger_for(planned),
            due_at=planned.at,
            started_at=now,
            ended_at=now,
            outcome=Outcome.SNOOZED,
        )
        log.info("break postponed from the notice")
        self._replan()
        self.break_finished.emit(Outcome.SNOOZED.value)
        return True

    # --- pauses --------------------------------------------------------------------------------

    def pause(self, spec: str) -> datetime | None:
        """Pause for '30m', '1h', 'until-tomorrow' or 'indefinitely'; returns when it ends.

        A spec that is none of these raises `protocol.ProtocolError` (a ValueError).
        """
        kind, minutes = parse_pause(spec)
        now = self._clock.now()
        until = planner.pause_until(kind, minutes, now, self._settings)
        self._state = planner.pause(self._state, until)
        log.info("paused until %s", until.isoformat() if until else "resumed by hand")
        self._replan()
        return until

    def resume(self) -> None:
        self._watch.restart(self._clock.now())
        self._state = planner.resume(self._state, self._clock.now())
        log.info("resumed")
        self._replan()

    # --- events from the timers and the system -------------------------------------------------

    def on_due(self, kind: str, reason: str) -> None:
        """The planned break has fallen due (the break timer fires this)."""
        self._fell_due = self._clock.monotonic()
        self._check_sleep()
        self._state = planner.expire_pause(self._state, self._clock.now())
        self.sample()

    def on_notice(self, kind: str, seconds: int) -> None:
        """The notice before a break is due (the break timer fires this)."""
        deadline = self._clock.monotonic() + seconds
        planned = self.next_break()
        slouch = planned.slouch if planned and planned.reason == "posture" else None
        self.notice.emit(Notice(BreakKind(kind), Countdown(deadline), slouch))

    def on_pause_over(self) -> None:
        self._check_sleep()
        self._replan()

    def on_sleeping(self) -> None:
        """The machine is about to sleep: a break on screen stops its clock."""
        if self.active is not None:
            self.active.session.pause(self._clock.monotonic())
            self._end_timer.stop()

    def on_woke(self, seconds: float) -> None:
        """The machine slept `seconds`: longer than a long break counts as a natural long break.

        A break on screen resumes after a short sleep, and ends as far as it got after a long one.
        """
        active = self.active
        if active is not None:
            active.session.resume(self._clock.monotonic())
            if seconds >= SLEEP_ENDS_BREAK_S:
                log.info("slept %.0f s in the middle of a break; it ends here", seconds)
                self.interrupt()
            else:
                self._arm_end()
        if seconds <= 0:
            return
        now = self._clock.now()
        gap_started = now - timedelta(seconds=seconds)
        self._state, natural = planner.after_gap(self._state, self._settings, gap_started, now)
        self._watch.restart(now)
        log.info("woke after %.0f s asleep%s", seconds, " (a natural break)" if natural else "")
        if natural:
            self._credit_natural(BreakKind.LONG, gap_started, gap_started, now)
        else:
            self._replan()

    def on_clock_changed(self, seconds: float) -> None:
        """The wall clock was set back: the countdown keeps what was left of it."""
        now = self._clock.now()
        self._state = planner.on_clock_change(self._state, now - timedelta(seconds=seconds), now)
        self._watch.restart(now)
        log.info("the clock was set by %+.0f s; re-planning", seconds)
        self._replan()

    def on_locked(self, locked: bool) -> None:
        """The screen locked (away at once) or was unlocked (back: a long lock was a break)."""
        now = self._clock.now()
        if locked:
            self._watch.lock(now)
            self.sample()
        elif self._watch.unlock(now):
            # Whoever unlocked is here, whatever a missing idle reading would say.
            self._watch.read(lambda idle: self._decide(0.0 if idle is None else idle))
        log.info("screen %s", "locked" if locked else "unlocked")

    def _check_sleep(self) -> None:
        if self._sleep is not None:
            self._sleep.check(self._clock.now(), self._clock.monotonic())

    # --- idle time and blockers ----------------------------------------------------------------

    def sample(self) -> None:
        """Read idle time (asynchronously where the source needs D-Bus), then decide."""
        self._check_sleep()
        self._watch.read(self._decide)

    def _decide(self, idle_seconds: float | None) -> None:
        """Start, hold, shift or credit the next break, per `core.presence`."""
        planned = self.next_break()
        if planned is None or self.active is not None:
            return
        seconds = self._settings.break_seconds(planned.kind)
        regular = self.next_break(posture=False) if planned.reason == "posture" else None
        early = regular is not None and regular.at > self._clock.now()
        decision, changed = self._watch.judge(planned, seconds, idle_seconds, self._settings, early)
        if isinstance(decision, Start):
            if not self.take_break(_trigger_for(planned), planned.kind):
                self._replan()
        elif isinstance(decision, Wait | NotDue):
            self._watch.sample_in(decision.recheck_in)
        elif isinstance(decision, Natural):
            self._credit_natural(planned.kind, planned.at, decision.idle_started, decision.ended)
        elif isinstance(decision, Shift):
            stood_still = decision.due_at.astimezone(UTC) - planned.at.astimezone(UTC)
            self._state = planner.shift_countdown(self._state, stood_still)
            self._replan()
        if changed:
            self.status_changed.emit()

    def _credit_natural(
        self, kind: str, due_at: datetime, started_at: datetime, ended_at: datetime
    ) -> None:
        """Time away (idle or asleep) as long as a break counts as one: logged, nothing pops up."""
        seconds = int((ended_at.astimezone(UTC) - started_at.astimezone(UTC)).total_seconds())
        self._log.record(kind=kind, trigger=Trigger.NATURAL, due_at=due_at, started_at=started_at,
                         ended_at=ended_at, outcome=Outcome.NATURAL, seconds_done=seconds)  # fmt: skip
        log.info("natural %s break: away for %d s", kind, seconds)
        self._state = planner.after_break(self._state, kind, ended_at)
        self._replan()
        self.break_finished.emit(Outcome.NATURAL.value)

    def _replan(self) -> None:
        now = self._clock.now()
        self._state = planner.expire_pause(self._state, now)
        if self.active is None:
            planned = self.next_break()
            if planned is not None and planned.at < now:
                planned = PlannedBreak(now, planned.kind, planned.reason)
            self._timer.plan(
                planned, self._settings.notice_seconds, now, pause_end=self._state.paused_until
            )
            self._watch.watch(planned, self._settings)
        self._save()
        self.status_changed.emit()

    def _save(self) -> None:
        try:
            schedule_file.save_state(self._state_file, self._state, self._clock.now())
        except OSError as exc:
            log.error("could not save the schedule to %s: %s", self._state_file, exc)
