"""Posture sensing through the real controller and watch on a fake clock, with a fake sensor that
hands back made-up landmarks: calibrate, slouch for the set minutes, and the next break comes
forward with an exercise that answers it, the reason in the status and the notice; a blocker
holds such a break for as long as it lasts."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from postureapp.app import load_exercises
from postureapp.core.clock import FakeClock
from postureapp.core.exercises import Library
from postureapp.core.posture import Landmarks, Point, Sight
from postureapp.core.presence import Blockers
from postureapp.core.session import Notice
from postureapp.runtime.posture_watch import PostureWatch


def person(head: float = 130.0, shoulders: float = 200.0) -> Landmarks:
    """Someone facing the camera; a smaller `head` is a head sunk forward and down."""
    return Landmarks(
        nose=Point(320, 300 - head + 10),
        left_ear=Point(280, 300 - head),
        right_ear=Point(360, 300 - head),
        left_shoulder=Point(320 - shoulders / 2, 300),
        right_shoulder=Point(320 + shoulders / 2, 300),
        width=640,
        height=480,
    )


class FakeSensor:
    """Answers each read at once with what the test put in front of the camera."""

    def __init__(self) -> None:
        self.seen: Landmarks | None = person()
        self.skip: str | None = None
        self.reads: list[int] = []
        self.closed = False

    def read(self, count: int, done: Callable[[Sight], None]) -> None:
        self.reads.append(count)
        done(Sight(skipped=self.skip) if self.skip else Sight((self.seen,) * count))

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """The built-in exercises: the answers to a slouch are among them."""
    return load_exercises(tmp_path / "none")


@pytest.fixture
def setup(make_controller, clock: FakeClock, tmp_path: Path, scheduler):  # type: ignore[no-untyped-def]
    blockers = {"fullscreen": False}
    controller = make_controller(
        scheduler=scheduler,
        blockers=lambda _settings: Blockers(fullscreen=blockers["fullscreen"]),
    )
    sensor = FakeSensor()
    days: list[object] = []
    watch = PostureWatch(
        clock, controller.settings, sensor, tmp_path / "posture.json", days.append, controller
    )
    watch.held_changed.connect(controller.on_calendar_changed)
    controller.posture = watch
    controller.break_finished.connect(watch.on_break_finished)
    return controller, watch, sensor, blockers, days


def sit(clock: FakeClock, watch: PostureWatch, minutes: float) -> None:
    """Readings as the timer would take them (three a minute by default)."""
    for _ in range(round(minutes * 3)):
        clock.advance(20)
        watch.read_now()


def test_calibrate_slouch_and_the_break_comes_forward_with_its_answer(
    qtbot, setup, clock: FakeClock, tmp_path: Path, scheduler
) -> None:  # type: ignore[no-untyped-def]
    controller, watch, sensor, _blockers, _days = setup
    start = clock.now()
    results: list[object] = []
    watch.calibrated.connect(results.append)
    watch.calibrate()
    assert results == [None] and sensor.reads == [5]
    kept = json.loads((tmp_path / "posture.json").read_text())
    assert set(kept) == {"head_height", "span", "tilt"}, "only three numbers are kept"

    sit(clock, watch, 6)
    sensor.seen = person(head=90)
    sit(clock, watch, 9.7)
    assert controller.next_break().reason == "interval", "not held yet"  # type: ignore[union-attr]
    sit(clock, watch, 0.67)
    planned = controller.next_break()
    assert planned is not None and planned.reason == "posture"
    assert planned.slouch == "forward-head"
    assert planned.at == clock.now() + timedelta(seconds=controller.settings.notice_seconds)
    assert planned.at < start + timedelta(minutes=30)
    assert scheduler.planned == planned, "the timer was re-armed for the earlier break"

    notices: list[Notice] = []
    controller.notice.connect(notices.append)
    controller.on_notice(planned.kind, controller.settings.notice_seconds)
    assert notices[0].slouch == "forward-head"
    status = controller.status()
    assert (status["reason"], status["slouch"]) == ("posture", "forward-head")
    assert status["posture"]["held"] == "forward-head"  # type: ignore[index]

    started: list[object] = []
    controller.break_started.connect(started.append)
    clock.set(planned.at)
    controller.on_due(planned.kind, planned.reason)
    assert len(started) == 1
    assert controller.active is not None
    assert controller.active.plan.exercise_ids == ("chin-tuck",)
    controller.finish_break("completed")
    after = controller.next_break()
    assert after is not None and after.reason == "interval", "the break answered the slouch"
    logged = controller.breaks.rows(limit=1)[0]
    assert logged.trigger == "posture", "the history says the break was started by posture"


def test_a_break_brought_forward_waits_out_full_screen_beyond_the_longest_wait(
    qtbot, setup, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    controller, watch, sensor, blockers, _days = setup
    controller.apply_settings(controller.settings.replace(max_wait_minutes=5))
    watch.calibrate()
    sit(clock, watch, 6)
    sensor.seen = person(shoulders=160)
    sit(clock, watch, 11)
    planned = controller.next_break()
    assert planned is not None and planned.reason == "posture"
    assert planned.slouch == "rounded-shoulders"
    started: list[object] = []
    controller.break_started.connect(started.append)
    blockers["fullscreen"] = True
    clock.set(planned.at)
    controller.on_due(planned.kind, planned.reason)
    assert started == [] and controller.status()["waiting_for"] == "fullscreen"
    regular = controller.next_break(posture=False)
    assert regular is not None
    while clock.now() < regular.at - timedelta(minutes=1):
        sit(clock, watch, 1)
        controller.sample()
    assert started == [], "an early break never starts over a full-screen window"
    blockers["fullscreen"] = False
    controller.sample()
    assert len(started) == 1
    assert controller.active is not None
    assert controller.active.plan.exercise_ids == ("shoulder-blade-squeeze",)


def test_nobody_in_view_or_a_call_is_no_slouch(qtbot, setup, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    controller, watch, sensor, _blockers, _days = setup
    watch.calibrate()
    sensor.seen = person(head=90)
    sit(clock, watch, 6)
    sensor.seen = None  # stood up and left
    sit(clock, watch, 0.4)
    sensor.seen = person(head=90)
    sit(clock, watch, 6)
    assert controller.next_break().reason == "interval"  # type: ignore[union-attr]
    sensor.skip = "call"
    sit(clock, watch, 6)
    assert controller.next_break().reason == "interval"  # type: ignore[union-attr]
    assert controller.status()["posture"]["problem"] is None  # type: ignore[index]


def test_without_calibration_nothing_is_judged_and_status_says_so(
    qtbot, setup, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    controller, watch, sensor, _blockers, days = setup
    sensor.seen = person(head=60)
    sit(clock, watch, 20)
    assert controller.next_break().reason == "interval"  # type: ignore[union-attr]
    report = controller.status()["posture"]
    assert report["calibrated"] is False and report["upright_share"] is None  # type: ignore[index]
    assert days == []


def test_a_failed_calibration_says_why_and_keeps_no_baseline(qtbot, setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _controller, watch, sensor, _blockers, _days = setup
    results: list[object] = []
    watch.calibrated.connect(results.append)
    sensor.seen = None
    watch.calibrate()
    assert isinstance(results[0], str) and "shoulders" in results[0]
    assert watch.baseline is None and not (tmp_path / "posture.json").exists()


def test_the_day_in_numbers_goes_to_the_log_and_stopping_releases_the_camera(
    qtbot, setup, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    _controller, watch, sensor, _blockers, days = setup
    watch.calibrate()
    sit(clock, watch, 10)
    watch.stop()
    assert sensor.closed
    summary = days[-1]
    assert summary.upright_seconds == 10 * 60 and summary.slouched_seconds == 0  # type: ignore[attr-defined]


class SlowSensor(FakeSensor):
    """Answers a read only when the test says (the first reading loads the model)."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[tuple[int, Callable[[Sight], None]]] = []

    def read(self, count: int, done: Callable[[Sight], None]) -> None:
        self.reads.append(count)
        self.pending.append((count, done))

    def answer(self) -> None:
        count, done = self.pending.pop(0)
        done(Sight((self.seen,) * count))


