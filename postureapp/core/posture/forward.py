"""How far a held slouch brings the next break forward (the planner, `core.plan`, asks here)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from postureapp.core.posture.hold import Held

#: No break comes sooner than this share of an interval after the last one, slouch or not
#: (the same floor as a break moved early for a meeting).
FLOOR_SHARE = 0.5


class ForwardState(Protocol):
    """What the planner remembers that matters here (core.plan.ScheduleState provides it)."""

    @property
    def interval_start(self) -> datetime: ...
    @property
    def snoozed_until(self) -> datetime | None: ...
    @property
    def paused_until(self) -> datetime | None: ...


class ForwardSettings(Protocol):
    @property
    def short_interval_minutes(self) -> int: ...
    @property
    def notice_seconds(self) -> int: ...


def bring_forward(
    due: datetime,
    slouch: Held,
    state: ForwardState,
    settings: ForwardSettings,
    allowed: Callable[[datetime], bool],
) -> datetime | None:
    """When a break due at `due` comes instead (in UTC), or None when the slouch does not move it.

    At the earliest: the notice's length after the slouch was first held (so the notice is
    always shown in full), half an interval after the last break, and the end of a snooze or a
    pause (the user asked for those). Never at a time `allowed` refuses (outside working hours),
    never later than it was.
    """
    interval = timedelta(minutes=settings.short_interval_minutes)
    ends = [t.astimezone(UTC) for t in (state.snoozed_until, state.paused_until) if t is not None]
    earliest = max(
        slouch.held_at.astimezone(UTC) + timedelta(seconds=settings.notice_seconds),
        state.interval_start.astimezone(UTC) + interval * FLOOR_SHARE,
        *ends,
    )
    if earliest >= due.astimezone(UTC) or not allowed(earliest):
        return None
    return earliest
