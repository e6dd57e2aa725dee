"""APScheduler on the Qt event loop, kept thin: it fires what `core.plan` decided, nothing more.

Two fixes over APScheduler 3.11's stock `QtScheduler` with PySide6:

* `QTimer.singleShot` returns None in PySide6, so the stock `_stop_timer` never stops anything
  and every `wakeup()` (add_job, modify, resume) starts a timer chain that never ends.
  `OneTimerQtScheduler` owns a single `QTimer` and restarts it instead.
* Jobs run in a thread pool by default. Ours run in the GUI thread (`DebugExecutor` runs a job
  where it is submitted, which is the Qt event loop here), and they only queue a signal for the
  next turn of the loop: a break that starts re-plans, which removes the job that is still
  running, and APScheduler then logged a JobLookupError traceback when it came to remove it.

Qt timers do not advance while a laptop sleeps and the default misfire grace is 1 s, so jobs are
added with `misfire_grace_time=None` and `coalesce=True`: a late job still runs once, and the
planner decides whether the break is still owed.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from postureapp.core.plan import PlannedBreak
from postureapp.runtime.apscheduler_parts import DateTrigger, DebugExecutor, QtScheduler

log = logging.getLogger(__name__)

BREAK_JOB = "next-break"
NOTICE_JOB = "break-notice"
#: A notice whose moment passed this little before the plan was made is still shown.
NOTICE_GRACE = timedelta(seconds=2)
PAUSE_JOB = "pause-end"


class OneTimerQtScheduler(QtScheduler):  # type: ignore[misc]
    """A QtScheduler that owns exactly one QTimer, so wakeups never pile up."""

    def __init__(self, **options: Any) -> None:
        options.setdefault("executors", {"default": DebugExecutor()})
        super().__init__(**options)
        self._qtimer = QTimer()
        self._qtimer.setSingleShot(True)
        self._qtimer.timeout.connect(self._process_jobs)
        self.passes = 0

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._stop_timer()
        if wait_seconds is not None:
            self._qtimer.start(min(int(wait_seconds * 1000), 2_147_483_647))

    def _stop_timer(self) -> None:
        self._qtimer.stop()

    def _process_jobs(self) -> None:
        self.passes += 1
        super()._process_jobs()

    @property
    def timer_active(self) -> bool:
        return self._qtimer.isActive()


class BreakScheduler(QObject):
    """Turns a `PlannedBreak` into APScheduler jobs.

    Signals:
        break_due(kind, reason): the planned break has fallen due.
        break_soon(kind, seconds): the notice before a break.
        pause_over(): a timed pause has ended (the tray shows it at once).
    """

    break_due = Signal(str, str)
    break_soon = Signal(str, int)
    pause_over = Signal()

    def __init__(self, scheduler: QtScheduler | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scheduler = scheduler if scheduler is not None else OneTimerQtScheduler()
        self.planned: PlannedBreak | None = None
        # What a job fired, emitted on the next turn of the loop, once APScheduler is done.
        self._queued: list[Callable[[], None]] = []
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._emit_queued)

    @property
    def scheduler(self) -> QtScheduler:
        return self._scheduler

    def start(self) -> None:
        if not self._scheduler.running:
            self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def plan(
        self,
        planned: PlannedBreak | None,
        notice_seconds: int,
        now: datetime,
        pause_end: datetime | None = None,
    ) -> None:
        """Replace whatever was scheduled by `planned` (None: nothing is due, e.g. paused)."""
        self.planned = planned
        for job_id in (BREAK_JOB, NOTICE_JOB, PAUSE_JOB):
            if self._scheduler.get_job(job_id) is not None:
                self._scheduler.remove_job(job_id)
        if pause_end is not None:
            self._scheduler.add_job(
                self._fire_pause_over,
                DateTrigger(run_date=max(pause_end, now)),
                id=PAUSE_JOB,
                misfire_grace_time=None,
                coalesce=True,
            )
        if planned is None:
            log.info("nothing scheduled (paused)")
            return
        self._scheduler.add_job(
            self._fire_break,
            DateTrigger(run_date=planned.at),
            args=(planned.kind, planned.reason),
            id=BREAK_JOB,
            replace_existing=True,
            misfire_grace_time=None,
            coalesce=True,
        )
        notice_at = planned.at - timedelta(seconds=notice_seconds)
        # A break planned exactly one notice ahead (one brought forward for a held slouch) is
        # seen here a moment later: its notice is due now, with the seconds that are left.
        if notice_seconds > 0 and notice_at > now - NOTICE_GRACE and planned.at > now:
            left = notice_seconds
            if notice_at <= now:
                left = max(round((planned.at - now).total_seconds()), 1)
            self._scheduler.add_job(
                self._fire_notice,
                DateTrigger(run_date=max(notice_at, now)),
                args=(planned.kind, left),
                id=NOTICE_JOB,
                replace_existing=True,
                misfire_grace_time=max(notice_seconds // 2, 1),
                coalesce=True,
            )
        log.info("next %s break at %s (%s)", planned.kind, planned.at.isoformat(), planned.reason)

    # Each job emits its signal on the next loop turn, once APScheduler has finished with it: a
    # slot that re-plans at once (a break that starts, a natural break, the next interval) would
    # otherwise see its new job removed as this one ends, or APScheduler fail to remove a job
    # the slot already cleared (JobLookupError).

    def _fire_break(self, kind: str, reason: str) -> None:
        self._later(functools.partial(self.break_due.emit, kind, reason))

    def _fire_notice(self, kind: str, seconds: int) -> None:
        self._later(functools.partial(self.break_soon.emit, kind, seconds))

    def _fire_pause_over(self) -> None:
        self._later(self.pause_over.emit)

    def _later(self, emit: Callable[[], None]) -> None:
        self._queued.append(emit)
        self._soon.start()

    def _emit_queued(self) -> None:
        queued, self._queued = self._queued, []
        for emit in queued:
            emit()
