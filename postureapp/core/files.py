"""Safe writes for files the user owns: atomic replacement, and keeping bad files aside."""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import datetime
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temp file in the same folder, fsync, then os.replace: never a half-written file.

    An OSError names `path`, the file the user asked for, never the temp file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise _naming(error, path) from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(error, OSError):
            raise _naming(error, path) from error
        raise


def _naming(error: OSError, path: Path) -> OSError:
    """The same error, naming `path` alone (not the temp file, nor a second name)."""
    if error.errno is None:
        return error
    return OSError(error.errno, error.strerror, str(path))


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def free_name(base: Path) -> Path:
    """`base`, or `base-2`, `base-3`… : the first name that does not exist yet."""
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def set_aside(path: Path, tag: str, now: datetime) -> Path:
    """Rename `path` to `<name>.<tag>-YYYYMMDD-HHMMSS` (never over an existing file) and return it."""
    target = free_name(path.with_name(f"{path.name}.{tag}-{now:%Y%m%d-%H%M%S}"))
    os.replace(path, target)
    return target


#: Every file the app keeps (the log, check-ins, state) is for its owner's eyes only.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_file(path: Path, *, create: bool = True) -> None:
    """Make `path` owner-only (0600) whatever the umask, creating it empty when missing.

    For files that something else creates with the umask's mode (SQLite, a log handler): made
    here first, they start private, and an older install's files are fixed. A symlink, a folder
    or someone else's file is left alone for the caller to trip over with a clear error.
    """
    if not hasattr(os, "fchmod"):  # Windows: files are private to the user's profile already
        return
    flags = os.O_WRONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
    try:
        fd = os.open(path, flags | (os.O_CREAT if create else 0), PRIVATE_FILE)
    except OSError:
        return
    try:
        info = os.fstat(fd)
        if info.st_uid == os.geteuid() and info.st_mode & 0o777 != PRIVATE_FILE:
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)
