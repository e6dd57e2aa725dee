"""End-to-end: the installed `postureapp` command on real desktops (see tests/e2e/README.md).

Fixtures, each with its own POSTUREAPP_HOME, session bus and XDG folders:
    desktop     Xvfb and trayer, no window manager: what most tests need.
    x_desktop   a factory: x_desktop(wm="openbox", tray="xfce4-panel") starts Xvfb, a session
                bus, and the window manager and tray host asked for (None for none). The returned
                XDesktop can start, stop and restart both later, before or after the app; add
                AtSpi(desk) for the accessibility bus, Dunst(desk) for notifications.
    wayland     a factory: wayland("weston") or wayland("sway") starts a headless compositor.
Everything a fixture starts is stopped by its process id when the test ends.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .desktops import XDesktop
from .processes import wait_for
from .wayland import WaylandSession

Desktop = XDesktop  # the name the first tests use
__all__ = ["Desktop", "wait_for"]


@pytest.fixture(scope="package", autouse=True)
def unmeasured_processes() -> Iterator[None]:
    """With `--cov`, the processes these tests start are not measured unless
    POSTUREAPP_COVER_E2E=1: tracing them makes this layer about 1.5 times slower in CPU (a
    150,000-row import twice as slow), beyond CI's budget. The tests' own process still is
    (README, "Mutation and coverage reports")."""
    with pytest.MonkeyPatch.context() as patch:
        if os.environ.get("POSTUREAPP_COVER_E2E") != "1":
            patch.delenv("COVERAGE_PROCESS_CONFIG", raising=False)
            patch.delenv("COVERAGE_PROCESS_START", raising=False)
        yield


@pytest.fixture
def x_desktop(app_home: Path, tmp_path: Path) -> Iterator[Callable[..., XDesktop]]:
    made: list[XDesktop] = []

    def make(*, wm: str | None = None, tray: str | None = None, size: str = "1366x768") -> XDesktop:
        desk = XDesktop(app_home, tmp_path / f"desktop-{len(made)}", size=size)
        made.append(desk)
        if wm is not None:
            desk.start_wm(wm)
        if tray is not None:
            desk.start_tray(tray)
        return desk

    try:
        yield make
    finally:
        for desk in reversed(made):
            desk.close()


@pytest.fixture
def desktop(x_desktop: Callable[..., XDesktop]) -> XDesktop:
    return x_desktop(tray="trayer")


@pytest.fixture
def wayland(app_home: Path, tmp_path: Path) -> Iterator[Callable[..., WaylandSession]]:
    made: list[WaylandSession] = []

    def make(
        compositor: str, *, size: str = "1366x768", outputs: int = 1, bar: bool = False
    ) -> WaylandSession:
        root = tmp_path / f"wayland-{len(made)}"
        session = WaylandSession(app_home, root, compositor, size=size, outputs=outputs, bar=bar)
        made.append(session)
        return session

    try:
        yield make
    finally:
        for session in reversed(made):
            session.close()
