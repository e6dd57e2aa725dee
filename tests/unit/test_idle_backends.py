from __future__ import annotations

import ctypes
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from postureapp.platform import idle
from postureapp.platform.idle import (
    IdleBackend,
    MacIdle,
    Probes,
    Reading,
    WindowsIdle,
    X11Idle,
    choose_backend,
    idle_ms_from_reply,
    idle_ms_from_ticks,
)
from postureapp.platform.idle import dbus as idle_dbus
from postureapp.platform.idle import windows as idle_windows
from postureapp.platform.idle import x11 as idle_x11


class Named(idle.ReadsAtOnce):
    def __init__(self, name: str) -> None:
        self.name = name

    def idle_seconds(self) -> float | None:
        return 0.0


def probes(available: set[str], displays: list[str] | None = None) -> Probes:
    """Fake probes: the named backends are available; x11 records the display it was given."""

    def probe(name: str) -> Any:
        return lambda: Named(name) if name in available else None

    def x11(display: str) -> IdleBackend | None:
        if displays is not None:
            displays.append(display)
        return Named("x11") if "x11" in available else None

    return Probes(
        windows=probe("windows"),
        mac=probe("macos"),
        gnome=probe("gnome"),
        x11=x11,
        freedesktop=probe("freedesktop"),
        wayland=lambda _environ: Named("wayland") if "wayland" in available else None,
    )


ALL = {"windows", "macos", "gnome", "x11", "freedesktop", "wayland"}
X11_ENV = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}


def chosen(platform: str, environ: dict[str, str], available: set[str]) -> str | None:
    backend = choose_backend(platform, environ, probes=probes(available))
    return backend.name if backend else None


def test_windows_and_macos_use_their_own_system_calls() -> None:
    assert chosen("win32", X11_ENV, ALL) == "windows"
    assert chosen("darwin", X11_ENV, ALL) == "macos"
    assert chosen("darwin", {}, ALL - {"macos"}) is None


def test_on_linux_gnome_comes_first_then_x11_then_the_freedesktop_screen_saver() -> None:
    assert chosen("linux", X11_ENV, ALL) == "gnome"
    assert chosen("linux", X11_ENV, ALL - {"gnome"}) == "x11"
    assert chosen("linux", X11_ENV, {"freedesktop"}) == "freedesktop"
    assert chosen("linux", X11_ENV, set()) is None


