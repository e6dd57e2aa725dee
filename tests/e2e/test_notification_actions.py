"""Issue 15: every action of the notice and the check-in, picked in a real notification server
(mako under headless sway, `makoctl invoke`), gives the user what its label says. (In 5 min and
Better are picked in dunst in test_wayland_desktop.py.)"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Callable

import pytest

from .due import break_due_in
from .packs import add_exercise
from .processes import START_S, WINDOW_S, name_has_owner, require, wait_for
from .services import NOTIFICATIONS
from .wayland import WaylandSession

pytestmark = pytest.mark.e2e

MakeSession = Callable[..., WaylandSession]
BREAK_WINDOW = "postureapp — time for a break"
QUESTION = "How does your upper back feel today?"


def start_mako(session: WaylandSession) -> None:
    require("mako", "makoctl")
    config = session.root / "mako-config"
    config.write_text("default-timeout=0\n")
    session.procs.start("mako", ["mako", "--config", str(config)], session.env)
    wait_for(lambda: name_has_owner(session.env, NOTIFICATIONS), START_S, "mako")


def makoctl(session: WaylandSession, *args: str) -> str:
    done = subprocess.run(
        ["makoctl", *args], env=session.env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def shown(session: WaylandSession) -> dict[str, tuple[int, dict[str, str]]]:
    """summary -> (id, {action key: label}) of every notification mako has on screen."""
    reply = json.loads(makoctl(session, "list"))
    found = {}
    for note in reply["data"][0]:
        actions = note.get("actions", {}).get("data", {})
        found[note["summary"]["data"]] = (note["id"]["data"], dict(actions))
    return found


def pick(session: WaylandSession, summary_start: str, label: str) -> None:
    """Invoke the action labelled `label` on the notification whose summary starts so."""
    note_id, actions = wait_for(
        lambda: next((v for k, v in shown(session).items() if k.startswith(summary_start)), None),
        START_S,
        f"the notification {summary_start!r} in mako",
    )
    key = next(k for k, v in actions.items() if v == label)
    makoctl(session, "invoke", "-n", str(note_id), key)


def test_start_now_on_the_notice_opens_the_break_at_once(wayland: MakeSession) -> None:
    session = wayland("sway")
    start_mako(session)
    add_exercise(session.home, "e2e-long", seconds=60)
    # The notice comes 15 s after the start (later than any slow start of the app) and counts
    # down 60 s: only the action can bring the break before that.
    break_due_in(session.home, 75, notice_seconds=60)
    session.start_app_and_wait("--autostart")  # no status window for 60 s: no tray here
    pick(session, "A short break in", "Start now")
    status = wait_for(
        lambda: (s := session.status()) and s["in_break"] is True and s,
        WINDOW_S,
        "the break to start",
    )
    assert status["snoozes_in_row"] == 0  # type: ignore[index]
    window = wait_for(
        lambda: next((w for w in session.windows() if w.title == BREAK_WINDOW), None),
        WINDOW_S,
        "the break window on Start now",
    )
    assert window.floating
    assert not any(k.startswith("A short break in") for k in shown(session)), "the notice goes"


@pytest.mark.parametrize(("label", "feeling"), [("Same", "same"), ("Worse", "worse")])
def test_the_check_in_answer_picked_in_mako_is_recorded(
    wayland: MakeSession, label: str, feeling: str
) -> None:
    session = wayland("sway")
    start_mako(session)
    add_exercise(session.home, "e2e-quick", seconds=3)
    (session.home / "state").mkdir(parents=True, exist_ok=True)
    (session.home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
    assert session.run("config", "set", "breaks.short_break_seconds", "20").returncode == 0
    session.start_app_and_wait("--autostart")  # no status window for 60 s: no tray here
    assert session.run("break-now", "--exercise", "e2e-quick").returncode == 0
    # The break itself lasts 20 s (the shortest a break can be), then the check-in comes.
    wait_for(lambda: QUESTION in shown(session), 6 + 25 + START_S, "the check-in in mako")
    pick(session, QUESTION, label)

    def feelings() -> list[str]:
        with sqlite3.connect(session.home / "data" / "breaks.sqlite3") as db:
            return [row[0] for row in db.execute("SELECT feeling FROM checkins")]

    assert wait_for(feelings, WINDOW_S, "the answer in the history") == [feeling]
    wait_for(lambda: QUESTION not in shown(session), WINDOW_S, "the check-in to go")
    history = session.run("export", "--format", "json")
    assert history.returncode == 0 and f'"{feeling}"' in history.stdout, history.stdout[-500:]
