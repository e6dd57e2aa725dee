"""The app as a screen reader meets it: the real AT-SPI bus and a pyatspi client."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

import pytest

from .desktops import XDesktop
from .packs import STEP_TEXT, add_exercise
from .processes import REACT_S, WINDOW_S, wait_for
from .services import AtSpi

pytestmark = pytest.mark.e2e

MakeDesktop = Callable[..., XDesktop]
BREAK_WINDOW = "time for a break"


def start_a_long_break(x_desktop: MakeDesktop) -> tuple[XDesktop, AtSpi]:
    desk = x_desktop(tray="trayer")
    atspi = AtSpi(desk)  # before the app, which then exposes itself
    add_exercise(desk.home, "e2e-long", seconds=60)
    desk.start_app_and_wait()
    assert desk.run("break-now", "--exercise", "e2e-long").returncode == 0
    wait_for(lambda: desk.windows(BREAK_WINDOW), WINDOW_S, "the break window")
    return desk, atspi


def test_a_screen_reader_finds_the_break_window_and_can_skip_it(x_desktop: MakeDesktop) -> None:
    desk, atspi = start_a_long_break(x_desktop)
    wait_for(lambda: atspi.find(BREAK_WINDOW), WINDOW_S, "the break window over AT-SPI")
    buttons = [name for role, name, _, _ in atspi.dump() if role == "push button"]
    assert any(name.startswith("Skip") for name in buttons), buttons
    assert atspi.press("^Skip")
    wait_for(lambda: not desk.windows(BREAK_WINDOW), WINDOW_S, "the break window to close")
    with sqlite3.connect(desk.home / "data" / "breaks.sqlite3") as db:
        assert db.execute("select outcome from breaks").fetchall() == [("skipped",)]


def test_a_screen_reader_reads_the_exercise_the_step_and_the_countdown(
    x_desktop: MakeDesktop,
) -> None:
    """Issue 12: the content itself, not only fixed names, is exposed."""
    _desk, atspi = start_a_long_break(x_desktop)
    wait_for(lambda: atspi.find(BREAK_WINDOW), WINDOW_S, "the break window over AT-SPI")

    def readable() -> bool:
        texts = "\n".join(f"{name}\n{text}" for _, name, _, text in atspi.dump())
        return (
            "Test shoulder drop" in texts
            and STEP_TEXT in texts
            and re.search(r"\b\d+:\d\d\b", texts) is not None
        )

    wait_for(readable, REACT_S, "the exercise, its instruction and a countdown over AT-SPI")


def test_a_screen_reader_can_press_this_hurts_and_read_what_to_do_next(
    x_desktop: MakeDesktop,
) -> None:
    """Issue 12: the stop action is reachable through AT-SPI, and the warning signs then read."""
    desk, atspi = start_a_long_break(x_desktop)
    wait_for(lambda: atspi.find("This hurts"), WINDOW_S, "the stop action over AT-SPI")
    assert atspi.press("^This hurts")
    wait_for(lambda: not desk.windows(BREAK_WINDOW), WINDOW_S, "the break window to close")
    with sqlite3.connect(desk.home / "data" / "breaks.sqlite3") as db:
        assert db.execute("select outcome from breaks").fetchall() == [("stopped",)]
    wait_for(lambda: atspi.find("You stopped because it hurt"), WINDOW_S, "the hurt dialog")
    assert atspi.find("Emergency"), "the warning signs are read, the emergency one included"
    assert atspi.find("Pause exercise breaks")
