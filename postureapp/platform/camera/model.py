"""The pose model: mediapipe's pose landmarker (the legacy `solutions.pose`, BlazePose), from the
`camera` extra, run on this computer. Its "full" model ships inside the mediapipe wheel; the
"lite" and "heavy" ones would be downloaded at run time, so `model_complexity` stays 1 and no
network is ever needed (tests/camera/test_model.py checks that none is opened).

`PoseModel.landmarks` takes one picture and gives back five points as numbers; the picture is
not kept. Load it on the thread that will use it (the model thread).
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtGui import QImage

from postureapp.core.posture import Landmarks, Point

#: The model's landmark numbers for the points the measures use.
NOSE, LEFT_EAR, RIGHT_EAR, LEFT_SHOULDER, RIGHT_SHOULDER = 0, 7, 8, 11, 12
#: The bundled model; 0 and 2 name models that are not in the wheel and would be downloaded.
MODEL_COMPLEXITY = 1
#: Pictures are scaled down to at most this width before the model sees them (it works at 256).
MAX_WIDTH = 640


def _import_pose() -> Any:
    """mediapipe's pose solution. Importing it imports OpenCV, whose Qt build points the Qt
    plugin path at its own plugins: put back what was there, for the app's own Qt."""
    saved = os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    try:
        from mediapipe.python.solutions import pose
    finally:
        if saved is None:
            os.environ.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)
        else:
            os.environ["QT_QPA_PLATFORM_PLUGIN_PATH"] = saved
    return pose


def rgb_array(image: QImage) -> Any:
    """The picture as an H×W×3 numpy array of RGB bytes (a copy: the QImage may go)."""
    import numpy as np

    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH)
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return raw.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


class PoseModel:
    """One loaded model; `landmarks` reads one picture at a time."""

    def __init__(self) -> None:
        pose = _import_pose()
        self._pose = pose.Pose(
            static_image_mode=True,
            model_complexity=MODEL_COMPLEXITY,
            enable_segmentation=False,
        )

    def landmarks_of(self, rgb: Any) -> Landmarks | None:
        """The five landmarks in an RGB array, in its pixels; None when nobody is found."""
        found = self._pose.process(rgb).pose_landmarks
        if found is None:
            return None
        height, width = rgb.shape[:2]
        points = found.landmark

        def point(index: int) -> Point:
            mark = points[index]
            return Point(mark.x * width, mark.y * height, float(mark.visibility))

        return Landmarks(
            nose=point(NOSE),
            left_ear=point(LEFT_EAR),
            right_ear=point(RIGHT_EAR),
            left_shoulder=point(LEFT_SHOULDER),
            right_shoulder=point(RIGHT_SHOULDER),
            width=width,
            height=height,
        )

    def landmarks(self, image: QImage) -> Landmarks | None:
        return self.landmarks_of(rgb_array(image))

    def close(self) -> None:
        self._pose.close()
