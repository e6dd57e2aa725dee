"""Under i3, a tiling window manager on X11, nothing is placed in a corner: the notice is a
desktop notification (dunst here) with its actions, and the break window floats, centred,
rather than being tiled, with no window rule (it is a dialog of one fixed size)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator

import pytest

from .desktops import XDesktop
from .due import break_due_in
from .packs import add_exercise
from .processes import START_S, WINDOW_S, require, wait_for
from .services import Dunst

pytestmark = pytest.mark.e2e

MakeDesktop = Callable[..., XDesktop]
BREAK_WINDOW = "postureapp — time for a break"


def i3_windows(desk: XDesktop) -> list[tuple[str, bool, dict[str, int]]]:
    """(title, floating, rect) of every window i3 manages."""
    done = subprocess.run(
        ["i3-msg", "-t", "get_tree"], env=desk.env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr

    def walk(node: dict[str, object], floating: bool) -> Iterator[tuple[str, bool, dict[str, int]]]:
        if node.get("window"):
            yield str(node.get("name")), floating, node["rect"]  # type: ignore[misc]
        for child in node.get("nodes", []):  # type: ignore[attr-defined]
            yield from walk(child, floating)
        for child in node.get("floating_nodes", []):  # type: ignore[attr-defined]
            yield from walk(child, True)

    return list(walk(json.loads(done.stdout), False))


def test_under_i3_the_notice_is_a_notification_and_the_break_window_floats(
    x_desktop: MakeDesktop,
) -> None:
    require("i3", "i3-msg")
    desk = x_desktop(wm="i3")
    dunst = Dunst(desk)
    (desk.home / "state").mkdir(parents=True, exist_ok=True)
    (desk.home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
    add_exercise(desk.home, "e2e-long", seconds=60)
    break_due_in(desk.home, 45, notice_seconds=30)
    desk.start_app_and_wait("--autostart")  # no tray here; no status window for 60 s
    wait_for(
        lambda: any(n["summary"].startswith("A short break in") for n in dunst.shown()),
        START_S,
        "the notice in dunst",
    )
    assert not desk.windows("break coming"), "no corner popup under a tiling window manager"
    assert desk.run("break-now", "--exercise", "e2e-long").returncode == 0
    _title, floating, rect = wait_for(
        lambda: next((w for w in i3_windows(desk) if w[0] == BREAK_WINDOW), None),
        WINDOW_S,
        "the break window",
    )
    assert floating, f"i3 tiled the break window at {rect}"
    middle = rect["x"] + rect["width"] // 2
    assert abs(middle - 1366 // 2) <= 2 and rect["width"] < 1366, rect


def test_under_i3_settings_history_and_exercises_float_and_close(x_desktop: MakeDesktop) -> None:
    """Issue 15: they were tiled over the whole screen; they open floating, with no rule."""
    require("i3", "i3-msg")
    desk = x_desktop(wm="i3")
    (desk.home / "state").mkdir(parents=True, exist_ok=True)
    (desk.home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
    desk.start_app_and_wait("--autostart")  # no tray here; no status window for 60 s
    for name, title in (
        ("settings", "postureapp — Settings"),
        ("history", "postureapp — History"),
        ("exercises", "postureapp — Your exercises"),
    ):
        assert desk.run("open", name).returncode == 0
        _title, floating, rect = wait_for(
            lambda t=title: next((w for w in i3_windows(desk) if w[0] == t), None),
            WINDOW_S,
            f"the {name} window",
        )
        assert floating, f"i3 tiled the {name} window at {rect}"
        assert rect["x"] >= 0 and rect["x"] + rect["width"] <= 1366, rect
        assert rect["y"] >= 0 and rect["y"] + rect["height"] <= 768, rect
        assert rect["width"] >= 400 and rect["height"] >= 300, rect
        done = subprocess.run(
            ["i3-msg", f'[title="^{title}$"] kill'], env=desk.env, capture_output=True, timeout=30
        )
        assert done.returncode == 0, done.stderr
        wait_for(
            lambda t=title: all(w[0] != t for w in i3_windows(desk)),
            WINDOW_S,
            f"the {name} window to close",
        )
    assert desk.status() is not None, "the app keeps running"
