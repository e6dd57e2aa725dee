"""The status window, made the first time it is shown.

With a tray icon, most days nobody opens the status window, and even unshown a widget costs its
child widgets, fonts and style. LazyStatusWindow keeps what the window would show (the next
break, the pause for safety, whether there is a tray), makes the window on first use, and
passes everything on from then on. It has the window's own methods, so the app does not care
which it holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from postureapp.ui.actions import AppActions

if TYPE_CHECKING:
    from postureapp.ui.status_window import StatusWindow


class LazyStatusWindow:
    def __init__(self, actions: AppActions) -> None:
        self._actions = actions
        self._window: StatusWindow | None = None
        self._tray_available = True
        self._headline = ""
        self._paused = False
        self._camera = False

    @property
    def made(self) -> bool:
        return self._window is not None

    @property
    def window(self) -> StatusWindow:
        """The window itself, made now if it has not been."""
        if self._window is None:
            from postureapp.ui.status_window import StatusWindow

            window = StatusWindow(self._actions)
            window.tray_available = self._tray_available
            window.set_status(self._headline)
            window.set_exercises_paused(self._paused)
            window.set_camera(self._camera)
            self._window = window
        return self._window

    @property
    def tray_available(self) -> bool:
        return self._tray_available

    @tray_available.setter
    def tray_available(self, available: bool) -> None:
        self._tray_available = available
        if self._window is not None:
            self._window.tray_available = available

    def set_status(self, headline: str) -> None:
        self._headline = headline
        if self._window is not None:
            self._window.set_status(headline)

    def set_exercises_paused(self, paused: bool) -> None:
        self._paused = paused
        if self._window is not None:
            self._window.set_exercises_paused(paused)

    def set_camera(self, on: bool) -> None:
        """Posture sensing has the camera on (or off again): the window shows it when made."""
        self._camera = on
        if self._window is not None:
            self._window.set_camera(on)

    def stand_in_for_tray(self) -> None:
        """No tray shows the icon: the window is made and shown, and says so."""
        self._tray_available = False
        self.window.stand_in_for_tray()

    def tray_back(self) -> None:
        """A tray shows the icon (again): a window that stood in for it goes; none is made."""
        self._tray_available = True
        if self._window is not None:
            self._window.tray_back()

    def show_note(self, text: str) -> None:
        self.window.show_note(text)

    def present(self) -> None:
        self.window.present()

    def close(self) -> None:
        if self._window is not None:
            self._window.close()
