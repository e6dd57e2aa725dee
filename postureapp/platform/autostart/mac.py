"""Start at login on macOS: a LaunchAgent property list."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path

from postureapp.platform.autostart.base import FileAutostart

AGENT_LABEL = "org.postureapp"


class LaunchAgent(FileAutostart):
    """macOS: a per-user LaunchAgent that launchd runs when the user logs in."""

    def __init__(self, folder: Path, argv: Sequence[str]) -> None:
        super().__init__(folder / f"{AGENT_LABEL}.plist")
        self.argv = list(argv)

    def content(self) -> bytes:
        return plistlib.dumps(
            {
                "Label": AGENT_LABEL,
                "ProgramArguments": self.argv,
                "RunAtLoad": True,
                "ProcessType": "Interactive",
                "LimitLoadToSessionType": "Aqua",
            }
        )

    def says_enabled(self, data: bytes) -> bool:
        try:
            agent = plistlib.loads(data)
        except (plistlib.InvalidFileException, ValueError):
            return False  # launchd would not load it either
        return (
            isinstance(agent, dict)
            and agent.get("RunAtLoad") is True
            and agent.get("Disabled") is not True
        )
