"""The words problems are made of, shared by every reader: phrases of the "problems" context,
translated where a problem is shown (see `core.problems`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase

#: The translation context of every problem's words (core marks them, the view translates them).
CONTEXT = "problems"

#: Words a problem is made of: English as it is, or a Phrase translated where it is shown.
Text = str | Phrase


def say(source: str, *args: object) -> Phrase:
    """A phrase of the "problems" context (mark `source` with QT_TRANSLATE_NOOP)."""
    return Phrase(CONTEXT, source, args)


def listed(items: Iterable[object]) -> str:
    """Names as a problem lists them: 'a, b, c' (names stay as they are written in files)."""
    return ", ".join(str(item) for item in items)


def known_key(known: Sequence[str], close: Sequence[str] = ()) -> Phrase:
    """What an unknown key should have been: the nearest known one, else all of them."""
    if close:
        return say(QT_TRANSLATE_NOOP("problems", "a known key (did you mean '{0}'?)"), close[0])
    return say(QT_TRANSLATE_NOOP("problems", "one of the keys {0}"), listed(known))


def unknown_key(key: str) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "unknown key '{0}'"), key)


def one_of(allowed: Iterable[object]) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "one of {0}"), listed(allowed))


def any_of(allowed: Iterable[object]) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "a list of any of {0} (no repeats)"), listed(allowed))


def twice(value: object) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "'{0}' twice"), value)


def characters(count: int) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "{0} characters"), count)


def items(count: int) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "{0} items"), count)


def true_or_false() -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "true or false"))


def a_number(low: float, high: float) -> Phrase:
    """'a number from -50 to 60' (written as short as they go: 2.5, not 2.500000)."""
    return say(QT_TRANSLATE_NOOP("problems", "a number from {0} to {1}"), f"{low:g}", f"{high:g}")


def at_most_bytes(limit: int) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "a file of at most {0} bytes"), f"{limit:,}")


def a_bigger_file() -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "a bigger file"))


def a_readable_file() -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "a readable file"))


def utf8_text() -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "UTF-8 text"))


def bad_byte(value: int, offset: int) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "byte {0} at offset {1}"), f"{value:#04x}", offset)


def syntax_error(reason: str) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "a syntax error ({0})"), reason)


def either(choices: Sequence[object]) -> Text:
    """'a, b or c' (the names as they are written; one name stays as it is)."""
    if len(choices) < 2:
        return listed(choices)
    return say(QT_TRANSLATE_NOOP("problems", "{0} or {1}"), listed(choices[:-1]), choices[-1])


def iso_time() -> Phrase:
    return say(
        QT_TRANSLATE_NOOP(
            "problems", "an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00"
        )
    )
