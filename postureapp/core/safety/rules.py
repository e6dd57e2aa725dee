"""The safety rules: when to ask how the back feels, when to pause the exercises, when to suggest
a physical therapist; and the few facts kept between runs to apply them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from postureapp.core.files import atomic_write_text, set_aside
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP
from postureapp.core.library_words import os_reason
from postureapp.core.problem_words import say
from postureapp.core.problems import Collector, Problem, ProblemError, noted, read_json, show
from postureapp.core.safety.texts import (
    PAUSE_REASON_WARNING,
    PAUSE_REASON_WORSE,
    PROFESSIONAL_REASON_NO_BETTER,
    PROFESSIONAL_REASON_STIFFNESS,
)
from postureapp.core.terms import Feeling

#: The ordinary answers to "how does your upper back feel" (not a warning sign).
_ANSWERS = (Feeling.BETTER, Feeling.SAME, Feeling.WORSE)


#: This many check-in days in a row answered 'worse' pause the exercises.
WORSE_DAYS_IN_A_ROW = 3


#: Breaks count as regular when at least REGULAR_DAYS of the last REGULAR_WINDOW_DAYS had one.
REGULAR_WINDOW_DAYS = 14


REGULAR_DAYS = 10


#: Check-ins looked at for the stiffness trend, and how far apart the first and last must be.
TREND_LOOKBACK_DAYS = 28


TREND_MIN_SPAN = timedelta(days=14)


#: How many rated check-ins are averaged at each end of the trend.
TREND_ENDS = 4


#: An average below this counts as only a little stiffness: not a reason to send anyone anywhere.
MILD_STIFFNESS = 3.0


#: A professional is suggested at most once in this long.
SUGGESTION_QUIET = timedelta(days=30)


class CheckInLike(Protocol):
    """What the rules need from a check-in (history.CheckIn has it)."""

    @property
    def at(self) -> datetime: ...

    @property
    def feeling(self) -> str: ...

    @property
    def stiffness(self) -> int | None: ...


@dataclass(frozen=True)
class Advice:
    """What the check-ins call for. The reasons are texts of this module, to be translated."""

    pause_exercises: bool = False
    pause_reason: str | None = None
    suggest_professional: bool = False
    professional_reason: str | None = None


def _local_day(moment: datetime, now: datetime) -> date:
    """The calendar day of `moment` in the zone `now` is in."""
    if moment.tzinfo is not None and now.tzinfo is not None:
        return moment.astimezone(now.tzinfo).date()
    return moment.date()


def should_check_in(
    now: datetime, *, enabled: bool, last_checkin_at: datetime | None, completed_today: int
) -> bool:
    """Ask at most once a day, and only once a break has been completed that day.

    `last_checkin_at` is when the user was last asked (a dismissed question counts), so that
    "Not now" is respected until tomorrow.
    """
    if not enabled or completed_today < 1:
        return False
    return last_checkin_at is None or _local_day(last_checkin_at, now) < now.date()


def _worse_run(checkins: Sequence[CheckInLike], now: datetime) -> bool:
    """True when WORSE_DAYS_IN_A_ROW successive check-in days ended on 'worse'.

    Days without a check-in are skipped over (weekends break nothing); a day's last ordinary
    answer stands for the day.
    """
    by_day: dict[date, str] = {}
    for checkin in sorted(checkins, key=lambda c: c.at):
        if checkin.feeling in _ANSWERS:
            by_day[_local_day(checkin.at, now)] = checkin.feeling
    run = 0
    for day in sorted(by_day):
        run = run + 1 if by_day[day] == Feeling.WORSE else 0
        if run >= WORSE_DAYS_IN_A_ROW:
            return True
    return False


def _regular(breaks_completed_by_day: Mapping[date, int], today: date) -> bool:
    days = (today - timedelta(days=n) for n in range(REGULAR_WINDOW_DAYS))
    return sum(1 for day in days if breaks_completed_by_day.get(day, 0) >= 1) >= REGULAR_DAYS


def _not_improving(checkins: Sequence[CheckInLike], now: datetime) -> str | None:
    """The reason stiffness counts as not improving over the trend window, or None."""
    start = now - timedelta(days=TREND_LOOKBACK_DAYS)
    answers = sorted(
        (c for c in checkins if start <= c.at <= now and c.feeling in _ANSWERS),
        key=lambda c: c.at,
    )
    if len(answers) < TREND_ENDS or answers[-1].at - answers[0].at < TREND_MIN_SPAN:
        return None
    rated = [c.stiffness for c in answers if c.stiffness is not None]
    if len(rated) >= 2 * TREND_ENDS:
        first = sum(rated[:TREND_ENDS]) / TREND_ENDS
        last = sum(rated[-TREND_ENDS:]) / TREND_ENDS
        if last >= first and last >= MILD_STIFFNESS:
            return PROFESSIONAL_REASON_STIFFNESS
        return None
    if all(c.feeling != Feeling.BETTER for c in answers):
        return PROFESSIONAL_REASON_NO_BETTER
    return None


def assess(
    checkins: Sequence[CheckInLike],
    breaks_completed_by_day: Mapping[date, int],
    now: datetime,
    *,
    last_suggestion_at: datetime | None,
    resumed_at: datetime | None = None,
) -> Advice:
    """Decide from the check-ins whether to pause the exercises and whether to suggest a clinician.

    Pause: a 'warning' answer, or 'worse' on WORSE_DAYS_IN_A_ROW check-in days in a row, since
    the user last resumed on purpose (`resumed_at`); a later 'better' does not lift it.
    Suggest a physical therapist: breaks were regular (REGULAR_DAYS of the last
    REGULAR_WINDOW_DAYS) and, over check-ins of the last TREND_LOOKBACK_DAYS spanning at least
    TREND_MIN_SPAN, either the mean of the last TREND_ENDS stiffness ratings is no lower than the
    mean of the first TREND_ENDS (and at least MILD_STIFFNESS), or, with too few ratings, no answer
    was 'better'. Never twice within SUGGESTION_QUIET.
    """
    current = [c for c in checkins if resumed_at is None or c.at > resumed_at]
    pause_reason: str | None = None
    if any(c.feeling == Feeling.WARNING for c in current):
        pause_reason = PAUSE_REASON_WARNING
    elif _worse_run(current, now):
        pause_reason = PAUSE_REASON_WORSE

    professional_reason: str | None = None
    quiet = last_suggestion_at is not None and now - last_suggestion_at < SUGGESTION_QUIET
    if not quiet and _regular(breaks_completed_by_day, now.date()):
        professional_reason = _not_improving(checkins, now)

    return Advice(
        pause_exercises=pause_reason is not None,
        pause_reason=pause_reason,
        suggest_professional=professional_reason is not None,
        professional_reason=professional_reason,
    )


def daily_stiffness(checkins: Iterable[CheckInLike], now: datetime) -> dict[date, float]:
    """Mean stiffness rating per local day, for the history trend; days without ratings left out."""
    ratings: dict[date, list[int]] = {}
    for checkin in checkins:
        if checkin.stiffness is not None:
            ratings.setdefault(_local_day(checkin.at, now), []).append(checkin.stiffness)
    return {day: sum(values) / len(values) for day, values in sorted(ratings.items())}


@dataclass(frozen=True)
class SafetyState:
    """The few facts the safety features must remember across restarts."""

    welcome_shown: bool = False
    last_checkin_prompt_at: datetime | None = None
    last_suggestion_at: datetime | None = None
    exercises_paused_since: datetime | None = None
    resumed_at: datetime | None = None

    @property
    def exercises_paused(self) -> bool:
        return self.exercises_paused_since is not None


@dataclass(frozen=True)
class SafetyReaction:
    """What to show after `assess`, and the state to save (so nothing is shown twice)."""

    state: SafetyState
    show_pause: bool
    show_suggestion: bool


def react(state: SafetyState, advice: Advice, now: datetime) -> SafetyReaction:
    """Turn advice into what changes now: a new pause is shown once, a suggestion is recorded."""
    show_pause = advice.pause_exercises and not state.exercises_paused
    if show_pause:
        state = replace(state, exercises_paused_since=now)
    if advice.suggest_professional:
        state = replace(state, last_suggestion_at=now)
    return SafetyReaction(state, show_pause, advice.suggest_professional)


def pause_exercises(state: SafetyState, now: datetime) -> SafetyState:
    """The user chose to pause the exercises (after one hurt); a pause already on stays as it is."""
    return state if state.exercises_paused else replace(state, exercises_paused_since=now)


def resume_exercises(state: SafetyState, now: datetime) -> SafetyState:
    """The user resumed on purpose: check-ins before `now` no longer hold the exercises back."""
    return replace(state, exercises_paused_since=None, resumed_at=now)


_VERSION = 1


_TIME_FIELDS = tuple(f.name for f in fields(SafetyState) if f.name != "welcome_shown")


def safety_state_json(state: SafetyState) -> str:
    data: dict[str, Any] = {"version": _VERSION, "welcome_shown": state.welcome_shown}
    for name in _TIME_FIELDS:
        value: datetime | None = getattr(state, name)
        data[name] = None if value is None else value.isoformat()
    return json.dumps(data, indent=2) + "\n"


def save_safety_state(path: Path, state: SafetyState) -> None:
    """Atomic, so a crash mid-write never leaves half a file."""
    atomic_write_text(path, safety_state_json(state))


@dataclass(frozen=True)
class LoadedSafetyState:
    """The state to use, what was wrong with the file, and where a damaged file was put."""

    state: SafetyState
    problems: tuple[Problem, ...] = ()
    set_aside: Path | None = None


def _read_fields(check: Collector, data: Mapping[str, Any]) -> SafetyState:
    """Keep every good value, and name each bad one with what was expected."""
    values: dict[str, Any] = {}
    shown = check.boolean(data, "welcome_shown", False)
    if shown is not None:
        values["welcome_shown"] = shown
    for name in _TIME_FIELDS:
        moment = check.moment(data, name, optional=True)
        if moment is not None:
            values[name] = moment
    return SafetyState(**values)


def load_safety_state(path: Path, *, now: datetime) -> LoadedSafetyState:
    """Read the state; a damaged file is reported, kept aside as `.bad-…`, and never overwritten."""
    check = Collector(path)
    state = SafetyState()
    try:
        data = read_json(path)
    except FileNotFoundError:
        return LoadedSafetyState(state)
    except ProblemError as error:
        check.extend([error.problem])
    else:
        if isinstance(data, dict):
            state = _read_fields(check, data)
        else:
            check.fail("", say(QT_TRANSLATE_NOOP("problems", "a JSON object")), show(data))
    if check.ok:
        return LoadedSafetyState(state)
    problems = list(check.problems)
    try:
        aside = set_aside(path, "bad", now)
    except OSError as error:
        said = say(
            QT_TRANSLATE_NOOP("problems", "could not be moved aside ({0})"), os_reason(error)
        )
        problems.append(noted(path, "", said))
        return LoadedSafetyState(state, tuple(problems))
    said = say(
        QT_TRANSLATE_NOOP("problems", "kept as {0}; the good values are still in use"), aside.name
    )
    problems.append(noted(path, "", said))
    return LoadedSafetyState(state, tuple(problems), aside)
