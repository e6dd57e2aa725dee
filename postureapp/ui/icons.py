"""The app's icons, loaded from the SVGs in assets/icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from postureapp.paths import assets_dir

NAMES = {"normal": "postureapp.svg", "paused": "postureapp-paused.svg", "due": "postureapp-due.svg"}


@cache
def icon(state: str = "normal") -> QIcon:
    return QIcon(str(assets_dir() / "icons" / NAMES[state]))
