"""LANG=de_DE.UTF-8 gives a German app: the installed command under Xvfb, read by a screen reader.

Every text the app exposes over AT-SPI (names, descriptions, the texts themselves) is compared
with the English of our catalogues: no English sentence may be left where a user looks. Qt's own
buttons come from Qt's German catalogue, the exercise from its German texts.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from .desktops import XDesktop
from .processes import REACT_S, WINDOW_S, wait_for
from .services import AtSpi

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def english_sources() -> set[str]:
    """Every English source that German translates differently (longer than a word or two)."""
    root = ET.parse(ROOT / "translations" / "postureapp_de.ts").getroot()
    out = set()
    for message in root.iter("message"):
        source = (message.findtext("source") or "").replace("&&", "&").replace("&", "")
        german = (message.findtext("translation") or "").replace("&", "")
        if german and german != source and len(source) >= 6 and "{" not in source:
            out.add(source)
    return out


def english_in(atspi: AtSpi, english: set[str]) -> list[str]:
    texts = [part for row in atspi.dump() for part in row[1:] if part]
    return sorted({t for t in texts for s in english if s == t or (len(s) > 24 and s in t)})


def visible_texts(atspi: AtSpi) -> str:
    return "\n".join(part for row in atspi.dump() for part in row[1:] if part)


@pytest.fixture
def german(x_desktop: Callable[..., XDesktop]) -> tuple[XDesktop, AtSpi]:
    desk = x_desktop(wm="openbox", tray="trayer")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        desk.env.pop(name, None)
    desk.env["LANG"] = "de_DE.UTF-8"
    atspi = AtSpi(desk)
    desk.start_app_and_wait()
    return desk, atspi


def test_a_german_session_gets_a_german_app(german: tuple[XDesktop, AtSpi]) -> None:
    desk, atspi = german
    english = english_sources()
    assert len(english) > 400

    # The first start: the welcome and the warning signs.
    wait_for(lambda: desk.windows("Willkommen bei postureapp"), WINDOW_S, "the German welcome")
    wait_for(lambda: atspi.find("Notfall: Hör auf"), REACT_S, "the warning signs in German")
    assert english_in(atspi, english) == []
    assert atspi.press("^Verstanden")
    wait_for(lambda: not desk.windows("Willkommen"), WINDOW_S, "the welcome to close")

    # Settings: our words and Qt's own buttons.
    assert desk.run("open", "settings").returncode == 0
    wait_for(lambda: desk.windows("postureapp — Einstellungen"), WINDOW_S, "German settings")
    wait_for(lambda: atspi.find("^Abbrechen "), REACT_S, "Qt's Cancel in German")
    texts = visible_texts(atspi)
    assert "Auf Standardwerte zurücksetzen" in texts and "Arbeit zwischen Pausen" in texts
    assert "Anwenden" in texts and "Minuten" in texts
    assert english_in(atspi, english) == []
    assert atspi.press("^Abbrechen ")
    wait_for(lambda: not desk.windows("Einstellungen"), WINDOW_S, "the settings to close")

    # A break: the window's words and the exercise's own texts.
    assert desk.run("break-now", "--exercise", "chin-tuck").returncode == 0
    wait_for(lambda: desk.windows("Zeit für eine Pause"), WINDOW_S, "the German break window")
    wait_for(lambda: atspi.find("Kinn zurückziehen"), REACT_S, "the exercise's German title")
    texts = visible_texts(atspi)
    assert "Aufrecht sitzen, Blick geradeaus." in texts, "the step in German"
    assert "Das tut weh" in texts and "Überspringen" in texts, texts
    assert english_in(atspi, english) == []
    assert "Sit tall with your eyes level" not in texts

    # The command line speaks German too, with local times.
    status = desk.run("status")
    assert status.returncode == 0 and "Gerade ist Pause." in status.stdout, status.stdout
    assert desk.run("skip").stdout == "Pause übersprungen.\n"
    wait_for(lambda: not desk.windows("Zeit für eine Pause"), WINDOW_S, "the break to end")
    assert "Nächste kurze Pause um" in desk.run("status").stdout


def test_an_english_session_stays_english(x_desktop: Callable[..., XDesktop]) -> None:
    desk = x_desktop(tray="trayer")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        desk.env.pop(name, None)
    desk.env["LANG"] = "en_GB.UTF-8"
    desk.start_app_and_wait()
    wait_for(lambda: desk.windows("Welcome to postureapp"), WINDOW_S, "the English welcome")
    assert "Next short break at" in desk.run("status").stdout
