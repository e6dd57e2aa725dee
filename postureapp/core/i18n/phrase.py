"""Words declared in core and translated where they are shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: (context, English source) -> the words to show; QCoreApplication.translate has this shape.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation without importing Qt (lupdate looks for this very name)."""
    return source


def english(context: str, source: str) -> str:
    """The translation that keeps the English source."""
    return source


@dataclass(frozen=True)
class Phrase:
    """A sentence with values to fill in, translated only when it is shown.

    `source` is the English text with `{0}`-style places, marked for lupdate where the phrase is
    made; an argument may itself be a Phrase. `str()` gives the English.
    """

    context: str
    source: str
    args: tuple[object, ...] = ()

    def text(self, translate: Translate = english) -> str:
        """The phrase in the language `translate` gives, its places filled in."""
        args = [arg.text(translate) if isinstance(arg, Phrase) else arg for arg in self.args]
        return translate(self.context, self.source).format(*args)

    def __str__(self) -> str:
        return self.text()


class Said(Exception):
    """An error whose words are a Phrase (`said`), English in `str()`."""

    def __init__(self, words: Phrase | str) -> None:
        super().__init__(str(words))
        self.said = words if isinstance(words, Phrase) else None


def told(error: BaseException, translate: Translate) -> str:
    """The error's words in the language `translate` gives (its English, if it has no phrase)."""
    words = getattr(error, "said", None)
    return words.text(translate) if isinstance(words, Phrase) else str(error)
