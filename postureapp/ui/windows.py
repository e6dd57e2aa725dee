"""One window of each kind at a time: asking again brings the open one forward."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
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


class WindowKeeper(QObject):
    """Keeps a reference to each open window under a key (a window nobody holds is collected).

    A window is deleted when it closes, and forgotten then: a check-in popup a day, or a
    settings dialog opened a hundred times, leaves nothing behind. `fixed_size`: the windows
    are dialogs of one size (see `fix_size`).
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
