"""A small window with the tray's actions: for desktops without a system tray, and `show`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from postureapp.ui.actions import AppActions
from postureapp.ui.icons import icon


def _button(action: QAction) -> QPushButton:
    button = QPushButton(action.text())
    button.setAccessibleName(action.text().replace("&&", "&"))
    button.clicked.connect(action.trigger)
    button.setEnabled(action.isEnabled())
    action.enabledChanged.connect(button.setEnabled)
    return button


class StatusWindow(QWidget):
    """Next break, pause state and every command, as buttons.

    Closing it only hides it while a tray icon exists; without a tray it minimises instead, so
    the app never vanishes from the screen while it runs.
    """

    def __init__(self, actions: AppActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tray_available = True
        self.setWindowTitle(self.tr("postureapp"))
        self.setWindowIcon(icon("normal"))
        self.headline = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setAccessibleName(self.tr("Next break"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.note.setAccessibleName(self.tr("Note"))

        grid = QGridLayout()
        grid.addWidget(_button(actions.break_now), 0, 0, 1, 3)
        pause_label = QLabel(self.tr("Pause for:"))
        grid.addWidget(pause_label, 1, 0, 1, 3)
        for column, action in enumerate(actions.pause_actions):
            grid.addWidget(_button(action), 2, column)
        grid.addWidget(_button(actions.resume), 3, 0, 1, 3)
        grid.addWidget(_button(actions.settings), 4, 0)
        grid.addWidget(_button(actions.history), 4, 1)
        grid.addWidget(_button(actions.about), 4, 2)
        grid.addWidget(_button(actions.quit), 5, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        self.setMinimumWidth(420)

    def set_status(self, headline: str) -> None:
        self.headline.setText(headline)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)

    def present(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray_available:
            super().closeEvent(event)
            return
        event.ignore()
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMinimized)
