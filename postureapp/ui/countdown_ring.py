"""The step's countdown as large digits inside a ring that empties as the step goes by.

Read from across the desk: the digits are the largest text in the window, and the ring shows
at a glance how much of the step is left.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from postureapp.ui import theme

RING_WIDTH = 9


class CountdownRing(QWidget):
    """Shows `text` (e.g. 0:14) inside a ring filled to `fraction` (1.0 = the whole step left)."""

    def __init__(self, diameter: int = 132, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._fraction = 1.0
        self._diameter = diameter
        self.setFixedSize(QSize(diameter, diameter))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFont(theme.font(self.font(), "display", bold=True))

    def text(self) -> str:
        return self._text

    @property
    def fraction(self) -> float:
        return self._fraction

    def set_time(self, text: str, fraction_left: float) -> None:
        fraction = min(max(fraction_left, 0.0), 1.0)
        if text == self._text and abs(fraction - self._fraction) < 0.002:
            return
        if text != self._text:
            self.setAccessibleName(text)
        self._text, self._fraction = text, fraction
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = RING_WIDTH / 2 + 1
        box = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        track = QColor(theme.accent(palette))
        track.setAlphaF(0.16)
        pen = QPen(track, RING_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(box)
        if self._fraction > 0:
            pen.setColor(theme.accent(palette))
            painter.setPen(pen)
            # Qt's angles are sixteenths of a degree, counter-clockwise from three o'clock.
            painter.drawArc(box, 90 * 16, int(-360 * 16 * self._fraction))
        painter.setPen(palette.windowText().color())
        painter.setFont(self.font())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
