"""The rules of core.presence exactly at their edges, and what a sample leaves for the next one:
an absence of exactly the break's length, idle of exactly the away threshold, a return within the
jitter, a shifted break due exactly now, and a held break's wait surviving a short absence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from postureapp.core.presence import (
    Away,
    Blockers,
    Natural,
    NotDue,
    Presence,
    Shift,
    Start,
    Wait,
    decide,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SHORT = 40  # with the 5-minute threshold, an absence of 300 s is a break; idle 60 s is away


@dataclass(frozen=True)
class S:
    idle_threshold_minutes: int = 5
    max_wait_minutes: int = 30


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def free() -> Blockers:
    return Blockers()


def call() -> Blockers:
    return Blockers(call=True)


def test_an_absence_of_exactly_the_needed_length_is_a_natural_break() -> None:
    away = Presence(T0, away=Away(at(100), at(400)))
    decision, kept = decide(at(405), at(2000), SHORT, 0.0, free, away, S())
    assert decision == Natural(at(100), 300)
    assert kept == Presence.fresh(at(405))


def test_idle_for_exactly_the_away_threshold_is_away() -> None:
    decision, kept = decide(at(1000), at(2000), SHORT, 60.0, free, Presence.fresh(T0), S())
    assert isinstance(decision, Wait) and decision.reason == "away"
    assert kept.away == Away(at(940), at(1000))
    decision, _ = decide(at(1000), at(2000), SHORT, 59.0, free, Presence.fresh(T0), S())
    assert isinstance(decision, NotDue)


def test_an_input_within_the_jitter_of_the_start_is_still_the_same_absence() -> None:
    away = Presence(T0, away=Away(at(100), at(200)))
    decision, kept = decide(at(300), at(2000), SHORT, 199.0, free, away, S())
    assert isinstance(decision, Wait) and decision.reason == "away"
    assert kept.away == Away(at(100), at(300))


def test_a_short_absence_moves_the_break_and_counts_idleness_again_from_the_return() -> None:
    away = Presence(T0, away=Away(at(100), at(130)))
    decision, kept = decide(at(150), at(170), SHORT, 0.0, free, away, S())
    assert decision == Shift(at(200))
    assert kept == Presence.fresh(at(150))


def test_a_break_shifted_to_exactly_now_starts() -> None:
    away = Presence(T0, away=Away(at(100), at(130)))
    decision, kept = decide(at(200), at(170), SHORT, 0.0, free, away, S())
    assert decision == Start()
    assert kept == Presence.fresh(at(200))


def test_a_held_break_keeps_its_wait_through_a_short_absence() -> None:
    # Held by a call since 500 s; the user stepped away for 30 s and is back at 1035 s.
    held = Presence(T0, away=Away(at(1000), at(1030)), waiting_since=at(500))
    decision, kept = decide(at(1040), at(400), SHORT, 5.0, call, held, S())
    assert decision == Wait("call", timedelta(seconds=30))
    assert kept == Presence(at(1035), waiting_since=at(500))


def test_unreadable_idle_time_drops_the_absence_being_followed() -> None:
    away = Presence(T0, away=Away(at(100), at(200)))
    decision, kept = decide(at(300), at(2000), SHORT, None, free, away, S())
    assert isinstance(decision, NotDue)
    assert kept == Presence(T0)
