"""The words of the domain, declared once: every other module imports them from here.

Each set is a `StrEnum`, so a member *is* its string: it goes into SQLite, JSON, TOML and the
socket as it is, and compares equal to the text read back. `label()` gives the words a user sees,
marked for Qt's lupdate under the context "terms" (the UI passes them through
`QCoreApplication.translate("terms", ...)`).
"""

from __future__ import annotations

from enum import StrEnum

#: The translation context of every label below.
TR_CONTEXT = "terms"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation without importing Qt (lupdate looks for this very name)."""
    return source


class BreakKind(StrEnum):
    SHORT = "short"
    LONG = "long"


class Outcome(StrEnum):
    """How a logged break ended. Only COMPLETED counts towards the completion rate and streaks."""

    RUNNING = "running"
    COMPLETED = "completed"
    PARTIAL = "partial"
    STOPPED = "stopped"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"
    NATURAL = "natural"
    INTERRUPTED = "interrupted"


class Trigger(StrEnum):
    """Why a break started."""

    SCHEDULE = "schedule"
    MANUAL = "manual"
    FIXED_TIME = "fixed-time"
    NATURAL = "natural"
    POSTURE = "posture"  # brought forward for a held slouch (posture sensing)


class Area(StrEnum):
    UPPER_BACK = "upper-back"
    NECK = "neck"
    SHOULDERS = "shoulders"
    CHEST = "chest"
    LOWER_BACK = "lower-back"


class Position(StrEnum):
    SEATED = "seated"
    STANDING = "standing"
    FLOOR = "floor"


class Equipment(StrEnum):
    WALL = "wall"
    FOAM_ROLLER = "foam-roller"
    TOWEL = "towel"


class Movement(StrEnum):
    """The main movement of an exercise; a long break balances them."""

    ROTATION = "rotation"
    EXTENSION = "extension"
    FLEXION = "flexion"
    SIDE_BEND = "side-bend"
    NECK = "neck"
    SHOULDER_BLADES = "shoulder-blades"


class Cue(StrEnum):
    """The breathing cue of a step."""

    INHALE = "inhale"
    EXHALE = "exhale"
    BREATHE = "breathe"


class Side(StrEnum):
    RIGHT = "right"
    LEFT = "left"


class Sides(StrEnum):
    """Whether an exercise is done once, or on each side in turn."""

    NONE = "none"
    BOTH = "both"


class Feeling(StrEnum):
    """A check-in's answer; WARNING means "something else is wrong" (a warning sign)."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"
    WARNING = "warning"


class Weekday(StrEnum):
    """In `date.weekday()` order: `list(Weekday)[day.weekday()]`."""

    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


WEEKDAYS: tuple[Weekday, ...] = tuple(Weekday)

