"""Start-up: the tray icon first, everything else on the next turn of the event loop.

At login, what a user sees of a tray app is its icon. This module imports only what the icon
and the single-instance socket need; the composition root (`postureapp.app`, with the
scheduler, the log and the exercise library) is imported and built once the icon is up.
"""

from __future__ import annotations

import builtins
import logging
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

import PySide6  # noqa: F401  (installs the import hook that the call below takes out again)


def keep_pyside_from_reading_sources() -> None:
    """Undo the part of PySide6's import hook that reads the source of every later import.

    PySide6 replaces `__import__` with its `__feature__` hook, which calls
    `inspect.getsource()` on each module imported after it, to see whether the module uses
    PySide6 (PYSIDE-2029). That leaves every such file in `linecache`: for the composition root,
    about 175 files and 3.3 MB of source, kept all day as some 8 MiB of small Python strings
    that no later `linecache.clearcache()` gives back to the system (they are interleaved with
    the modules' own objects). postureapp never uses `from __feature__ import ...`, so the hook
    has nothing to do here. Its underlying import (`__orig_import__`, PySide6's lazy-loading
    layer) stays. tests/unit/test_lean_imports.py fails when a release stops installing the
    hook (this can then go) or when the start-up path reads sources again.
    """
    hook = builtins.__import__
    underlying = getattr(builtins, "__orig_import__", None)
    if getattr(hook, "__name__", "") == "__feature_import__" and callable(underlying):
        builtins.__import__ = underlying


# First, before any other import: see the docstring.
keep_pyside_from_reading_sources()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from postureapp import __version__  # noqa: E402
from postureapp.core.i18n.phrase import Said, Translate, english, told  # noqa: E402
from postureapp.core.library_words import os_reason  # noqa: E402
from postureapp.core.protocol import Request  # noqa: E402
from postureapp.logsetup import setup_logging  # noqa: E402
from postureapp.paths import AppPaths  # noqa: E402
from postureapp.startup import Early  # noqa: E402
from postureapp.ui import language  # noqa: E402
from postureapp.ui.icons import icon  # noqa: E402

if TYPE_CHECKING:  # `postureapp report` only; the running app does without them
    from datetime import date
    from pathlib import Path

    from postureapp.core.review import Review

log = logging.getLogger(__name__)


def install_translations(qapp: QApplication) -> None:
    """Qt's own strings and ours, in the user's language where a translation exists."""
    chosen = language.install(qapp)
    log.info("language: %s", chosen or "English (the source)")


def write_report_file(
    path: Path, review: Review, titles: Mapping[str, str], *, today: date
) -> None:
    """`postureapp report`: the one-page PDF, painted in an off-screen Qt in the user's language."""
    qapp = QApplication.instance() or QApplication([*sys.argv[:1], "-platform", "offscreen"])
    assert isinstance(qapp, QApplication)
    install_translations(qapp)
    from postureapp.ui.report_pdf import write_report

    write_report(path, review, titles, today=today, version=__version__)


def cannot_start(error: Exception, paths: AppPaths, translate: Translate = english) -> str:
    """One sentence: what stopped the start, where, and what to do (in the language of
    `translate`; the system's and Python's own words only as a detail we do not know)."""
    if isinstance(error, OSError) and error.filename:
        why = (
            told(error, translate) if isinstance(error, Said) else os_reason(error).text(translate)
        )
        said = translate(
            "errors",
            "postureapp could not start ({0}: {1}); fix or move it away and start postureapp "
            "again. The details are in {2}.",
        )
        return said.format(error.filename, why, paths.log_file)
    what = told(error, translate) if isinstance(error, Said) else f"{type(error).__name__}: {error}"
    said = translate(
        "errors", "postureapp could not start ({0}); please report it. The details are in {1}."
    )
    return said.format(what, paths.log_file)


def desktop_file_name(environ: Mapping[str, str] = os.environ) -> str:
    """The desktop file's name, which Wayland compositors take as the app id to find the icon:
    the Flatpak's own id inside the Flatpak (its desktop file is named so), else postureapp."""
    return environ.get("FLATPAK_ID") or "postureapp"


def launch(paths: AppPaths, *, at_login: bool = False) -> int:
    """Start the GUI; returns the process exit code."""
    paths.ensure()
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    chosen = language.install(qapp)  # first: the log's own trouble is said in it
    setup_logging(paths, QApplication.translate)
    log.info("language: %s", chosen or "English (the source)")
    qapp.setApplicationName("postureapp")
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName(desktop_file_name())
    qapp.setQuitOnLastWindowClosed(False)
    qapp.setWindowIcon(icon("normal"))
    early = Early.make(paths)
    if not early.server.claim():
        from postureapp.platform.ipc.client import NoInstance, send

        log.info("another instance is running; asking it to show itself")
        try:
            send(paths.socket_path, Request("show"))
        except (NoInstance, OSError) as exc:
            log.warning("the other instance did not answer: %s", exc)
        return 0
    log.info("postureapp %s starting", __version__)
    early.show_tray()
    built = []

    def build_the_rest() -> None:
        from postureapp.app import PostureApp
        from postureapp.core.clock import SystemClock
        from postureapp.runtime import errors

        try:
            app = PostureApp(qapp, paths, SystemClock(), early)
            errors.install(
                app.messages, paths.log_file, lambda text: QApplication.translate("errors", text)
            )
            app.build()
            app.stop_on_signals()
            app.start(at_login=at_login)
        except Exception as error:
            # Never half-started (the socket taken, every command answered "still starting"):
            # what cannot run degraded stops here, with one sentence.
            log.exception("postureapp could not start")
            print(cannot_start(error, paths, QApplication.translate), file=sys.stderr)
            early.server.close()
            early.tray.hide()
            qapp.exit(1)
            return
        built.append(app)

    QTimer.singleShot(0, build_the_rest)
    code = qapp.exec()
    log.info("postureapp stopped")
    return code
