"""One window of each kind at a time: asking again brings the open one forward."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QWidget


def bring_forward(widget: QWidget) -> None:
    """Show `widget` and raise it; a window with its own `present()` places itself."""
    present = getattr(widget, "present", None)
    if callable(present):
        present()
        return
    widget.show()
    widget.raise_()
    widget.activateWindow()


def fix_size(widget: QWidget) -> None:
    """Give a dialog the size it asks for, fixed: tiling window managers (sway, i3) float a
    window whose size cannot change, instead of stretching it over a whole screen."""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_Resized):
        widget.adjustSize()  # no size of its own: the one its layout asks for
    widget.setFixedSize(widget.size().expandedTo(widget.minimumSizeHint()))


# Windows the user may resize, opened floating by tiling window managers (sway, i3).
#
# sway floats a Wayland window that has a parent or a minimum size equal to its maximum, and i3
# an X11 window whose size hints are fixed; both decide once, when the window is mapped, and keep
# a floating window floating. So a window opens at one fixed size and, once it has been painted
# (its first frame, which maps it, has gone to the compositor), gets its own limits back: the
# user can resize it, and stacking window managers see no difference. No window rule is needed.

#: How long after the first paint the limits come back: the first frame is sent while the
#: paint is handled, and the compositor has decided by the time it has been delivered.
RELEASE_MS = 400


class _Release(QObject):
    def __init__(self, widget: QWidget, minimum: QSize, maximum: QSize) -> None:
        super().__init__(widget)
        self._minimum, self._maximum = minimum, maximum

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(RELEASE_MS, self.release)
        return False

    def release(self) -> None:
        widget = self.parent()
        assert isinstance(widget, QWidget)
        widget.setMinimumSize(self._minimum)
        widget.setMaximumSize(self._maximum)
        self.deleteLater()


def open_floating(widget: QWidget) -> None:
    """Fix `widget`'s size until its first frame is on screen, then restore its limits. Call
    it before the widget is first shown."""
    minimum, maximum = widget.minimumSize(), widget.maximumSize()
    fix_size(widget)
    widget.installEventFilter(_Release(widget, minimum, maximum))


class WindowKeeper(QObject):
    """Keeps a reference to each open window under a key (a window nobody holds is collected).

    A window is deleted when it closes, and forgotten then: a check-in popup a day, or a
    settings dialog opened a hundred times, leaves nothing behind. `fixed_size`: the windows
    are dialogs of one size (see `fix_size`); otherwise they open floating in tiling window
    managers and stay resizable (see `open_floating`).
    """

    def __init__(self, parent: QObject | None = None, *, fixed_size: bool = False) -> None:
        super().__init__(parent)
        self._open: dict[str, QWidget] = {}
        self._fixed_size = fixed_size
        self._made = 0
        self._serial: dict[str, int] = {}

    def get(self, key: str) -> QWidget | None:
        return self._open.get(key)

    def show(self, key: str, make: Callable[[], QWidget], *, replace: bool = False) -> QWidget:
        """Bring the window under `key` forward, made with `make` when there is none yet.

        `replace` closes an open one first (its content is out of date).
        """
        widget = self._open.get(key)
        if widget is not None and replace:
            widget.close()
            widget = None
        if widget is None:
            widget = make()
            if self._fixed_size:
                fix_size(widget)
            else:
                open_floating(widget)
            widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._made += 1
            self._open[key], self._serial[key] = widget, self._made
            # Only numbers in the slot: one holding the widget would keep it alive forever.
            widget.destroyed.connect(lambda *_, k=key, n=self._made: self._forget(k, n))
        bring_forward(widget)
        return widget

    def _forget(self, key: str, serial: int) -> None:
        if self._serial.get(key) == serial:
            del self._open[key], self._serial[key]

    def close_all(self) -> None:
        for widget in list(self._open.values()):
            widget.close()
