"""Every option, declared once: its kind, default, and the words the dialog and the file show.

Loading, checking, saving, the settings dialog and `postureapp config` all read FIELDS, so a new
option is one entry here. Labels, help texts, units and choices are English source strings marked
for lupdate; the UI passes them through `QCoreApplication.translate("settings", ...)` (the days and
the words of `terms` through "terms").
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase
from postureapp.core.settings.calendar_kind import CalendarSourcesKind
from postureapp.core.settings.kinds import (
    Choice,
    Choices,
    Folder,
    Kind,
    Number,
    Refused,
    SettingValue,
    Switch,
    TimeRanges,
    TimeRangesKind,
    TimesKind,
    WeightsKind,
    toml_value,
)
from postureapp.core.terms import WEEKDAYS, Area, Equipment, Position, Weekday, day_name, values


class SettingError(ValueError):
    """A value a user gave for one setting, refused with what was expected and what was found.

    `message` is the English; `phrase` the same, to translate where it is shown.
    """

    def __init__(self, key: str, phrase: Phrase) -> None:
        super().__init__(f"{key}: {phrase}")
        self.key = key
        self.message = str(phrase)
        self.phrase = phrase


class UnknownSetting(SettingError):
    """A key that names no setting; carries the nearest real key when there is one."""

    def __init__(self, key: str) -> None:
        self.suggestion = suggest(key)
        if self.suggestion:
            hint = QT_TRANSLATE_NOOP("settings", "unknown setting (did you mean {0}?)")
            super().__init__(key, Phrase("settings", hint, (self.suggestion,)))
        else:
            super().__init__(
                key, Phrase("settings", QT_TRANSLATE_NOOP("settings", "unknown setting"))
            )


@dataclass(frozen=True)
class Field:
    """One option: its kind, default, and the words the dialog and the file show for it."""

    key: str
    kind: Kind
    default: SettingValue
    label: str
    help: str

    @property
    def section(self) -> str:
        return self.key.partition(".")[0]

    @property
    def name(self) -> str:
        return self.key.partition(".")[2]

    @property
    def expected(self) -> str:
        """What a valid value looks like, in words; used in errors, file comments and tooltips."""
        return str(self.kind.describe())

    @property
    def expected_phrase(self) -> Phrase:
        """`expected`, to translate where it is shown."""
        return self.kind.describe()

    def parse(self, value: object) -> SettingValue:
        """Check a value from the TOML file (or an already typed one); return its typed form."""
        try:
            return self.kind.parse(value)
        except Refused as refused:
            raise SettingError(self.key, refused.phrase) from None

    def parse_text(self, text: str) -> SettingValue:
        """Check a value typed on a command line or in a text box (the `format_text` form)."""
        try:
            return self.kind.parse_text(text)
        except Refused as refused:
            raise SettingError(self.key, refused.phrase) from None

    def to_toml(self, value: SettingValue) -> object:
        return self.kind.to_toml(value)

    def format_toml(self, value: SettingValue) -> str:
        """The typed value as the file writes it."""
        return toml_value(self.kind.to_toml(value))

    def format_text(self, value: SettingValue) -> str:
        """The typed value as a user would type it; `parse_text` turns it back."""
        return self.kind.format_text(value)


_OFFICE_HOURS: TimeRanges = ((time(9, 0), time(17, 0)),)


def _number(key: str, default: int, low: int, high: int, unit: str, label: str, help: str) -> Field:
    return Field(key, Number(low, high, unit), default, label, help)


def _switch(key: str, default: bool, label: str, help: str) -> Field:
    return Field(key, Switch(), default, label, help)


FIELDS: tuple[Field, ...] = (
    _number(
        "breaks.short_interval_minutes", 30, 5, 180, "minutes",
        QT_TRANSLATE_NOOP("settings", "Work between breaks"), QT_TRANSLATE_NOOP("settings", "Minutes of work between one break and the next."),
    ),
    _number(
        "breaks.short_break_seconds", 40, 20, 300, "seconds",
        QT_TRANSLATE_NOOP("settings", "Short break length"),
        QT_TRANSLATE_NOOP("settings", "How long a short break lasts. Its exercise is repeated or held longer to fit, and every "
        "step leaves time to read it; a break lands within 10 % (or 5 s) of this."),
    ),
    _number(
        "breaks.long_every", 4, 0, 12, "breaks",
        QT_TRANSLATE_NOOP("settings", "Long break every"), QT_TRANSLATE_NOOP("settings", "Every Nth break is a long one; 0 means never."),
    ),
    _number(
        "breaks.long_break_seconds", 240, 60, 1200, "seconds",
        QT_TRANSLATE_NOOP("settings", "Long break length"),
        QT_TRANSLATE_NOOP("settings", "How long a long break lasts. Its exercises are repeated or held longer to fit; a break "
        "lands within 10 % (or 5 s) of this."),
    ),
    _number(
        "breaks.notice_seconds", 30, 0, 300, "seconds",
        QT_TRANSLATE_NOOP("settings", "Notice before a break"),
        QT_TRANSLATE_NOOP("settings", "How early a quiet notice announces a break; 0 means no notice."),
    ),
    _number(
        "breaks.snooze_minutes", 5, 1, 60, "minutes",
        QT_TRANSLATE_NOOP("settings", "Snooze length"), QT_TRANSLATE_NOOP("settings", "How long Snooze puts a break off."),
    ),
    _number(
        "breaks.snooze_cap", 2, 0, 10, "snoozes",
        QT_TRANSLATE_NOOP("settings", "Snoozes per break"), QT_TRANSLATE_NOOP("settings", "How often in a row one break may be snoozed; 0 turns Snooze off."),
    ),
    _switch(
        "breaks.strict", False,
        QT_TRANSLATE_NOOP("settings", "Strict mode"), QT_TRANSLATE_NOOP("settings", "A break that has started cannot be skipped or snoozed."),
    ),
    _switch(
        "schedule.working_hours_enabled", False,
        QT_TRANSLATE_NOOP("settings", "Only in working hours"), QT_TRANSLATE_NOOP("settings", "Plan breaks only inside the working hours set for each day."),
    ),
    *(
        Field(
            f"schedule.{day}", TimeRangesKind(), _OFFICE_HOURS if day in WEEKDAYS[:5] else (),
            day_name(day), QT_TRANSLATE_NOOP("settings", "Working hours on this day, as HH:MM-HH:MM ranges; empty for a day off."),
        )
        for day in WEEKDAYS
    ),
    Field(
        "schedule.fixed_times", TimesKind(), (),
        QT_TRANSLATE_NOOP("settings", "Fixed break times"), QT_TRANSLATE_NOOP("settings", "Times of day when a break comes whatever the interval says."),
    ),
    Field(
        "schedule.fixed_days", Choices(values(Weekday)), frozenset(WEEKDAYS[:5]),
        QT_TRANSLATE_NOOP("settings", "Days for fixed times"), QT_TRANSLATE_NOOP("settings", "The days on which the fixed break times apply."),
    ),
    _switch(
        "schedule.wait_for_fullscreen", True,
        QT_TRANSLATE_NOOP("settings", "Wait during full screen"), QT_TRANSLATE_NOOP("settings", "Hold a due break while a full-screen window is in front."),
    ),
    _switch(
        "schedule.wait_for_dnd", True,
        QT_TRANSLATE_NOOP("settings", "Wait during Do Not Disturb"), QT_TRANSLATE_NOOP("settings", "Hold a due break while Do Not Disturb is on."),
    ),
    _switch(
        "schedule.wait_for_calls", True,
        QT_TRANSLATE_NOOP("settings", "Wait during calls"), QT_TRANSLATE_NOOP("settings", "Hold a due break while a call seems to be in progress."),
    ),
    _number(
        "schedule.max_wait_minutes", 30, 0, 240, "minutes",
        QT_TRANSLATE_NOOP("settings", "Longest wait"),
        QT_TRANSLATE_NOOP("settings", "How long a held break waits before it is shown anyway; 0 means no limit."),
    ),
    Field(
        "schedule.calendars", CalendarSourcesKind(), (),
        QT_TRANSLATE_NOOP("settings", "Calendars"),
        QT_TRANSLATE_NOOP("settings", "Calendars whose events hold breaks: no break during a busy event, none just before "
        "one. Local .ics files or folders, web addresses and CalDAV accounts (read only)."),
    ),
    _number(
        "schedule.calendar_lead_minutes", 5, 0, 30, "minutes",
        QT_TRANSLATE_NOOP("settings", "Clear before events"),
        QT_TRANSLATE_NOOP("settings", "No break falls due this long before an event; it comes early or right after instead."),
    ),
    _number(
        "schedule.calendar_refresh_minutes", 15, 5, 240, "minutes",
        QT_TRANSLATE_NOOP("settings", "Read calendars every"), QT_TRANSLATE_NOOP("settings", "How often calendars are read again (also on waking up)."),
    ),
    _switch(
        "schedule.calendar_titles", False,
        QT_TRANSLATE_NOOP("settings", "Show event titles"),
        QT_TRANSLATE_NOOP("settings", "Name the event a break waits for (postureapp status); off keeps the titles private."),
    ),
    Field(
        "exercises.areas", Choices(values(Area), allow_empty=False), frozenset(Area),
        QT_TRANSLATE_NOOP("settings", "Body areas"), QT_TRANSLATE_NOOP("settings", "The parts of the body the offered exercises may work on."),
    ),
    Field(
        "exercises.positions", Choices(values(Position), allow_empty=False),
        frozenset({Position.SEATED, Position.STANDING}),
        QT_TRANSLATE_NOOP("settings", "Positions"), QT_TRANSLATE_NOOP("settings", "The positions an offered exercise may ask you to take."),
    ),
    Field(
        "exercises.equipment", Choices(values(Equipment)), frozenset(),
        QT_TRANSLATE_NOOP("settings", "Equipment at hand"),
        QT_TRANSLATE_NOOP("settings", "Equipment you have nearby; exercises needing other things are left out."),
    ),
    Field(
        "exercises.custom_folder", Folder(), None,
        QT_TRANSLATE_NOOP("settings", "Your exercises folder"), QT_TRANSLATE_NOOP("settings", "A folder of your own exercise files; empty means the usual one."),
    ),
    Field(
        "exercises.weights", WeightsKind(), (),
        QT_TRANSLATE_NOOP("settings", "How often each exercise comes"),
        QT_TRANSLATE_NOOP("settings", "Whether each exercise is offered, and how often: never (0, unticked), as usual (1), "
        "more often (2) or most often (3). Exercises not listed come as usual."),
    ),
    _switch("behaviour.sound", False, QT_TRANSLATE_NOOP("settings", "Sound"), QT_TRANSLATE_NOOP("settings", "Play a soft sound when a break starts and ends.")),
    Field(
        "behaviour.theme", Choice(("system", "light", "dark")), "system",
        QT_TRANSLATE_NOOP("settings", "Appearance"),
        QT_TRANSLATE_NOOP("settings", "Light or dark windows; system follows your desktop."),
    ),
    _switch(
        "behaviour.start_at_login", False, QT_TRANSLATE_NOOP("settings", "Start at login"), QT_TRANSLATE_NOOP("settings", "Start postureapp when you log in.")
    ),
    _number(
        "behaviour.idle_threshold_minutes", 5, 1, 60, "minutes",
        QT_TRANSLATE_NOOP("settings", "Away counts as a break"), QT_TRANSLATE_NOOP("settings", "Away from the computer this long and a break counts as taken."),
    ),
    _switch(
        "behaviour.checkins", True,
        QT_TRANSLATE_NOOP("settings", "Check-ins"), QT_TRANSLATE_NOOP("settings", "Now and then ask after a break how your back and neck feel."),
    ),
    Field(
        "behaviour.motion", Choice(("auto", "reduced", "full")), "auto",
        QT_TRANSLATE_NOOP("settings", "Moving pictures"),
        QT_TRANSLATE_NOOP("settings", "Whether the figure in the break window moves: auto follows the desktop's animation "
        "setting; reduced shows the end pose over a faint start pose."),
    ),
    _number(
        "behaviour.streak_min_breaks", 4, 1, 20, "breaks",
        QT_TRANSLATE_NOOP("settings", "Breaks for a streak day"), QT_TRANSLATE_NOOP("settings", "How many breaks make a day count towards a streak."),
    ),
    _switch(
        "camera.posture_sensing", False,
        QT_TRANSLATE_NOOP("settings", "Watch my posture with the camera"),
        QT_TRANSLATE_NOOP("settings", "A few times a minute the camera takes one picture, the position of your head and "
        "shoulders is read from it on this computer, and the picture is dropped at once: no "
        "picture is kept or sent anywhere. A slouch held for a while brings the next break "
        "forward."),
    ),
    _number(
        "camera.readings_per_minute", 3, 1, 12, "readings",
        QT_TRANSLATE_NOOP("settings", "Camera readings per minute"),
        QT_TRANSLATE_NOOP("settings", "How often the camera is switched on for one picture; it is off in between."),
    ),
    _number(
        "camera.slouch_percent", 15, 5, 50, "%",
        QT_TRANSLATE_NOOP("settings", "Slouch threshold"),
        QT_TRANSLATE_NOOP("settings", "How far your head may sink, or your shoulders round, from the upright posture you "
        "calibrated before it counts as a slouch."),
    ),
    _number(
        "camera.slouch_minutes", 10, 2, 60, "minutes",
        QT_TRANSLATE_NOOP("settings", "Slouch held for"),
        QT_TRANSLATE_NOOP("settings", "A slouch held this long brings the next break forward, with an exercise that answers "
        "it (never sooner than the notice allows, and never during a call, a full-screen window, "
        "do-not-disturb or a meeting)."),
    ),
)  # fmt: skip

#: The units and choices the dialog shows (choices that are `terms` are translated there).
SHOWN_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("settings", "minutes"),
    QT_TRANSLATE_NOOP("settings", "seconds"),
    QT_TRANSLATE_NOOP("settings", "breaks"),
    QT_TRANSLATE_NOOP("settings", "snoozes"),
    QT_TRANSLATE_NOOP("settings", "readings"),
    QT_TRANSLATE_NOOP("settings", "%"),
    QT_TRANSLATE_NOOP("settings", "System"),
    QT_TRANSLATE_NOOP("settings", "Light"),
    QT_TRANSLATE_NOOP("settings", "Dark"),
    QT_TRANSLATE_NOOP("settings", "Auto"),
    QT_TRANSLATE_NOOP("settings", "Reduced"),
    QT_TRANSLATE_NOOP("settings", "Full"),
)

FIELDS_BY_KEY: Mapping[str, Field] = {field.key: field for field in FIELDS}
_BY_NAME: Mapping[str, Field] = {field.name: field for field in FIELDS}
SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(field.section for field in FIELDS))
#: The weekdays, as the settings keys of each day's working hours name them.
DAYS: tuple[str, ...] = values(Weekday)


def suggest(key: str) -> str | None:
    """The real key a mistyped one most likely meant, looking in every section."""
    name = key.rpartition(".")[2]
    if name in _BY_NAME:
        return _BY_NAME[name].key
    close = difflib.get_close_matches(key, list(FIELDS_BY_KEY), n=1, cutoff=0.75)
    if close:
        return close[0]
    close = difflib.get_close_matches(name, list(_BY_NAME), n=1, cutoff=0.75)
    return _BY_NAME[close[0]].key if close else None


def field_for(key: str) -> Field:
    """The declaration for a dotted key; an unknown key raises with a suggestion."""
    try:
        return FIELDS_BY_KEY[key]
    except KeyError:
        raise UnknownSetting(key) from None
