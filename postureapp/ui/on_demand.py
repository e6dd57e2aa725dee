"""What the app makes only when asked: its own palette, a message box, the movement reminder.

Importing ui.theme builds its fonts, palettes and metrics types (about 0.9 MiB), and a
QMessageBox brings its own share of QtWidgets' code; with the desktop's colours (the default)
and no message to show, a tray app needs neither all day. tests/unit/test_startup_imports.py
keeps them out of the start-up path.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from postureapp.core.exercises import Exercise, movement_reminder


def apply_colour_scheme(choice: str) -> None:
    """The app's own light or dark palette; "system" leaves the desktop's. ui.theme is imported
    when a window of the family is first made, or here when the setting asks for a palette."""
    if choice != "system":
        from postureapp.ui import theme

        theme.apply_colour_scheme(choice)


def show_message(text: str, shown: list[QWidget]) -> None:
    """A message that does not block the event loop; kept in `shown` until it is closed."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "postureapp", text)
    box.setModal(False)
    box.finished.connect(lambda _result, b=box: shown.remove(b))
    shown.append(box)
    box.show()


def movement_reminder_break(seconds: int) -> Exercise:
    """The break shown while exercise breaks are paused for safety: stand up and move."""
    from postureapp.core import safety

    return movement_reminder(
        QApplication.translate("safety", "Stand up and move"),
        QApplication.translate("safety", safety.PAUSED_BREAK_TEXT),
        seconds,
    )
