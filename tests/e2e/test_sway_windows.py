"""Issue 15: under sway (and i3) Settings, History and Exercises open floating, at a size that
fits the screen, with no window rule, and close. (That they stay resizable afterwards is tested in
tests/qt/test_floating.py.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .processes import WINDOW_S, wait_for
from .session import Rect
from .wayland import WaylandSession, WaylandWindow

pytestmark = pytest.mark.e2e

MakeSession = Callable[..., WaylandSession]
SCREEN = Rect(0, 0, 1366, 768)
WINDOWS = {
    "settings": "postureapp — Settings",
    "history": "postureapp — History",
    "exercises": "postureapp — Your exercises",
}


def window(session: WaylandSession, title: str) -> WaylandWindow | None:
    return next((w for w in session.windows() if w.title == title), None)


def test_settings_history_and_exercises_float_and_close_under_sway(
    wayland: MakeSession,
) -> None:
    session = wayland("sway")
    (session.home / "state").mkdir(parents=True, exist_ok=True)
    (session.home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
    session.start_app_and_wait("--autostart")  # no status window for 60 s: no tray here
    for name, title in WINDOWS.items():
        assert session.run("open", name).returncode == 0
        shown = wait_for(lambda t=title: window(session, t), WINDOW_S, f"the {name} window")
        assert shown.floating, f"sway tiled the {name} window at {shown.rect}"
        assert shown.rect.inside(SCREEN), f"the {name} window is off screen: {shown.rect}"
        assert shown.rect.width >= 400 and shown.rect.height >= 300, shown.rect
        criteria = f'[app_id="postureapp" title="^{title}$"]'
        session.swaymsg(criteria, "kill")
        wait_for(lambda t=title: window(session, t) is None, WINDOW_S, f"the {name} to close")
    assert session.status() is not None, "the app keeps running"
