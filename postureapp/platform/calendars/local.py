"""Local calendars: one .ics file, or a folder of them (a vdir, an export, a synced folder)."""

from __future__ import annotations

from pathlib import Path

from postureapp.core.calendar.model import MAX_BYTES
from postureapp.platform.calendars.errors import FetchFailed

#: A folder with more calendar files than this is probably not the folder meant.
MAX_FILES = 20_000


def read_local(location: str) -> list[str]:
    path = Path(location)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.ics") if p.is_file())
        if len(files) > MAX_FILES:
            raise FetchFailed(f"{path} holds more than {MAX_FILES} .ics files")
    elif path.exists():
        files = [path]
    else:
        raise FetchFailed(f"{path} does not exist")
    texts, total = [], 0
    for file in files:
        try:
            data = file.read_bytes()
        except OSError as error:
            raise FetchFailed(f"{file} could not be read ({error.strerror or error})") from None
        total += len(data)
        if total > MAX_BYTES:
            raise FetchFailed(f"{path} holds more than {MAX_BYTES // (1024 * 1024)} MB")
        texts.append(data.decode("utf-8", errors="replace"))
    return texts
