"""A new user's first look at the history: the empty page's words are all readable, also with
the larger text some desktops use (under Xvfb its lines were cut at the top and bottom)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_history_window import log, open_window  # noqa: F401 (fixtures)

from postureapp.core.history import BreakLog


@pytest.fixture
def larger_text(qapp: QApplication) -> Iterator[None]:
    before = qapp.font()
    font = qapp.font()
    font.setPointSizeF(13)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


def test_the_empty_page_shows_every_line_of_its_text(
    qtbot: QtBot,
    log: BreakLog,  # noqa: F811
    larger_text: None,
) -> None:
    window = open_window(qtbot, log)
    qtbot.waitExposed(window)
    text = window.empty_text
    assert window.pages.currentWidget() is window.empty_page and text.isVisible()
    assert text.height() >= text.heightForWidth(text.width()), "no line cut at top or bottom"
    assert "Import" in text.text() and "first break" in text.text()
