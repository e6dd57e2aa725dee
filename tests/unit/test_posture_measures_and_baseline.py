"""How one picture becomes three measures, and when a measure counts as a slouch: a camera set
askew or a picture seen in a mirror measures the same person, a calibration is accepted or
refused with the sentence the user reads, a saved baseline is read back or refused, and each
slouch is named from its exact threshold on. Made-up landmarks and measurements; no camera."""

from __future__ import annotations

import math

import pytest

from postureapp.core.posture import (
    Baseline,
    CalibrationFailed,
    Landmarks,
    Point,
    Slouch,
    calibrate,
    judge,
    measure,
)
from postureapp.core.posture.baseline import CALIBRATION_SPREAD, NOT_UPRIGHT, TILT_DEGREES
from postureapp.core.posture.measure import Measurement


def person(
    *,
    head: float = 130.0,
    shoulders: float = 200.0,
    ears: float = 80.0,
    turn: float = 0.0,
    seen: float = 0.99,
    width: int = 640,
) -> Landmarks:
    """Someone upright: ears `head` px above the middle of shoulders `shoulders` px apart, ears
    `ears` px apart; the whole picture turned by `turn` degrees about the middle of the
    shoulders (a camera mounted askew)."""
    cx, cy = 320.0, 300.0
    angle = math.radians(turn)

    def at(dx: float, dy: float, visibility: float = seen) -> Point:
        x = dx * math.cos(angle) - dy * math.sin(angle)
        y = dx * math.sin(angle) + dy * math.cos(angle)
        return Point(cx + x, cy + y, visibility)

    return Landmarks(
        nose=at(0, -head + 10),
        left_ear=at(-ears / 2, -head),
        right_ear=at(ears / 2, -head),
        left_shoulder=at(-shoulders / 2, 0),
        right_shoulder=at(shoulders / 2, 0),
        width=width,
        height=480,
    )


def mirrored(landmarks: Landmarks) -> Landmarks:
    """The same picture flipped left to right (a camera that mirrors, or left and right told
    apart the other way round by the model)."""

    def flip(p: Point) -> Point:
        return Point(landmarks.width - p.x, p.y, p.visibility)

    return Landmarks(
        nose=flip(landmarks.nose),
        left_ear=flip(landmarks.left_ear),
        right_ear=flip(landmarks.right_ear),
        left_shoulder=flip(landmarks.left_shoulder),
        right_shoulder=flip(landmarks.right_shoulder),
        width=landmarks.width,
        height=landmarks.height,
    )


# --- the measures ----------------------------------------------------------------------------


@pytest.mark.parametrize("turn", [20.0, -35.0])
def test_a_camera_mounted_askew_changes_only_the_tilt(turn: float) -> None:
    measured = measure(person(turn=turn))
    assert measured is not None
    assert measured.head_height == pytest.approx(130 / 200)
    assert measured.span == pytest.approx(200 / 80)
    assert measured.tilt == pytest.approx(turn)


def test_a_head_moved_along_the_shoulder_line_is_as_high_as_before() -> None:
    upright = person(turn=30.0)
    shifted = Landmarks(
        nose=upright.nose,
        left_ear=Point(upright.left_ear.x + 26.0, upright.left_ear.y + 15.0),
        right_ear=Point(upright.right_ear.x + 26.0, upright.right_ear.y + 15.0),
        left_shoulder=upright.left_shoulder,
        right_shoulder=upright.right_shoulder,
        width=640,
        height=480,
    )
    # 26 px right and 15 px down is about 30 px along a shoulder line turned by 30 degrees
    measured = measure(shifted)
    assert measured is not None
    assert measured.head_height == pytest.approx(130 / 200, abs=1e-3)


@pytest.mark.parametrize("turn", [0.0, 25.0])
def test_a_mirrored_picture_measures_the_same_person(turn: float) -> None:
    straight, flipped = measure(person(turn=turn)), measure(mirrored(person(turn=turn)))
    assert straight is not None and flipped is not None
    assert flipped.head_height == pytest.approx(straight.head_height)
    assert flipped.span == pytest.approx(straight.span)
    assert flipped.tilt == pytest.approx(-straight.tilt)


def test_a_landmark_seen_with_half_confidence_is_used_and_one_below_is_not() -> None:
    assert measure(person(seen=0.5)) is not None
    assert measure(person(seen=0.49)) is None


def test_one_ear_out_of_view_is_no_measurement() -> None:
    whole = person()
    half = Landmarks(
        nose=whole.nose,
        left_ear=Point(whole.left_ear.x, whole.left_ear.y, 0.1),
        right_ear=whole.right_ear,
        left_shoulder=whole.left_shoulder,
        right_shoulder=whole.right_shoulder,
        width=whole.width,
        height=whole.height,
    )
    assert measure(half) is None


def test_shoulders_just_wide_enough_in_the_picture_are_measured() -> None:
    """Shoulders must span 8 % of the picture: 80 px of 1000 are enough, 79 px are not."""
    assert measure(person(shoulders=80.0, ears=40.0, width=1000)) is not None
    assert measure(person(shoulders=79.0, ears=40.0, width=1000)) is None


def test_ears_in_one_spot_are_no_measurement_and_a_pixel_apart_are_one() -> None:
    assert measure(person(ears=0.0)) is None
    close = measure(person(ears=1.0))
    assert close is not None and close.span == pytest.approx(200.0)


# --- calibration -----------------------------------------------------------------------------


def m(head: float, span: float = 2.5, tilt: float = 0.0) -> Measurement:
    return Measurement(head, span, tilt)


