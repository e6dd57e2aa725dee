"""The quiet notice before a break: start it now, or postpone it, without taking the keyboard."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from postureapp.core.clock import Clock
from postureapp.core.session import Countdown
from postureapp.core.terms import BreakKind
from postureapp.ui.icons import icon

MARGIN = 16


class NoticePopup(QWidget):
    """A small corner window that counts down to the break and then goes away by itself.

    Signals:
        start_now(): the user wants the break at once.
        postpone(): the user wants it later (a snooze).
    """

    start_now = Signal()
    postpone = Signal()

    def __init__(
        self,
        kind: str,
        countdown: Countdown,
        clock: Clock,
        *,
        can_postpone: bool,
        snooze_minutes: int,
    ) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("postureapp — break coming"))
        self.setObjectName("NoticePopup")
        self._countdown = countdown
        self._clock = clock
        what = self.tr("A long break") if kind == BreakKind.LONG else self.tr("A short break")
        self.headline = QLabel()
        self.headline.setAccessibleName(self.tr("Break coming"))
        self._what = what
        logo = QLabel()
        logo.setPixmap(icon("due").pixmap(32, 32))
        self.start_button = QPushButton(self.tr("Start now"))
        self.start_button.setAccessibleName(self.tr("Start the break now"))
        self.start_button.clicked.connect(self._start)
        self.postpone_button = QPushButton(self.tr("In {0} min").format(snooze_minutes))
        self.postpone_button.setAccessibleName(
            self.tr("Postpone the break by {0} minutes").format(snooze_minutes)
        )
        self.postpone_button.setEnabled(can_postpone)
        if not can_postpone:
            self.postpone_button.setToolTip(self.tr("It cannot be postponed again."))
        self.postpone_button.clicked.connect(self._postpone)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addWidget(self.headline, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.postpone_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.setMinimumWidth(320)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._tick)
        self._update()

    def _update(self) -> None:
        left = math.ceil(self._countdown.left(self._clock.monotonic()))
        self.headline.setText(self.tr("{0} in {1} s").format(self._what, left))

    def _tick(self) -> None:
        if self._countdown.left(self._clock.monotonic()) <= 0:
            self.close()
            return
        self._update()

    def _start(self) -> None:
        self.start_now.emit()
        self.close()

    def _postpone(self) -> None:
        self.postpone.emit()
        self.close()

    def present(self) -> None:
        """Bottom-right of the screen with the cursor, where tray notices usually appear."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.adjustSize()
        self.move(area.right() - self.width() - MARGIN, area.bottom() - self.height() - MARGIN)
        self.show()
        self._timer.start()
