"""Idle time asked over a real (private) session bus, of a stand-in for GNOME's IdleMonitor and
for KDE's ScreenSaver: the reply arrives without blocking, a failure moves on to the next path,
and a reading grows stale (issue 23: DBusIdle ran in no test)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from postureapp.platform.idle import dbus as idle_dbus
from postureapp.platform.idle.dbus import DBusIdle


@ClassInfo({"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
class FakeMutter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.idle_ms = 0
        self.calls = 0

    @Slot(result="qulonglong")
    def GetIdletime(self) -> int:
        self.calls += 1
        return self.idle_ms


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class FakeScreenSaver(QObject):
    @Slot(result="uint")
    def GetSessionIdleTime(self) -> int:
        return 42_000


class Monotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def buses() -> Iterator[tuple[QDBusConnection, QDBusConnection]]:
    """A private session bus: one connection serves the stand-ins, the other asks them."""
    program = shutil.which("dbus-daemon")
    if program is None:
        pytest.fail("dbus-daemon is missing (bash .ci/quickstart test installs dbus-x11)")
    daemon = subprocess.Popen(
        [program, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    service = QDBusConnection.connectToBus(address, "postureapp-test-idle-service")
    asker = QDBusConnection.connectToBus(address, "postureapp-test-idle-asker")
    try:
        assert service.isConnected() and asker.isConnected()
        yield service, asker
    finally:
        QDBusConnection.disconnectFromBus("postureapp-test-idle-asker")
        QDBusConnection.disconnectFromBus("postureapp-test-idle-service")
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


def refreshed(qtbot: QtBot, idle: DBusIdle) -> None:
    done: list[bool] = []
    idle.refresh(lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True], timeout=5000)


def test_gnome_idle_time_arrives_in_seconds_and_grows_until_it_is_stale(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]
) -> None:
    service, asker = buses
    mutter = FakeMutter()
    mutter.idle_ms = 12_500
    assert service.registerService(idle_dbus.GNOME_IDLE[0])
    assert service.registerObject(
        idle_dbus.GNOME_IDLE[1], mutter, QDBusConnection.RegisterOption.ExportAllSlots
    )
    clock = Monotonic()
    idle = DBusIdle("gnome", [idle_dbus.GNOME_IDLE], bus=asker, monotonic=clock)
    assert idle.idle_seconds() is None, "nothing known before the first reply"
    refreshed(qtbot, idle)
    assert idle.idle_seconds() == pytest.approx(12.5)
    clock.now += 2
    assert idle.idle_seconds() == pytest.approx(14.5), "no input since: it grew"
    clock.now += idle_dbus.FRESH_SECONDS
    assert idle.idle_seconds() is None, "too old to say anything about now"
    mutter.idle_ms = 0
    refreshed(qtbot, idle)
    assert idle.idle_seconds() == 0.0 and mutter.calls == 2


def test_two_refreshes_at_once_ask_once_and_both_hear_back(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]
) -> None:
    service, asker = buses
    mutter = FakeMutter()
    assert service.registerService(idle_dbus.GNOME_IDLE[0])
    assert service.registerObject(
        idle_dbus.GNOME_IDLE[1], mutter, QDBusConnection.RegisterOption.ExportAllSlots
    )
    idle = DBusIdle("gnome", [idle_dbus.GNOME_IDLE], bus=asker)
    heard: list[str] = []
    idle.refresh(lambda: heard.append("first"))
    idle.refresh(lambda: heard.append("second"))
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=5000)
    assert heard == ["first", "second"] and mutter.calls == 1


def test_kde_is_asked_at_its_second_path_once_the_first_fails(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]
) -> None:
    service, asker = buses
    saver = FakeScreenSaver()
    assert service.registerService(idle_dbus.FREEDESKTOP_SERVICE)
    assert service.registerObject(
        "/ScreenSaver", saver, QDBusConnection.RegisterOption.ExportAllSlots
    )
    targets = [
        (idle_dbus.FREEDESKTOP_SERVICE, path, idle_dbus.FREEDESKTOP_SERVICE, "GetSessionIdleTime")
        for path in idle_dbus.FREEDESKTOP_PATHS
    ]
    idle = DBusIdle("freedesktop", targets, bus=asker)
    refreshed(qtbot, idle)
    assert idle.idle_seconds() is None, "nothing at the first path"
    refreshed(qtbot, idle)
    assert idle.idle_seconds() == pytest.approx(42.0, abs=1.0)


def test_no_service_on_the_bus_gives_no_reading_and_close_forgets_the_waiters(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]
) -> None:
    _, asker = buses
    idle = DBusIdle("gnome", [idle_dbus.GNOME_IDLE], bus=asker)
    refreshed(qtbot, idle)
    assert idle.idle_seconds() is None
    heard: list[str] = []
    idle.refresh(lambda: heard.append("before close"))
    idle.close()
    idle.refresh(lambda: heard.append("after close"))
    qtbot.waitUntil(lambda: heard != [], timeout=5000)
    assert heard == ["after close"], "what waited before close is never called back"
