"""Shows the safety dialogs when the safety flow asks, and reports what the user answered.

The dialogs themselves (`ui.safety`) load only when one is first shown: most days need none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from postureapp.core.ports import Notifier
from postureapp.ui.windows import WindowKeeper

if TYPE_CHECKING:
    from postureapp.ui.desktop_notices import DesktopCheckIn


class SafetyWindows(QObject):
    """Shows the safety dialogs and reports what the user answered.

    Signals:
        welcomed(): the user acknowledged the welcome.
        answered(feeling, stiffness): a check-in answer (stiffness -1 when not given).
        warning_reported(): "Something else is wrong" in a check-in.
        resume_requested(): the user confirmed that exercise breaks may come back.
        pause_requested(): after a break that hurt, the user chose to pause exercise breaks.
    """

    welcomed = Signal()
    answered = Signal(str, int)
    warning_reported = Signal()
    resume_requested = Signal()
    pause_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows = WindowKeeper(self, fixed_size=True)
        #: Where popups do not behave (Wayland, tiling), the check-in goes as a notification.
        self.notifier: Notifier | None = None
        self._desktop_checkin: DesktopCheckIn | None = None

    def dialog(self, key: str) -> QWidget | None:
        """The open dialog: welcome, about, checkin, pause or suggestion."""
        return self._windows.get(key)

    def show_welcome(self) -> None:
        def make() -> QWidget:
            from postureapp.ui.safety import WelcomeDialog

            dialog = WelcomeDialog()
            dialog.acknowledged.connect(self.welcomed)
            return dialog

        self._windows.show("welcome", make, replace=True)

    def show_about(self, paused: bool = False) -> None:
        from postureapp.ui.safety import AboutSafetyDialog

        def make() -> QWidget:
            dialog = AboutSafetyDialog(paused=paused)
            dialog.resume_requested.connect(lambda: self.confirm_resume())
            return dialog

        self._windows.show("about", make, replace=True)

    def confirm_resume(self, reason: str | None = None) -> None:
        """Ask for the confirmation the pause asked for, before exercise breaks come back."""
        from postureapp.core import safety

        self.show_pause(reason or safety.PAUSED_NOTE)

    def show_hurt(self) -> None:
        def make() -> QWidget:
            from postureapp.ui.safety import HurtDialog

            dialog = HurtDialog()
            dialog.pause_requested.connect(self.pause_requested)
            return dialog

        self._windows.show("hurt", make, replace=True)

    def ask_checkin(self) -> None:
        if self.notifier is not None and self.notifier.available():
            from postureapp.ui.desktop_notices import DesktopCheckIn

            if self._desktop_checkin is not None:
                self._desktop_checkin.close()  # closing twice is harmless
            note = DesktopCheckIn(self.notifier)
            note.answered.connect(self.answered)
            note.more.connect(self.ask_checkin_window)
            self._desktop_checkin = note
            note.present()
            return
        self.ask_checkin_window()

    def ask_checkin_window(self) -> None:
        def make() -> QWidget:
            from postureapp.ui.safety import CheckInPopup

            popup = CheckInPopup()
            popup.answered.connect(self.answered)
            popup.warning_reported.connect(self.warning_reported)
            return popup

        self._windows.show("checkin", make, replace=True)

    def show_pause(self, reason: str) -> None:
        def make() -> QWidget:
            from postureapp.ui.safety import WarningPauseDialog

            dialog = WarningPauseDialog(reason)
            dialog.resume_requested.connect(self.resume_requested)
            return dialog

        self._windows.show("pause", make, replace=True)

    def show_suggestion(self, reason: str) -> None:
        from postureapp.ui.safety import ProfessionalSuggestion

        self._windows.show("suggestion", lambda: ProfessionalSuggestion(reason), replace=True)
