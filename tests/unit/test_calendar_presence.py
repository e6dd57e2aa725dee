"""A due break held by a calendar event waits for the event to end, past the longest wait."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from postureapp.core.clock import FakeClock
from postureapp.core.presence import Blockers, Presence, Start, Wait, decide

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@dataclass(frozen=True)
class S:
    idle_threshold_minutes: int = 5
    max_wait_minutes: int = 30


def test_an_event_outranks_a_call_in_what_the_break_waits_for() -> None:
    assert Blockers(event=True, call=True, fullscreen=True).reason == "event"


def test_a_break_held_by_a_meeting_waits_its_whole_hour_then_starts() -> None:
    clock = FakeClock(T0)
    meeting_ends = T0 + timedelta(hours=1)
    state = Presence.fresh(T0 - timedelta(minutes=30))
    reasons = set()
    while True:
        in_meeting = clock.now() < meeting_ends
        decision, state = decide(
            clock.now(), T0, 40, 1.0, lambda m=in_meeting: Blockers(event=m), state, S()
        )
        if not isinstance(decision, Wait):
            break
        reasons.add(decision.reason)
        clock.advance(decision.recheck_in.total_seconds())
    assert decision == Start()
    assert reasons == {"event"}
    # 30 minutes is the longest wait for a call; a meeting holds the break for its hour
    assert clock.now() == meeting_ends
