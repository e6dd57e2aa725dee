"""The app's language, chosen once at start-up before any window exists: our catalogue and Qt's.

The choice follows the session's languages (`QLocale().uiLanguages()`, which reads LANGUAGE,
LC_ALL, LC_MESSAGES and LANG on Linux and the system's list elsewhere), with the same rule the
command line uses (`core.i18n.pick`), so both speak the same language. Exercise texts follow
the same list (`content_languages`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from postureapp.core.i18n import catalogues
from postureapp.core.i18n.languages import candidates, pick
from postureapp.paths import assets_dir

_installed: list[QTranslator] = []
_chosen: str | None = None


def folder() -> Path:
    return assets_dir() / "translations"


def session_languages() -> list[str]:
    return [name.replace("-", "_") for name in QLocale().uiLanguages()]


def install(app: QCoreApplication, languages: Sequence[str] | None = None) -> str | None:
    """Load postureapp's catalogue and Qt's own for the first language we ship (None: English).

    Replaces whatever an earlier call installed; `languages` defaults to the session's.
    """
    global _chosen
    remove(app)
    wanted = session_languages() if languages is None else list(languages)
    _chosen = pick(wanted, catalogues.available(folder()))
    if _chosen is None:
        return None
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in (("postureapp", str(folder())), ("qtbase", qt_folder)):
        for code in candidates(_chosen):
            translator = QTranslator(app)
            if translator.load(f"{name}_{code}", where):
                app.installTranslator(translator)
                _installed.append(translator)
                break
    return _chosen


def remove(app: QCoreApplication) -> None:
    """Back to the English source strings."""
    global _chosen
    while _installed:
        app.removeTranslator(_installed.pop())
    _chosen = None


def chosen() -> str | None:
    """The language `install` chose; None for English."""
    return _chosen


def content_languages() -> list[str]:
    """The languages exercise texts are picked from: the app's own first, then the session's."""
    return [*([_chosen] if _chosen else []), *session_languages()]