def test_a_wayland_session_asks_the_compositor_before_the_freedesktop_screen_saver(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """KDE Plasma on Wayland: ScreenSaver owns its name but answers NotSupported; KWin's idle
    protocol answers. The log says what was tried."""
    wayland = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    with caplog.at_level("INFO"):
        assert chosen("linux", wayland, {"wayland", "freedesktop"}) == "wayland"
    assert "gnome gave no reading; using wayland" in caplog.text
    assert chosen("linux", wayland, {"freedesktop"}) == "freedesktop"
    assert chosen("linux", X11_ENV, {"wayland"}) is None, "no compositor in an X11 session"
    with caplog.at_level("WARNING"):
        assert chosen("linux", wayland, set()) is None
    assert "tried gnome, wayland, freedesktop" in caplog.text


def test_the_x11_backend_opens_the_display_named_in_the_environment() -> None:
    displays: list[str] = []
    choose_backend("linux", {"DISPLAY": ":7"}, probes=probes({"x11"}, displays))
    assert displays == [":7"]


@pytest.mark.parametrize(
    "environ",
    [
        {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"},
        {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"},
        {},
    ],
)
def test_x11_idle_is_not_trusted_under_wayland_or_without_a_display(
    environ: dict[str, str],
) -> None:
    displays: list[str] = []
    backend = choose_backend("linux", environ, probes=probes({"x11", "freedesktop"}, displays))
    assert backend is not None and backend.name == "freedesktop"
    assert displays == []


def test_windows_ticks_subtract_normally_and_across_the_32_bit_wrap() -> None:
    assert idle_ms_from_ticks(10_000, 4_000) == 6_000
    assert idle_ms_from_ticks(5, 2**32 - 10) == 15
    assert idle_ms_from_ticks(2**32 - 1, 2**32 - 1) == 0
    assert idle_ms_from_ticks(0, 2**32 - 1) == 1


class FakeUser32:
    def __init__(self, last_input: int, ok: bool = True) -> None:
        self.last_input = last_input
        self.ok = ok

    def GetLastInputInfo(self, info: Any) -> int:
        assert info.contents.cbSize == ctypes.sizeof(idle_windows.LastInputInfo)
        info.contents.dwTime = self.last_input
        return int(self.ok)


class FakeKernel32:
    def __init__(self, now: int) -> None:
        self.now = now

    def GetTickCount(self) -> int:
        return self.now


def test_windows_idle_reads_the_last_input_tick_through_the_struct() -> None:
    backend = WindowsIdle(FakeUser32(2**32 - 2_000), FakeKernel32(1_500))
    assert backend.idle_seconds() == pytest.approx(3.5)


def test_windows_idle_is_unknown_when_the_call_fails() -> None:
    assert WindowsIdle(FakeUser32(0, ok=False), FakeKernel32(10)).idle_seconds() is None


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ([1234], 1234),
        ([0], 0),
        ([2**63], 2**63),
        ([True], None),
        ([-5], None),
        (["12"], None),
        ([], None),
        ([1, 2], None),
    ],
)
def test_dbus_replies_are_accepted_only_as_one_whole_number_of_ms(
    arguments: list[object], expected: int | None
) -> None:
    assert idle_ms_from_reply(arguments) == expected


def test_a_fresh_dbus_reading_grows_with_the_time_since_it_arrived() -> None:
    reading = Reading(seconds=12.0, at=100.0)
    assert reading.now(102.5) == pytest.approx(14.5)


def test_a_stale_or_future_dbus_reading_says_nothing() -> None:
    reading = Reading(seconds=12.0, at=100.0)
    assert reading.now(100.0 + idle_dbus.FRESH_SECONDS + 0.1) is None
    assert reading.now(99.0) is None


class FakeXlib:
    def __init__(self, opens: bool = True) -> None:
        self.opens = opens
        self.closed: list[int] = []
        self.freed: list[object] = []

    def XOpenDisplay(self, name: bytes | None) -> int | None:
        self.opened_name = name
        return 42 if self.opens else None

    def XCloseDisplay(self, display: int) -> int:
        self.closed.append(display)
        return 0

    def XDefaultRootWindow(self, display: int) -> int:
        return 7

    def XFree(self, data: object) -> int:
        self.freed.append(data)
        return 1


class FakeXss:
    def __init__(self, extension: bool = True, idle_ms: int | None = 1500) -> None:
        self.extension = extension
        self.idle_ms = idle_ms

    def XScreenSaverQueryExtension(self, display: int, event: Any, error: Any) -> int:
        return int(self.extension)

    def XScreenSaverAllocInfo(self) -> Any:
        return ctypes.pointer(idle_x11.XScreenSaverInfo())

    def XScreenSaverQueryInfo(self, display: int, root: int, info: Any) -> int:
        assert (display, root) == (42, 7)
        if self.idle_ms is None:
            return 0
        info.contents.idle = self.idle_ms
        return 1


def test_x11_without_the_screen_saver_extension_is_unavailable_and_lets_the_display_go() -> None:
    xlib = FakeXlib()
    assert X11Idle.open(":3", xlib=xlib, xss=FakeXss(extension=False)) is None
    assert xlib.opened_name == b":3"
    assert xlib.closed == [42]


def test_x11_without_a_display_is_unavailable() -> None:
    assert X11Idle.open(":3", xlib=FakeXlib(opens=False), xss=FakeXss()) is None


def test_x11_idle_is_read_in_milliseconds_from_the_info_struct() -> None:
    backend = X11Idle.open(":3", xlib=FakeXlib(), xss=FakeXss(idle_ms=61_250))
    assert backend is not None
    assert backend.idle_seconds() == pytest.approx(61.25)


def test_x11_idle_is_unknown_when_the_query_fails_or_after_close() -> None:
    xss = FakeXss(idle_ms=None)
    xlib = FakeXlib()
    backend = X11Idle.open(":3", xlib=xlib, xss=xss)
    assert backend is not None
    assert backend.idle_seconds() is None
    backend.close()
    backend.close()
    assert xlib.closed == [42] and len(xlib.freed) == 1
    xss.idle_ms = 5
    assert backend.idle_seconds() is None


def test_synchronous_backends_report_a_refresh_done_at_once() -> None:
    calls: list[str] = []
    MacIdle(lambda state, kind: 1.0).refresh(lambda: calls.append("done"))
    assert calls == ["done"]


def test_macos_asks_for_any_input_in_the_combined_session_and_rejects_nonsense() -> None:
    asked: list[tuple[int, int]] = []

    def seconds_since(state: int, kind: int) -> float:
        asked.append((state, kind))
        return 8.25

    assert MacIdle(seconds_since).idle_seconds() == 8.25
    assert asked == [(0, 0xFFFFFFFF)]
    assert MacIdle(lambda state, kind: math.nan).idle_seconds() is None
    assert MacIdle(lambda state, kind: -1.0).idle_seconds() is None


def test_the_sensing_modules_load_without_the_gui_toolkit() -> None:
    code = (
        "import sys, postureapp.platform.idle, postureapp.platform.blockers, "
        "postureapp.core.presence; "
        "sys.exit(any(name.startswith('PySide6') for name in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, check=False)
    assert done.returncode == 0


def test_a_dbus_reading_is_kept_with_its_age_after_it_stops_counting() -> None:
    """`status --json` shows the last answer and how old it is, even once it is stale."""
    from postureapp.platform.idle.dbus import FRESH_SECONDS, DBusIdle

    now = [50.0]
    backend = DBusIdle("gnome", [("a", "/b", "c", "d")], bus=object(), monotonic=lambda: now[0])
    assert backend.latest() is None and backend.idle_seconds() is None
    backend.seed(3_000)
    now[0] += FRESH_SECONDS + 10
    assert backend.idle_seconds() is None, "too old to say anything about now"
    assert backend.latest() == (3.0, FRESH_SECONDS + 10)
