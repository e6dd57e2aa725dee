"""Whether the desktop asks for reduced animation (GNOME's and KDE's own settings)."""

from __future__ import annotations

import configparser
import functools
import os
import shutil
import subprocess
from pathlib import Path


def _gnome_animations_off() -> bool:
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return False
    try:
        done = subprocess.run(
            [gsettings, "get", "org.gnome.desktop.interface", "enable-animations"],
            capture_output=True,
            text=True,
            timeout=1.0,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and done.stdout.strip() == "false"


def _kde_animations_off(config_home: Path) -> bool:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(config_home / "kdeglobals", encoding="utf-8")
        return parser.getfloat("KDE", "AnimationDurationFactor", fallback=1.0) == 0.0
    except (configparser.Error, ValueError, UnicodeDecodeError):
        return False


@functools.cache
def desktop_reduces_motion() -> bool:
    """True when GNOME's animations are off or KDE's animation speed is "instant"."""
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return _kde_animations_off(config_home) or _gnome_animations_off()
