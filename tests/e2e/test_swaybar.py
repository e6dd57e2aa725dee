"""swaybar's tray is StatusNotifierItem only (it is the watcher and the host at once), as on
many sway desktops at login. The app starts before it, so at first no tray exists: the status
window stands in; once swaybar comes the icon registers there and the window goes; when
swaybar restarts the window covers the gap and the icon comes back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .processes import WINDOW_S, bus_property, name_has_owner, wait_for
from .wayland import WaylandSession

pytestmark = pytest.mark.e2e

MakeSession = Callable[..., WaylandSession]
WATCHER = "org.kde.StatusNotifierWatcher"
#: The app settles a tray change for a moment and checks it again over a few seconds.
REACT_S = 10 + WINDOW_S


def items(session: WaylandSession) -> list[str]:
    if not name_has_owner(session.env, WATCHER):
        return []
    words = bus_property(
        session.env, WATCHER, "/StatusNotifierWatcher", WATCHER, "RegisteredStatusNotifierItems"
    )
    return [w for w in words if "/" in w]


def tray(session: WaylandSession) -> object:
    status = session.status()
    return None if status is None else status["tray"]


def status_window(session: WaylandSession) -> bool:
    return any(w.title == "postureapp" for w in session.windows())


def test_swaybar_after_the_app_gets_the_icon_and_gets_it_back_after_a_restart(
    wayland: MakeSession,
) -> None:
    session = wayland("sway", bar=True)
    (session.home / "state").mkdir(parents=True, exist_ok=True)
    (session.home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
    session.start_app_and_wait()
    wait_for(lambda: status_window(session), 5 + WINDOW_S, "the status window: no tray yet")
    assert tray(session) is False

    session.start_swaybar()
    wait_for(lambda: tray(session) is True, REACT_S, "the icon in swaybar's tray")
    assert items(session), "the icon is registered with swaybar's watcher"
    wait_for(lambda: not status_window(session), WINDOW_S, "the status window to go")

    session.procs.stop("swaybar")
    wait_for(lambda: tray(session) is False, REACT_S, "the app to see the tray gone")
    wait_for(lambda: status_window(session), WINDOW_S, "the status window to stand in")

    session.start_swaybar()
    wait_for(lambda: tray(session) is True, REACT_S, "the icon back in swaybar's tray")
    assert items(session)
    wait_for(lambda: not status_window(session), WINDOW_S, "the status window to go again")
