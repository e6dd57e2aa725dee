"""The user's commands as QActions, shared by the tray menu and the status window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def plain_text(text: str) -> str:
    """A Qt label without its mnemonic marks: "&&" is a literal "&", a single "&" marks a key."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def dbus_label(text: str) -> str:
    """A Qt label made ready for a tray menu that goes over D-Bus (dbusmenu).

    dbusmenu marks the access key with "_" ("__" is a literal underscore) and takes "&" as it is.
    Qt turns the first "&" of a label into "_" on the way, whatever follows it, so "About &&
    safety" would arrive as "About _& safety". So the label goes without Qt's marks, and one that
    holds a literal "&" gets a leading "&", which Qt turns into the mark of its first letter.
    """
    plain = plain_text(text).replace("_", "__")
    return f"&{plain}" if "&" in plain else plain


class Mirror(QAction):
    """A menu entry that stands for another action under a D-Bus label, and follows it."""

    def __init__(self, action: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self._action = action
        action.changed.connect(self.sync)
        self.triggered.connect(action.trigger)
        self.sync()

    def sync(self) -> None:
        self.setText(dbus_label(self._action.text()))
        self.setEnabled(self._action.isEnabled())
        self.setVisible(self._action.isVisible())


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

    def build_menu(self, *, dbus: bool = False) -> QMenu:
        """The tray menu; `dbus`: it goes over D-Bus, with labels escaped for dbusmenu."""
        menu = QMenu()

        def entry(action: QAction, into: QMenu = menu) -> None:
            into.addAction(Mirror(action, into) if dbus else action)

        entry(self.break_now)
        pause_title = self.tr("Pause")
        pause_menu = menu.addMenu(dbus_label(pause_title) if dbus else pause_title)
        for action in self.pause_actions:
            entry(action, pause_menu)
        entry(self.resume)
        entry(self.resume_exercises)
        menu.addSeparator()
        entry(self.settings)
        entry(self.history)
        entry(self.exercises)
        entry(self.about)
        menu.addSeparator()
        entry(self.quit)
        return menu
