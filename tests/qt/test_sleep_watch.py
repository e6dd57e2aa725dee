"""The sleep watcher: suspends and clock changes found by the clocks, and logind's announcements."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.platform.sleep import (
    LOGIND_MANAGER,
    LOGIND_PATH,
    LOGIND_SERVICE,
    SleepWatcher,
)

HOUR = 3600.0


class Heard:
    """Every signal the watcher emitted, in order."""

    def __init__(self, watcher: SleepWatcher) -> None:
        self.events: list[tuple[str, float | None]] = []
        watcher.sleeping.connect(lambda: self.events.append(("sleeping", None)))
        watcher.woke.connect(lambda seconds: self.events.append(("woke", seconds)))
        watcher.clock_changed.connect(lambda seconds: self.events.append(("clock", seconds)))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 10, 0).astimezone())


@pytest.fixture
def watcher(qtbot: QtBot, clock: FakeClock) -> SleepWatcher:
    return SleepWatcher(clock)


def check(watcher: SleepWatcher, clock: FakeClock) -> float:
    return watcher.check(clock.now(), clock.monotonic())


def test_time_passing_while_awake_is_no_sleep(watcher: SleepWatcher, clock: FakeClock) -> None:
    heard = Heard(watcher)
    clock.advance(minutes=50)
    clock.jump_wall(3)  # a late timer or an NTP step stays within the tolerance
    assert check(watcher, clock) == 0.0
    assert heard.events == []


def test_a_suspend_is_found_at_the_next_timer_without_logind(
    watcher: SleepWatcher, clock: FakeClock
) -> None:
    heard = Heard(watcher)
    clock.advance(minutes=5)
    clock.jump_wall(45 * 60)  # asleep: the monotonic clock stood still
    clock.advance(seconds=20)
    assert check(watcher, clock) == 45 * 60
    assert check(watcher, clock) == 0.0  # measured once, not again at the following timer
    assert heard.events == [("woke", 45 * 60)]


def test_a_clock_set_back_is_a_clock_change_not_a_sleep(
    watcher: SleepWatcher, clock: FakeClock
) -> None:
    heard = Heard(watcher)
    clock.advance(minutes=10)
    clock.jump_wall(-HOUR)
    assert check(watcher, clock) == -HOUR
    assert heard.events == [("clock", -HOUR)]


def test_logind_announces_the_sleep_and_the_clocks_measure_it(
    watcher: SleepWatcher, clock: FakeClock
) -> None:
    heard = Heard(watcher)
    clock.advance(minutes=5)
    watcher.prepare_for_sleep(True)
    clock.jump_wall(HOUR)
    watcher.prepare_for_sleep(False)
    assert heard.events == [("sleeping", None), ("woke", HOUR)]


def test_a_sleep_seen_first_by_a_timer_is_not_reported_again_by_logind(
    watcher: SleepWatcher, clock: FakeClock
) -> None:
    heard = Heard(watcher)
    watcher.prepare_for_sleep(True)
    clock.jump_wall(HOUR)
    check(watcher, clock)
    watcher.prepare_for_sleep(False)
    assert heard.events == [("sleeping", None), ("woke", HOUR)]


def test_a_sleep_too_short_to_measure_still_ends_with_woke(
    watcher: SleepWatcher, clock: FakeClock
) -> None:
    heard = Heard(watcher)
    watcher.prepare_for_sleep(True)
    clock.jump_wall(2)
    watcher.prepare_for_sleep(False)
    assert heard.events == [("sleeping", None), ("woke", 0.0)]


def test_without_a_system_bus_the_clocks_do_the_work(watcher: SleepWatcher) -> None:
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "postureapp-no-bus")
    try:
        assert not watcher.listen(nowhere)
        assert not watcher.listening
    finally:
        QDBusConnection.disconnectFromBus("postureapp-no-bus")


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A private D-Bus daemon standing in for the system bus."""
    program = shutil.which("dbus-daemon")
    if program is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        [program, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


def test_prepare_for_sleep_on_the_bus_reaches_the_watcher(
    qtbot: QtBot, watcher: SleepWatcher, clock: FakeClock, private_bus: str
) -> None:
    system = QDBusConnection.connectToBus(private_bus, "postureapp-test-system")
    logind = QDBusConnection.connectToBus(private_bus, "postureapp-test-logind")
    try:
        assert watcher.listen(system)
        assert logind.registerService(LOGIND_SERVICE)

        def announce(going: bool) -> None:
            message = QDBusMessage.createSignal(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep")
            message.setArguments([going])
            assert logind.send(message)

        with qtbot.waitSignal(watcher.sleeping, timeout=5000):
            announce(True)
        clock.jump_wall(HOUR)
        with qtbot.waitSignal(watcher.woke, timeout=5000) as woke:
            announce(False)
        assert woke.args == [HOUR]
    finally:
        QDBusConnection.disconnectFromBus("postureapp-test-logind")
        QDBusConnection.disconnectFromBus("postureapp-test-system")
