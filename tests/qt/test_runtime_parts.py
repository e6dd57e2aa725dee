"""The runtime's parts on their own: the safety flow, the message road, the error hook, the
settings keeper, and the controller across a daylight-saving change."""

from __future__ import annotations

import logging
import os
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.core.history import BreakLog
from postureapp.core.safety import load_safety_state
from postureapp.core.settings import Settings, save
from postureapp.core.terms import Feeling
from postureapp.runtime import errors
from postureapp.runtime.messages import Messages
from postureapp.runtime.safety_flow import SafetyFlow
from postureapp.runtime.settings_keeper import SettingsKeeper

# --- the safety flow ----------------------------------------------------------------------------


@pytest.fixture
def flow(qtbot: QtBot, clock: FakeClock, breaks: BreakLog, tmp_path: Path) -> SafetyFlow:
    return SafetyFlow(clock, breaks, tmp_path / "safety.json")


def completed_today(breaks: BreakLog, clock: FakeClock) -> None:
    now = clock.now()
    breaks.record(
        kind="short", trigger="schedule", due_at=now, started_at=now, ended_at=now,
        outcome="completed", seconds_done=40,
    )  # fmt: skip


def test_the_welcome_is_asked_for_until_acknowledged(
    qtbot: QtBot, flow: SafetyFlow, tmp_path: Path
) -> None:
    with qtbot.waitSignal(flow.welcome_due):
        flow.welcome_if_first_start()
    flow.welcomed()
    with qtbot.assertNotEmitted(flow.welcome_due):
        flow.welcome_if_first_start()
    saved = load_safety_state(tmp_path / "safety.json", now=datetime.now().astimezone())
    assert saved.state.welcome_shown, "remembered across restarts"


def test_one_check_in_a_day_and_only_after_a_completed_break(
    qtbot: QtBot, flow: SafetyFlow, breaks: BreakLog, clock: FakeClock
) -> None:
    with qtbot.assertNotEmitted(flow.checkin_due):
        flow.after_break("completed")  # nothing completed in the log yet
        flow.after_break("skipped")
    completed_today(breaks, clock)
    with qtbot.waitSignal(flow.checkin_due):
        flow.after_break("completed")
    with qtbot.assertNotEmitted(flow.checkin_due):
        flow.after_break("completed")
    clock.advance(days=1)
    completed_today(breaks, clock)
    with qtbot.waitSignal(flow.checkin_due):
        flow.after_break("completed")


def test_a_warning_sign_pauses_exercises_once_and_resuming_lifts_it(
    qtbot: QtBot, flow: SafetyFlow, breaks: BreakLog
) -> None:
    reasons: list[str] = []
    flow.pause_started.connect(reasons.append)
    with qtbot.waitSignal(flow.exercises_paused_changed) as paused:
        flow.warning_reported()
    assert paused.args == [True]
    assert len(reasons) == 1 and reasons[0].startswith("You told postureapp")
    assert flow.exercises_paused
    assert [c.feeling for c in breaks.checkins()] == [Feeling.WARNING]
    with qtbot.assertNotEmitted(flow.pause_started):
        flow.answered("worse", 8)  # already paused: shown once
    with qtbot.waitSignal(flow.exercises_paused_changed) as resumed:
        flow.resume_exercises()
    assert resumed.args == [False] and not flow.exercises_paused
    with qtbot.assertNotEmitted(flow.exercises_paused_changed):
        flow.resume_exercises()  # nothing to resume


def test_a_check_in_answer_is_logged_with_its_stiffness(flow: SafetyFlow, breaks: BreakLog) -> None:
    flow.answered("better", 3)
    flow.answered("same", -1)
    assert [(c.feeling, c.stiffness) for c in breaks.checkins()] == [
        ("better", 3),
        ("same", None),
    ]


# --- the message road ---------------------------------------------------------------------------


def test_messages_wait_for_a_view_then_come_together_and_keyed_ones_once() -> None:
    shown: list[str] = []
    road = Messages()
    road.tell("The settings file was kept aside.")
    road.tell("A problem", key="x")
    road.tell("A problem", key="x")
    assert shown == [] and road.queued == ["The settings file was kept aside.", "A problem"]
    road.attach(shown.append)
    assert shown == ["The settings file was kept aside.\n\nA problem"]
    road.tell("Later")
    road.tell("A problem", key="x")
    assert shown[-1] == "Later" and len(shown) == 2


