"""A dark veil over the other screens during a long break, so the eyes rest on the break."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


class _Dim(QWidget):
    """A dark veil over one screen during a long break."""

    def __init__(self, screen: QScreen, owner: QWidget) -> None:
        # A separate top-level window, owned by the break window so that it goes with it.
        super().__init__(owner, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Tool)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("background: black;")
        self.setWindowOpacity(0.55)
        self.setGeometry(screen.geometry())


def dim_other_screens(window: QWidget) -> None:
    """Dim every screen but the break window's while a long break runs; undone when it closes."""
    own = window.screen()
    for screen in QGuiApplication.screens():
        if screen is own:
            continue
        _Dim(screen, window).show()
