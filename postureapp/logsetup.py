"""A rotating log file in the log dir, so a user can send what happened without it growing forever.

The file is owner-only (the log names breaks and check-ins), the rotated ones too.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from logging.handlers import RotatingFileHandler

from postureapp.core.i18n.phrase import Translate, english
from postureapp.core.library_words import os_reason
from postureapp.paths import PRIVATE_FILE, AppPaths


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Opens (and after each rotation, creates) its file 0600, whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, PRIVATE_FILE)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE)  # an older install's file, made before this was so
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(
    paths: AppPaths, translate: Translate = english, level: int = logging.INFO
) -> None:
    """Log to the file; if it cannot be opened, to stderr, saying so once (in the language of
    `translate`: the app's, once its translations are installed)."""
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _PrivateRotatingFileHandler(
            paths.log_file, maxBytes=512_000, backupCount=3, encoding="utf-8"
        )
    except OSError as error:
        said = translate(
            "errors",
            "postureapp: the log file {0} cannot be written ({1}); logging to the terminal instead",
        )
        print(said.format(paths.log_file, os_reason(error).text(translate)), file=sys.stderr)
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