#: (member, label). A list, not a dict: members of different sets may share a value ("neck",
#: "natural"), and StrEnum members with equal values are equal dict keys.
_LABEL_LIST: tuple[tuple[StrEnum, str], ...] = (
    (BreakKind.SHORT, QT_TRANSLATE_NOOP("terms", "short break")),
    (BreakKind.LONG, QT_TRANSLATE_NOOP("terms", "long break")),
    (Outcome.RUNNING, QT_TRANSLATE_NOOP("terms", "running")),
    (Outcome.COMPLETED, QT_TRANSLATE_NOOP("terms", "completed")),
    (Outcome.PARTIAL, QT_TRANSLATE_NOOP("terms", "ended early")),
    (Outcome.STOPPED, QT_TRANSLATE_NOOP("terms", "stopped (it hurt)")),
    (Outcome.SKIPPED, QT_TRANSLATE_NOOP("terms", "skipped")),
    (Outcome.SNOOZED, QT_TRANSLATE_NOOP("terms", "snoozed")),
    (Outcome.NATURAL, QT_TRANSLATE_NOOP("terms", "away (natural break)")),
    (Outcome.INTERRUPTED, QT_TRANSLATE_NOOP("terms", "interrupted")),
    (Trigger.SCHEDULE, QT_TRANSLATE_NOOP("terms", "schedule")),
    (Trigger.MANUAL, QT_TRANSLATE_NOOP("terms", "by hand")),
    (Trigger.FIXED_TIME, QT_TRANSLATE_NOOP("terms", "fixed time")),
    (Trigger.NATURAL, QT_TRANSLATE_NOOP("terms", "away")),
    (Trigger.POSTURE, QT_TRANSLATE_NOOP("terms", "posture")),
    (Area.UPPER_BACK, QT_TRANSLATE_NOOP("terms", "Upper back")),
    (Area.NECK, QT_TRANSLATE_NOOP("terms", "Neck")),
    (Area.SHOULDERS, QT_TRANSLATE_NOOP("terms", "Shoulders")),
    (Area.CHEST, QT_TRANSLATE_NOOP("terms", "Chest")),
    (Area.LOWER_BACK, QT_TRANSLATE_NOOP("terms", "Lower back")),
    (Position.SEATED, QT_TRANSLATE_NOOP("terms", "Seated")),
    (Position.STANDING, QT_TRANSLATE_NOOP("terms", "Standing")),
    (Position.FLOOR, QT_TRANSLATE_NOOP("terms", "Floor")),
    (Equipment.WALL, QT_TRANSLATE_NOOP("terms", "Wall")),
    (Equipment.FOAM_ROLLER, QT_TRANSLATE_NOOP("terms", "Foam roller")),
    (Equipment.TOWEL, QT_TRANSLATE_NOOP("terms", "Towel")),
    (Movement.ROTATION, QT_TRANSLATE_NOOP("terms", "rotation")),
    (Movement.EXTENSION, QT_TRANSLATE_NOOP("terms", "extension")),
    (Movement.FLEXION, QT_TRANSLATE_NOOP("terms", "flexion")),
    (Movement.SIDE_BEND, QT_TRANSLATE_NOOP("terms", "side bend")),
    (Movement.NECK, QT_TRANSLATE_NOOP("terms", "neck")),
    (Movement.SHOULDER_BLADES, QT_TRANSLATE_NOOP("terms", "shoulder blades")),
    (Cue.INHALE, QT_TRANSLATE_NOOP("terms", "Breathe in")),
    (Cue.EXHALE, QT_TRANSLATE_NOOP("terms", "Breathe out")),
    (Cue.BREATHE, QT_TRANSLATE_NOOP("terms", "Breathe slowly")),
    (Side.RIGHT, QT_TRANSLATE_NOOP("terms", "Right side")),
    (Side.LEFT, QT_TRANSLATE_NOOP("terms", "Left side")),
    (Sides.NONE, QT_TRANSLATE_NOOP("terms", "one side")),
    (Sides.BOTH, QT_TRANSLATE_NOOP("terms", "both sides")),
    (Feeling.BETTER, QT_TRANSLATE_NOOP("terms", "Better")),
    (Feeling.SAME, QT_TRANSLATE_NOOP("terms", "Same")),
    (Feeling.WORSE, QT_TRANSLATE_NOOP("terms", "Worse")),
    (Feeling.WARNING, QT_TRANSLATE_NOOP("terms", "A warning sign")),
    (Weekday.MON, QT_TRANSLATE_NOOP("terms", "Mon")),
    (Weekday.TUE, QT_TRANSLATE_NOOP("terms", "Tue")),
    (Weekday.WED, QT_TRANSLATE_NOOP("terms", "Wed")),
    (Weekday.THU, QT_TRANSLATE_NOOP("terms", "Thu")),
    (Weekday.FRI, QT_TRANSLATE_NOOP("terms", "Fri")),
    (Weekday.SAT, QT_TRANSLATE_NOOP("terms", "Sat")),
    (Weekday.SUN, QT_TRANSLATE_NOOP("terms", "Sun")),
)

_LABELS: dict[tuple[type, str], str] = {
    (type(member), member.value): text for member, text in _LABEL_LIST
}

_DAY_NAMES: dict[Weekday, str] = {
    Weekday.MON: QT_TRANSLATE_NOOP("terms", "Monday"),
    Weekday.TUE: QT_TRANSLATE_NOOP("terms", "Tuesday"),
    Weekday.WED: QT_TRANSLATE_NOOP("terms", "Wednesday"),
    Weekday.THU: QT_TRANSLATE_NOOP("terms", "Thursday"),
    Weekday.FRI: QT_TRANSLATE_NOOP("terms", "Friday"),
    Weekday.SAT: QT_TRANSLATE_NOOP("terms", "Saturday"),
    Weekday.SUN: QT_TRANSLATE_NOOP("terms", "Sunday"),
}


def label(term: StrEnum) -> str:
    """The English words a user sees for `term` (translate with the context TR_CONTEXT)."""
    return _LABELS[(type(term), term.value)]


def day_name(day: Weekday) -> str:
    """'Monday' for Weekday.MON (translate with the context TR_CONTEXT)."""
    return _DAY_NAMES[day]


def values(kind: type[StrEnum]) -> tuple[str, ...]:
    """The plain strings of a vocabulary, in declared order (for messages and SQL checks)."""
    return tuple(member.value for member in kind)
