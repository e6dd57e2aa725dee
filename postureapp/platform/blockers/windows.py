"""Blockers on Windows: full screen and presentation mode, and a call (the privacy "in use" records).

Focus Assist (do-not-disturb) has no public API and is not detected.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from typing import Protocol

#: QUNS_BUSY (a full-screen app), QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE.
FULLSCREEN_NOTIFICATION_STATES = frozenset({2, 3, 4})


def windows_fullscreen() -> bool:
    if sys.platform != "win32":
        return False
    state = ctypes.c_int()
    result = ctypes.windll.shell32.SHQueryUserNotificationState(ctypes.byref(state))
    return result == 0 and state.value in FULLSCREEN_NOTIFICATION_STATES


CONSENT_STORE = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"


class Registry(Protocol):
    """Reads HKEY_CURRENT_USER; missing keys and values read as empty and None."""

    def subkeys(self, path: str) -> list[str]: ...

    def value(self, path: str, name: str) -> object: ...


def capture_in_use(registry: Registry) -> bool:
    """Whether an app uses the camera or microphone now: Windows stamps the start of each use
    and leaves the stop time at 0 until it ends (the privacy "in use" indicator)."""
    for capability in ("webcam", "microphone"):
        for key in _app_keys(registry, f"{CONSENT_STORE}\\{capability}"):
            start = registry.value(key, "LastUsedTimeStart")
            stop = registry.value(key, "LastUsedTimeStop")
            if isinstance(start, int) and start > 0 and stop == 0:
                return True
    return False


def _app_keys(registry: Registry, base: str) -> Iterator[str]:
    """Store apps are keys of their own; desktop programs are grouped under NonPackaged."""
    for name in registry.subkeys(base):
        key = f"{base}\\{name}"
        if name == "NonPackaged":
            yield from (f"{key}\\{child}" for child in registry.subkeys(key))
        else:
            yield key


class WindowsRegistry:
    """Registry over winreg, on Windows only."""

    def subkeys(self, path: str) -> list[str]:
        if sys.platform != "win32":
            return []
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                count = winreg.QueryInfoKey(key)[0]
                return [winreg.EnumKey(key, index) for index in range(count)]
        except OSError:
            return []

    def value(self, path: str, name: str) -> object:
        if sys.platform != "win32":
            return None
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                return winreg.QueryValueEx(key, name)[0]
        except OSError:
            return None


def windows_capture_in_use() -> bool:
    return capture_in_use(WindowsRegistry())