def test_an_exception_in_a_slot_is_logged_and_told_once(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtCore import QObject, QTimer, Signal

    class Emitter(QObject):
        fired = Signal()

    road = Messages()
    shown: list[str] = []
    road.attach(shown.append)
    hook = errors.exception_hook(road, tmp_path / "postureapp.log", lambda text: text)
    previous, sys.excepthook = sys.excepthook, hook
    try:
        emitter = Emitter()

        def broken() -> None:
            raise RuntimeError("the disk went away")

        emitter.fired.connect(broken)
        with caplog.at_level(logging.ERROR):
            emitter.fired.emit()
            emitter.fired.emit()
            QTimer.singleShot(0, broken)
            qtbot.wait(50)
    finally:
        sys.excepthook = previous
    assert len(shown) == 1, "told once, however often it happens"
    assert "RuntimeError: the disk went away" in shown[0]
    assert str(tmp_path / "postureapp.log") in shown[0]
    tracebacks = [r for r in caplog.records if r.exc_info and r.exc_info[0] is RuntimeError]
    assert len(tracebacks) == 3, "each one is in the log, with its traceback"


# --- the settings keeper ------------------------------------------------------------------------


@pytest.fixture
def keeper(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> tuple[SettingsKeeper, Messages]:
    road = Messages()
    keep = SettingsKeeper(tmp_path / "config" / "settings.toml", clock, road)
    keep.load()
    keep.watch()
    return keep, road


def test_an_edit_in_place_is_applied(qtbot: QtBot, keeper) -> None:  # type: ignore[no-untyped-def]
    keep, _ = keeper
    save(keep.path, Settings.defaults())
    qtbot.waitUntil(lambda: keep.path.exists())
    keep.reload()
    fd = os.open(keep.path, os.O_WRONLY | os.O_TRUNC)  # same inode, as `cat >` or vi do
    os.write(fd, b"[breaks]\nshort_interval_minutes = 45\n")
    os.close(fd)
    with qtbot.waitSignal(keep.changed, timeout=5000) as changed:
        pass
    assert changed.args[1].short_interval_minutes == 45


def test_a_replaced_file_is_applied_and_watched_again(qtbot: QtBot, keeper) -> None:  # type: ignore[no-untyped-def]
    keep, _ = keeper
    for minutes in (50, 55):
        with qtbot.waitSignal(keep.changed, timeout=5000) as changed:
            save(keep.path, Settings.defaults().replace(short_interval_minutes=minutes))
        assert changed.args[1].short_interval_minutes == minutes


def test_what_the_app_saved_itself_is_not_read_back_as_a_change(qtbot: QtBot, keeper) -> None:  # type: ignore[no-untyped-def]
    keep, _ = keeper
    seen: list[object] = []
    keep.changed.connect(lambda old, new: seen.append(new))
    keep.apply(Settings.defaults().replace(snooze_minutes=9))
    qtbot.wait(300)
    keep.reload()
    assert len(seen) == 1


def test_a_bad_edit_is_told_and_the_rest_applied(qtbot: QtBot, keeper) -> None:  # type: ignore[no-untyped-def]
    keep, road = keeper
    shown: list[str] = []
    road.attach(shown.append)
    with qtbot.waitSignal(keep.changed, timeout=5000) as changed:
        keep.path.write_text("[breaks]\nshort_interval_minutes = 500\nsnooze_minutes = 7\n")
    assert changed.args[1].snooze_minutes == 7
    assert changed.args[1].short_interval_minutes == 30
    assert any("short_interval_minutes" in text and "5 to 180" in text for text in shown)


# --- across a daylight-saving change ------------------------------------------------------------


class Idle:
    name = "fake"

    def __init__(self) -> None:
        self.seconds = 0.0

    def idle_seconds(self) -> float | None:
        return self.seconds

    def refresh(self, done=None) -> None:  # type: ignore[no-untyped-def]
        if done is not None:
            done()

    def close(self) -> None:
        pass


def test_a_short_absence_across_the_spring_change_shifts_the_break_by_real_time(
    qtbot: QtBot,
    breaks: BreakLog,
    library,
    scheduler,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Away from 01:58 CET to 03:01 CEST is three minutes, not sixty-three.

    01:40 CET + 30 min is 03:10 CEST; the short absence stops the countdown for three minutes,
    so the break comes at 03:13. Wall-clock arithmetic would say 04:13.
    """
    from postureapp.runtime.controller import Controller

    berlin = ZoneInfo("Europe/Berlin")
    clock = FakeClock(datetime(2026, 3, 29, 1, 40, tzinfo=berlin))
    idle = Idle()
    controller = Controller(
        clock=clock, settings=Settings.defaults(), breaks=breaks, library=library,
        timer=scheduler, state_file=tmp_path / "schedule.json", idle=idle,
    )  # fmt: skip
    controller.start()
    planned = controller.next_break()
    assert planned is not None and planned.at == datetime(2026, 3, 29, 3, 10, tzinfo=berlin)
    clock.advance(minutes=19)  # 01:59 CET: no input since 01:58
    idle.seconds = 60.0
    controller.sample()
    assert controller.waiting_for is None or controller.waiting_for == "away"
    clock.advance(minutes=2)  # 03:01 CEST (the clocks jumped an hour at 02:00)
    assert clock.now() == datetime(2026, 3, 29, 3, 1, tzinfo=berlin)
    idle.seconds = 180.0
    controller.sample()
    clock.advance(seconds=30)
    idle.seconds = 0.0  # back
    controller.sample()
    moved = controller.next_break()
    assert moved is not None
    assert moved.at == datetime(2026, 3, 29, 3, 13, tzinfo=berlin)
    assert breaks.count() == 0, "three minutes away is not a break"
    controller.stop()


def test_ctrl_c_is_not_an_error_to_tell_and_an_error_without_a_traceback_is_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    road = Messages()
    shown: list[str] = []
    road.attach(shown.append)
    passed_on: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, error, tb: passed_on.append(kind))
    hook = errors.exception_hook(road, tmp_path / "postureapp.log", lambda text: text)
    hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed_on == [KeyboardInterrupt] and shown == [], "Ctrl+C stops the app as usual"
    hook(OSError, OSError("no traceback here"), None)
    assert len(shown) == 1 and "OSError: no traceback here" in shown[0]
