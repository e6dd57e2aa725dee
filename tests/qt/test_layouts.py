"""Layouts that survive translation: every window in a stretched language and right to left.

Each mode runs tests/qt/layout_probe.py in its own process (it changes the locale, the layout
direction and the translator for good) on a 1366×768 screen. The probe also records every
(context, text) Qt asked a translator for; each must be in our catalogues under that very context,
or no translation would ever be found for it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "qt" / "layout_probe.py"
sys.path.insert(0, str(PROBE.parent))
import layout_probe  # noqa: E402
from layout_probe_exercises import NAMES  # noqa: E402

from postureapp.core.i18n import SHIPPED  # noqa: E402

#: What every run must have opened.
WINDOWS = {
    "status window", "settings, page 1", "settings, page 2", "settings, page 3",
    "settings, page 4", "settings, page 5", "history", "history, exercises, from–to",
    "history, body areas", "history, check-ins", "history, breaks", "about & safety",
    "about cracking", "add a calendar",
    "welcome", "check-in", "after it hurt", "safety pause", "resume exercise breaks",
    "see a physical therapist", "notice", "short break", "short break, a step later",
    "short break's cautions", "long break", "long break, a step later", "long break's cautions",
    "stand up and move", "status window without a tray", "a message", *NAMES,
}  # fmt: skip


def catalogue() -> set[tuple[str, str]]:
    """(context, source) of every message in the German catalogue (all languages share them)."""
    root = ET.parse(ROOT / "translations" / "postureapp_de.ts").getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


#: The stretched language, right to left, and every shipped language as its users see it.
MODES = ["pseudo", "rtl", *SHIPPED]


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:  # type: ignore[type-arg]
    """Every mode's report; two probes at a time (each is a whole app in its own process)."""
    folder = tmp_path_factory.mktemp("probes")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    pending, running, reports = list(MODES), {}, {}
    while pending or running:
        while pending and len(running) < 2:
            mode = pending.pop(0)
            out = folder / f"{mode}.json"
            run_env = {**env, "POSTUREAPP_HOME": str(folder / f"home-{mode}")}
            command = [sys.executable, str(PROBE), mode, str(out)]
            running[mode] = subprocess.Popen(
                command, env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
            )
        mode, process = next(iter(running.items()))
        _out, err = process.communicate(timeout=240)
        del running[mode]
        assert process.returncode == 0, f"{mode}:\n{err[-3000:]}"
        reports[mode] = json.loads((folder / f"{mode}.json").read_text())
    return reports


@pytest.fixture(params=MODES)
def probe(request: pytest.FixtureRequest, probes: dict[str, dict]) -> dict:  # type: ignore[type-arg]
    return probes[request.param]


def test_every_window_opens(probe: dict) -> None:  # type: ignore[type-arg]
    assert set(probe["shown"]) == WINDOWS


def test_no_text_is_clipped_english_or_on_top_of_another(probe: dict) -> None:  # type: ignore[type-arg]
    assert probe["problems"] == [], "\n".join(probe["problems"])


def test_every_string_asked_for_is_in_the_catalogues_under_its_context(probe: dict) -> None:  # type: ignore[type-arg]
    if probe["mode"] not in ("pseudo", "rtl"):
        return  # a real catalogue answers only what it has: the stretched runs see every ask
    known = catalogue()
    ours = [(c, s) for c, s in probe["asked"] if not c.startswith("Q")]
    missing = [f"{c}: {s!r}" for c, s in ours if (c, s) not in known]
    assert len(ours) > 300
    assert not missing, "asked for but not in the catalogues:\n" + "\n".join(missing)


# --- the checks themselves find what they look for ---------------------------------------------


def test_the_checks_see_a_clipped_label_an_overlap_and_english(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 100)
    short = QLabel(layout_probe.stretched("A label far too long for its box"), window)
    short.setGeometry(0, 0, 60, 20)
    box = QCheckBox(layout_probe.stretched("Overlapping"), window)
    box.setGeometry(30, 5, 200, 20)
    button = QPushButton("Plain English", window)
    button.setGeometry(0, 60, 150, 30)
    window.show()
    problems = layout_probe.problems_in(window, "test")
    assert any("QLabel" in p and "clipped" in p for p in problems), problems
    assert any("overlap" in p for p in problems), problems
    assert any("'Plain English' is not translated" in p for p in problems), problems


def test_the_checks_see_an_elided_table_cell_and_a_window_off_the_screen(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["Ŵĥéñ", "Ŵĥåţ"])
    from PySide6.QtWidgets import QTableWidgetItem

    table.setItem(0, 0, QTableWidgetItem("Ŵéđñéšđåý 25.09.2024 23:59 Ŵéđñéš"))
    table.horizontalHeader().resizeSection(0, 40)
    QHBoxLayout(window).addWidget(table)
    window.setGeometry(1300, 700, 400, 200)
    window.show()
    problems = layout_probe.problems_in(window, "test")
    assert any("column 0 cuts" in p for p in problems), problems
    assert any("does not fit a 1366×768 screen" in p for p in problems), problems


def test_the_checks_see_two_buttons_on_one_key_and_english_in_a_real_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    for text in ("&Šåṽé", "&Šķîþ", "Skip this break"):
        row.addWidget(QPushButton(text))
    window.show()
    assert any("Alt+š" in p for p in layout_probe.problems_in(window, "test"))
    monkeypatch.setattr(layout_probe, "STRETCHED", False)
    monkeypatch.setattr(layout_probe, "ENGLISH", {"Skip this break"})
    assert any(
        "'Skip this break' is not translated" in p for p in layout_probe.problems_in(window, "test")
    )


def test_the_stretched_language_keeps_places_markup_and_mnemonics() -> None:
    text = layout_probe.stretched("<b>&Snooze</b> for {0} min &amp; %(prog)s")
    assert text.startswith("<b>&Š") and "</b>" in text
    assert "{0}" in text and "&amp;" in text and "%(prog)s" in text
    plain = "Take a break now"
    assert len(layout_probe.stretched(plain)) >= 1.3 * len(plain)
    assert not layout_probe.english_in(layout_probe.stretched(plain))
