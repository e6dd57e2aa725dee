"""The issue's "done" as a new user does it, in one go: import a year of data, pick the last
quarter, look at the per-exercise and stiffness charts, export, and save the report.

The year is docs/screenshots/synthetic.py's made-up desk worker (the README's screenshots and
example report come from it too).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.core.history import BreakLog, format_json
from postureapp.ui.history_exercises import Column
from postureapp.ui.history_window import HistoryWindow

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 18, 0, tzinfo=timezone(timedelta(hours=1)))
SYNTHETIC = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "synthetic.py"


def synthetic() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synthetic", SYNTHETIC)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def click_tab(window: HistoryWindow, index: int) -> None:
    bar = window.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_year_imported_the_last_quarter_looked_at_exported_and_reported(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    breaks, checkins = synthetic().build(TODAY)
    year = tmp_path / "old laptop.json"
    year.write_text(format_json(breaks, checkins), encoding="utf-8")
    log, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=NOW)
    titles = {"chin-tuck": "Chin tuck", "seated-twist": "Seated twist"}
    window = HistoryWindow(log, FakeClock(NOW), 4, exercise_titles=titles, version="1.0")
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.empty_page

    # Import a year.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(year), ""))
    QTest.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status.text() == "Imported old laptop.json", timeout=20000)
    assert window.message.text() == (
        f"added {len(breaks)}, already present 0\n"
        f"check-ins: added {len(checkins)}, already present 0"
    )

    # The last quarter: weekly bars, the stiffness trend, the warning sign of 12 October.
    window.range.presets.setFocus()
    QTest.keyClick(window.range.presets, Qt.Key.Key_Down)
    assert window.range.span.text() == "92 days"  # 28 August to 27 November
    chart = window.chart_view
    assert chart.bar_set.count() == 14 and chart.stiffness.isVisible()
    assert len(chart.stiffness.points()) == 13, "a mean per week rated (one week had none)"
    assert len(chart.warnings.points()) == 1
    assert window.review is not None and window.review.warning_days == (date(2026, 10, 12),)
    done, offered = window.cards.done_card.value.text().split(" of ")
    assert 0 < int(done) < int(offered)

    # Per exercise: the favourite leads, and every outcome has its column.
    click_tab(window, 1)
    assert window.tabs.currentWidget() is window.exercises_panel
    table = window.exercises_panel.sorted
    assert table.rowCount() >= 9
    assert table.data(table.index(0, Column.NAME)) == "Chin tuck"
    assert len(window.exercises_panel.chart_view.names_axis.categories()) == 10

    # Export everything: the check-ins travel with the breaks.
    exported = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(exported), ""))
    QTest.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert window.status.text() == (
        f"wrote {len(breaks)} breaks and {len(checkins)} check-ins to out.csv"
    )
    assert exported.read_text().count("\ncheckin,") == len(checkins)

    # The report of the quarter.
    report = tmp_path / "for my physio.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(report), ""))
    QTest.mouseClick(window.report_button, Qt.MouseButton.LeftButton)
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(report), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "28 August 2026 to 27 November 2026 (92 days)" in text
    assert "Breaks per week" in text
    assert "Sharp pain between the shoulder blades when turning; stopped." in text
    assert "Tingling in the left hand" not in text, "March is outside the quarter"
    log.close()
