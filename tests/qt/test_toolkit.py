"""Guards against a Qt binding that would crash a long-running tray app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_do_not_drain_the_refcount_of_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call.

    The break window's countdown makes such calls several times a second, so the app would
    abort with "none_dealloc" within minutes. pyproject.toml keeps PySide6 below 6.12.
    """
    timer, label = QTimer(), QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(20_000):
        timer.start(1000)
        timer.stop()
        label.setText(str(i))
    assert abs(sys.getrefcount(None) - before) < 100
