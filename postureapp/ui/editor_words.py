"""A problem as the exercise editor shows it: where the file would hold a value ('side-bend',
'long'), the editor shows the label the user picks ('Bending sideways', 'Long breaks'), so the
words under a field name what is on the screen, not what is written in the file."""

from __future__ import annotations

import re
from collections.abc import Mapping

from postureapp.core.i18n import QT_TRANSLATE_NOOP, Phrase, Translate, english
from postureapp.core.problems import Problem
from postureapp.ui.exercise_form import (
    AREA_WORDS,
    EQUIPMENT_WORDS,
    MOVEMENT_WORDS,
    POSITION_WORDS,
    SUIT_WORDS,
)

CONTEXT = "exercise editor"
#: The labels of each field the editor shows as a choice, by the value a file holds.
LABELS: dict[str, Mapping[str, str]] = {
    "areas": AREA_WORDS,
    "movement": MOVEMENT_WORDS,
    "position": POSITION_WORDS,
    "equipment": EQUIPMENT_WORDS,
    "suits": SUIT_WORDS,
}
NOTHING = QT_TRANSLATE_NOOP("exercise editor", "nothing chosen")
_QUOTED = re.compile(r"'([^']*)'")


class _Shown(Phrase):
    """Words already in the user's language (a label), standing where a value was."""

    def text(self, translate: Translate = english) -> str:
        return self.source


def _relabel(value: object, labels: Mapping[str, str], translate: Translate) -> object:
    if isinstance(value, Phrase):
        args = tuple(_relabel(arg, labels, translate) for arg in value.args)
        return Phrase(value.context, value.source, args)
    if not isinstance(value, str):
        return value
    items = [item.strip() for item in value.strip("[]").split(",")]
    names = [m[1] if (m := _QUOTED.fullmatch(item)) else item for item in items]
    if names == [""]:
        return _Shown(CONTEXT, translate(CONTEXT, NOTHING))
    if all(name in labels for name in names):
        return _Shown(CONTEXT, ", ".join(translate(CONTEXT, labels[name]) for name in names))
    return value


def as_shown(problem: Problem, translate: Translate) -> str:
    """What is wrong, in the user's language, with the editor's labels for file values."""
    labels = LABELS.get(problem.field)
    if labels is None or problem.said is None:
        return problem.what_in(translate)
    words = _relabel(problem.said, labels, translate)
    assert isinstance(words, Phrase)
    text = words.text(translate)
    if problem.field == "suits":  # 'only "long" for a floor exercise'
        text = text.replace('"long"', f'"{translate(CONTEXT, SUIT_WORDS["long"])}"')
    return text
