"""A small window with the tray's actions: for desktops without a system tray, and `show`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postureapp.ui import theme
from postureapp.ui.actions import AppActions
from postureapp.ui.icons import camera_icon, icon
from postureapp.ui.placement import place
from postureapp.ui.windows import fix_size


def _button(action: QAction, *, primary: bool = False) -> QPushButton:
    text = action.text()
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&&", "&"))
    button.setAccessibleDescription(action.toolTip().replace("&&", "&"))
    button.setAutoDefault(False)
    if primary:
        button.setObjectName("primary")
    button.clicked.connect(action.trigger)
    button.setEnabled(action.isEnabled())
    button.setVisible(action.isVisible())
    action.enabledChanged.connect(button.setEnabled)
    action.visibleChanged.connect(lambda: button.setVisible(action.isVisible()))
    return button


def _wayland() -> bool:
    return QApplication.platformName().startswith("wayland")


class StatusWindow(QWidget):
    """Where things stand, what can be done, and (when paused for safety) how to resume.

    Closing it only hides it while a tray icon exists; without a tray it minimises instead, so
    the app never vanishes from the screen while it runs.
    """

    def __init__(self, actions: AppActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tray_available = True
        self._standing_in = False
        self.setWindowTitle(self.tr("postureapp"))
        self.setWindowIcon(icon("normal"))
        palette = self.palette()
        kicker = QLabel(self.tr("POSTUREAPP"))
        kicker.setFont(theme.font(kicker.font(), "small", bold=True))
        theme.colour_text(kicker, theme.accent(palette))
        # The camera-in-use sign, as on the tray icon: on the kicker's line, so that showing it
        # for the second a reading takes never moves the window's contents.
        self.camera_sign = QLabel(self.tr("● The camera is on"))
        self.camera_sign.setFont(theme.font(self.camera_sign.font(), "small", bold=True))
        theme.colour_text(self.camera_sign, theme.warning(palette))
        self.camera_sign.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(kicker)
        top.addStretch(1)
        top.addWidget(self.camera_sign)
        self.headline = QLabel()
        self.headline.setFont(theme.font(self.headline.font(), "lead", bold=True))
        self.headline.setWordWrap(True)
        self.headline.setAccessibleDescription(self.tr("Next break"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.note.setAccessibleDescription(self.tr("Note"))

        self.safety_banner = QFrame()
        self.safety_banner.setObjectName("banner")
        self.safety_banner.setStyleSheet(
            f"#banner {{ border: 1px solid {theme.warning(palette).name()}; border-radius: 10px; }}"
        )
        self.safety_text = QLabel(
            self.tr("Exercise breaks are paused for your safety; breaks only remind you to move.")
        )
        self.safety_text.setWordWrap(True)
        banner = QHBoxLayout(self.safety_banner)
        banner.setContentsMargins(theme.MEDIUM, theme.SMALL, theme.MEDIUM, theme.SMALL)
        banner.addWidget(self.safety_text, 1)
        banner.addWidget(_button(actions.resume_exercises))
        self.safety_banner.setVisible(False)

        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.SMALL)
        grid.setVerticalSpacing(theme.SMALL)
        grid.addWidget(_button(actions.break_now, primary=True), 0, 0, 1, 3)
        pause_label = QLabel(self.tr("Pause for"))
        theme.colour_text(pause_label, theme.muted(palette))
        grid.addWidget(pause_label, 1, 0, 1, 3)
        for column, action in enumerate(actions.pause_actions):
            grid.addWidget(_button(action), 2, column)
        grid.addWidget(_button(actions.resume), 3, 0, 1, 3)
        grid.addWidget(_button(actions.settings), 4, 0)
        grid.addWidget(_button(actions.history), 4, 1)
        grid.addWidget(_button(actions.about), 4, 2)
        grid.addWidget(_button(actions.exercises), 5, 0)
        grid.addWidget(_button(actions.quit), 5, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.XLARGE, theme.LARGE, theme.XLARGE, theme.LARGE)
        layout.setSpacing(theme.MEDIUM)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.note)
        layout.addWidget(self.safety_banner)
        layout.addLayout(grid)
        self.setMinimumWidth(440)
        self.setWindowFlag(Qt.WindowType.Dialog)
        theme.polish(self)

    def set_status(self, headline: str) -> None:
        self.headline.setText(headline)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)

    def hide_note(self) -> None:
        self.note.setVisible(False)

    def stand_in_for_tray(self) -> None:
        """No tray shows the icon: this window is where the app is, and its note says so."""
        self.tray_available = False
        self._standing_in = True
        closing = (
            self.tr("Closing it hides it; run postureapp again to bring it back.")
            if _wayland()
            else self.tr("Closing it only minimises it; use Quit to stop the app.")
        )
        self.show_note(
            self.tr("No system tray shows postureapp's icon, so it runs from this window.")
            + " "
            + closing
        )
        self.present()

    def tray_back(self) -> None:
        """A tray shows the icon (again): the window that stood in for it goes away."""
        self.tray_available = True
        if self._standing_in:
            self._standing_in = False
            self.hide_note()
            self.hide()

    def set_exercises_paused(self, paused: bool) -> None:
        self.safety_banner.setVisible(paused)

    def set_camera(self, on: bool) -> None:
        """While posture sensing has the camera on: the red dot on the window's icon and its
        sign in words, as the tray icon shows them."""
        self.camera_sign.setVisible(on)
        self.setWindowIcon(camera_icon("normal") if on else icon("normal"))

    def present(self) -> None:
        fix_size(self)  # a tiling window manager floats it rather than filling a screen
        if not self.isVisible():
            place(self, "center")
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray_available:
            super().closeEvent(event)
            return
        if _wayland():
            # Wayland has no minimising a client can count on: close it; running postureapp
            # again brings it back, as the note says.
            super().closeEvent(event)
            return
        event.ignore()
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMinimized)
