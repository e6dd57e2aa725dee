"""Notice that the machine slept, or that its clock was set, so the planner can account for it.

Two sources, one measure. On Linux, logind announces a suspend on the system bus
(`PrepareForSleep(true)` before, `(false)` after). Everywhere, a suspend shows afterwards as wall
time the monotonic clock did not see (on Linux CLOCK_MONOTONIC stops while the machine sleeps),
so `check`, which the owner calls whenever one of its timers fires, finds it where there is no
logind. Both paths measure with the clocks, from one shared reference reading, so one sleep is
never reported twice. The watcher has no timer of its own.

A clock set forward cannot be told from a suspend by the clocks, and logind's announcement may
be handled only after the machine is awake again, so it does not settle the question either:
a forward jump is reported as `woke`. A clock set back is reported as `clock_changed`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from postureapp.core.clock import Clock
from postureapp.core.plan import JUMP_TOLERANCE_S, detect_gap

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"


class SleepWatcher(QObject):
    """Reports sleeps and clock changes measured against the previous reading of both clocks.

    Signals:
        sleeping(): logind says the machine is about to suspend.
        woke(float): the machine slept this many seconds (or the clock was set forward by as
            much). After `sleeping()` one `woke` always follows, with 0.0 for a sleep too short
            to measure.
        clock_changed(float): the wall clock was set back by this many seconds (negative).
    """

    sleeping = Signal()
    woke = Signal(float)
    clock_changed = Signal(float)

    def __init__(
        self,
        clock: Clock,
        *,
        tolerance_s: float = JUMP_TOLERANCE_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tolerance_s = tolerance_s
        self._wall = clock.now()
        self._mono = clock.monotonic()
        self._announced = False
        self.listening = False

    def listen(self, bus: QDBusConnection | None = None) -> bool:
        """Follow logind on the system bus (or `bus`); False where there is no bus to follow it on.

        Without it, `check` still finds every sleep, only later: at the next timer. (Where the bus
        runs but logind does not, nothing is ever announced, and `check` does all the work.)
        """
        from PySide6.QtDBus import QDBusConnection

        bus = bus if bus is not None else QDBusConnection.systemBus()
        if not bus.isConnected():
            log.info("no system bus (%s): sleep is noticed by the clocks alone", _error(bus))
            return False
        # The stubs ask for bytes, but PySide6 takes only the str that SLOT() returns.
        connected = bus.connect(  # type: ignore[call-overload]
            LOGIND_SERVICE,
            LOGIND_PATH,
            LOGIND_MANAGER,
            "PrepareForSleep",
            self,
            SLOT("prepare_for_sleep(bool)"),
        )
        self.listening = bool(connected)
        if not self.listening:
            log.info("logind cannot be followed (%s): sleep is noticed by the clocks", _error(bus))
        return self.listening

    def check(self, now_wall: datetime, now_mono: float) -> float:
        """Compare both clocks with the previous reading and report a jump; returns it (0.0: none)."""
        jump = detect_gap(self._wall, self._mono, now_wall, now_mono, self._tolerance_s)
        self._wall, self._mono = now_wall, now_mono
        if jump > 0:
            self._report_wake(jump)
        elif jump < 0:
            log.info("the clock was set back by %.0f s", -jump)
            self.clock_changed.emit(jump)
        return jump

    @Slot(bool)
    def prepare_for_sleep(self, going: bool) -> None:
        """logind's PrepareForSleep: measure from just before the sleep, report just after it."""
        self.check(self._clock.now(), self._clock.monotonic())
        if going:
            self._announced = True
            log.info("the system is going to sleep")
            self.sleeping.emit()
        elif self._announced:
            self._report_wake(0.0)

    def _report_wake(self, seconds: float) -> None:
        self._announced = False
        log.info("awake again after %.0f s asleep", seconds)
        self.woke.emit(seconds)


def _error(bus: QDBusConnection) -> str:
    return str(bus.lastError().message() or "no reason given")
