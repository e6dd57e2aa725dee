"""Idle time on Windows: GetLastInputInfo against GetTickCount."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from postureapp.platform.idle.base import IdleBackend, ReadsAtOnce
from postureapp.platform.x11 import prototype


class LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32))


def idle_ms_from_ticks(now_tick: int, last_input_tick: int) -> int:
    """Milliseconds between two 32-bit tick counts; the counter wraps every 49.7 days."""
    return (now_tick - last_input_tick) % 2**32


class WindowsIdle(ReadsAtOnce):
    """GetLastInputInfo: the tick of the session's last input, against GetTickCount."""

    name = "windows"

    def __init__(self, user32: Any, kernel32: Any) -> None:
        self._user32 = user32
        self._kernel32 = kernel32

    def idle_seconds(self) -> float | None:
        info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
        if not self._user32.GetLastInputInfo(ctypes.pointer(info)):
            return None
        now = int(self._kernel32.GetTickCount())
        return idle_ms_from_ticks(now, int(info.dwTime)) / 1000.0


def open_windows() -> IdleBackend | None:
    if sys.platform != "win32":
        return None
    user32, kernel32 = ctypes.WinDLL("user32"), ctypes.WinDLL("kernel32")
    prototype(user32.GetLastInputInfo, ctypes.c_int, ctypes.POINTER(LastInputInfo))
    prototype(kernel32.GetTickCount, ctypes.c_uint32)
    return WindowsIdle(user32, kernel32)
