"""mako, the notification server of many sway desktops, keeps do-not-disturb as a mode: with
a mode named "do-not-disturb" on, a due break waits; once it is off, the break comes."""

from __future__ import annotations

import subprocess
from collections.abc import Callable

import pytest

from .due import break_due_in
from .processes import START_S, WINDOW_S, name_has_owner, require, wait_for
from .services import NOTIFICATIONS
from .wayland import WaylandSession

pytestmark = pytest.mark.e2e

MakeSession = Callable[..., WaylandSession]
#: A held break looks again every 30 s (core.presence.BLOCKER_RECHECK), plus a loaded runner.
RECHECK_S = 30 + WINDOW_S


def makoctl(session: WaylandSession, *args: str) -> str:
    done = subprocess.run(
        ["makoctl", *args], env=session.env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def waiting_for(session: WaylandSession) -> object:
    status = session.status()
    return None if status is None else status["waiting_for"]


def test_a_mako_do_not_disturb_mode_holds_a_due_break_under_sway(wayland: MakeSession) -> None:
    require("mako", "makoctl")
    session = wayland("sway")
    config = session.root / "mako-config"
    config.write_text("[mode=do-not-disturb]\ninvisible=1\n")
    session.procs.start("mako", ["mako", "--config", str(config)], session.env)
    wait_for(lambda: name_has_owner(session.env, NOTIFICATIONS), START_S, "mako")
    makoctl(session, "mode", "-a", "do-not-disturb")
    assert "do-not-disturb" in makoctl(session, "mode")
    break_due_in(session.home, 3)
    session.start_app_and_wait("--autostart")  # no tray here; no status window for 60 s
    wait_for(lambda: waiting_for(session) == "dnd", START_S, "the due break to wait for dnd")
    assert session.status()["in_break"] is False  # type: ignore[index]
    makoctl(session, "mode", "-r", "do-not-disturb")
    wait_for(
        lambda: (s := session.status()) is not None and s["in_break"] is True,
        RECHECK_S,
        "the break once the mode is off",
    )
