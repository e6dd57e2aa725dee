"""What every start-at-login backend shares: the error, the command to start, file entries."""

from __future__ import annotations

import abc
import os
import shutil
import sys
from pathlib import Path

from postureapp.core.files import atomic_write_bytes
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


def why(error: OSError) -> str:
    return error.strerror or str(error)


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
            raise AutostartError(f"cannot read {self.path}: {why(error)}") from error
        return self.says_enabled(data)

    def enable(self) -> None:
        data = self.content()
        try:
            atomic_write_bytes(self.path, data)
        except OSError as error:
            raise AutostartError(f"cannot write {self.path}: {why(error)}") from error

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError(f"cannot remove {self.path}: {why(error)}") from error

    def location(self) -> str:
        return str(self.path)
