"""When a stretch of slouched readings counts as held, when it ends, how the day adds up, how
far a held slouch brings a break forward, what the camera says about being away, and which
exercises answer a slouch. Readings are judged already (a slouch kind or upright); a fake clock."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

import pytest

from postureapp.core.posture import Held, Posture, Reading, Slouch, answering, held, observe
from postureapp.core.posture.forward import bring_forward
from postureapp.core.posture.hold import gap, period
from postureapp.core.posture.in_view import InView, idle_with_camera, track

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
KINDS = {"s": Slouch.FORWARD_HEAD, "r": Slouch.ROUNDED_SHOULDERS, "l": Slouch.LEANING}


@dataclass(frozen=True)
class HS:
    readings_per_minute: int = 4
    slouch_minutes: int = 10


def reading(mark: str) -> Reading | None:
    """s, r, l: a slouch of that kind; u: upright; a: nobody in view."""
    if mark == "a":
        return None
    return Reading(KINDS.get(mark), 0.0, 0.0, 0.0)


def feed(
    pattern: str, settings: HS = HS(), start: datetime = T0, state: Posture | None = None
) -> tuple[Posture, datetime]:
    """One reading per period ('-': the camera was not read then); the state and the time of
    the last reading."""
    state = state or Posture()
    step = period(settings)
    now = start
    for mark in pattern:
        if mark != "-":
            state, _ = observe(state, now, reading(mark), settings)
        now += step
    return state, now - step


# --- the reading rate and the gap ------------------------------------------------------------


def test_the_time_between_readings_follows_the_rate_and_never_divides_by_zero() -> None:
    assert period(HS(readings_per_minute=4)) == timedelta(seconds=15)
    assert period(HS(readings_per_minute=1)) == timedelta(minutes=1)
    assert period(HS(readings_per_minute=0)) == timedelta(minutes=1)


def test_three_missed_readings_break_a_stretch_but_never_less_than_two_minutes() -> None:
    assert gap(HS(readings_per_minute=4)) == timedelta(minutes=2)
    assert gap(HS(readings_per_minute=1)) == timedelta(minutes=3)


@pytest.mark.parametrize(("missed", "still_held"), [(2, True), (3, False)])
def test_at_one_reading_a_minute_two_missed_readings_keep_the_slouch(
    missed: int, still_held: bool
) -> None:
    """Readings a minute apart; a hole of three minutes (two missed) keeps the stretch, one of
    four (three missed) starts it again."""
    slow = HS(readings_per_minute=1, slouch_minutes=5)
    state, now = feed("sss" + "-" * missed + "ss", slow)
    assert (held(state, now, slow) is not None) == still_held


@pytest.mark.parametrize(("hole", "still_held"), [(120, True), (121, False)])
def test_a_hole_of_exactly_the_gap_keeps_the_slouch(hole: int, still_held: bool) -> None:
    settings = HS(slouch_minutes=1)
    state, now = feed("sss", settings)
    state, _ = observe(state, now + timedelta(seconds=hole), reading("s"), settings)
    assert (held(state, now + timedelta(seconds=hole), settings) is not None) == still_held


# --- when a stretch goes on and when it ends -------------------------------------------------


def test_three_slouched_readings_in_four_keep_a_slouch_going() -> None:
    state, now = feed("sssu" * 10 + "s")
    found = held(state, now, HS())
    assert found is not None and found.since == T0


def test_slouched_less_than_three_readings_in_four_is_no_slouch() -> None:
    state, now = feed("sssusu" * 10)
    assert held(state, now, HS()) is None


def test_an_upright_reading_keeps_a_held_slouch_in_view_until_the_gap_after_it() -> None:
    state, now = feed("s" * 44 + "u")
    assert held(state, now + timedelta(minutes=2), HS()) is not None
    assert held(state, now + timedelta(minutes=2, seconds=1), HS()) is None


def test_a_held_slouch_is_held_until_exactly_the_gap_after_its_last_reading() -> None:
    state, now = feed("s" * 44)
    assert held(state, now + timedelta(minutes=2), HS()) is not None


def test_held_from_the_minute_the_slouch_lasted() -> None:
    settings = HS(slouch_minutes=1)
    state, now = feed("ssss", settings)
    assert held(state, now, settings) is None
    state, now = feed("s", settings, now + period(settings), state)
    assert held(state, now, settings) == Held(Slouch.FORWARD_HEAD, T0, T0 + timedelta(minutes=1))


@pytest.mark.parametrize(
    ("pattern", "kind"),
    [
        ("srsrsr", Slouch.FORWARD_HEAD),  # a tie: the first seen
        ("rsrsrs", Slouch.ROUNDED_SHOULDERS),
        ("srrsr", Slouch.ROUNDED_SHOULDERS),
        ("lsslll", Slouch.LEANING),
    ],
)
def test_the_slouch_seen_most_names_it_and_the_first_seen_on_a_tie(
    pattern: str, kind: Slouch
) -> None:
    settings = HS(slouch_minutes=1)
    state, now = feed(pattern, settings)
    found = held(state, now, settings)
    assert found is not None and found.kind == kind


# --- the day's figures -----------------------------------------------------------------------


def test_a_reading_on_the_same_day_hands_back_no_finished_day() -> None:
    state, now = feed("u")
    for mark in "usa":
        state, finished = observe(state, now + timedelta(seconds=15), reading(mark), HS())
        assert finished is None


def test_a_day_seen_by_nobody_has_no_upright_share() -> None:
    state, _ = feed("aaa")
    assert state.today is not None
    assert (state.today.readings, state.today.unseen) == (3, 3)
    assert state.today.upright_share is None


def test_a_clock_set_back_counts_no_time() -> None:
    state, now = feed("uu")
    state, _ = observe(state, now - timedelta(minutes=5), reading("u"), HS())
    assert state.today is not None
    assert (state.today.upright_seconds, state.today.readings) == (30, 3)


def test_after_a_break_the_days_figures_go_on() -> None:
    from postureapp.core.posture import restart

    state, _ = feed("uuss")
    after = restart(state)
    assert after.today == state.today and after.stretch is None


# --- bringing a break forward ----------------------------------------------------------------


@dataclass(frozen=True)
class State:
    interval_start: datetime
    snoozed_until: datetime | None = None
    paused_until: datetime | None = None


@dataclass(frozen=True)
class Times:
    short_interval_minutes: int = 30
    notice_seconds: int = 30


def slouch(minute: float) -> Held:
    return Held(Slouch.FORWARD_HEAD, T0, T0 + timedelta(minutes=minute))


def always(_moment: datetime) -> bool:
    return True


def test_a_held_slouch_brings_a_break_to_the_notice_after_it() -> None:
    due = T0 + timedelta(minutes=30)
    at = bring_forward(due, slouch(20), State(T0), Times(), always)
    assert at == T0 + timedelta(minutes=20, seconds=30)


def test_a_slouch_moves_nothing_when_the_break_comes_at_that_moment_anyway() -> None:
    due = T0 + timedelta(minutes=20, seconds=30)
    assert bring_forward(due, slouch(20), State(T0), Times(), always) is None
    later = due + timedelta(seconds=1)
    assert bring_forward(later, slouch(20), State(T0), Times(), always) == due


def test_never_before_a_pause_or_a_snooze_ends() -> None:
    due = T0 + timedelta(minutes=30)
    paused = State(T0, paused_until=T0 + timedelta(minutes=25))
    assert bring_forward(due, slouch(20), paused, Times(), always) == T0 + timedelta(minutes=25)
    snoozed = State(T0, snoozed_until=T0 + timedelta(minutes=24))
    assert bring_forward(due, slouch(20), snoozed, Times(), always) == T0 + timedelta(minutes=24)


def test_never_sooner_than_half_an_interval_after_the_last_break() -> None:
    due = T0 + timedelta(minutes=60)
    at = bring_forward(due, slouch(2), State(T0), Times(short_interval_minutes=60), always)
    assert at == T0 + timedelta(minutes=30)


def test_not_at_a_time_breaks_are_not_allowed() -> None:
    due = T0 + timedelta(minutes=30)
    assert bring_forward(due, slouch(20), State(T0), Times(), lambda _m: False) is None


@pytest.fixture
def in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The system's own clock set to Tokyo time, as the TZ variable does."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (State(T0), T0 + timedelta(minutes=20, seconds=30)),  # the notice after the slouch
        (State(T0 + timedelta(minutes=10)), T0 + timedelta(minutes=25)),  # half an interval on
        (State(T0, paused_until=T0 + timedelta(minutes=26)), T0 + timedelta(minutes=26)),
    ],
    ids=["notice", "half-interval", "pause"],
)
def test_the_time_brought_forward_is_in_utc_whatever_the_zones(
    in_tokyo: None, state: State, expected: datetime
) -> None:
    east = timezone(timedelta(hours=5))
    due = (T0 + timedelta(minutes=30)).astimezone(east)
    slouched = Held(
        Slouch.FORWARD_HEAD, T0.astimezone(east), (T0 + timedelta(minutes=20)).astimezone(east)
    )
    at = bring_forward(due, slouched, state, Times(), always)
    assert at == expected
    assert at is not None and at.utcoffset() == timedelta(0)


# --- nobody in view --------------------------------------------------------------------------

STALE = timedelta(minutes=2)


def test_a_view_exactly_as_old_as_allowed_still_counts() -> None:
    view = track(None, T0, someone=True)
    assert idle_with_camera(300.0, T0 + STALE, view, STALE) == 0.0
    assert idle_with_camera(300.0, T0 + STALE + timedelta(seconds=1), view, STALE) == 300.0


def test_nobody_in_view_this_very_moment_is_no_time_away_yet() -> None:
    view = track(track(None, T0, someone=True), T0 + timedelta(seconds=20), someone=False)
    assert view == InView(T0 + timedelta(seconds=20), T0 + timedelta(seconds=20))
    assert idle_with_camera(None, T0 + timedelta(seconds=20), view, STALE) == 0.0
    assert idle_with_camera(None, T0 + timedelta(seconds=10), view, STALE) == 0.0


# --- which exercise answers ------------------------------------------------------------------


def test_own_exercises_of_the_right_movement_answer_after_the_named_ones_by_name() -> None:
    pairs = [
        ("my-neck-b", "neck"),
        ("chin-tuck", "neck"),
        ("my-neck-a", "neck"),
        ("my-squeeze", "shoulder-blades"),
    ]
    assert answering("forward-head", pairs) == ["chin-tuck", "my-neck-a", "my-neck-b"]
    assert answering("rounded-shoulders", pairs) == ["my-squeeze"]
    assert answering("leaning", pairs) == []
