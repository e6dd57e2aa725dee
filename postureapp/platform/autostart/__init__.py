"""Start at login, the way each desktop expects it: an XDG autostart entry, a Run value, a LaunchAgent.

The operating system holds the truth, so `is_enabled` always looks there rather than at a setting.
One file per backend (xdg, windows, mac) and one place that chooses: `for_platform` below.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from postureapp.core.ports import Autostart, AutostartError
from postureapp.paths import assets_dir
from postureapp.platform.autostart.base import launch_command
from postureapp.platform.autostart.mac import AGENT_LABEL, LaunchAgent
from postureapp.platform.autostart.windows import (
    RUN_KEY,
    RUN_VALUE,
    RunKey,
    WindowsRun,
    WinRegRunKey,
    windows_command_line,
)
from postureapp.platform.autostart.xdg import (
    ENTRY_NAME,
    XdgAutostart,
    desktop_entry,
    desktop_exec,
    entry_values,
    xdg_folder,
)


def for_platform(
    platform: str = sys.platform,
    *,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
    argv: Sequence[str] | None = None,
    registry: RunKey | None = None,
    template: Path | None = None,
) -> Autostart:
    """The start-at-login mechanism of `platform`; every outside dependency can be injected."""
    home = Path.home() if home is None else home
    environ = os.environ if environ is None else environ
    # --autostart: at login the tray host may come up after us, so the app waits longer for it.
    argv = [*launch_command(), "--autostart"] if argv is None else argv
    if platform == "win32":
        return WindowsRun(WinRegRunKey() if registry is None else registry, argv)
    if platform == "darwin":
        return LaunchAgent(home / "Library" / "LaunchAgents", argv)
    folder = xdg_folder("XDG_CONFIG_HOME", ".config", environ, home) / "autostart"
    return XdgAutostart(folder, argv, template or assets_dir() / "icons" / ENTRY_NAME)


__all__ = [
    "AGENT_LABEL",
    "ENTRY_NAME",
    "RUN_KEY",
    "RUN_VALUE",
    "Autostart",
    "AutostartError",
    "LaunchAgent",
    "RunKey",
    "WinRegRunKey",
    "WindowsRun",
    "XdgAutostart",
    "desktop_entry",
    "desktop_exec",
    "entry_values",
    "for_platform",
    "launch_command",
    "windows_command_line",
    "xdg_folder",
]
