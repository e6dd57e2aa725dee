"""Idle time on macOS: CGEventSourceSecondsSinceLastEventType."""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable

from postureapp.platform.idle.base import IdleBackend, ReadsAtOnce
from postureapp.platform.x11 import cdll, prototype

#: kCGEventSourceStateCombinedSessionState and kCGAnyInputEventType (CGEventTypes.h).
COMBINED_SESSION_STATE = 0


ANY_INPUT_EVENT = 0xFFFFFFFF


APPLICATION_SERVICES = (
    "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices"
)


class MacIdle(ReadsAtOnce):
    """CGEventSourceSecondsSinceLastEventType over all input in the login session."""

    name = "macos"

    def __init__(self, seconds_since: Callable[[int, int], float]) -> None:
        self._seconds_since = seconds_since

    def idle_seconds(self) -> float | None:
        seconds = float(self._seconds_since(COMBINED_SESSION_STATE, ANY_INPUT_EVENT))
        return seconds if math.isfinite(seconds) and seconds >= 0 else None


def open_mac() -> IdleBackend | None:
    lib = cdll(APPLICATION_SERVICES)
    if lib is None:
        return None
    function = lib.CGEventSourceSecondsSinceLastEventType
    prototype(function, ctypes.c_double, ctypes.c_int32, ctypes.c_uint32)
    return MacIdle(function)
