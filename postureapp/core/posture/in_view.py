"""Whether the camera sees anyone, as the away rules (`core.presence`) read it.

Posture sensing reads the camera a few times a minute; each reading either finds a person's
ears and shoulders or finds nobody. The away rules work on idle time: how long since the last
key press or mouse move. The camera's readings amend that figure before the rules see it:

- Nobody in view in every reading since a moment: the user counts as away since that moment,
  unless they touched the keyboard or mouse later (input always wins: someone typed). Where idle
  time cannot be read at all (some desktops), the camera is then the only sign of an absence.
- Someone in view at the latest reading: the user is here, however long since the last input
  (reading or thinking in front of the screen is not a break away from the desk).
- No reading for a while (sensing off, a call holds the camera, a break on screen): the camera
  says nothing, and idle time is read as it is.

An absence is counted from the first reading that saw nobody, not from the last that saw
someone, so it is never credited with more absence than was observed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from postureapp.core.clock import between


@dataclass(frozen=True)
class InView:
    """The latest camera readings: when the last one was taken, and since when every reading
    has seen nobody (None: the last one saw someone)."""

    at: datetime
    unseen_since: datetime | None = None


def track(previous: InView | None, now: datetime, someone: bool) -> InView:
    """The view after a reading at `now` that saw `someone` (or nobody)."""
    if someone:
        return InView(now)
    if previous is not None and previous.unseen_since is not None:
        return InView(now, previous.unseen_since)
    return InView(now, now)


def idle_with_camera(
    idle_seconds: float | None, now: datetime, view: InView | None, stale_after: timedelta
) -> float | None:
    """Idle time in seconds as the away rules should read it, given the camera's `view`.

    `stale_after`: a view whose last reading is older than this says nothing any more.
    """
    if view is None or between(view.at, now) > stale_after:
        return idle_seconds
    if view.unseen_since is None:
        return 0.0  # in view: here
    unseen = max(between(view.unseen_since, now).total_seconds(), 0.0)
    return unseen if idle_seconds is None else min(idle_seconds, unseen)
