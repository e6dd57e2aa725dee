"""The user's commands as QActions, shared by the tray menu and the status window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


class AppActions(QObject):
    """One QAction per command; the composition root connects them.

    Signals:
        pause_requested(spec): '30m', '1h' or 'until-tomorrow'.
    """

    pause_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.break_now = QAction(self.tr("Take a break now"), self)
        self.pause_30 = QAction(self.tr("30 minutes"), self)
        self.pause_60 = QAction(self.tr("1 hour"), self)
        self.pause_tomorrow = QAction(self.tr("Until tomorrow"), self)
        self.resume = QAction(self.tr("Resume"), self)
        self.resume_exercises = QAction(self.tr("Resume exercise breaks…"), self)
        self.resume_exercises.setVisible(False)
        self.settings = QAction(self.tr("Settings…"), self)
        self.history = QAction(self.tr("History…"), self)
        self.exercises = QAction(self.tr("Exercises…"), self)
        self.about = QAction(self.tr("About && safety…"), self)
        self.quit = QAction(self.tr("Quit"), self)
        self.pause_30.triggered.connect(lambda: self.pause_requested.emit("30m"))
        self.pause_60.triggered.connect(lambda: self.pause_requested.emit("1h"))
        self.pause_tomorrow.triggered.connect(lambda: self.pause_requested.emit("until-tomorrow"))
        self.resume.setEnabled(False)

    @property
    def pause_actions(self) -> tuple[QAction, ...]:
        return (self.pause_30, self.pause_60, self.pause_tomorrow)

    def set_paused(self, paused: bool) -> None:
        self.resume.setEnabled(paused)

    def set_exercises_paused(self, paused: bool) -> None:
        """While exercise breaks are paused for safety, the menu offers to resume them."""
        self.resume_exercises.setVisible(paused)

    def build_menu(self) -> QMenu:
        menu = QMenu()
        menu.addAction(self.break_now)
        pause_menu = menu.addMenu(self.tr("Pause"))
        for action in self.pause_actions:
            pause_menu.addAction(action)
        menu.addAction(self.resume)
        menu.addAction(self.resume_exercises)
        menu.addSeparator()
        menu.addAction(self.settings)
        menu.addAction(self.history)
        menu.addAction(self.exercises)
        menu.addAction(self.about)
        menu.addSeparator()
        menu.addAction(self.quit)
        return menu
