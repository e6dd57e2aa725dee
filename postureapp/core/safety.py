"""Warning signs, check-ins and when to suggest a clinician: the texts and the rules, without Qt.

The texts are English source strings marked for Qt's lupdate; the UI passes them through
`QCoreApplication.translate(TR_CONTEXT, ...)` so they can be translated there.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from postureapp.core.files import atomic_write_text, set_aside
from postureapp.core.terms import Feeling

#: The translation context of every text in this module.
TR_CONTEXT = "safety"

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation without importing Qt (lupdate looks for this very name)."""
    return source


def _same(text: str) -> str:
    return text


# --- the texts -------------------------------------------------------------------------------

WELCOME_TITLE = QT_TRANSLATE_NOOP("safety", "Welcome to postureapp")
ABOUT_TITLE = QT_TRANSLATE_NOOP("safety", "About postureapp and your safety")
WHAT_IT_DOES = QT_TRANSLATE_NOOP(
    "safety",
    "postureapp reminds you to take a short break at the intervals you choose and guides you "
    "through gentle movements for the upper back, neck and shoulders. Every break is logged, so "
    "you can look back and see how you are getting on.",
)
NOT_MEDICAL_ADVICE = QT_TRANSLATE_NOOP(
    "safety",
    "postureapp is not medical advice. It cannot tell what is behind your stiffness or pain, and "
    "it does not replace a doctor or a physical therapist.",
)
STOP_IF_IT_HURTS = QT_TRANSLATE_NOOP(
    "safety",
    "Move slowly and stay within what feels comfortable. If a movement hurts, stop it; you can "
    "always skip the rest of a break.",
)
SIGNS_HEADING = QT_TRANSLATE_NOOP(
    "safety", "Stop the exercises and see a clinician soon if you notice any of these:"
)
EMERGENCY_LABEL = QT_TRANSLATE_NOOP("safety", "Emergency, get care straight away:")
SLOW_PROGRESS = QT_TRANSLATE_NOOP(
    "safety",
    "If your stiffness has not eased after a few weeks of gentle, regular movement, it is worth "
    "showing it to a physical therapist.",
)


@dataclass(frozen=True)
class WarningSign:
    """One symptom that means the exercises should stop; `emergency` ones need urgent care."""

    key: str
    text: str
    emergency: bool = False


WARNING_SIGNS: tuple[WarningSign, ...] = (
    WarningSign(
        "spreading-pain",
        QT_TRANSLATE_NOOP(
            "safety", "Pain that spreads from your neck or upper back into an arm or a hand."
        ),
    ),
    WarningSign(
        "nerve-signs",
        QT_TRANSLATE_NOOP(
            "safety", "Numbness, pins and needles, or weakness in your arms or hands."
        ),
    ),
    WarningSign(
        "feeling-ill",
        QT_TRANSLATE_NOOP(
            "safety",
            "Back or neck pain together with a fever, chills, or weight loss you cannot explain.",
        ),
    ),
    WarningSign(
        "bowel-bladder",
        QT_TRANSLATE_NOOP("safety", "Any new trouble controlling your bowel or bladder."),
    ),
    WarningSign(
        "after-neck-movement",
        QT_TRANSLATE_NOOP(
            "safety",
            "A sudden, severe headache, or dizziness or trouble seeing, after moving your neck.",
        ),
        emergency=True,
    ),
)

CRACKING_TITLE = QT_TRANSLATE_NOOP("safety", "About cracking")
CRACKING_NOTE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "safety",
        "The pop you sometimes hear from your back or neck is gas leaving the fluid that bathes "
        "the joint, much like cracking your knuckles. Nothing slips back into place when it "
        "happens.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "So a pop is not a fix. Any relief it brings tends to fade, and the joint needs a while, "
        "often around twenty minutes, before it can pop again.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Forcing a crack, by twisting hard, jerking, or levering against a towel or a wall, can "
        "strain muscles and ligaments or irritate a nerve. The neck is the riskiest place to try: "
        "the arteries that feed the brain run through it, and a rough twist can, rarely, damage "
        "one.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Gentle, regular movement is the better habit. It loosens stiff joints without force, and "
        "none of the exercises in postureapp ask you to aim for a pop.",
    ),
)

PAUSE_TITLE = QT_TRANSLATE_NOOP("safety", "Exercise breaks are paused")
PAUSE_REASON_WARNING = QT_TRANSLATE_NOOP(
    "safety", "You told postureapp that something is wrong beyond ordinary stiffness."
)
PAUSE_REASON_WORSE = QT_TRANSLATE_NOOP(
    "safety", "Your upper back has felt worse on three check-in days in a row."
)
PAUSE_EXPLANATION: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "safety",
        "This can be a sign that something other than ordinary stiffness is going on. Only a "
        "clinician can tell, so please have a doctor or a physical therapist look at it.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Until then the exercise breaks are paused. postureapp can still remind you now and then "
        "to stand up and walk about.",
    ),
)
PAUSED_BREAK_TEXT = QT_TRANSLATE_NOOP(
    "safety", "Time to stand up, walk about for a minute and rest your eyes."
)

