"""Issue 15: the tray menu as plasmashell itself reads it. Its system tray fetches the menu
(com.canonical.dbusmenu.GetLayout) as soon as the icon registers; the labels in the app's
answer to plasmashell are what Plasma shows. The item once read "About _& safety…" there.
Run by `bash tests/e2e/gnome-kde.sh`, like test_gnome_kde.py."""

from __future__ import annotations

import re

import pytest

from .processes import START_S, WINDOW_S, bus_call, wait_for
from .test_gnome_kde import MakeShell, shell, welcome_seen

__all__ = ["shell"]  # the fixture, for pytest
pytestmark = [pytest.mark.e2e, pytest.mark.shells]

LABEL = re.compile(r'string "label"\s+variant\s+string "([^"]*)"')


def answers_to(log: str, plasma: str) -> list[str]:
    """The labels in every method return sent to `plasma` (its unique bus name)."""
    labels: list[str] = []
    for message in re.split(r"\n(?=\S)", log):
        if message.startswith("method return") and f"destination={plasma} " in message:
            labels += LABEL.findall(message)
    return labels


def test_kde_plasmashell_reads_the_tray_menu_with_its_ampersand(shell: MakeShell) -> None:
    session = shell("kde")
    welcome_seen(session)
    session.procs.start("dbus-monitor-all", ["dbus-monitor", "--session"], session.env)
    session.start_tray_watcher()
    session.start_app_and_wait()
    wait_for(lambda: session.status_json()["tray"] is True, START_S, "the icon in plasmashell")
    owner = bus_call(
        session.env,
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.GetNameOwner",
        "string:org.kde.plasmashell",
    )
    plasma = owner[-1]
    labels = wait_for(
        lambda: answers_to(session.procs.log("dbus-monitor-all"), plasma),
        WINDOW_S,
        "plasmashell to read the menu",
    )
    about = next(label for label in labels if "safety" in label)
    assert "_&" not in about and about.replace("_", "", 1) == "About & safety…", labels
    assert "Take a break now" in labels and "Quit" in labels
