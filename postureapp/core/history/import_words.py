"""What an import says about an export file it cannot take: phrases of the "problems" context,
translated where they are shown (the command line's `history import`)."""

from __future__ import annotations

from collections.abc import Sequence

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase, Translate, english
from postureapp.core.problem_words import Text, listed, say
from postureapp.core.problems import Problem

#: How many problems the message lists; the rest are counted.
SHOWN = 20


def cannot_import(
    source: str, problems: Sequence[Problem], stopped: bool, translate: Translate = english
) -> str:
    """The whole message: the file, then each problem on a line of its own."""
    lines = [f"  {problem.text(translate)}" for problem in problems[:SHOWN]]
    more = len(problems) - SHOWN
    if more > 0:
        lines.append(
            "  " + say(QT_TRANSLATE_NOOP("problems", "… and {0} more"), more).text(translate)
        )
    if stopped:
        stop = say(
            QT_TRANSLATE_NOOP("problems", "(reading stopped after {0} problems)"), len(problems)
        )
        lines.append("  " + stop.text(translate))
    head = say(QT_TRANSLATE_NOOP("problems", "{0}: cannot import, nothing was added:"), source)
    return "\n".join([head.text(translate), *lines])


def columns_wrong(
    missing: Sequence[str], unknown: Sequence[str], columns: Sequence[str]
) -> Phrase | None:
    """What is wrong with a header's (or a record's) columns; None when nothing is."""
    parts: list[Text] = []
    if missing:
        parts.append(say(QT_TRANSLATE_NOOP("problems", "missing column {0}"), listed(missing)))
    if unknown:
        parts.append(say(QT_TRANSLATE_NOOP("problems", "unknown column {0}"), listed(unknown)))
    if not parts:
        return None
    both = parts[0] if len(parts) == 1 else say(QT_TRANSLATE_NOOP("problems", "{0}; {1}"), *parts)
    return say(
        QT_TRANSLATE_NOOP("problems", "{0} (expected {1}; id is optional)"), both, listed(columns)
    )


class ImportFileError(ValueError):
    """An export file that cannot be imported; `problems` names every bad row and field."""

    def __init__(self, source: str, problems: Sequence[Problem], *, stopped: bool = False) -> None:
        self.source = source
        self.problems = tuple(problems)
        self.stopped = stopped
        super().__init__(cannot_import(source, self.problems, stopped))

    def text(self, translate: Translate) -> str:
        """The message in the language `translate` gives."""
        return cannot_import(self.source, self.problems, self.stopped, translate)


# --- what a reader of an export expects and finds ------------------------------------------------


def at_most_characters(what: str, limit: int) -> Phrase:
    """'a line of at most 1,048,576 characters' (`what`: 'line', 'cell' or 'value')."""
    if what == "line":
        return say(QT_TRANSLATE_NOOP("problems", "a line of at most {0} characters"), f"{limit:,}")
    if what == "cell":
        return say(QT_TRANSLATE_NOOP("problems", "a cell of at most {0} characters"), f"{limit:,}")
    return say(QT_TRANSLATE_NOOP("problems", "a value of at most {0} characters"), f"{limit:,}")


def a_longer_one() -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "a longer one"))


def the_end_of_the_file() -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "the end of the file"))


def as_deep_as_an_export() -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "JSON nested no deeper than an export"))


def export_shape() -> Phrase:
    return say(
        QT_TRANSLATE_NOOP("problems", "a JSON object with a 'breaks' list, as export writes it")
    )


def a_list_of(name: str) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "a list of {0}"), name)


def after_a_key() -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "':' after a key"))


def in_the_list(expected: Text, name: str) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "{0} in the list of {1}"), expected, name)


def a_version(newest: int) -> Phrase:
    return say(
        QT_TRANSLATE_NOOP("problems", "1 to {0} (a newer version needs a newer postureapp)"),
        newest,
    )


def cell_count(count: int) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "{0} cells"), count)


def a_byte(value: int) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "byte {0}"), f"{value:#04x}")


def not_before(name: str, moment: object) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "a time not before {0} ({1})"), name, moment)


def hex_uid() -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "32 lowercase hex digits"))
