"""What nothing else caught: an exception raised in a slot or a timer, and Qt's own warnings.

PySide6 hands an exception that escapes a slot to `sys.excepthook` and carries on; by default
that only prints to stderr, which nobody reads for a tray app. Here it goes to the log file with
its traceback, and the user is told once (per place it came from) that something went wrong and
where the details are. The app keeps running: a tray app that dies is worse than one that
skipped one action.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from postureapp.core.i18n import QT_TRANSLATE_NOOP
from postureapp.runtime.messages import Messages

log = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _origin(tb: TracebackType | None) -> str:
    """Where an exception was raised (file:line of the innermost frame), to tell it only once."""
    frames = traceback.extract_tb(tb)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno}"


UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors",
    "postureapp ran into a problem it did not expect ({0}: {1}). It keeps running; "
    "the details are in {2}.",
)


def exception_hook(messages: Messages, log_file: Path, tr: Callable[[str], str]) -> Hook:
    """A `sys.excepthook` that logs the traceback and tells the user once per origin."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("uncaught %s", kind.__name__, exc_info=(kind, error, tb))
        text = tr(UNEXPECTED).format(kind.__name__, error, log_file)
        messages.tell(text, key=f"{kind.__name__}@{_origin(tb)}", level=logging.ERROR)

    return hook


def install(messages: Messages, log_file: Path, tr: Callable[[str], str]) -> None:
    """Route uncaught exceptions and Qt's messages to the log (and the user, for exceptions)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    sys.excepthook = exception_hook(messages, log_file, tr)
    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, text: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", text)

    qInstallMessageHandler(handler)
