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
