"""Issue 15: the two cells of the weston row that test_weston.py leaves open. Weston has no
tray host, so the status window stands in for the icon; and with no notification server the
check-in after a break is the app's own card, which the user answers there.

Headless weston takes no pointer or keyboard input from outside, so the answer is given the way
a screen reader or switch access gives it: the button's action over AT-SPI."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

import pytest

from .packs import add_exercise
from .processes import START_S, WINDOW_S, wait_for
from .services import AtSpi
from .session import Rect
from .wayland import WaylandSession, WaylandWindow

pytestmark = pytest.mark.e2e

MakeSession = Callable[..., WaylandSession]
SCREEN = Rect(0, 0, 1366, 768)
STATUS_WINDOW = "postureapp"
CHECK_IN = "postureapp — check-in"
QUESTION = "How does your upper back feel today?"


def titled(session: WaylandSession, title: str) -> WaylandWindow | None:
    return next((w for w in session.windows() if w.title == title), None)


def welcome_seen(session: WaylandSession) -> None:
    (session.home / "state").mkdir(parents=True, exist_ok=True)
    (session.home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}')


def test_under_weston_the_status_window_stands_in_for_the_tray(wayland: MakeSession) -> None:
    session = wayland("weston")
    welcome_seen(session)
    session.start_app_and_wait()
    window = wait_for(
        lambda: titled(session, STATUS_WINDOW), 5 + WINDOW_S, "the status window (no tray here)"
    )
    assert window.rect.inside(SCREEN), f"the status window is off screen: {window.rect}"
    assert window.rect.width < 1366 and window.rect.height < 768, window.rect
    status = session.status()
    assert status is not None and status["tray"] is False, status


def test_under_weston_the_check_in_card_is_answered_and_recorded(wayland: MakeSession) -> None:
    session = wayland("weston")
    atspi = AtSpi(session)
    add_exercise(session.home, "e2e-quick", seconds=3)
    welcome_seen(session)
    assert session.run("config", "set", "breaks.short_break_seconds", "20").returncode == 0
    session.start_app_and_wait()
    assert session.run("break-now", "--exercise", "e2e-quick").returncode == 0
    # The break lasts 20 s (the shortest a break can be); then the card asks.
    card = wait_for(lambda: titled(session, CHECK_IN), 6 + 25 + START_S, "the check-in card")
    assert card.rect.inside(SCREEN), f"the check-in is off screen: {card.rect}"
    wait_for(lambda: atspi.find(QUESTION), WINDOW_S, "the question, as a screen reader reads it")
    assert atspi.press("^Worse than before"), "the Worse button can be pressed"

    def feelings() -> list[str]:
        with sqlite3.connect(session.home / "data" / "breaks.sqlite3") as db:
            return [row[0] for row in db.execute("SELECT feeling FROM checkins")]

    assert wait_for(feelings, WINDOW_S, "the answer in the history") == ["worse"]
    wait_for(lambda: titled(session, CHECK_IN) is None, WINDOW_S, "the card to close")
    history = session.run("export", "--format", "json")
    assert history.returncode == 0, history.stderr
    assert '"worse"' in history.stdout, history.stdout[-500:]
    json.loads(history.stdout)  # what the user exports is whole
