"""The quiet notice before a break: start it now, or postpone it, without taking the keyboard."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from postureapp.core.clock import Clock
from postureapp.core.posture.baseline import LABELS
from postureapp.core.session import Countdown
from postureapp.core.terms import BreakKind
from postureapp.ui import theme
from postureapp.ui.icons import icon
from postureapp.ui.placement import place


def early_for(slouch: str) -> str:
    """Why the break comes early: the slouch the camera saw (the notice, or its notification)."""
    return QCoreApplication.translate(
        "NoticePopup",
        "It comes early: the camera has seen a slouch for a while ({0}). Its exercise answers that.",
    ).format(QCoreApplication.translate("posture", LABELS.get(slouch, slouch)))


class NoticePopup(QWidget):
    """A small corner card that counts down to the break and then goes away by itself.

    It never takes the keyboard: it is only clicked.

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
        slouch: str | None = None,
    ) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("postureapp — break coming"))
        self.setObjectName("NoticePopup")
        self._countdown = countdown
        self._clock = clock
        self._what = self.tr("A long break") if kind == BreakKind.LONG else self.tr("A short break")
        palette = self.palette()
        card = QFrame()
        card.setObjectName("noticeCard")
        card.setStyleSheet(
            f"#noticeCard {{ background: {theme.card(palette).name()};"
            f" border: 1px solid {palette.mid().color().name()}; border-radius: 12px; }}"
        )
        logo = QLabel()
        logo.setPixmap(icon("due").pixmap(36, 36))
        logo.setAccessibleName(self.tr("postureapp"))
        self.headline = QLabel()
        self.headline.setFont(theme.font(self.headline.font(), "lead", bold=True))
        self.headline.setAccessibleDescription(self.tr("Break coming"))
        self.detail = QLabel(
            self.tr("Finish your thought; the break starts when this counts down.")
            if slouch is None
            else early_for(slouch)
        )
        self.detail.setWordWrap(True)
        theme.colour_text(self.detail, theme.muted(palette))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.headline)
        texts.addWidget(self.detail)
        top = QHBoxLayout()
        top.setSpacing(theme.MEDIUM)
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(texts, 1)

        self.start_button = QPushButton(self.tr("Start now"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(self.tr("Start now"))
        self.start_button.setAccessibleDescription(self.tr("Start the break now"))
        self.start_button.clicked.connect(self._start)
        self.postpone_button = QPushButton(self.tr("In {0} min").format(snooze_minutes))
        self.postpone_button.setAccessibleName(self.tr("In {0} min").format(snooze_minutes))
        self.postpone_button.setAccessibleDescription(
            self.tr("Postpone the break by {0} minutes").format(snooze_minutes)
        )
        self.postpone_button.setEnabled(can_postpone)
        if not can_postpone:
            self.postpone_button.setToolTip(self.tr("It cannot be postponed again."))
        self.postpone_button.clicked.connect(self._postpone)
        for button in (self.start_button, self.postpone_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.postpone_button)
        buttons.addWidget(self.start_button)

        inside = QVBoxLayout(card)
        inside.setContentsMargins(theme.LARGE, theme.MEDIUM, theme.LARGE, theme.MEDIUM)
        inside.setSpacing(theme.MEDIUM)
        inside.addLayout(top)
        inside.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)
        self.setFixedWidth(360)
        theme.polish(self)
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
        """Bottom-right of the screen with the mouse, where tray notices usually appear."""
        self.adjustSize()
        place(self, "corner")
        self.show()
        self._timer.start()
