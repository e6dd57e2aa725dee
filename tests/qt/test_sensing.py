"""Natural breaks and held breaks, driven through the controller on a fake clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from postureapp.core.clock import FakeClock
from postureapp.core.history import BreakLog, Outcome, Trigger
from postureapp.core.presence import Blockers


class FakeIdle:
    """An idle backend whose user is scripted: `touch()` is input, time passing is idleness."""

    name = "fake"

    def __init__(self, clock: FakeClock) -> None:
        self._clock = clock
        self.last_input = clock.monotonic()

    def touch(self) -> None:
        self.last_input = self._clock.monotonic()

    def idle_seconds(self) -> float | None:
        return self._clock.monotonic() - self.last_input

    def refresh(self, done=None) -> None:  # type: ignore[no-untyped-def]
        if done is not None:
            done()

    def close(self) -> None:
        pass


@pytest.fixture
def blockers() -> dict[str, bool]:
    return {"fullscreen": False}


@pytest.fixture
def sensing(make_controller, clock: FakeClock, blockers):  # type: ignore[no-untyped-def]
    idle = FakeIdle(clock)
    controller = make_controller(
        idle=idle, blockers=lambda settings: Blockers(fullscreen=blockers["fullscreen"])
    )
    return controller, idle


def work(clock: FakeClock, idle: FakeIdle, minutes: float) -> None:
    """The user types steadily for `minutes`."""
    for _ in range(int(minutes * 2)):
        clock.advance(30)
        idle.touch()


def test_a_lunch_away_is_one_natural_break_and_nothing_pops_up(
    qtbot, sensing, clock: FakeClock, breaks: BreakLog
) -> None:  # type: ignore[no-untyped-def]
    controller, idle = sensing
    started: list[object] = []
    controller.break_started.connect(started.append)
    work(clock, idle, 20)
    lunch_start = clock.now()
    # Away for 45 minutes: the controller samples now and then, the break falls due meanwhile.
    for _ in range(45):
        clock.advance(60)
        controller.sample()
    assert started == [], "nothing is shown to an empty chair"
    assert controller.status()["waiting_for"] == "away"
    idle.touch()  # back from lunch
    controller.sample()
    assert started == [], "nothing pops up on return"
    rows = breaks.rows()
    assert [(r.outcome, r.trigger) for r in rows] == [(Outcome.NATURAL, Trigger.NATURAL)]
    assert abs((rows[0].started_at - lunch_start).total_seconds()) <= 1
    assert rows[0].seconds_done >= 44 * 60
    nxt = controller.next_break()
    assert nxt is not None and nxt.at == clock.now() + timedelta(minutes=30)


def test_a_due_break_waits_while_full_screen_and_starts_after(
    qtbot, sensing, clock: FakeClock, blockers
) -> None:  # type: ignore[no-untyped-def]
    controller, idle = sensing
    started: list[object] = []
    controller.break_started.connect(started.append)
    blockers["fullscreen"] = True
    work(clock, idle, 30)
    controller.on_due("short", "interval")
    assert started == [] and controller.status()["waiting_for"] == "fullscreen"
    work(clock, idle, 5)
    controller.sample()
    assert started == [], "still presenting"
    blockers["fullscreen"] = False
    controller.sample()
    assert len(started) == 1 and controller.status()["waiting_for"] is None


def test_a_full_screen_wait_ends_at_the_limit(qtbot, sensing, clock: FakeClock, blockers) -> None:  # type: ignore[no-untyped-def]
    controller, idle = sensing
    started: list[object] = []
    controller.break_started.connect(started.append)
    blockers["fullscreen"] = True
    work(clock, idle, 30)
    controller.on_due("short", "interval")
    limit = controller.settings.max_wait_minutes
    assert limit > 1
    work(clock, idle, limit - 0.5)
    controller.sample()
    assert started == [], "held while the full screen lasts"
    assert controller.status()["waiting_for"] == "fullscreen"
    work(clock, idle, 0.5)
    controller.sample()
    assert len(started) == 1, "a break is held at most max_wait_minutes"
    assert controller.status()["waiting_for"] is None


def test_a_short_absence_stops_the_countdown_for_as_long_as_it_lasted(
    qtbot, sensing, clock: FakeClock, breaks: BreakLog
) -> None:  # type: ignore[no-untyped-def]
    controller, idle = sensing
    due = controller.next_break().at  # type: ignore[union-attr]
    work(clock, idle, 10)
    for _ in range(6):  # three minutes at the coffee machine: shorter than the idle threshold
        clock.advance(30)
        controller.sample()
    away = clock.monotonic() - idle.last_input
    idle.touch()
    controller.sample()
    assert breaks.rows() == [], "too short to count as a break"
    moved = controller.next_break().at  # type: ignore[union-attr]
    assert abs((moved - due).total_seconds() - away) <= 31, "the countdown stood still meanwhile"


def test_status_reports_the_idle_backend_and_seconds(sensing, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    controller, _idle = sensing
    clock.advance(12)
    status = controller.status()
    assert status["idle_backend"] == "fake" and status["idle_seconds"] == 12.0
    assert status["idle_reading"] == {"seconds": 12.0, "age_seconds": 0.0}


def test_a_locked_screen_is_away_at_once_and_a_long_lock_is_a_natural_break(
    qtbot, sensing, clock: FakeClock, breaks: BreakLog
) -> None:  # type: ignore[no-untyped-def]
    controller, idle = sensing
    started: list[object] = []
    controller.break_started.connect(started.append)
    work(clock, idle, 10)
    locked_at = clock.now()
    controller.on_locked(True)
    assert controller.status()["waiting_for"] == "away", "away the moment the screen locks"
    # Locked through the moment the break falls due (30 minutes after the start).
    for _ in range(25):
        clock.advance(60)
        controller.sample()
    assert started == [], "nothing is shown over a locked screen"
    idle.touch()  # typing the password
    controller.on_locked(False)
    assert started == [], "nothing pops up on unlocking"
    rows = breaks.rows()
    assert len(rows) == 1 and rows[0].trigger == Trigger.NATURAL
    assert rows[0].outcome == Outcome.NATURAL
    assert abs((rows[0].started_at - locked_at).total_seconds()) <= 1
    assert rows[0].seconds_done >= 25 * 60 - 1


def test_a_short_lock_stops_the_countdown_and_is_no_break(
    qtbot, sensing, clock: FakeClock, breaks: BreakLog
) -> None:  # type: ignore[no-untyped-def]
    controller, idle = sensing
    work(clock, idle, 5)
    due = controller.next_break().at  # type: ignore[union-attr]
    controller.on_locked(True)
    clock.advance(20)  # a short lock, far below the idle threshold
    controller.sample()
    assert controller.status()["waiting_for"] == "away"
    idle.touch()
    controller.on_locked(False)
    assert breaks.rows() == [], "20 s locked is no break"
    moved = controller.next_break().at  # type: ignore[union-attr]
    assert 19 <= (moved - due).total_seconds() <= 21, "the countdown stood still while locked"