def test_calibrate_pressed_during_a_reading_follows_it(
    qtbot, make_controller, clock, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    controller = make_controller()
    sensor = SlowSensor()
    watch = PostureWatch(clock, controller.settings, sensor, tmp_path / "posture.json")
    results: list[object] = []
    watch.calibrated.connect(results.append)
    watch.read_now()
    watch.calibrate()  # pressed while the first reading is still loading the model
    assert results == [] and sensor.reads == [1]
    sensor.answer()
    assert sensor.reads == [1, 5]  # the calibration's five pictures, right after
    sensor.answer()
    assert results == [None] and watch.baseline is not None
    assert json.loads((tmp_path / "posture.json").read_text())["head_height"] > 0


@pytest.mark.parametrize(
    ("slouch", "named"),
    [("forward-head", "(head forward and down)"), ("rounded-shoulders", "(rounded shoulders)")],
)
def test_the_notice_of_an_early_break_says_why(qtbot, clock: FakeClock, slouch, named) -> None:  # type: ignore[no-untyped-def]
    from postureapp.core.session import Countdown
    from postureapp.ui.notice import NoticePopup

    early = NoticePopup(
        "short", Countdown(clock.monotonic() + 30), clock, can_postpone=True, snooze_minutes=5,
        slouch=slouch,
    )  # fmt: skip
    usual = NoticePopup(
        "short", Countdown(clock.monotonic() + 30), clock, can_postpone=True, snooze_minutes=5
    )
    qtbot.addWidget(early)
    qtbot.addWidget(usual)
    assert early.detail.text().startswith("It comes early: the camera has seen a slouch")
    assert named in early.detail.text()
    assert "camera" not in usual.detail.text()


class Bodies:
    """A notification server that keeps each body it is asked to show."""

    def __init__(self) -> None:
        self.bodies: list[str] = []

    def available(self) -> bool:
        return True

    def notify(self, summary, body, actions, timeout_ms, on_action):  # type: ignore[no-untyped-def]
        self.bodies.append(body)
        return self

    def close(self) -> None:
        pass


def test_the_desktop_notification_of_an_early_break_says_why_too(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    """Where corner popups do not behave (Wayland, tiling), the notice is a notification."""
    from postureapp.core.session import Countdown, Notice
    from postureapp.core.terms import BreakKind
    from postureapp.ui.desktop_notices import DesktopNotice, make_notice

    server = Bodies()
    for slouch in ("rounded-shoulders", None):
        notice = Notice(BreakKind.SHORT, Countdown(clock.monotonic() + 30), slouch)
        note, _headline = make_notice(notice, clock, server, can_postpone=True, snooze_minutes=5)
        assert isinstance(note, DesktopNotice)
        note.present()
        note.close()
    assert server.bodies[0].startswith("It comes early: the camera has seen a slouch")
    assert "(rounded shoulders)" in server.bodies[0]
    assert "camera" not in server.bodies[1]


def test_calibrating_while_a_call_uses_the_camera_says_so_and_keeps_no_baseline(
    qtbot, setup, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _controller, watch, sensor, _blockers, _days = setup
    results: list[object] = []
    watch.calibrated.connect(results.append)
    sensor.skip = "call"
    watch.calibrate()
    assert results == ["Another program is using the camera or the microphone."]
    sensor.skip = "no camera was found"  # the sensor's own words pass through as they are
    watch.calibrate()
    assert results[-1] == "no camera was found"
    assert watch.baseline is None and not (tmp_path / "posture.json").exists()


def test_a_damaged_baseline_file_means_calibrate_again_not_a_wrong_posture(
    qtbot, make_controller, clock: FakeClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    controller = make_controller()
    kept = tmp_path / "posture.json"
    kept.write_text('{"ear_height": "tall"', encoding="utf-8")  # cut off mid-write
    watch = PostureWatch(
        clock, controller.settings, FakeSensor(), kept, lambda _day: None, controller
    )
    assert watch.baseline is None
    controller.posture = watch
    assert controller.status()["posture"]["calibrated"] is False  # type: ignore[index]
    assert kept.read_text(encoding="utf-8") == '{"ear_height": "tall"', "the file is kept as it was"
