"""A rotating log file in the log dir, so a user can send what happened without it growing forever."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from postureapp.paths import AppPaths


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(paths.log_file, maxBytes=512_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
