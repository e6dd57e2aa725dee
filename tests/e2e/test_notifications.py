"""dunst as the desktop's notification server: what it shows, its do-not-disturb, its actions."""

from __future__ import annotations

import subprocess
from collections.abc import Callable

import pytest

from .desktops import XDesktop
from .processes import WINDOW_S, wait_for
from .services import Dunst, notify_send

pytestmark = pytest.mark.e2e

MakeDesktop = Callable[..., XDesktop]


def summaries(dunst: Dunst) -> list[str]:
    return [note["summary"] for note in dunst.shown()]


def test_a_notification_is_shown_by_dunst_and_kept_in_its_history(
    x_desktop: MakeDesktop,
) -> None:
    desk = x_desktop()
    dunst = Dunst(desk)
    assert notify_send(desk, "-a", "e2e", "Time to stretch", "Roll your shoulders").returncode == 0
    wait_for(lambda: summaries(dunst) == ["Time to stretch"], WINDOW_S, "dunst to show it")
    assert dunst.shown()[0]["body"] == "Roll your shoulders"
    assert dunst.count("displayed") == 1
    dunst.ctl("close-all")
    wait_for(lambda: dunst.count("history") == 1, WINDOW_S, "the notification in the history")
    assert dunst.history()[0]["summary"] == "Time to stretch"


def test_do_not_disturb_holds_notifications_until_it_ends(x_desktop: MakeDesktop) -> None:
    desk = x_desktop()
    dunst = Dunst(desk)
    dunst.set_do_not_disturb(True)
    assert notify_send(desk, "Held back").returncode == 0
    wait_for(lambda: dunst.count("waiting") == 1, WINDOW_S, "dunst to hold the notification")
    assert summaries(dunst) == [] and dunst.count("displayed") == 0
    dunst.set_do_not_disturb(False)
    wait_for(lambda: summaries(dunst) == ["Held back"], WINDOW_S, "the held notification")


def test_an_action_chosen_in_dunst_reaches_the_sender(x_desktop: MakeDesktop) -> None:
    desk = x_desktop()
    dunst = Dunst(desk)
    sender = subprocess.Popen(
        ["notify-send", "--wait", "-A", "now=Start now", "-A", "later=In 5 min", "Break soon"],
        env=desk.env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: summaries(dunst) == ["Break soon"], WINDOW_S, "the notification")
        dunst.choose_action("In 5 min")
        out, _ = sender.communicate(timeout=WINDOW_S)
    finally:
        if sender.poll() is None:
            sender.kill()
            sender.communicate()
    assert out.strip() == "later"