def test_calibration_keeps_the_middle_of_each_measure() -> None:
    readings = [m(0.66, 2.4, 1.0), None, m(0.64, 2.6, -3.0), m(0.65, 2.5, 2.0)]
    assert calibrate(readings) == Baseline(0.65, 2.5, 1.0)


def test_three_clear_readings_are_enough_and_two_are_not() -> None:
    assert calibrate([m(0.65)] * 3) == Baseline(0.65, 2.5, 0.0)
    with pytest.raises(CalibrationFailed) as failed:
        calibrate([m(0.65), None, m(0.65), None])
    assert str(failed.value) == (
        "Your head and both shoulders were not clearly in view. Sit facing the camera with your "
        "shoulders in the picture, in good light, and try again."
    )


def test_moving_exactly_as_much_as_allowed_still_calibrates_and_more_does_not() -> None:
    assert CALIBRATION_SPREAD == 0.12
    assert calibrate([m(0.12), m(0.18), m(0.24)]).head_height == 0.18
    with pytest.raises(CalibrationFailed) as failed:
        calibrate([m(0.12), m(0.18), m(0.25)])
    assert str(failed.value) == (
        "You moved while it measured. Sit tall and still for a few seconds, then try again."
    )


@pytest.mark.parametrize("head", [0.0, -0.05])
def test_ears_not_above_the_shoulders_are_no_upright_posture(head: float) -> None:
    with pytest.raises(CalibrationFailed) as failed:
        calibrate([m(head)] * 3)
    assert str(failed.value) == NOT_UPRIGHT
    assert NOT_UPRIGHT == (
        "Your ears were not above your shoulders. Sit tall, facing the camera, and try again."
    )


# --- the saved baseline ----------------------------------------------------------------------


def test_a_saved_baseline_is_three_named_numbers() -> None:
    assert Baseline(0.65, 2.5, -1.0).to_dict() == {"head_height": 0.65, "span": 2.5, "tilt": -1.0}
    assert Baseline.from_dict({"head_height": "0.5", "span": 2, "tilt": 90}) == Baseline(
        0.5, 2.0, 90.0
    )
    assert Baseline.from_dict({"head_height": 0.5, "span": 2, "tilt": -90}).tilt == -90.0
    narrow = {"head_height": 0.5, "span": 0.8, "tilt": 0}  # shoulders nearer than the ears
    assert Baseline.from_dict(narrow) == Baseline(0.5, 0.8, 0.0)


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ([0.65, 2.5, 0.0], "a baseline is a table of three numbers"),
        (
            {"head_height": 0.65, "span": 2.5},
            "a baseline needs head_height, span and tilt as numbers",
        ),
        (
            {"head_height": None, "span": 2.5, "tilt": 0},
            "a baseline needs head_height, span and tilt as numbers",
        ),
        (
            {"head_height": 0.65, "span": "wide", "tilt": 0},
            "a baseline needs head_height, span and tilt as numbers",
        ),
        ({"head_height": 0, "span": 2.5, "tilt": 0}, "the baseline's numbers are out of range"),
        ({"head_height": 0.65, "span": 0, "tilt": 0}, "the baseline's numbers are out of range"),
        (
            {"head_height": 0.65, "span": 2.5, "tilt": 90.5},
            "the baseline's numbers are out of range",
        ),
        (
            {"head_height": 0.65, "span": 2.5, "tilt": -91},
            "the baseline's numbers are out of range",
        ),
    ],
    ids=["not-a-table", "missing", "empty", "words", "no-height", "no-span", "tilt", "tilt-left"],
)
def test_a_damaged_baseline_is_refused_saying_what_is_wrong(data: object, says: str) -> None:
    with pytest.raises(ValueError) as refused:
        Baseline.from_dict(data)
    assert str(refused.value) == says


# --- judging one reading ---------------------------------------------------------------------

BASE = Baseline(head_height=0.5, span=2.0, tilt=0.0)


def test_a_reading_says_how_far_each_measure_moved() -> None:
    reading = judge(m(0.375, 1.75, -3.0), Baseline(0.5, 2.0, 2.0), 0.3)
    assert reading.slouch is None
    assert (reading.head_drop, reading.narrowing, reading.lean) == (0.25, 0.125, 5.0)


def test_a_head_down_by_exactly_the_threshold_is_a_slouch() -> None:
    assert judge(m(0.375), BASE, 0.25).slouch == Slouch.FORWARD_HEAD
    assert judge(m(0.4), BASE, 0.25).slouch is None


def test_shoulders_narrower_by_exactly_the_threshold_are_rounded() -> None:
    assert judge(m(0.5, 1.5), BASE, 0.25).slouch == Slouch.ROUNDED_SHOULDERS


def test_head_and_shoulders_moved_alike_name_the_head() -> None:
    assert judge(m(0.375, 1.5), BASE, 0.25).slouch == Slouch.FORWARD_HEAD


@pytest.mark.parametrize("tilt", [TILT_DEGREES, -TILT_DEGREES, -9.0])
def test_leaning_either_way_by_the_set_degrees_is_leaning(tilt: float) -> None:
    assert judge(m(0.5, 2.0, tilt), BASE, 0.25).slouch == Slouch.LEANING


def test_leaning_back_to_where_one_calibrated_is_upright() -> None:
    leaning_baseline = Baseline(0.5, 2.0, 5.0)
    assert judge(m(0.5, 2.0, -2.0), leaning_baseline, 0.25).slouch is None
    assert judge(m(0.5, 2.0, -3.0), leaning_baseline, 0.25).slouch == Slouch.LEANING
