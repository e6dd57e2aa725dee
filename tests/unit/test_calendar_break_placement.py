"""Where a break goes around meetings, at the edges: a break due the very minute a meeting's
guard begins or the meeting ends, a tie between early and late, the grace for a timer that
fires late, meetings that end together, and a break pushed from one working period to the next
until the planner gives up. Events as data on a fake Monday in Berlin."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from postureapp.core.calendar.model import Busy, BusyEvent
from postureapp.core.calendar.rules import (
    AFTER,
    BEFORE,
    GRACE,
    MAX_MOVES,
    Placement,
    Spot,
    keep_clear,
    place,
    stretch_at,
    stretches,
)

BERLIN = ZoneInfo("Europe/Berlin")
SHORT = timedelta(seconds=40)
LONG = timedelta(minutes=4)


def at(hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 3, 23, hour, minute, second, tzinfo=BERLIN)


def meeting(start: datetime, end: datetime, title: str = "Sync") -> BusyEvent:
    return BusyEvent(start, end, title, "work")


def busy(*events: BusyEvent, lead: int = 5, now: datetime | None = None) -> Busy:
    return Busy.of(list(events), lead, now or at(8))


def hm(moment: datetime) -> str:
    return f"{moment.astimezone(BERLIN):%H:%M:%S}"


# --- busy times ------------------------------------------------------------------------------


def test_a_meeting_holds_from_its_first_minute_up_to_but_not_at_its_end() -> None:
    sync = meeting(at(10), at(11))
    assert sync.covers(at(10)) and sync.covers(at(10, 59, 59))
    assert not sync.covers(at(11)) and not sync.covers(at(9, 59, 59))
    assert sync.length == timedelta(hours=1)


def test_a_meeting_without_a_time_zone_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^busy events need timezone-aware times$"):
        BusyEvent(datetime(2026, 3, 23, 10), at(11))
    with pytest.raises(ValueError, match=r"^busy events need timezone-aware times$"):
        BusyEvent(at(10), datetime(2026, 3, 23, 11))


def test_busy_times_are_kept_in_utc_and_compared_as_instants() -> None:
    sync = meeting(at(10), at(11))
    assert sync.start == datetime(2026, 3, 23, 9, tzinfo=UTC)
    assert sync.start.utcoffset() == timedelta(0) and sync.end.utcoffset() == timedelta(0)
    assert sync.covers(datetime(2026, 3, 23, 9, 30, tzinfo=UTC))


def test_of_overlapping_meetings_the_one_ending_last_holds_the_break() -> None:
    events = busy(meeting(at(10), at(12), "Workshop"), meeting(at(10, 30), at(11), "Call"))
    during = events.during(at(10, 45))
    assert during is not None and during.title == "Workshop"
    assert events.during(at(12)) is None
    assert events.lead == timedelta(minutes=5) and events.now == at(8)


def test_the_next_meeting_is_the_first_that_starts_after_the_moment() -> None:
    events = busy(meeting(at(13), at(14), "Later"), meeting(at(10), at(11), "Sooner"))
    sooner = events.next_start(at(9))
    assert sooner is not None and sooner.title == "Sooner"
    later = events.next_start(at(10))
    assert later is not None and later.title == "Later"
    assert events.next_start(at(13)) is None


# --- stretches -------------------------------------------------------------------------------


def test_a_stretch_runs_from_the_guard_before_a_meeting_to_its_end() -> None:
    events = busy(meeting(at(10), at(11)))
    assert stretch_at(events, SHORT, at(9, 54, 59)) is None
    found = stretch_at(events, SHORT, at(9, 55))
    assert found is not None and (hm(found.start), hm(found.end)) == ("09:55:00", "11:00:00")
    assert stretch_at(events, SHORT, at(10, 59, 59)) is not None
    assert stretch_at(events, SHORT, at(11)) is None


def test_a_break_longer_than_the_lead_guards_its_own_length() -> None:
    found = stretches(busy(meeting(at(10), at(11)), lead=2), LONG)
    assert [(hm(s.start), hm(s.end)) for s in found] == [("09:56:00", "11:00:00")]


def test_a_meeting_inside_another_ends_nothing_early() -> None:
    found = stretches(
        busy(meeting(at(10), at(12), "Workshop"), meeting(at(10, 30), at(11), "Call")), SHORT
    )
    assert [(hm(s.start), hm(s.end), s.first.title, s.last.title) for s in found] == [
        ("09:55:00", "12:00:00", "Workshop", "Workshop")
    ]


def test_of_meetings_ending_together_the_first_is_named_after() -> None:
    events = busy(meeting(at(10), at(11), "Planning"), meeting(at(10, 30), at(11), "Call"))
    placed = place(at(10, 40), SHORT, events, at(9))
    assert (hm(placed.at), placed.side) == ("11:00:00", AFTER)
    assert placed.event is not None and placed.event.title == "Planning"


def test_a_later_meeting_that_runs_longer_is_named_after() -> None:
    events = busy(meeting(at(10), at(11), "Planning"), meeting(at(10, 30), at(11, 30), "Call"))
    placed = place(at(10, 50), SHORT, events, at(9))
    assert (hm(placed.at), placed.side) == ("11:30:00", AFTER)
    assert placed.event is not None and placed.event.title == "Call"


def test_an_empty_event_neither_guards_nor_hides_the_meetings_after_it() -> None:
    events = busy(meeting(at(9), at(9), "Marker"), meeting(at(10), at(11)), meeting(at(12), at(12)))
    assert [(hm(s.start), hm(s.end)) for s in stretches(events, SHORT)] == [
        ("09:55:00", "11:00:00")
    ]
    assert place(at(11, 58), SHORT, events, at(9)) == Placement(at(11, 58))


# --- placing one break -----------------------------------------------------------------------


def test_a_break_due_halfway_through_a_stretch_comes_early() -> None:
    events = busy(meeting(at(10), at(10, 15), "Standup"))  # stretch 09:55-10:15
    placed = place(at(10, 5), SHORT, events, at(9))
    assert placed == Placement(at(9, 55), events.events[0], BEFORE)
    late = place(at(10, 5, 1), SHORT, events, at(9))
    assert (hm(late.at), late.side) == ("10:15:00", AFTER)


def test_early_exactly_at_the_earliest_allowed_moment_is_taken() -> None:
    events = busy(meeting(at(10), at(11)))
    assert place(at(9, 58), SHORT, events, at(9, 55)).side == BEFORE
    assert place(at(9, 58), SHORT, events, at(9, 55, 1)).side == AFTER


def test_a_timer_that_fired_a_minute_late_still_comes_early() -> None:
    events = busy(meeting(at(10), at(11)), now=at(9, 55) + GRACE)
    assert place(at(9, 58), SHORT, events, at(9)).side == BEFORE
    later = busy(meeting(at(10), at(11)), now=at(9, 55) + GRACE + timedelta(seconds=1))
    assert place(at(9, 58), SHORT, later, at(9)).side == AFTER


def test_early_where_breaks_are_not_allowed_goes_after() -> None:
    events = busy(meeting(at(10), at(11)))
    placed = place(at(9, 58), SHORT, events, at(9), lambda moment: moment != at(9, 55))
    assert (hm(placed.at), placed.side) == ("11:00:00", AFTER)


def test_a_placed_break_keeps_the_time_zone_it_was_due_in() -> None:
    events = busy(meeting(at(10), at(11)))
    early = place(at(9, 58), SHORT, events, at(9))
    late = place(at(10, 30), SHORT, events, at(9))
    assert early.at.tzinfo is BERLIN and late.at.tzinfo is BERLIN
    assert early.at.isoformat() == "2026-03-23T09:55:00+01:00"


# --- keeping clear over a day ----------------------------------------------------------------


def keep(
    due: datetime,
    events: Busy,
    *,
    needs: tuple[timedelta, ...] = (SHORT,),
    within: timedelta = timedelta(minutes=10),
    allowed: Callable[[datetime], bool] = lambda _moment: True,
    refit: Callable[[datetime], datetime | None] = lambda _moment: None,
) -> Spot | None:
    return keep_clear(
        due, list(needs), events, earliest=at(9), within=within, allowed=allowed, refit=refit
    )


def test_a_long_break_takes_a_place_exactly_as_far_as_allowed() -> None:
    events = busy(meeting(at(10), at(12)), lead=1)  # long: 09:56-12:00, short: 09:59-12:00
    spot = keep(at(9, 59, 30), events, needs=(LONG, SHORT), within=timedelta(seconds=210))
    assert spot is not None and (hm(spot.at), spot.side) == ("09:56:00", BEFORE)
    spot = keep(at(9, 59, 30), events, needs=(LONG, SHORT), within=timedelta(seconds=209))
    assert spot is not None and (hm(spot.at), spot.side) == ("09:59:00", BEFORE)


def test_the_first_length_that_fits_within_reach_wins() -> None:
    events = busy(meeting(at(10), at(12)), lead=1)
    # a long break guards 4 min (09:56), a short one the 1 min lead (09:59)
    spot = keep(at(9, 59, 30), events, needs=(LONG, SHORT), within=timedelta(seconds=30))
    assert spot is not None and (hm(spot.at), spot.side) == ("09:59:00", BEFORE)
    spot = keep(at(9, 59, 30), events, needs=(LONG, SHORT), within=timedelta(minutes=4))
    assert spot is not None and (hm(spot.at), spot.side) == ("09:56:00", BEFORE)


def test_a_break_after_a_meeting_past_working_hours_moves_to_the_next_period() -> None:
    events = busy(meeting(at(16, 30), at(17, 30), "Review"), now=at(16, 45))  # learned late
    open_hours: Callable[[datetime], bool] = lambda moment: moment < at(17)  # noqa: E731
    spot = keep(at(16, 50), events, allowed=open_hours, refit=lambda _m: at(9) + timedelta(days=1))
    assert spot == Spot(at(9) + timedelta(days=1), refitted=True)
    assert keep(at(16, 50), events, allowed=open_hours) is None


def test_early_where_breaks_are_not_allowed_is_not_kept_clear_there() -> None:
    events = busy(meeting(at(10), at(11)))
    spot = keep(at(9, 58), events, allowed=lambda moment: moment != at(9, 55))
    assert spot is not None and (hm(spot.at), spot.side) == ("11:00:00", AFTER)


@pytest.fixture
def in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The system's own clock set to Tokyo time, as the TZ variable does."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_meetings_and_the_working_hours_check_use_utc_whatever_the_systems_zone(
    in_tokyo: None,
) -> None:
    sync = meeting(at(16, 30), at(17, 30), "Review")
    assert sync.start.utcoffset() == timedelta(0) and sync.end.utcoffset() == timedelta(0)
    asked: list[datetime] = []

    def open_hours(moment: datetime) -> bool:
        asked.append(moment)
        return moment < at(17)

    def refit(moment: datetime) -> datetime:
        asked.append(moment)
        return at(9) + timedelta(days=1)

    events = busy(sync, now=at(16, 45))
    spot = keep(at(16, 50), events, allowed=open_hours, refit=refit)
    assert spot == Spot(at(9) + timedelta(days=1), refitted=True)
    assert asked and all(moment.utcoffset() == timedelta(0) for moment in asked)


def test_a_break_after_a_meeting_within_working_hours_is_not_refitted() -> None:
    spot = keep(at(10, 30), busy(meeting(at(10), at(11), "Sync")))
    assert spot is not None and (hm(spot.at), spot.side, spot.refitted) == (
        "11:00:00",
        AFTER,
        False,
    )
    assert spot.event is not None and spot.event.title == "Sync"


def test_a_planner_that_finds_only_more_meetings_gives_up_after_so_many_moves() -> None:
    """Every working period begins in a meeting that runs past it: after MAX_MOVES tries the
    break stays where the last refit put it."""
    mornings = [at(9) + timedelta(days=n) for n in range(MAX_MOVES + 2)]
    events = busy(
        *(meeting(m, m + timedelta(hours=10), f"Day {n}") for n, m in enumerate(mornings))
    )
    moves: list[datetime] = []

    def refit(moment: datetime) -> datetime:
        following = next(m for m in mornings if m > moment)
        moves.append(following)
        return following

    def allowed(moment: datetime) -> bool:
        return any(m <= moment < m + timedelta(hours=8) for m in mornings)

    spot = keep(at(10), events, allowed=allowed, refit=refit)
    assert len(moves) == MAX_MOVES
    assert spot == Spot(moves[-1], refitted=True)
