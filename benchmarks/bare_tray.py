"""The smallest honest PySide6 tray app: the yardstick `run.py` measures postureapp against.

A QApplication, a tray icon drawn in code and a three-item menu, nothing else, so any cost
postureapp adds on top of Qt's own shows up as the ratio between the two.

    python benchmarks/bare_tray.py
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def drawn_icon() -> QIcon:
    """Painted rather than loaded, so no image-format plugin is needed."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2f7d6d"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 28, 28)
    painter.end()
    return QIcon(pixmap)


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    menu = QMenu()
    menu.addAction("Take a break now")
    menu.addAction("Pause")
    menu.addAction("Quit", app.quit)
    tray = QSystemTrayIcon(drawn_icon())
    tray.setContextMenu(menu)
    tray.setToolTip("bare tray")
    tray.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
