"""What every start-at-login backend shares: the error, the command to start, file entries."""

from __future__ import annotations

import abc
import os
import shutil
import sys
from pathlib import Path

from postureapp.core.files import atomic_write_bytes
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase
from postureapp.core.library_words import os_reason
from postureapp.core.ports import Autostart, AutostartError


def launch_command() -> list[str]:
    """The argv that starts the installed app: the `postureapp` command, else this Python.

    A bundle (PyInstaller, packaging/) starts its own windowed executable, never a console twin
    (`postureapp-cli` on Windows) or another install found on PATH.
    """
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        windowed = exe.with_name("postureapp" + exe.suffix)
        return [str(windowed if windowed.exists() else exe)]
    found = shutil.which("postureapp")
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "postureapp"]


def cannot(verb: str, where: object, error: OSError) -> Phrase:
    """'cannot write ~/.config/autostart/postureapp.desktop: permission denied'."""
    sources = {
        "read": QT_TRANSLATE_NOOP("autostart", "cannot read {0}: {1}"),
        "write": QT_TRANSLATE_NOOP("autostart", "cannot write {0}: {1}"),
        "remove": QT_TRANSLATE_NOOP("autostart", "cannot remove {0}: {1}"),
    }
    return Phrase("autostart", sources[verb], (where, os_reason(error)))


class FileAutostart(Autostart):
    """An entry that is one file: present and saying so means on; writing it is atomic."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @abc.abstractmethod
    def content(self) -> bytes:
        """What the file holds when starting at login is on."""

    @abc.abstractmethod
    def says_enabled(self, data: bytes) -> bool:
        """Whether a file found there (perhaps edited by the user) really starts the app."""

    def is_enabled(self) -> bool:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return False
        except OSError as error:
            raise AutostartError(cannot("read", self.path, error)) from error
        return self.says_enabled(data)

    def enable(self) -> None:
        data = self.content()
        try:
            atomic_write_bytes(self.path, data)
        except OSError as error:
            raise AutostartError(cannot("write", self.path, error)) from error

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError(cannot("remove", self.path, error)) from error

    def location(self) -> str:
        return str(self.path)
