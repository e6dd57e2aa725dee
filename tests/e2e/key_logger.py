"""A window that writes down every key it gets: the app the user is typing in, for tests of
whether a break window takes the keyboard. Run: python key_logger.py OUT_FILE (Qt, so it runs
on X11 or Wayland as QT_QPA_PLATFORM says)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

TITLE = "e2e typing"


class KeyLogger(QLabel):
    def __init__(self, out: Path) -> None:
        super().__init__("type here")
        self.out = out
        self.setWindowTitle(TITLE)
        self.resize(500, 300)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        with self.out.open("a") as f:
            f.write(event.text())


if __name__ == "__main__":
    app = QApplication(sys.argv)
    app.setDesktopFileName("e2e-typing")
    window = KeyLogger(Path(sys.argv[1]))
    window.show()
    app.exec()
