"""The user's own upright posture, and how far one measurement is from it.

People differ (the camera's height and angle, the shape of a neck), so nothing is judged
against a fixed number: the user sits tall for a few seconds and those measurements become the
baseline. A reading is then a slouch of one kind when it has moved from the baseline by more
than the threshold the user set, in the direction that kind of slouch moves it.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from postureapp.core.posture.measure import Measurement

#: The fewest clear measurements a calibration needs (of the few taken over a few seconds).
CALIBRATION_MIN = 3
#: Measurements in one calibration may differ this much (head height, in shoulder widths)
#: and still be one posture; the model's own noise on one picture is about 0.024.
CALIBRATION_SPREAD = 0.12
#: The shoulder line may lean this many degrees more than at calibration before it counts.
TILT_DEGREES = 8.0


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation without importing Qt (lupdate looks for this very name)."""
    return source


#: The translation context of the texts below.
TR_CONTEXT = "posture"


class Slouch(StrEnum):
    """How a reading differs from the upright baseline, the most telling difference first."""

    FORWARD_HEAD = "forward-head"
    ROUNDED_SHOULDERS = "rounded-shoulders"
    LEANING = "leaning"


LABELS: dict[str, str] = {
    Slouch.FORWARD_HEAD: QT_TRANSLATE_NOOP("posture", "head forward and down"),
    Slouch.ROUNDED_SHOULDERS: QT_TRANSLATE_NOOP("posture", "rounded shoulders"),
    Slouch.LEANING: QT_TRANSLATE_NOOP("posture", "leaning to one side"),
}


@dataclass(frozen=True)
class Baseline:
    """The upright posture the user calibrated: the median of the measures taken then."""

    head_height: float
    span: float
    tilt: float

    def to_dict(self) -> dict[str, float]:
        return {"head_height": self.head_height, "span": self.span, "tilt": self.tilt}

    @classmethod
    def from_dict(cls, data: object) -> Baseline:
        """Read back `to_dict`; ValueError for anything else (a damaged file)."""
        if not isinstance(data, dict):
            raise ValueError("a baseline is a table of three numbers")
        try:
            values = [float(data[key]) for key in ("head_height", "span", "tilt")]
        except (KeyError, TypeError, ValueError):
            raise ValueError("a baseline needs head_height, span and tilt as numbers") from None
        baseline = cls(*values)
        if baseline.head_height <= 0 or baseline.span <= 0 or abs(baseline.tilt) > 90:
            raise ValueError("the baseline's numbers are out of range")
        return baseline


class CalibrationFailed(ValueError):
    """Sitting tall could not be measured; the message says what to change."""


NOT_SEEN = QT_TRANSLATE_NOOP(
    "posture",
    "Your head and both shoulders were not clearly in view. Sit facing the camera with your "
    "shoulders in the picture, in good light, and try again.",
)
MOVED = QT_TRANSLATE_NOOP(
    "posture", "You moved while it measured. Sit tall and still for a few seconds, then try again."
)
NOT_UPRIGHT = QT_TRANSLATE_NOOP(
    "posture",
    "Your ears were not above your shoulders. Sit tall, facing the camera, and try again.",
)


def calibrate(measurements: Sequence[Measurement | None]) -> Baseline:
    """The baseline from a few measurements taken while the user sat tall.

    Raises `CalibrationFailed` (its message one of the texts above) when too few were clear,
    when they disagree (the user moved), or when they cannot be an upright posture.
    """
    clear = [m for m in measurements if m is not None]
    if len(clear) < CALIBRATION_MIN:
        raise CalibrationFailed(NOT_SEEN)
    heights = [m.head_height for m in clear]
    if max(heights) - min(heights) > CALIBRATION_SPREAD:
        raise CalibrationFailed(MOVED)
    baseline = Baseline(
        head_height=statistics.median(heights),
        span=statistics.median(m.span for m in clear),
        tilt=statistics.median(m.tilt for m in clear),
    )
    if baseline.head_height <= 0:
        raise CalibrationFailed(NOT_UPRIGHT)
    return baseline


@dataclass(frozen=True)
class Reading:
    """One measurement judged against the baseline: the slouch it shows (None: upright), and by
    how much each measure moved (head and span as a share of the baseline, tilt in degrees)."""

    slouch: Slouch | None
    head_drop: float
    narrowing: float
    lean: float


def judge(measurement: Measurement, baseline: Baseline, threshold: float) -> Reading:
    """Whether `measurement` is a slouch: the head lower, or the shoulders narrower, by more than
    `threshold` (a share, 0.15 for 15 %) of the baseline, or the shoulders leaning more than
    `TILT_DEGREES`. Where both the head and the shoulders moved, the larger change names it."""
    head_drop = (baseline.head_height - measurement.head_height) / baseline.head_height
    narrowing = (baseline.span - measurement.span) / baseline.span
    lean = abs(measurement.tilt - baseline.tilt)
    slouch: Slouch | None = None
    if max(head_drop, narrowing) >= threshold:
        slouch = Slouch.FORWARD_HEAD if head_drop >= narrowing else Slouch.ROUNDED_SHOULDERS
    elif lean >= TILT_DEGREES:
        slouch = Slouch.LEANING
    return Reading(slouch, head_drop, narrowing, lean)
