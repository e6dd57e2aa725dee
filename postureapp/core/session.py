"""One break as it runs: which step is on, how long it has left, what comes next; from the clock.

The break window only shows what `BreakSession.view(now)` says, so the break can be tested,
paced and animated without a widget. Every figure is computed from the monotonic clock and the
time the break started, never counted down tick by tick: a late timer or a busy machine cannot
make a step longer or shorter. A suspend is left out (`pause` and `resume`), so a break resumes
where it was.
"""

from __future__ import annotations

import bisect
import itertools
import math
from dataclasses import dataclass
from datetime import datetime

from postureapp.core.exercises.model import BreakPlan, PlannedStep
from postureapp.core.terms import BreakKind

#: The next step is announced this many seconds before it begins.
ANNOUNCE_SECONDS = 5.0


def format_seconds(seconds: float) -> str:
    """A countdown as the user reads it: 0:09, 1:30 (whole seconds, rounded up)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


@dataclass(frozen=True)
class Countdown:
    """Something that happens at a monotonic `deadline` (the notice before a break)."""

    deadline: float

    def left(self, now: float) -> float:
        return max(0.0, self.deadline - now)


@dataclass(frozen=True)
class StepView:
    """What the window shows at one moment of a break."""

    index: int
    """The step on now, 0-based in `plan.steps`."""
    step: PlannedStep
    step_left: float
    step_fraction: float
    """How much of this step is done, 0.0 to 1.0."""
    total_left: float
    exercise_number: int
    """Which exercise of the break (1-based) this step belongs to."""
    exercise_count: int
    upcoming: PlannedStep | None
    """The next step, once it is less than ANNOUNCE_SECONDS away; None otherwise or at the end."""
    upcoming_starts_exercise: bool
    """The upcoming step is the first of another exercise (its name should be shown)."""
    last_step: bool
    finished: bool


class BreakSession:
    """A `BreakPlan` running from a monotonic start time."""

    def __init__(self, plan: BreakPlan, started: float) -> None:
        if not plan.steps:
            raise ValueError("a break needs at least one step")
        self.plan = plan
        self.started = started
        self._paused_at: float | None = None
        self._paused_for = 0.0
        self._ends = list(itertools.accumulate(step.seconds for step in plan.steps))
        counts = [len(exercise.expand()) for exercise in plan.exercises]
        self._exercise_of: list[int] = []
        for number, count in enumerate(counts, start=1):
            self._exercise_of += [number] * count
        # A plan built from steps alone (no exercises listed) is one exercise.
        if len(self._exercise_of) != len(plan.steps):
            self._exercise_of = [1] * len(plan.steps)

    @property
    def total_seconds(self) -> int:
        return self._ends[-1]

    @property
    def exercise_count(self) -> int:
        return self._exercise_of[-1]

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def elapsed(self, now: float) -> float:
        """Seconds of the break done by `now`, without time spent paused; 0 to the total."""
        until = self._paused_at if self._paused_at is not None else now
        return min(max(until - self.started - self._paused_for, 0.0), float(self.total_seconds))

    def seconds_done(self, now: float) -> int:
        return int(self.elapsed(now))

    def left(self, now: float) -> float:
        return self.total_seconds - self.elapsed(now)

    def finished(self, now: float) -> bool:
        return self.elapsed(now) >= self.total_seconds

    def pause(self, now: float) -> None:
        """Stop the clock (the machine is going to sleep)."""
        if self._paused_at is None:
            self._paused_at = now

    def resume(self, now: float) -> None:
        """Run on from where it stopped."""
        if self._paused_at is not None:
            self._paused_for += max(now - self._paused_at, 0.0)
            self._paused_at = None

    def index_at(self, elapsed: float) -> int:
        """The step on after `elapsed` seconds (the last one once the break is over)."""
        return min(bisect.bisect_right(self._ends, elapsed), len(self._ends) - 1)

    def view(self, now: float) -> StepView:
        return self.view_after(self.elapsed(now))

    def view_at_step(self, index: int) -> StepView:
        """The view as step `index` begins (to measure the texts it will show)."""
        return self.view_after(float(self._ends[index - 1]) if index else 0.0)

    def view_before(self, index: int) -> StepView:
        """The view just before step `index` begins, when it is being announced."""
        return self.view_after(max(self._ends[index - 1] - 0.5, 0.0))

    def view_after(self, elapsed: float) -> StepView:
        """What the window shows `elapsed` seconds into the break."""
        elapsed = min(max(elapsed, 0.0), float(self.total_seconds))
        index = self.index_at(elapsed)
        step = self.plan.steps[index]
        step_left = max(self._ends[index] - elapsed, 0.0)
        following = index + 1 < len(self.plan.steps)
        upcoming = (
            self.plan.steps[index + 1] if following and step_left <= ANNOUNCE_SECONDS else None
        )
        starts_exercise = (
            upcoming is not None and self._exercise_of[index + 1] != self._exercise_of[index]
        )
        return StepView(
            index=index,
            step=step,
            step_left=step_left,
            step_fraction=1.0 - step_left / step.seconds if step.seconds else 1.0,
            total_left=self.total_seconds - elapsed,
            exercise_number=self._exercise_of[index],
            exercise_count=self.exercise_count,
            upcoming=upcoming,
            upcoming_starts_exercise=starts_exercise,
            last_step=not following,
            finished=elapsed >= self.total_seconds,
        )


@dataclass(frozen=True)
class ActiveBreak:
    """A break on screen: the running session, its log row and why it started."""

    session: BreakSession
    row_id: int
    due_at: datetime
    can_snooze: bool
    strict: bool
    #: The monotonic time the break fell due (or was asked for), to measure how fast it shows.
    fell_due: float

    @property
    def plan(self) -> BreakPlan:
        return self.session.plan


@dataclass(frozen=True)
class Notice:
    """The notice before a break: which kind, when it starts, and the slouch it came early for."""

    kind: BreakKind
    countdown: Countdown
    slouch: str | None = None
