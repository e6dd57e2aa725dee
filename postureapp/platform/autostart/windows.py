"""Start at login on Windows: a value under the user's Run key."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator, Sequence
from typing import Protocol

from postureapp.core.ports import Autostart, AutostartError
from postureapp.platform.autostart.base import cannot

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


RUN_VALUE = "postureapp"


def windows_command_line(argv: Sequence[str]) -> str:
    """argv as one Windows command line, the program always quoted as Run entries usually are."""
    program, *rest = argv
    return " ".join([f'"{program}"', *([subprocess.list2cmdline(rest)] if rest else [])])


class RunKey(Protocol):
    """The few registry operations the Run entry needs, so tests can stand in for winreg."""

    def read(self, name: str) -> str | None: ...

    def write(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None:
        """Remove the value; a value that is not there is not an error."""
        ...


class WinRegRunKey(RunKey):
    """The current user's Run key, through winreg (which exists only on Windows)."""

    def read(self, name: str) -> str | None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return value if isinstance(value, str) else None

    def write(self, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


class WindowsRun(Autostart):
    """Windows: a value named postureapp under HKCU\\...\\Run holding the command line."""

    def __init__(self, registry: RunKey, argv: Sequence[str]) -> None:
        self.registry = registry
        self.argv = list(argv)

    @contextlib.contextmanager
    def _reporting(self, verb: str) -> Iterator[None]:
        try:
            yield
        except OSError as error:
            raise AutostartError(cannot(verb, self.location(), error)) from error

    def is_enabled(self) -> bool:
        with self._reporting("read"):
            value = self.registry.read(RUN_VALUE)
        return bool(value)

    def enable(self) -> None:
        with self._reporting("write"):
            self.registry.write(RUN_VALUE, windows_command_line(self.argv))

    def disable(self) -> None:
        with self._reporting("remove"):
            self.registry.delete(RUN_VALUE)

    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"
