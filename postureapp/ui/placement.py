"""Putting a window where it belongs, inside the screen, frame included.

Qt knows a window's frame (the title bar a window manager adds) only once the window is on
screen, so the window is placed by an estimate first and moved again, once, when the frame is
known. Under Wayland a client cannot place itself; the compositor decides, and this does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: Distance from the screen's edge for windows placed in a corner.
MARGIN = 16
#: A title bar, before the window manager says how tall its own is.
FRAME_GUESS = 32


def cursor_screen() -> QScreen:
    """The screen with the mouse: where the user is looking."""
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def _spot(area: QRect, frame: QRect, where: str) -> QPoint:
    if where == "corner":
        return QPoint(
            area.right() - frame.width() - MARGIN, area.bottom() - frame.height() - MARGIN
        )
    return QPoint(
        area.left() + (area.width() - frame.width()) // 2,
        area.top() + (area.height() - frame.height()) // 2,
    )


def inside(frame: QRect, area: QRect) -> QPoint:
    """The top-left that moves `frame` the least to lie inside `area` (top-left wins if too big)."""
    x = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    return QPoint(max(x, area.left()), max(y, area.top()))


def _frame_of(widget: QWidget) -> QRect:
    frame = widget.frameGeometry()
    if frame.size() == widget.geometry().size() and widget.windowHandle() is None:
        frame.setHeight(frame.height() + FRAME_GUESS)  # not shown yet: guess a title bar
    return frame


def place(widget: QWidget, where: str = "center", screen: QScreen | None = None) -> None:
    """Show `widget` centred ("center") or in the bottom-right corner ("corner") of `screen`
    (the one with the mouse by default), wholly inside its available area."""
    if QGuiApplication.platformName().startswith("wayland"):
        return
    area = (screen or cursor_screen()).availableGeometry()
    frame = _frame_of(widget)
    frame.moveTopLeft(_spot(area, frame, where))
    widget.move(inside(frame, area))  # a top-level window's pos() is its frame's

    def settle() -> None:
        """Once the window manager has framed the window: nudge it back inside if needed."""
        if not widget.isVisible():
            return
        real = widget.frameGeometry()
        wanted = QRect(real)
        wanted.moveTopLeft(_spot(area, real, where))
        target = inside(wanted, area)
        if target != real.topLeft():
            widget.move(target)

    QTimer.singleShot(150, widget, settle)
