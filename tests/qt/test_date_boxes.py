"""The history window's date boxes read as dates in every locale: ISO 8601 where the C locale
would write '28 08 2026', and the locale's own short date with the whole year elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from postureapp.ui.history_range import RangePicker, qdate


@pytest.fixture
def restore_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("C", "2026-08-28"),
        ("de_DE", "28.08.2026"),
        ("ja_JP", "2026/08/28"),
        ("en_US", "8/28/2026"),
        ("it_IT", "28/08/2026"),
        ("es_ES", "28/8/2026"),
    ],
)
def test_a_date_box_shows_a_readable_date(
    qtbot: QtBot, restore_locale: None, name: str, shown: str
) -> None:
    QLocale.setDefault(QLocale(name))
    picker = RangePicker(date(2026, 9, 1))
    qtbot.addWidget(picker)
    picker.first.setDate(qdate(date(2026, 8, 28)))
    assert picker.first.text() == shown
    assert picker.first.date() == qdate(date(2026, 8, 28))
    picker.last.lineEdit().setText(shown)  # what it shows reads back as the same day
    picker.last.interpretText()
    assert picker.last.date() == qdate(date(2026, 8, 28))
