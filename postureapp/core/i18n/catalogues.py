"""The catalogue in use for words printed without Qt (the command line).

One per process, like gettext's: `install` picks it from the user's languages once, and
`translate(context, text)` looks words up in it (lupdate finds these calls by their name).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from postureapp.core.i18n.languages import pick
from postureapp.core.i18n.qm import Catalogue, CatalogueError

#: Catalogue files are named <NAME>_<language>.qm.
NAME = "postureapp"

_current: Catalogue | None = None
_language: str | None = None


def available(folder: Path) -> list[str]:
    """The languages with a catalogue in `folder`."""
    return sorted(path.stem.removeprefix(NAME + "_") for path in folder.glob(f"{NAME}_*.qm"))


def install(folder: Path, languages: Iterable[str]) -> str | None:
    """Use the catalogue of the first of `languages` found in `folder` (English when none);
    returns its language. A damaged file counts as missing: the words stay English."""
    global _current, _language
    _current, _language = None, None
    chosen = pick(languages, available(folder))
    if chosen is not None:
        try:
            _current = Catalogue.read(folder / f"{NAME}_{chosen}.qm")
        except (OSError, CatalogueError):
            return None
        _language = chosen
    return _language


def installed_language() -> str | None:
    """The language `install` chose; None for English."""
    return _language


def translate(context: str, source: str) -> str:
    """`source` in the installed language, or as it is."""
    return source if _current is None else _current.translate(context, source)
