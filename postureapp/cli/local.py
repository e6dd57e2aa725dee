"""The command line in the user's language and formats, without Qt.

Words come from the same catalogues the app loads (`core.i18n`, read from the compiled `.qm`),
chosen from LANGUAGE, LC_ALL, LC_MESSAGES and LANG with the app's own rule. Times, dates and
numbers come from the C library's locale data (the standard `locale` module): about a
millisecond at start, where Babel would cost tens of milliseconds and megabytes. A locale the
system has not generated takes ours, for the languages we ship (`cli.formats`: weekday names,
the date, the number marks, as the C library writes them); any other, the C locale's (ISO 8601).
"""

from __future__ import annotations

import argparse
import locale
import os
from collections.abc import Mapping
from datetime import date, datetime

from postureapp.cli.formats import FORMATS, Formats
from postureapp.cli.formats import number as own_number
from postureapp.core import i18n
from postureapp.core.i18n import QT_TRANSLATE_NOOP, translate
from postureapp.paths import assets_dir

_ready = False
#: Our own formats, when the system lacks the user's locale and we ship its language.
_own: Formats | None = None
_own_numbers: Formats | None = None

#: argparse's own words (it looks them up through `argparse._`), marked here for lupdate.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "commands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_words(text: str | None) -> str | None:
    return text if text is None else translate("argparse", text)


def setup(environ: Mapping[str, str] | None = None) -> str | None:
    """Pick the language and the formats once; returns the language (None: English)."""
    global _ready, _own, _own_numbers
    env = os.environ if environ is None else environ
    chosen = i18n.install(assets_dir() / "translations", i18n.from_environment(env))
    _own = _own_numbers = None
    for category, name in ((locale.LC_TIME, "LC_TIME"), (locale.LC_NUMERIC, "LC_NUMERIC")):
        wanted = env.get("LC_ALL") or env.get(name) or env.get("LANG") or "C"
        try:
            locale.setlocale(category, wanted)
        except locale.Error:  # not generated on this system: ours, else C formats
            locale.setlocale(category, "C")
            language = i18n.pick([wanted], list(FORMATS))
            own = FORMATS[language] if language else None
            if category == locale.LC_TIME:
                _own = own
            else:
                _own_numbers = own
    argparse._ = _argparse_words  # type: ignore[attr-defined]
    _ready = True
    return chosen


def ensure() -> None:
    if not _ready:
        setup()


def _is_c() -> bool:
    name = locale.setlocale(locale.LC_TIME)
    return name in ("C", "POSIX") or name.startswith(("C.", "POSIX."))


def _clock_format() -> str:
    """The locale's time of day, without seconds: %H:%M, or %I:%M %p where clocks read 12 h."""
    if _own is not None:
        return "%H:%M"
    native = locale.nl_langinfo(locale.T_FMT)
    if any(code in native for code in ("%I", "%l", "%r")) and locale.nl_langinfo(locale.AM_STR):
        return "%I:%M %p"
    return "%H:%M"


def clock(moment: datetime) -> str:
    """'14:30' or '02:30 PM', in the time `moment` carries."""
    return moment.strftime(_clock_format())


def weekday(day: date) -> str:
    """'Tue', 'Di', '火'."""
    return _own.short_days[day.weekday()] if _own is not None else day.strftime("%a")


def short_date(day: date) -> str:
    """The locale's date ('01.12.2026', '12/01/2026'); ISO 8601 in the C locale."""
    if isinstance(day, datetime):
        day = day.date()
    if _own is not None:
        return day.strftime(_own.date)
    return day.isoformat() if _is_c() else day.strftime(locale.nl_langinfo(locale.D_FMT))


def long_date(day: date) -> str:
    """'Tuesday 2026-12-01', 'Dienstag 01.12.2026'."""
    name = _own.days[day.weekday()] if _own is not None else day.strftime("%A")
    return f"{name} {short_date(day)}"


def day_and_clock(moment: datetime, today: date | None = None) -> str:
    """The clock alone for `today`, else the short day, the date and the clock: 'Thu 03 Dec
    14:30' in the C locale, 'Do 03.12.2026 14:30' in German."""
    if today is not None and moment.date() == today:
        return clock(moment)
    day = moment.strftime("%d %b") if _is_c() and _own is None else short_date(moment.date())
    return f"{weekday(moment.date())} {day} {clock(moment)}"


def number(value: float, decimals: int = 0) -> str:
    """With the locale's decimal mark and grouping: '1.234,5'."""
    if _own_numbers is not None:
        return own_number(value, decimals, _own_numbers)
    return locale.format_string(f"%.{decimals}f", value, grouping=True)


def percent(fraction: float) -> str:
    return translate("cli", "{0}%").format(number(fraction * 100))


def width(text: str) -> int:
    """Columns a terminal gives `text`: two for each wide (CJK) character."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int) -> str:
    """`text` padded with spaces to `columns` terminal columns."""
    return text + " " * max(0, columns - width(text))