PROFESSIONAL_TITLE = QT_TRANSLATE_NOOP("safety", "Worth a visit to a physical therapist")
PROFESSIONAL_REASON_STIFFNESS = QT_TRANSLATE_NOOP(
    "safety",
    "You have taken breaks on most days for two weeks or more, and your stiffness ratings have "
    "not come down.",
)
PROFESSIONAL_REASON_NO_BETTER = QT_TRANSLATE_NOOP(
    "safety",
    "You have taken breaks on most days for two weeks or more, and none of your check-ins in "
    "that time said 'better'.",
)
PROFESSIONAL_TEXT = QT_TRANSLATE_NOOP(
    "safety",
    "Stiffness that stays despite weeks of gentle, regular movement is worth showing to a "
    "physical therapist, who can find out what is behind it and what would help. You can keep "
    "using postureapp in the meantime.",
)


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def warning_signs_html(tr: Translate = _same) -> str:
    """The warning signs as HTML: the ordinary ones in a list, the emergency ones set apart."""
    ordinary = "".join(
        f"<li>{html.escape(tr(s.text))}</li>" for s in WARNING_SIGNS if not s.emergency
    )
    urgent = "".join(
        f'<p class="emergency"><b>{html.escape(tr(EMERGENCY_LABEL))}</b> '
        f"{html.escape(tr(s.text))}</p>"
        for s in WARNING_SIGNS
        if s.emergency
    )
    return f"<p><b>{html.escape(tr(SIGNS_HEADING))}</b></p><ul>{ordinary}</ul>{urgent}"


def welcome_html(tr: Translate = _same) -> str:
    """What the first start shows (and the tray's "About & safety" again)."""
    return (
        _paragraph(tr(WHAT_IT_DOES))
        + f"<p><b>{html.escape(tr(NOT_MEDICAL_ADVICE))}</b></p>"
        + _paragraph(tr(STOP_IF_IT_HURTS))
        + warning_signs_html(tr)
        + _paragraph(tr(SLOW_PROGRESS))
    )


def cracking_html(tr: Translate = _same) -> str:
    """The note on joint cracking, reachable from the welcome and about pages."""
    return f"<h3>{html.escape(tr(CRACKING_TITLE))}</h3>" + "".join(
        _paragraph(tr(text)) for text in CRACKING_NOTE
    )


def pause_html(reason: str, tr: Translate = _same) -> str:
    """Why the exercise breaks stopped, what that can mean, and the signs that need care now."""
    return (
        f"<p><b>{html.escape(tr(reason))}</b></p>"
        + "".join(_paragraph(tr(text)) for text in PAUSE_EXPLANATION)
        + warning_signs_html(tr)
    )


def professional_html(reason: str, tr: Translate = _same) -> str:
    return _paragraph(tr(reason)) + _paragraph(tr(PROFESSIONAL_TEXT))


# --- the rules -------------------------------------------------------------------------------

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


# --- what is remembered between runs --------------------------------------------------------


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
    problems: tuple[str, ...] = ()
    set_aside: Path | None = None


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _read_fields(path: Path, data: Mapping[str, Any], problems: list[str]) -> SafetyState:
    """Keep every good value, and name each bad one with what was expected."""
    values: dict[str, Any] = {}
    shown = data.get("welcome_shown", False)
    if isinstance(shown, bool):
        values["welcome_shown"] = shown
    else:
        problems.append(f"{path}: field 'welcome_shown': expected true or false, found {shown!r}")
    for name in _TIME_FIELDS:
        raw = data.get(name)
        if raw is None:
            continue
        moment = _parse_time(raw)
        if moment is None:
            problems.append(
                f"{path}: field {name!r}: expected an ISO 8601 date and time with a UTC offset "
                f"or null, found {raw!r}"
            )
        else:
            values[name] = moment
    return SafetyState(**values)


def load_safety_state(path: Path, *, now: datetime) -> LoadedSafetyState:
    """Read the state; a damaged file is reported, kept aside as `.bad-…`, and never overwritten."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSafetyState(SafetyState())
    except (OSError, UnicodeDecodeError) as error:
        return LoadedSafetyState(SafetyState(), (f"{path}: cannot be read ({error})",))
    problems: list[str] = []
    state = SafetyState()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        problems.append(f"{path}: line {error.lineno}: not valid JSON ({error.msg})")
    else:
        if isinstance(data, dict):
            state = _read_fields(path, data, problems)
        else:
            problems.append(f"{path}: expected a JSON object, found {type(data).__name__}")
    if not problems:
        return LoadedSafetyState(state)
    try:
        aside = set_aside(path, "bad", now)
    except OSError as error:
        problems.append(f"{path}: could not be moved aside ({error.strerror})")
        return LoadedSafetyState(state, tuple(problems))
    problems.append(f"{path}: kept as {aside.name}; the good values are still in use")
    return LoadedSafetyState(state, tuple(problems), aside)
