"""The history window's empty page in German, at the size the app opens it: its text shows
every line (a wrapped label, aligned in its layout, was once given 42 pixels for 98)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from test_history_window import log, open_window  # noqa: F401

from postureapp.core.history import BreakLog
from postureapp.ui import language


def test_the_empty_page_shows_all_its_german_lines(
    qtbot: QtBot,
    log: BreakLog,  # noqa: F811
) -> None:
    app = QCoreApplication.instance()
    assert app is not None and language.install(app, ["de_DE", "de"]) == "de"
    try:
        window = open_window(qtbot, log)
        window.resize(1100, 700)
        qtbot.waitUntil(lambda: window.empty_text.width() > 0)
        text = window.empty_text
        assert text.text().startswith("Sobald du deine erste Pause machst")
        assert text.height() >= text.heightForWidth(text.width()), (text.size(), text.sizeHint())
    finally:
        language.remove(app)
