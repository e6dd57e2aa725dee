"""Posture from landmarks, as pure decisions: the measures, the calibrated baseline, when a slouch
is held, how far it brings a break forward and which exercise answers it. Made-up landmarks on a
fake clock; no camera, no model."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

import pytest

from postureapp.core import plan
from postureapp.core.exercises import load_library
from postureapp.core.exercises.chooser import Chooser, Preferences
from postureapp.core.posture import (
    Baseline,
    CalibrationFailed,
    Landmarks,
    Point,
    Posture,
    Slouch,
    answering,
    calibrate,
    held,
    judge,
    measure,
    observe,
    restart,
)
from postureapp.core.posture.baseline import MOVED, NOT_SEEN
from postureapp.core.settings import Settings
from postureapp.paths import assets_dir

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def body(
    *,
    head: float = 130.0,
    shoulders: float = 200.0,
    ears: float = 80.0,
    tilt: float = 0.0,
    x: float = 320.0,
    scale: float = 1.0,
    seen: float = 0.99,
) -> Landmarks:
    """A person facing the camera: ears `head` px above the shoulder line, shoulders `shoulders`
    px apart, ears `ears` px apart, the right shoulder `tilt` px lower; all times `scale`."""
    s = scale
    top = 300.0 * s
    left_x, right_x = x * s - shoulders * s / 2, x * s + shoulders * s / 2
    return Landmarks(
        nose=Point(x * s, top - head * s + 10 * s, seen),
        left_ear=Point(x * s - ears * s / 2, top - head * s, seen),
        right_ear=Point(x * s + ears * s / 2, top - head * s + tilt * s / 2, seen),
        left_shoulder=Point(left_x, top, seen),
        right_shoulder=Point(right_x, top + tilt * s, seen),
        width=int(640 * s),
        height=int(480 * s),
    )


# --- the measures ----------------------------------------------------------------------------


def test_sitting_nearer_or_farther_changes_no_measure() -> None:
    near, far = measure(body(scale=1.5)), measure(body(scale=0.6))
    assert near is not None and far is not None
    assert near.head_height == pytest.approx(far.head_height)
    assert near.span == pytest.approx(far.span)
    assert near.head_height == pytest.approx(130 / 200)
    assert near.span == pytest.approx(200 / 80)


def test_a_head_that_sinks_and_shoulders_that_narrow_lower_their_measures() -> None:
    upright, sunk, rounded = measure(body()), measure(body(head=90)), measure(body(shoulders=160))
    assert upright and sunk and rounded
    assert sunk.head_height < upright.head_height
    assert rounded.span < upright.span


def test_a_lean_shows_as_tilt_in_degrees() -> None:
    level, leaning = measure(body()), measure(body(tilt=35))
    assert level and leaning
    assert level.tilt == pytest.approx(0)
    assert abs(leaning.tilt) == pytest.approx(9.93, abs=0.05)


@pytest.mark.parametrize(
    "landmarks",
    [None, body(seen=0.3), body(shoulders=30)],
    ids=["nobody", "unsure", "too-far-or-not-a-person"],
)
def test_without_a_clear_upper_body_there_is_no_measurement(landmarks: Landmarks | None) -> None:
    assert measure(landmarks) is None


# --- calibration and judging ----------------------------------------------------------------


def test_calibration_takes_the_middle_of_a_few_upright_readings() -> None:
    baseline = calibrate([measure(body(head=h)) if h else None for h in (128, 130, 131, None, 133)])
    assert baseline.head_height == pytest.approx(130.5 / 200)


@pytest.mark.parametrize(
    ("heads", "problem"),
    [((130, None, None, None), NOT_SEEN), ((130, 130, 180, 100), MOVED)],
    ids=["not-in-view", "moved"],
)
def test_a_calibration_that_cannot_be_trusted_says_what_to_change(
    heads: tuple[float | None, ...], problem: str
) -> None:
    readings = [measure(body(head=h)) if h is not None else None for h in heads]
    with pytest.raises(CalibrationFailed, match=problem[:20]):
        calibrate(readings)


def test_a_baseline_survives_its_file_and_a_damaged_one_is_refused() -> None:
    baseline = Baseline(0.65, 2.5, -1.0)
    assert Baseline.from_dict(baseline.to_dict()) == baseline
    for bad in ({"head_height": "x"}, [], {"head_height": -1, "span": 2, "tilt": 0}):
        with pytest.raises(ValueError):
            Baseline.from_dict(bad)


BASE = calibrate([measure(body())] * 3)


@pytest.mark.parametrize(
    ("landmarks", "slouch"),
    [
        (body(head=125), None),
        (body(head=95), Slouch.FORWARD_HEAD),
        (body(shoulders=165), Slouch.ROUNDED_SHOULDERS),
        (body(tilt=40), Slouch.LEANING),
        (body(head=100, shoulders=150), Slouch.ROUNDED_SHOULDERS),
    ],
    ids=["noise", "head", "shoulders", "lean", "both-the-larger-names-it"],
)
def test_each_slouch_is_told_from_upright_by_the_threshold(
    landmarks: Landmarks, slouch: Slouch | None
) -> None:
    measured = measure(landmarks)
    assert measured is not None
    assert judge(measured, BASE, 0.15).slouch == slouch


def test_the_threshold_is_the_users() -> None:
    measured = measure(body(head=110))  # 15 % lower
    assert measured is not None
    assert judge(measured, BASE, 0.10).slouch == Slouch.FORWARD_HEAD
    assert judge(measured, BASE, 0.20).slouch is None


# --- the hold --------------------------------------------------------------------------------


@dataclass(frozen=True)
class HS:
    readings_per_minute: int = 4
    slouch_minutes: int = 10


def feed(pattern: str, settings: HS = HS(), start: datetime = T0) -> tuple[Posture, datetime]:
    """One reading per period: s slouched (head), r rounded shoulders, u upright, a nobody,
    '-' no reading (the camera was not read)."""
    state, now = Posture(), start
    step = timedelta(minutes=1) / settings.readings_per_minute
    kinds = {"s": body(head=90), "r": body(shoulders=150), "u": body()}
    for mark in pattern:
        if mark != "-":
            landmarks = kinds.get(mark)
            measured = measure(landmarks) if landmarks else None
            reading = judge(measured, BASE, 0.15) if measured else None
            state, _ = observe(state, now, reading, settings)
        now += step
    return state, now - step


def test_a_slouch_held_for_the_set_minutes_is_held_from_the_first_reading() -> None:
    state, now = feed("uuu" + "s" * 41)
    found = held(state, now, HS())
    assert found is not None
    assert found.kind == Slouch.FORWARD_HEAD
    assert found.since == T0 + timedelta(seconds=45)
    assert found.held_at == found.since + timedelta(minutes=10)


def test_nine_minutes_are_not_ten() -> None:
    state, now = feed("s" * 37)
    assert held(state, now, HS()) is None


def test_one_upright_reading_now_and_then_does_not_end_it() -> None:
    state, now = feed("sssussssussssusss" * 3)
    assert held(state, now, HS()) is not None


@pytest.mark.parametrize(
    "pattern",
    ["s" * 30 + "uu" + "s" * 10, "s" * 30 + "a" + "s" * 10, "s" * 30 + "-" * 12 + "s" * 10],
    ids=["sat-up", "away", "camera-not-read"],
)
def test_sitting_up_leaving_or_a_gap_starts_the_count_again(pattern: str) -> None:
    state, now = feed(pattern)
    assert held(state, now, HS()) is None


def test_a_held_slouch_goes_stale_when_no_reading_confirms_it() -> None:
    state, now = feed("s" * 44)
    assert held(state, now, HS()) is not None
    assert held(state, now + timedelta(minutes=3), HS()) is None


def test_the_most_seen_kind_names_the_stretch() -> None:
    state, now = feed("srrsrrrsrr" * 5)
    found = held(state, now, HS())
    assert found is not None and found.kind == Slouch.ROUNDED_SHOULDERS


def test_a_break_ends_the_slouch_it_answered() -> None:
    state, now = feed("s" * 44)
    assert held(restart(state), now, HS()) is None


def test_the_day_adds_up_time_upright_and_slouched_never_more_than_watched() -> None:
    state, _ = feed("u" * 40 + "s" * 20 + "a" * 4 + "--" + "u")
    today = state.today
    assert today is not None
    assert (today.upright_seconds, today.slouched_seconds) == (41 * 15, 20 * 15)
    assert (today.readings, today.unseen) == (65, 4)
    assert today.upright_share == pytest.approx(41 / 61)


def test_a_new_day_hands_back_the_finished_one() -> None:
    late = datetime(2026, 3, 2, 23, 59, 30, tzinfo=UTC)
    state, _ = feed("uu", start=late)
    reading = judge(measure(body()), BASE, 0.15)  # type: ignore[arg-type]
    state, finished = observe(state, late + timedelta(minutes=1), reading, HS())
    assert finished is not None and finished.day.day == 2 and finished.readings == 2
    assert state.today is not None and state.today.day.day == 3


# --- the planner -----------------------------------------------------------------------------

SETTINGS = Settings.defaults()


def slouch_at(minute: float, kind: Slouch = Slouch.FORWARD_HEAD) -> plan.Held:
    return plan.Held(kind, T0, T0 + timedelta(minutes=minute))


def test_a_held_slouch_brings_the_break_forward_by_the_notice_after_it_was_held() -> None:
    state = plan.ScheduleState.fresh(T0)
    planned = plan.next_break(state, SETTINGS, held=slouch_at(20))
    assert planned is not None
    assert planned.at == T0 + timedelta(minutes=20, seconds=SETTINGS.notice_seconds)
    assert (planned.reason, planned.slouch) == ("posture", "forward-head")


def test_never_sooner_than_half_an_interval_after_the_last_break() -> None:
    planned = plan.next_break(plan.ScheduleState.fresh(T0), SETTINGS, held=slouch_at(2))
    assert planned is not None and planned.at == T0 + timedelta(minutes=15)


def test_a_break_due_sooner_anyway_keeps_its_time_and_answers_the_slouch() -> None:
    planned = plan.next_break(plan.ScheduleState.fresh(T0), SETTINGS, held=slouch_at(29.9))
    assert planned is not None
    assert (planned.at, planned.reason) == (T0 + timedelta(minutes=30), "interval")
    assert planned.slouch == "forward-head"


def test_not_before_a_snooze_ends_nor_outside_working_hours() -> None:
    snoozed = plan.snooze(plan.ScheduleState.fresh(T0), SETTINGS, T0 + timedelta(minutes=20))
    planned = plan.next_break(snoozed, SETTINGS, held=slouch_at(21))
    assert planned is not None and planned.reason == "snooze"
    evening = SETTINGS.replace(
        working_hours_enabled=True, mon=((time(7, 0), time(9, 20)), (time(10, 0), time(17, 0)))
    )
    planned = plan.next_break(plan.ScheduleState.fresh(T0), evening, held=slouch_at(21))
    assert planned is not None and planned.reason != "posture"


def test_without_a_slouch_the_plan_is_what_it_was() -> None:
    state = plan.ScheduleState.fresh(T0)
    assert plan.next_break(state, SETTINGS, held=None) == plan.next_break(state, SETTINGS)


# --- which exercise answers ------------------------------------------------------------------


def test_each_slouch_names_exercises_that_answer_it() -> None:
    pairs = [
        ("chin-tuck", "neck"),
        ("head-turn", "neck"),
        ("shoulder-rolls-back", "shoulder-blades"),
        ("shoulder-blade-squeeze", "shoulder-blades"),
        ("posture-reset", "extension"),
        ("seated-twist", "rotation"),
    ]
    assert answering("forward-head", pairs) == ["chin-tuck", "head-turn"]
    assert answering("rounded-shoulders", pairs) == [
        "shoulder-blade-squeeze",
        "posture-reset",
        "shoulder-rolls-back",
    ]
    assert answering("leaning", pairs) == ["posture-reset"]
    assert answering("nonsense", pairs) == []


@pytest.mark.parametrize(
    ("slouch", "expected"),
    [("forward-head", "chin-tuck"), ("rounded-shoulders", "shoulder-blade-squeeze")],
)
def test_the_chooser_offers_the_answer_in_a_short_break(slouch: str, expected: str) -> None:
    import random

    library = load_library(assets_dir() / "exercises", assets_dir() / "illustrations", None)
    chooser = Chooser(library, random.Random(1))
    for _ in range(3):
        chosen = chooser.choose("short", Preferences.default(), [], 40, answer=slouch)
        assert [ex.id for ex in chosen] == [expected]
    long = chooser.choose("long", Preferences.default(), [], 240, answer=slouch)
    assert expected in [ex.id for ex in long]


def test_an_answer_switched_off_gives_way_to_the_next() -> None:
    import random

    library = load_library(assets_dir() / "exercises", assets_dir() / "illustrations", None)
    prefs = Preferences.default()
    prefs = Preferences(prefs.areas, prefs.positions, prefs.equipment, (("chin-tuck", 0),))
    chosen = Chooser(library, random.Random(1)).choose(
        "short", prefs, [], 40, answer="forward-head"
    )
    assert [ex.id for ex in chosen] == ["head-turn"]


# --- presence and the status line --------------------------------------------------------------


def test_a_break_that_came_early_waits_out_a_blocker_with_no_limit() -> None:
    from postureapp.core.presence import Blockers, Presence, Start, Wait, decide

    settings = Settings.defaults().replace(max_wait_minutes=5)
    presence = Presence.fresh(T0)
    hours_later = T0 + timedelta(hours=2)
    for patient, expected in ((True, Wait), (False, Start)):
        state = presence
        for now in (T0, hours_later):
            decision, state = decide(
                now, T0, 40, 0.0, lambda: Blockers(call=True), state, settings, patient=patient
            )
        assert isinstance(decision, expected)
    # Patient, it looks again every half minute, and its wait never starts counting.
    decision, state = decide(
        hours_later, T0, 40, 0.0, lambda: Blockers(call=True), presence, settings, patient=True
    )
    assert decision == Wait("call", timedelta(seconds=30))
    assert state == presence


def test_status_says_why_a_break_came_early_and_what_the_camera_saw() -> None:
    from postureapp.cli.posture import posture_lines

    reply = {
        "reason": "posture",
        "slouch": "forward-head",
        "posture": {
            "calibrated": True,
            "problem": None,
            "slouch_minutes": 10,
            "upright_share": 0.72,
            "last_reading": T0.isoformat(),
            "last_seen": "head forward and down",
        },
    }
    lines = posture_lines(reply)  # type: ignore[arg-type]
    assert lines[0] == (
        "It comes early: you have sat with your head forward and down for 10 minutes; "
        "its exercise answers that."
    )
    assert "Today you sat upright 72% of the time the camera saw you." in lines
    assert lines[-1].endswith(": head forward and down.")
    assert posture_lines({"reason": "interval", "posture": None}) == []
    off = posture_lines({"posture": {"problem": "The camera extra is not installed."}})
    assert off == ["Posture sensing is not running: The camera extra is not installed."]


def test_status_speaks_german_about_posture_too() -> None:
    from postureapp.cli import local
    from postureapp.cli.posture import posture_lines

    reply = {
        "reason": "posture",
        "slouch": "leaning",
        "posture": {
            "calibrated": True,
            "problem": None,
            "slouch_minutes": 10,
            "upright_share": 0.5,
            "last_reading": T0.isoformat(),
            "last_seen": "head forward and down",
        },
    }
    try:
        assert local.setup({"LANG": "de_DE.UTF-8"}) == "de"
        lines = posture_lines(reply)  # type: ignore[arg-type]
    finally:
        local.setup({})
    assert lines[0] == (
        "Sie kommt früher: Du sitzt seit 10 Minuten mit einem zur Seite geneigten Oberkörper; "
        "ihre Übung wirkt dem entgegen."
    )
    assert "Heute hast du 50% der Zeit, in der die Kamera dich sah, aufrecht gesessen." in lines
    assert lines[-1].endswith(": Kopf nach vorn und unten.")
