"""The window's export takes its format from the file name the user typed, as the command does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from test_history_window import NOW, add, open_window

from postureapp.core.history import BreakLog, Outcome

CSV_FILTER = "CSV (*.csv)"


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[BreakLog]:
    """Twenty breaks over the last days."""
    log, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=NOW)
    for days_ago in range(4):
        add(log, days_ago, Outcome.COMPLETED, ("chin-tuck",), times=5)
    yield log
    log.close()


def export_as(
    qtbot: QtBot, log: BreakLog, monkeypatch: pytest.MonkeyPatch, name: Path, chosen: str
) -> tuple[str, list[str]]:
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(name), chosen))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    window = open_window(qtbot, log)
    QTest.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    return window.status.text(), warnings


def test_a_json_name_is_written_as_json_whatever_filter_is_chosen(
    qtbot: QtBot, filled: BreakLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, warnings = export_as(
        qtbot, filled, monkeypatch, tmp_path / "out" / "mine.JSON", CSV_FILTER
    )
    assert warnings == []
    assert json.loads((tmp_path / "out" / "mine.JSON").read_text())["format"] == "postureapp-breaks"
    assert status == "wrote 20 breaks and 0 check-ins to mine.JSON"


def test_a_name_without_extension_gets_the_filter_s(
    qtbot: QtBot, filled: BreakLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _ = export_as(qtbot, filled, monkeypatch, tmp_path / "out" / "mine", CSV_FILTER)
    assert (tmp_path / "out" / "mine.csv").read_text().startswith("record,id,uid")
    assert status.endswith("to mine.csv")


def test_an_unknown_extension_is_refused_and_nothing_is_written(
    qtbot: QtBot, filled: BreakLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, warnings = export_as(
        qtbot, filled, monkeypatch, tmp_path / "out" / "mine.txt", CSV_FILTER
    )
    assert warnings == ["cannot tell the format from mine.txt: name the file .csv or .json"]
    assert list((tmp_path / "out").glob("*")) == []
    assert status == ""
