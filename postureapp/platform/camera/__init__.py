"""Reading posture from the webcam: the frames (Qt Multimedia), the pose model (the optional
`camera` extra) and the thread that runs it. Nothing here is imported unless posture sensing is
switched on or its settings are shown, and nothing here keeps a picture.

`unavailable()` says, without importing the model, why sensing cannot run here; `make_sensor`
builds the sensor the runtime reads through (`core.ports.PostureSensor`).
"""

from __future__ import annotations

import importlib.util
import sys

#: The model ships inside these mediapipe releases only (later ones download it at run time).
MEDIAPIPE = "mediapipe>=0.10.14,<=0.10.21"
#: The newest Python those releases have wheels for.
NEWEST_PYTHON = (3, 12)


def unavailable(version: tuple[int, int] | None = None) -> str | None:
    """Why the camera model cannot run here, in a sentence (translated); None when it can."""
    from PySide6.QtCore import QCoreApplication

    major, minor = version or sys.version_info[:2]
    if (major, minor) > NEWEST_PYTHON:
        return QCoreApplication.translate(
            "camera",
            "The posture model is not available for Python {0} (it needs 3.11 or 3.12), so "
            "posture sensing cannot be used with this installation.",
        ).format(f"{major}.{minor}")
    if importlib.util.find_spec("mediapipe") is None or importlib.util.find_spec("numpy") is None:
        return QCoreApplication.translate(
            "camera",
            "The camera extra is not installed. Install it with: pip install "
            "'postureapp[camera]' (about 1 GB), then restart postureapp.",
        )
    return None
