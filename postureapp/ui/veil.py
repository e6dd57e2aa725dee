"""A dark veil over the other screens during a long break, so the eyes rest on the break.

The veil must never hide the break. It covers only screens that share no pixel with the
break window's screen (a mirrored or overlapping monitor gets none), never takes the keyboard
or a click, and is not used where the window system ignores where a window goes or that it
lets clicks through (Wayland, tiling window managers): there a veil could land on the break.
A veil that is not where it was put once it is on screen is taken away again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: How soon after showing a veil to check that it is where it was put.
CHECK_MS = 300


def screens_to_dim(own: QRect, screens: list[QRect]) -> list[QRect]:
    """The screens to veil: each one that shares no pixel with `own` (the break's screen)."""
    return [screen for screen in screens if not screen.intersects(own)]


class _Dim(QWidget):
    """A dark veil over one screen; it lets every click and key through."""

    def __init__(self, area: QRect, owner: QWidget) -> None:
        # A separate top-level window, owned by the break window so that it goes with it.
        super().__init__(
            owner,
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.Tool
            | Qt.WindowType.WindowDoesNotAcceptFocus
            | Qt.WindowType.WindowTransparentForInput,
        )
        self.setObjectName("veil")
        self.area = QRect(area)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("background: black;")
        self.setWindowOpacity(0.55)
        self.setGeometry(area)


def dim_other_screens(window: QWidget, *, placement_honoured: bool = True) -> list[QWidget]:
    """Dim the screens apart from the break window's while a long break runs; undone when it
    closes. Returns the veils shown (none where a veil could hide the break)."""
    if not placement_honoured or QGuiApplication.platformName().startswith("wayland"):
        return []
    own_screen = window.screen()
    if own_screen is None:
        return []
    own = own_screen.geometry()
    others = [s.geometry() for s in QGuiApplication.screens() if s is not own_screen]
    veils: list[QWidget] = []
    for area in screens_to_dim(own, others):
        veil = _Dim(area, window)
        veil.show()
        veils.append(veil)
    skipped = len(others) - len(veils)
    if skipped:
        log.info("no veil on %d screen(s) that share pixels with the break's", skipped)

    def check() -> None:
        for veil in veils:
            if veil.isVisible() and veil.frameGeometry().intersects(own):
                log.warning("a veil landed on the break's screen; taken away")
                veil.close()

    if veils:
        QTimer.singleShot(CHECK_MS, window, check)
    return veils
