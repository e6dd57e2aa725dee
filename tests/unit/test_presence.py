from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from postureapp.core import presence
from postureapp.core.clock import FakeClock
from postureapp.core.presence import (
    Blockers,
    Natural,
    NotDue,
    Presence,
    Shift,
    Start,
    Wait,
    decide,
)
from postureapp.core.settings import Settings

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SHORT = 40
LONG = 240


@dataclass(frozen=True)
class S:
    idle_threshold_minutes: int = 5
    max_wait_minutes: int = 30


def free() -> Blockers:
    return Blockers()


def never() -> Blockers:
    raise AssertionError("the blocker checks ran although no break could start")


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def idle_with_absence(leaves: float, returns: float) -> Callable[[datetime], float]:
    """A user who types all the time except between `leaves` and `returns` (seconds after T0)."""

    def idle(now: datetime) -> float:
        offset = (now - T0).total_seconds()
        return offset - leaves if leaves <= offset < returns else 0.0

    return idle


def run(
    idle: Callable[[datetime], float], due: datetime, break_seconds: int, until: datetime
) -> list[tuple[datetime, presence.Decision]]:
    """Sample when `decide` asks to and when the break falls due; stop at a start or natural break."""
    clock = FakeClock(T0)
    state = Presence.fresh(T0)
    seen: list[tuple[datetime, presence.Decision]] = []
    while clock.now() < until:
        decision, state = decide(
            clock.now(), due, break_seconds, idle(clock.now()), free, state, S()
        )
        seen.append((clock.now(), decision))
        if isinstance(decision, Start | Natural):
            break
        if isinstance(decision, Shift):
            due = decision.due_at
            continue
        wake = clock.now() + decision.recheck_in
        if due > clock.now():
            wake = min(wake, due)  # the scheduler's break job wakes the controller at `due`
        clock.set(wake)
    return seen


def test_real_settings_provide_what_the_rules_read() -> None:
    settings = Settings.defaults()
    assert presence.natural_seconds(SHORT, settings) == settings.idle_threshold_minutes * 60


def test_blocker_reason_puts_a_call_before_full_screen_before_dnd() -> None:
    assert Blockers().reason is None
    assert Blockers(dnd=True).reason == "dnd"
    assert Blockers(fullscreen=True, dnd=True).reason == "fullscreen"
    assert Blockers(fullscreen=True, dnd=True, call=True).reason == "call"


def test_an_absence_must_last_the_break_and_the_idle_threshold() -> None:
    assert presence.natural_seconds(SHORT, S(idle_threshold_minutes=1)) == 60
    assert presence.natural_seconds(SHORT, S(idle_threshold_minutes=5)) == 300
    assert presence.natural_seconds(1200, S(idle_threshold_minutes=5)) == 1200


def test_a_due_break_starts_when_the_user_is_at_the_desk_and_nothing_blocks_it() -> None:
    decision, _ = decide(at(0), at(0), SHORT, 3.0, free, Presence.fresh(at(-1800)), S())
    assert decision == Start()


def test_reading_without_touching_anything_is_not_being_away() -> None:
    decision, _ = decide(at(0), at(0), LONG, 35.0, free, Presence.fresh(at(-1800)), S())
    assert decision == Start()


def test_unknown_idle_time_never_swallows_a_break() -> None:
    state = Presence(at(-1800), away=presence.Away(at(-600), at(-60)))
    decision, after = decide(at(0), at(0), SHORT, None, free, state, S())
    assert decision == Start()
    assert after.away is None


def test_before_the_break_is_due_idle_is_sampled_coarsely_and_blockers_are_not_checked() -> None:
    decision, _ = decide(at(0), at(600), SHORT, 2.0, never, Presence.fresh(at(-600)), S())
    assert decision == NotDue(timedelta(seconds=150))


def test_watch_interval_is_half_the_threshold_and_never_below_a_minute() -> None:
    assert presence.watch_interval(S(idle_threshold_minutes=5)) == timedelta(seconds=150)
    assert presence.watch_interval(S(idle_threshold_minutes=1)) == timedelta(seconds=60)


@pytest.mark.parametrize(
    ("blockers", "reason"),
    [
        (Blockers(call=True), "call"),
        (Blockers(fullscreen=True), "fullscreen"),
        (Blockers(dnd=True), "dnd"),
    ],
)
def test_a_due_break_waits_for_each_blocker_and_rechecks_coarsely(
    blockers: Blockers, reason: str
) -> None:
    decision, state = decide(
        at(0), at(0), SHORT, 1.0, lambda: blockers, Presence.fresh(at(-1800)), S()
    )
    assert decision == Wait(reason, timedelta(seconds=30))
    assert state.waiting_since == at(0)


def test_a_held_break_starts_as_soon_as_the_blocker_ends() -> None:
    state = Presence(at(-1800), waiting_since=at(-90))
    decision, _ = decide(at(0), at(-90), SHORT, 1.0, free, state, S())
    assert decision == Start()


