"""Local calendars: one .ics file, or a folder of them (a vdir, an export, a synced folder)."""

from __future__ import annotations

from pathlib import Path

from postureapp.core.calendar.model import MAX_BYTES
from postureapp.core.calendar.words import megabytes, said
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP
from postureapp.core.library_words import os_reason
from postureapp.platform.calendars.errors import FetchFailed, could_not_read

#: A folder with more calendar files than this is probably not the folder meant.
MAX_FILES = 20_000


def read_local(location: str) -> list[str]:
    path = Path(location)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.ics") if p.is_file())
        if len(files) > MAX_FILES:
            many = QT_TRANSLATE_NOOP("calendars", "{0} holds more than {1} .ics files")
            raise FetchFailed(said(many, path, MAX_FILES))
    elif path.exists():
        files = [path]
    else:
        raise FetchFailed(said(QT_TRANSLATE_NOOP("calendars", "{0} does not exist"), path))
    texts, total = [], 0
    for file in files:
        try:
            data = file.read_bytes()
        except OSError as error:
            raise could_not_read(file, os_reason(error)) from None
        total += len(data)
        if total > MAX_BYTES:
            big = QT_TRANSLATE_NOOP("calendars", "{0} holds more than {1} MB")
            raise FetchFailed(said(big, path, megabytes(MAX_BYTES)))
        texts.append(data.decode("utf-8", errors="replace"))
    return texts
