"""The schedule saved between runs (schedule.json), so a restart keeps the countdown.

Written atomically and stamped with the time, so a restart can tell how long the app was off.
A file that cannot be read raises ValueError naming the field; the caller starts afresh.
"""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from postureapp.core.files import atomic_write_text
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP
from postureapp.core.plan import ScheduleState
from postureapp.core.problem_words import say
from postureapp.core.problems import Collector, ProblemError, problem, read_json, show


def _to_json(state: ScheduleState) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in asdict(state).items():
        out[key] = value.isoformat() if isinstance(value, datetime) else value
    return out


_DATETIME_FIELDS = ("interval_start", "snoozed_until", "paused_until", "saved_at")


def dumps_state(state: ScheduleState) -> str:
    return json.dumps(_to_json(state), indent=2, sort_keys=True)


_COUNTS = ("breaks_towards_long", "snoozes_in_row")


def state_from(raw: object, source: str = "schedule") -> ScheduleState:
    """The state in a parsed file; raises ProblemError (a ValueError) naming the first bad field."""
    check = Collector(source)
    if not isinstance(raw, dict):
        expected = say(QT_TRANSLATE_NOOP("problems", "a JSON object"))
        raise ProblemError(problem(source, "", expected, show(raw)))
    values: dict[str, Any] = {
        key: check.moment(raw, key, optional=key != "interval_start") for key in _DATETIME_FIELDS
    }
    for key in _COUNTS:
        values[key] = check.integer(raw, key, (0, 1_000_000), default=0)
    values["paused_indefinitely"] = check.boolean(raw, "paused_indefinitely", False)
    if not check.ok:
        raise ProblemError(check.problems[0])
    return ScheduleState(**values)


def loads_state(text: str) -> ScheduleState:
    """Parse a saved state; raises ValueError with the field that is wrong."""
    try:
        raw = json.loads(text)
    except RecursionError:
        raise ValueError("nested too deep to be a saved schedule") from None
    return state_from(raw)


def save_state(path: Path, state: ScheduleState, now: datetime) -> None:
    """Write atomically, stamped with the time, so a restart can tell how long the app was off."""
    atomic_write_text(path, dumps_state(replace(state, saved_at=now)) + "\n")


def load_state(path: Path) -> ScheduleState | None:
    """The saved state, or None when there is none; ProblemError (a ValueError) when it is bad."""
    try:
        raw = read_json(path)
    except FileNotFoundError:
        return None
    return state_from(raw, str(path))
