"""A locked screen is an absence (rule 0 of core.presence): the break waits for the user, the
absence counts from the lock or from the last input before it, and once the screen is unlocked
the absence is a natural break or only stops the countdown, by how long it lasted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from postureapp.core.clock import FakeClock
from postureapp.core.presence import (
    Away,
    Blockers,
    Natural,
    Presence,
    Shift,
    Start,
    Wait,
    decide,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SHORT = 40


@dataclass(frozen=True)
class S:
    idle_threshold_minutes: int = 5
    max_wait_minutes: int = 30


def never() -> Blockers:
    raise AssertionError("the blocker checks ran while the screen was locked")


def free() -> Blockers:
    return Blockers()


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_a_due_break_waits_behind_a_locked_screen_from_the_lock_on() -> None:
    clock = FakeClock(at(600))
    start = Presence.fresh(T0)
    decision, kept = decide(
        clock.now(), at(300), SHORT, 0.0, never, start, S(), locked_since=at(480)
    )
    assert decision == Wait("away", timedelta(seconds=60))
    assert kept.away == Away(at(480), at(600))
    assert kept.counting_from == T0


def test_the_absence_counts_from_the_last_input_before_the_lock() -> None:
    # Last key press at 400 s, locked at 480 s: away since 400 s.
    _, kept = decide(at(600), at(300), SHORT, 200.0, never, Presence.fresh(T0), S(), at(480))
    assert kept.away == Away(at(400), at(600))
    # A lock a moment after typing: away since the lock.
    _, kept = decide(at(600), at(300), SHORT, 10.0, never, Presence.fresh(T0), S(), at(480))
    assert kept.away == Away(at(480), at(600))
    # Idle time that cannot be read, or a reading below zero, leaves the lock as the start.
    _, kept = decide(at(600), at(300), SHORT, None, never, Presence.fresh(T0), S(), at(480))
    assert kept.away == Away(at(480), at(600))
    _, kept = decide(at(600), at(300), SHORT, -5.0, never, Presence.fresh(T0), S(), at(480))
    assert kept.away == Away(at(480), at(600))


def test_an_absence_never_starts_before_the_interval_it_belongs_to() -> None:
    # The interval restarted at 500 s (a break just ended); the lock and the input were earlier.
    _, kept = decide(at(600), at(900), SHORT, 300.0, never, Presence.fresh(at(500)), S(), at(450))
    assert kept.away == Away(at(500), at(600))


def test_a_long_lock_keeps_its_start_and_looks_again_once_a_minute() -> None:
    settings = S(idle_threshold_minutes=1)  # an absence of 60 s is a break
    presence = Presence.fresh(T0)
    decision, presence = decide(at(100), at(50), SHORT, 0.0, never, presence, settings, at(90))
    assert decision == Wait("away", timedelta(seconds=15)), "a quarter of the 60 s needed"
    decision, presence = decide(at(120), at(50), SHORT, 0.0, never, presence, settings, at(90))
    assert presence.away == Away(at(90), at(120))
    decision, presence = decide(at(200), at(50), SHORT, 0.0, never, presence, settings, at(90))
    assert presence.away == Away(at(90), at(200))
    assert decision == Wait("away", timedelta(seconds=60)), "long enough: only the return is left"


def test_unlocked_after_a_long_lock_the_absence_was_the_break() -> None:
    presence = Presence.fresh(T0)
    for seconds in (700, 900, 1000):
        _, presence = decide(at(seconds), at(600), SHORT, 0.0, never, presence, S(), at(620))
    # Back: the screen is unlocked and a key was pressed just now.
    decision, presence = decide(at(1010), at(600), SHORT, 1.0, free, presence, S())
    assert decision == Natural(at(620), 380)
    assert presence == Presence.fresh(at(1009))


def test_unlocked_after_a_short_lock_the_countdown_stood_still_for_it() -> None:
    presence = Presence.fresh(T0)
    _, presence = decide(at(500), at(900), SHORT, 0.0, never, presence, S(), at(400))
    _, presence = decide(at(560), at(900), SHORT, 0.0, never, presence, S(), at(400))
    decision, _ = decide(at(565), at(900), SHORT, 2.0, free, presence, S())
    assert decision == Shift(at(900 + 160))


def test_locks_compare_as_instants_whatever_the_offset() -> None:
    berlin = timezone(timedelta(hours=1))
    locked = at(480).astimezone(berlin)
    _, kept = decide(at(600), at(300), SHORT, 200.0, never, Presence.fresh(T0), S(), locked)
    assert kept.away is not None and kept.away.since == at(400)


def test_a_mouse_moved_on_the_lock_screen_does_not_shorten_the_absence() -> None:
    presence = Presence.fresh(T0)
    _, presence = decide(at(600), at(300), SHORT, 200.0, never, presence, S(), at(480))
    assert presence.away == Away(at(400), at(600))
    # The idle reading starts again when the mouse moves, though the screen stays locked.
    _, presence = decide(at(700), at(300), SHORT, 5.0, never, presence, S(), at(480))
    assert presence.away == Away(at(400), at(700))


def test_a_screen_locked_right_after_typing_is_away_from_the_lock_not_before() -> None:
    _, kept = decide(at(600), at(300), SHORT, 0.0, never, Presence.fresh(T0), S(), at(600))
    assert kept.away == Away(at(600), at(600))


def test_a_break_that_starts_leaves_no_absence_counted_from_before_it() -> None:
    # Whether nothing blocks it or the longest wait is over, idleness counts again only from now.
    decision, kept = decide(at(600), at(300), SHORT, 0.0, free, Presence.fresh(T0), S())
    assert (decision, kept) == (Start(), Presence.fresh(at(600)))
    held = Presence(T0, waiting_since=at(0))

    def busy() -> Blockers:
        return Blockers(call=True)

    decision, kept = decide(at(3600), at(300), SHORT, 0.0, busy, held, S())
    assert (decision, kept) == (Start(), Presence.fresh(at(3600)))
