"""The user's language, without Qt: which languages they want, and our compiled catalogues.

The GUI translates with Qt (`QTranslator` over the same `.qm` files); the command line, which
never imports Qt for its own commands, reads those files with `qm.Catalogue` and translates with
`translate(context, text)`. Core declares what it says as English source strings marked with
`QT_TRANSLATE_NOOP(context, text)` (for `pyside6-lupdate`) and, when a sentence needs values
filled in later, as a `Phrase`. docs/translations.md says how a language is added.
"""

from __future__ import annotations

from postureapp.core.i18n.catalogues import install, installed_language, translate
from postureapp.core.i18n.languages import SHIPPED, candidates, from_environment, pick
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase, Translate, english

__all__ = [
    "QT_TRANSLATE_NOOP",
    "SHIPPED",
    "Phrase",
    "Translate",
    "candidates",
    "english",
    "from_environment",
    "install",
    "installed_language",
    "pick",
    "translate",
]
