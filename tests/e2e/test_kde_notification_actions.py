"""Issue 15: actions picked in Plasma's own notification popups (KDE Plasma 5.27, Wayland).

The popup's buttons are pressed over AT-SPI, as a screen reader or switch access presses them:
the press goes through Plasma's notification code, which then tells the app what was picked.
(KWin's virtual backend takes no pointer input from outside.) Not run in CI: `bash
tests/e2e/gnome-kde.sh` installs Plasma and runs this; without it these tests skip."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from .due import break_due_in
from .packs import add_exercise
from .processes import START_S, WINDOW_S, wait_for
from .shells import ShellSession

pytestmark = [pytest.mark.e2e, pytest.mark.shells]

MakeShell = Callable[[], ShellSession]
PRESS = Path(__file__).with_name("plasma_atspi.py")


@pytest.fixture
def kde(app_home: Path, tmp_path: Path) -> Iterator[MakeShell]:
    if not os.environ.get("POSTUREAPP_E2E_SHELLS"):
        pytest.skip("KDE runs only from bash tests/e2e/gnome-kde.sh")
    made: list[ShellSession] = []

    def make() -> ShellSession:
        session = ShellSession(app_home, tmp_path / "kde", "kde", atspi=True)
        made.append(session)
        (session.home / "state").mkdir(parents=True, exist_ok=True)
        (session.home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
        return session

    try:
        yield make
    finally:
        for session in made:
            session.close()


def plasma(session: ShellSession, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["/usr/bin/python3", str(PRESS), *args],
        env={k: v for k, v in session.env.items() if not k.startswith("PYTHON")},
        capture_output=True,
        text=True,
        timeout=60,
    )


def press_in_plasma(session: ShellSession, label: str, what: str, seconds: float) -> None:
    """Wait for Plasma's button `label` (in a notification popup) and press it."""
    wait_for(lambda: f"push button | {label} |" in plasma(session, "dump").stdout, seconds, what)
    assert plasma(session, "press", f"^{label}$").returncode == 0, f"{label} pressed in Plasma"


def test_start_now_picked_in_a_plasma_notification_opens_the_break(kde: MakeShell) -> None:
    session = kde()
    add_exercise(session.home, "e2e-long", seconds=60)
    # The notice comes 20 s after this and counts down 120 s: only Start now brings the
    # break sooner.
    break_due_in(session.home, 140, notice_seconds=120)
    session.start_app_and_wait("--autostart")
    press_in_plasma(session, "Start now", "the notice in Plasma", 20 + START_S)
    status = wait_for(
        lambda: (s := session.status_json())["in_break"] is True and s,
        WINDOW_S,
        "the break to start on Start now",
    )
    assert status["snoozes_in_row"] == 0
    wait_for(lambda: "break window painted" in session.app_log(), 6 + WINDOW_S, "the window")
    assert "push button | Start now |" not in plasma(session, "dump").stdout, "the notice went"


def test_in_5_min_picked_in_a_plasma_notification_postpones_the_break(kde: MakeShell) -> None:
    session = kde()
    add_exercise(session.home, "e2e-long", seconds=60)
    break_due_in(session.home, 140, notice_seconds=120)
    session.start_app_and_wait("--autostart")
    press_in_plasma(session, "In 5 min", "the notice in Plasma", 20 + START_S)
    status = wait_for(
        lambda: (s := session.status_json())["snoozes_in_row"] == 1 and s,
        WINDOW_S,
        "the break to be postponed on In 5 min",
    )
    assert status["in_break"] is False
    due = datetime.fromisoformat(str(status["next_break_at"]))
    assert (
        timedelta(minutes=4) < due - datetime.now(due.tzinfo) <= timedelta(minutes=5, seconds=5)
    ), due


@pytest.mark.parametrize(
    ("label", "feeling"), [("Better", "better"), ("Same", "same"), ("Worse", "worse")]
)
def test_a_check_in_answer_picked_in_a_plasma_notification_is_recorded(
    kde: MakeShell, label: str, feeling: str
) -> None:
    session = kde()
    add_exercise(session.home, "e2e-quick", seconds=3)
    assert session.run("config", "set", "breaks.short_break_seconds", "20").returncode == 0
    session.start_app_and_wait("--autostart")
    assert session.run("break-now", "--exercise", "e2e-quick").returncode == 0
    # The break waits for a pause in typing (the untouched session has one at once, 6 s),
    # lasts 20 s, then Plasma shows the check-in.
    press_in_plasma(session, label, "the check-in in Plasma", 6 + 25 + START_S)

    def feelings() -> list[str]:
        with sqlite3.connect(session.home / "data" / "breaks.sqlite3") as db:
            return [row[0] for row in db.execute("SELECT feeling FROM checkins")]

    assert wait_for(feelings, WINDOW_S, "the answer in the history") == [feeling]
    history = session.run("export", "--format", "json")
    assert history.returncode == 0 and f'"{feeling}"' in history.stdout, history.stdout[-500:]