def test_a_held_break_starts_anyway_once_the_longest_wait_is_over() -> None:
    clock = FakeClock(T0)
    state = Presence.fresh(at(-1800))
    call = Blockers(call=True)
    waits: list[timedelta] = []
    while True:
        decision, state = decide(
            clock.now(), T0, SHORT, 1.0, lambda: call, state, S(max_wait_minutes=2)
        )
        if not isinstance(decision, Wait):
            break
        waits.append(decision.recheck_in)
        clock.advance(decision.recheck_in.total_seconds())
    assert decision == Start()
    assert clock.now() == at(120)
    assert waits == [timedelta(seconds=30)] * 4


def test_the_last_recheck_is_shortened_to_end_on_the_wait_limit() -> None:
    state = Presence(at(-1800), waiting_since=at(-110))
    decision, _ = decide(
        at(0), at(-110), SHORT, 1.0, lambda: Blockers(dnd=True), state, S(max_wait_minutes=2)
    )
    assert decision == Wait("dnd", timedelta(seconds=10))


def test_with_no_wait_limit_a_blocked_break_keeps_waiting() -> None:
    state = Presence(at(-1800), waiting_since=at(-36000))
    decision, _ = decide(
        at(0),
        at(-36000),
        SHORT,
        1.0,
        lambda: Blockers(fullscreen=True),
        state,
        S(max_wait_minutes=0),
    )
    assert decision == Wait("fullscreen", timedelta(seconds=30))


def test_a_break_due_while_the_user_is_away_waits_without_checking_blockers() -> None:
    decision, state = decide(at(0), at(0), LONG, 90.0, never, Presence.fresh(at(-1800)), S())
    assert isinstance(decision, Wait)
    assert decision.reason == "away"
    assert state.away == presence.Away(at(-90), at(0))


def test_returning_after_a_long_absence_is_a_natural_break_of_the_observed_length() -> None:
    # Leaves at 09:10, the break falls due at 09:30, back at 09:30:50.
    seen = run(idle_with_absence(600, 1850), at(1800), SHORT, until=at(7200))
    waiting = [decision for moment, decision in seen if moment >= at(1800)][:-1]
    assert waiting and all(decision == Wait("away", timedelta(seconds=60)) for decision in waiting)
    last_moment, last = seen[-1]
    assert isinstance(last, Natural)
    assert last.idle_started == at(600)
    assert 1850 - 600 - 60 < last.seconds <= 1850 - 600
    assert last_moment < at(1850 + 60)


def test_returning_after_a_short_absence_starts_the_break_if_it_is_still_owed() -> None:
    state = Presence(at(-1800), away=presence.Away(at(-600), at(-570)))
    decision, _ = decide(at(0), at(-300), LONG, 5.0, free, state, S())
    assert decision == Start()


def test_a_short_absence_stops_the_countdown_so_a_break_not_yet_owed_moves_later() -> None:
    state = Presence(at(-1800), away=presence.Away(at(-200), at(-20)))
    decision, after = decide(at(0), at(-10), LONG, 5.0, never, state, S())
    assert decision == Shift(at(-10 + 180))
    assert after.away is None


def test_a_short_absence_long_before_the_break_pushes_it_back_by_its_length() -> None:
    state = Presence(at(-1800), away=presence.Away(at(-300), at(-120)))
    decision, _ = decide(at(0), at(600), LONG, 30.0, never, state, S())
    assert decision == Shift(at(600 + 180))


def test_idleness_during_a_break_on_screen_is_not_counted_as_an_absence() -> None:
    # The break ended at T0 after 4 minutes without input; 50 s later that is not 290 s away.
    decision, _ = decide(at(50), at(1850), LONG, 290.0, never, Presence.fresh(T0), S())
    assert isinstance(decision, NotDue)


def test_away_rechecks_often_enough_to_measure_and_rarely_once_it_is_a_break() -> None:
    one = S(idle_threshold_minutes=1)
    assert presence.away_recheck(timedelta(seconds=65), 120, one) == timedelta(seconds=30)
    assert presence.away_recheck(timedelta(seconds=120), 120, one) == timedelta(seconds=60)
    assert presence.away_recheck(timedelta(seconds=60), 1200, one) == timedelta(seconds=60)
    assert presence.away_recheck(timedelta(seconds=0), 10, one) == timedelta(seconds=15)


def test_shift_for_idle_adds_the_idle_stretch_and_never_moves_a_break_earlier() -> None:
    assert presence.shift_for_idle(at(600), at(100), at(220)) == at(720)
    assert presence.shift_for_idle(at(600), at(220), at(100)) == at(600)


@pytest.mark.parametrize("break_seconds", [10, SHORT, 120, LONG, 1200])
def test_two_minutes_away_around_a_due_break_cost_only_a_few_wakeups(break_seconds: int) -> None:
    seen = run(idle_with_absence(100, 220), at(160), break_seconds, until=at(1000))
    during = [moment for moment, _ in seen if at(100) <= moment <= at(220 + 60)]
    assert 1 <= len(during) <= 8
    assert isinstance(seen[-1][1], Start | Natural)
