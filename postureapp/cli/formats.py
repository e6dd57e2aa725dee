"""Date and number formats of the languages we ship, for a system that has not generated the
user's locale (a fresh Debian has only C.UTF-8): the command line then still writes 'Dienstag
01.12.2026' and '1.234,5', not 'Tuesday 2026-12-01'.

The values are those of the C library's own locales (glibc's de_DE, fr_FR, es_ES, pt_BR, it_IT,
nl_NL, pl_PL and ja_JP), so a user sees the same whether or not the locale is generated;
tests/unit/test_cli_formats.py compares them with locales compiled by localedef. Every one of
these languages reads a 24-hour clock.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Formats:
    """Weekday names from Monday, the date as strftime writes it, and the number marks."""

    days: tuple[str, ...]
    short_days: tuple[str, ...]
    date: str
    decimal: str
    thousands: str


FORMATS: dict[str, Formats] = {
    "de": Formats(
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
        "%d.%m.%Y",
        ",",
        ".",
    ),
    "fr": Formats(
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
        "%d/%m/%Y",
        ",",
        "\u202f",
    ),
    "es": Formats(
        ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
        "%d/%m/%y",
        ",",
        ".",
    ),
    "pt_BR": Formats(
        ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
        ("seg", "ter", "qua", "qui", "sex", "sáb", "dom"),
        "%d/%m/%Y",
        ",",
        ".",
    ),
    "it": Formats(
        ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
        "%d/%m/%Y",
        ",",
        ".",
    ),
    "nl": Formats(
        ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        ("ma", "di", "wo", "do", "vr", "za", "zo"),
        "%d-%m-%y",
        ",",
        ".",
    ),
    "pl": Formats(
        ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
        ("pon", "wto", "śro", "czw", "pią", "sob", "nie"),
        "%d.%m.%Y",
        ",",
        "\u202f",
    ),
    "ja": Formats(
        ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
        ("月", "火", "水", "木", "金", "土", "日"),
        "%Y年%m月%d日",
        ".",
        ",",
    ),
}


def number(value: float, decimals: int, formats: Formats) -> str:
    """'1.234,5' with `formats`' marks, grouped by thousands."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", formats.decimal).replace("\0", formats.thousands)
