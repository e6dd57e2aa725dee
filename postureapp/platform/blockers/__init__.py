"""Is this a bad moment for a break: a full-screen window, do-not-disturb, a call in progress.

Run only when a break is about to start. One file per platform (linux, windows, mac), one
interface (`Probes`), and one place that chooses: `default_probes` below.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from postureapp.core.ports import BlockerSettings
from postureapp.core.presence import Blockers
from postureapp.platform.blockers.dnd import do_not_disturb
from postureapp.platform.blockers.linux import (
    camera_open,
    microphone_recording,
    x11_fullscreen,
)
from postureapp.platform.blockers.mac import mac_capture_in_use
from postureapp.platform.blockers.windows import windows_capture_in_use, windows_fullscreen
from postureapp.platform.x11 import x11_session


@dataclass(frozen=True)
class Probes:
    """One check per blocker; `default_probes` picks the right ones for this system."""

    fullscreen: Callable[[], bool]
    dnd: Callable[[], bool]
    call: Callable[[], bool]


def current_blockers(settings: BlockerSettings, *, probes: Probes | None = None) -> Blockers:
    """What stands in the way of a break now; checks the settings turned off are not run."""
    probes = probes or default_probes()
    return Blockers(
        fullscreen=settings.wait_for_fullscreen and probes.fullscreen(),
        dnd=settings.wait_for_dnd and probes.dnd(),
        call=settings.wait_for_calls and probes.call(),
    )


def _never() -> bool:
    return False


def default_probes(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Probes:
    if platform == "win32":
        return Probes(fullscreen=windows_fullscreen, dnd=_never, call=windows_capture_in_use)
    if platform == "darwin":
        return Probes(fullscreen=_never, dnd=_never, call=mac_capture_in_use)
    display = x11_session(environ)
    return Probes(
        fullscreen=(lambda: x11_fullscreen(display)) if display else _never,
        dnd=do_not_disturb,
        call=lambda: camera_open() or microphone_recording(),
    )
