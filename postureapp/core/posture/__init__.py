"""Posture from the webcam, as pure decisions: measures from landmarks, the calibrated baseline,
when a slouch is held, and which exercise answers it. The camera and the model are elsewhere
(platform.camera); nothing here sees a picture."""

from postureapp.core.posture.answers import ANSWERS, answering
from postureapp.core.posture.baseline import (
    Baseline,
    CalibrationFailed,
    Reading,
    Slouch,
    calibrate,
    judge,
)
from postureapp.core.posture.hold import DaySummary, Held, Posture, held, observe, restart
from postureapp.core.posture.measure import Landmarks, Measurement, Point, Sight, measure

__all__ = [
    "ANSWERS",
    "Baseline",
    "CalibrationFailed",
    "DaySummary",
    "Held",
    "Landmarks",
    "Measurement",
    "Point",
    "Posture",
    "Reading",
    "Sight",
    "Slouch",
    "answering",
    "calibrate",
    "held",
    "judge",
    "measure",
    "observe",
    "restart",
]
