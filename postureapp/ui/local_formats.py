"""Times, dates and numbers as the user's locale writes them (QLocale), for every view.

The command line, which does not load Qt, has its own (`cli.local`); both follow the same
locale settings of the session.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def clock(moment: datetime, locale: QLocale | None = None) -> str:
    """'14:30' or '2:30 PM': the locale's short time, of the wall time `moment` carries."""
    locale = locale or QLocale()
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def weekday(day: date, locale: QLocale | None = None) -> str:
    """'Tue', 'Di', '火': the locale's short day name."""
    return (locale or QLocale()).dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def day_and_clock(
    moment: datetime, today: date | None = None, locale: QLocale | None = None
) -> str:
    """The clock alone for today, else the short day name and the clock: 'Tue 09:00'."""
    time_text = clock(moment, locale)
    if today is not None and moment.date() == today:
        return time_text
    return f"{weekday(moment.date(), locale)} {time_text}"


def _is_c(locale: QLocale) -> bool:
    """The C locale (no LANG at all) writes '25 09 2024'; ISO 8601 reads better there."""
    return locale.language() == QLocale.Language.C


def short_date(day: date, locale: QLocale | None = None) -> str:
    """The locale's short date: '25.09.24', '9/25/24', '2024/09/25' (ISO in the C locale)."""
    locale = locale or QLocale()
    if _is_c(locale):
        return day.isoformat()
    return locale.toString(_qdate(day), QLocale.FormatType.ShortFormat)


def short_date_time(moment: QDateTime, locale: QLocale | None = None) -> str:
    """The locale's short date and time: '25.09.24 23:59' (ISO in the C locale)."""
    locale = locale or QLocale()
    if _is_c(locale):
        return locale.toString(moment, "yyyy-MM-dd HH:mm")
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


_TOKEN = re.compile(r"'(?:[^']|'')*'|d+|M+|y+|\s+|.")


def day_month_format(locale: QLocale | None = None) -> str:
    """The locale's long date pattern without the weekday and the year, with a short month:
    'd MMM' (15 May), 'MMM d' (May 15), 'd. MMM' (15. Mai), 'M月d日' (5月15日)."""
    tokens = _TOKEN.findall((locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat))
    fields = [i for i, t in enumerate(tokens) if t[0] in "dM" and t != "dddd"]
    if not fields:
        return "d MMM"
    end = fields[-1] + 1
    while end < len(tokens) and not tokens[end].isspace() and tokens[end][0] not in "dMy":
        end += 1  # what clings to the last field: the dot of 'd.', the 日 of 'd日'
    kept = [t for t in tokens[fields[0] : end] if t[0] != "y" and t != "dddd"]
    return re.sub(r"\s+", " ", "".join(kept)).strip().rstrip(",،").replace("MMMM", "MMM")


def day_month(day: date, locale: QLocale | None = None) -> str:
    """A day on a chart axis: '25.09.', '9/25', '09/25'."""
    locale = locale or QLocale()
    return locale.toString(_qdate(day), day_month_format(locale))


def number(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """1234.5 -> '1.234,5' in German; whole numbers without decimals."""
    locale = locale or QLocale()
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def date_edit_format(locale: QLocale | None = None) -> str:
    """A date box's format: the locale's short date with the whole year ('dd.MM.yyyy',
    'yyyy/MM/dd', 'M/d/yyyy'); ISO 8601 in the C locale, whose own reads '28 08 2026'."""
    locale = locale or QLocale()
    if _is_c(locale):
        return "yyyy-MM-dd"
    return re.sub(r"(?<!y)y{1,2}(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
