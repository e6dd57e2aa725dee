"""A day of breaks through the real APScheduler leaves the app's log file free of tracebacks.

A log full of tracebacks hides the real ones. The wall clock is moved with time_machine (the
scheduler reads it) together with the controller's fake clock; the log file is the app's own
(`logsetup`), read back at the end as a user sending it would.
"""

from __future__ import annotations

import logging
import random
from datetime import datetime, timedelta
from pathlib import Path

import time_machine
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.core.exercises import Library
from postureapp.core.settings import Settings
from postureapp.logsetup import setup_logging
from postureapp.paths import AppPaths
from postureapp.runtime.controller import Controller
from postureapp.runtime.messages import Messages
from postureapp.runtime.recorder import Recorder
from postureapp.runtime.scheduling import BreakScheduler, OneTimerQtScheduler


def test_a_simulated_day_leaves_no_traceback_in_the_log(
    qtbot: QtBot, library: Library, tmp_path: Path, wire
) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "home")})
    paths.ensure()
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    setup_logging(paths)
    start = datetime(2026, 3, 2, 8, 0).astimezone()
    clock = FakeClock(start)
    try:
        with time_machine.travel(start, tick=False) as traveller:
            scheduler = BreakScheduler(OneTimerQtScheduler())
            breaks = Recorder(paths.database_file, clock, Messages())
            controller = Controller(
                clock=clock,
                settings=Settings.defaults(),
                breaks=breaks,
                library=library,
                timer=scheduler,
                state_file=paths.state_file,
                rng=random.Random(3),
            )
            wire(controller, scheduler)
            controller.start()
            outcomes = ["completed", "snoozed", "skipped", "completed", "partial", "stopped"]
            started = 0
            for n in range(40):  # 08:00 to about 04:00 the next morning
                if n % 9 == 4:
                    controller.pause("30m")
                    target = controller.state.paused_until
                    assert target is not None
                    clock.set(target + timedelta(seconds=1))
                    traveller.move_to(clock.now())
                    with qtbot.waitSignal(scheduler.pause_over, timeout=3000):
                        scheduler.scheduler.wakeup()
                if n % 7 == 3:  # a settings change re-plans
                    minutes = 25 + n % 10
                    controller.apply_settings(
                        controller.settings.replace(short_interval_minutes=minutes)
                    )
                planned = scheduler.planned
                assert planned is not None
                clock.set(max(planned.at, clock.now()) + timedelta(seconds=1))
                traveller.move_to(clock.now())
                with qtbot.waitSignal(controller.break_started, timeout=3000):
                    scheduler.scheduler.wakeup()
                started += 1
                clock.advance(600 if n % 2 else 5)
                traveller.move_to(clock.now())
                controller.finish_break(outcomes[n % len(outcomes)])
            controller.stop()
            breaks.close()
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
    text = paths.log_file.read_text()
    assert started == 40
    assert text.count("break started") == 40
    assert "Traceback" not in text
    assert [line for line in text.splitlines() if " ERROR " in line] == []
