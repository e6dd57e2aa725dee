"""Placing a break around events: never inside one, never just before one.

Each event casts a guard in front of it: the lead the user set (a break should not fall due in
the last minutes before a meeting), or the break's own length when that is longer (a break
should be over when the meeting starts). Guards and events that touch or overlap form one
stretch, so back-to-back meetings are one obstacle. A break that would fall due inside a stretch
comes at its start (early) or at its end (right after the last event), whichever is closer to
when it was due; early only when that is not in the past and not too soon after the last
break (the caller says how soon is too soon), and each only where breaks are allowed at all
(the caller's working hours).

Pure functions over aware times, compared in UTC, so a DST change moves nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from postureapp.core.calendar.model import Busy, BusyEvent

#: A break may still come "early" this long after the early moment passed: the timer that
#: fires it runs a little late, and the break should not jump past the meeting for that.
GRACE = timedelta(minutes=1)

BEFORE = "before"
AFTER = "after"


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Stretch:
    """Where no break of a given length may fall due: guards and events run together."""

    start: datetime
    end: datetime
    first: BusyEvent
    last: BusyEvent


@dataclass(frozen=True)
class Placement:
    """Where the break goes; `event` and `side` say which event moved it, and to which side."""

    at: datetime
    event: BusyEvent | None = None
    side: str | None = None


def stretches(busy: Busy, need: timedelta) -> list[Stretch]:
    """The stretches in which a break of length `need` may not fall due, in order."""
    guard = max(busy.lead, need)  # neither is ever negative (a setting of 0 to 30 min, a break)
    found: list[Stretch] = []
    for event in sorted(busy.events):
        if event.end <= event.start:
            continue
        start = event.start - guard
        if found and start <= found[-1].end:
            joined = found[-1]
            last = event if event.end > joined.end else joined.last
            found[-1] = Stretch(joined.start, max(joined.end, event.end), joined.first, last)
        else:
            found.append(Stretch(start, event.end, event, event))
    return found


def stretch_at(busy: Busy, need: timedelta, moment: datetime) -> Stretch | None:
    instant = _utc(moment)
    return next((s for s in stretches(busy, need) if s.start <= instant < s.end), None)


def place(
    due: datetime,
    need: timedelta,
    busy: Busy,
    earliest: datetime,
    allowed: Callable[[datetime], bool] = lambda _moment: True,
) -> Placement:
    """Where a break of length `need`, due at `due`, goes given the events in `busy`.

    Unchanged when `due` is clear. Otherwise early (the stretch's start) or after its last
    event, whichever is closer to `due`. Early needs to be no sooner than `earliest`, not in the
    past (with `GRACE`) and `allowed`; after is chosen otherwise, even where it is not
    `allowed`, and the caller then looks further (the next working period).
    """
    stretch = stretch_at(busy, need, due)
    if stretch is None:
        return Placement(due)
    floor = _utc(earliest)
    if busy.now is not None:
        floor = max(floor, _utc(busy.now) - GRACE)
    instant = _utc(due)
    early, late = stretch.start, stretch.end
    early_ok = early >= floor and allowed(early)
    if early_ok and (not allowed(late) or instant - early <= late - instant):
        return Placement(early.astimezone(due.tzinfo), stretch.first, BEFORE)
    return Placement(late.astimezone(due.tzinfo), stretch.last, AFTER)


@dataclass(frozen=True)
class Spot(Placement):
    """A placement from `keep_clear`; `refitted`: it moved on to a later working period."""

    refitted: bool = False


#: How often a break pushed past the end of working hours is placed again in a later period.
MAX_MOVES = 16


def keep_clear(
    due: datetime,
    needs: list[timedelta],
    busy: Busy,
    *,
    earliest: datetime,
    within: timedelta,
    allowed: Callable[[datetime], bool],
    refit: Callable[[datetime], datetime | None],
) -> Spot | None:
    """Where the planner's break goes: `place` for each length in `needs`, in order of preference.

    A long break tries its own length first, then a short one's: the first placement within
    `within` of `due` wins (the last length always does). A break that lands after an event but
    outside `allowed` time goes where `refit` says (the next working period's first break), and
    is placed again; None when `refit` finds nothing.
    """
    refitted = False
    for _ in range(MAX_MOVES):
        for need in needs:
            spot = place(due, need, busy, earliest, allowed)
            if abs(_utc(spot.at) - _utc(due)) <= within:
                break
        if spot.side != AFTER or allowed(_utc(spot.at)):
            return Spot(spot.at, spot.event, spot.side, refitted)
        later = refit(_utc(spot.at))
        if later is None:
            return None
        due = earliest = later
        refitted = True
    return Spot(due, refitted=refitted)
