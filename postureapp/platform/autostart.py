"""Start at login, the way each desktop expects it: an XDG autostart entry, a Run value, a LaunchAgent.

The operating system holds the truth, so `is_enabled` always looks there rather than at a setting.
"""

from __future__ import annotations

import abc
import contextlib
import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from postureapp.core.files import atomic_write_bytes
from postureapp.paths import assets_dir

ENTRY_NAME = "postureapp.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "postureapp"
AGENT_LABEL = "org.postureapp"

# Desktop Entry spec, "The Exec key": an argument holding any of these must be double-quoted.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')
_STRING_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


class AutostartError(Exception):
    """Starting at login could not be switched or read; the message names the file or key."""


class Autostart(Protocol):
    """Whether postureapp starts when the user logs in, read from and written to the system."""

    def is_enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...

    def location(self) -> str:
        """Where the system keeps the entry, to show the user."""
        ...


def launch_command() -> list[str]:
    """The argv that starts the installed app: the `postureapp` command, else this Python."""
    found = shutil.which("postureapp")
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "postureapp"]


def xdg_folder(variable: str, fallback: str, environ: Mapping[str, str], home: Path) -> Path:
    """An XDG base folder; the spec says a relative value is invalid and must be ignored."""
    value = environ.get(variable, "")
    return Path(value) if value and os.path.isabs(value) else home / fallback


def desktop_exec(argv: Sequence[str]) -> str:
    """The Exec= value for argv: quoted as the Desktop Entry spec asks, then string-escaped."""
    words = []
    for arg in argv:
        if arg and not _RESERVED.intersection(arg):
            words.append(arg)
        else:
            words.append(
                '"' + "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in arg) + '"'
            )
    line = " ".join(words).replace("%", "%%")
    return "".join(_STRING_ESCAPES.get(c, c) for c in line)


def desktop_entry(
    template: Path, argv: Sequence[str], extra: Mapping[str, str] | None = None
) -> str:
    """The template entry with Exec= set to argv and `extra` keys added to its one group."""
    try:
        text = template.read_text(encoding="utf-8")
    except OSError as error:
        raise AutostartError(
            f"cannot read the desktop entry template {template}: {_why(error)}"
        ) from error
    lines = [
        f"Exec={desktop_exec(argv)}" if line.startswith("Exec=") else line
        for line in text.splitlines()
    ]
    lines += [f"{key}={value}" for key, value in (extra or {}).items()]
    return "\n".join(lines) + "\n"


def entry_values(text: str) -> dict[str, str]:
    """The keys of the [Desktop Entry] group; other groups and comments are skipped."""
    values: dict[str, str] = {}
    group = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values.setdefault(key.strip(), value.strip())
    return values


def windows_command_line(argv: Sequence[str]) -> str:
    """argv as one Windows command line, the program always quoted as Run entries usually are."""
    program, *rest = argv
    return " ".join([f'"{program}"', *([subprocess.list2cmdline(rest)] if rest else [])])


def _why(error: OSError) -> str:
    return error.strerror or str(error)


class _FileAutostart(Autostart):
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
            raise AutostartError(f"cannot read {self.path}: {_why(error)}") from error
        return self.says_enabled(data)

    def enable(self) -> None:
        data = self.content()
        try:
            atomic_write_bytes(self.path, data)
        except OSError as error:
            raise AutostartError(f"cannot write {self.path}: {_why(error)}") from error

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError(f"cannot remove {self.path}: {_why(error)}") from error

    def location(self) -> str:
        return str(self.path)


class XdgAutostart(_FileAutostart):
    """Linux and the BSDs: `postureapp.desktop` in the XDG autostart folder."""

    def __init__(self, folder: Path, argv: Sequence[str], template: Path) -> None:
        super().__init__(folder / ENTRY_NAME)
        self.argv = list(argv)
        self.template = template

    def content(self) -> bytes:
        entry = desktop_entry(self.template, self.argv, {"X-GNOME-Autostart-enabled": "true"})
        return entry.encode("utf-8")

    def says_enabled(self, data: bytes) -> bool:
        values = entry_values(data.decode("utf-8", errors="replace"))
        hidden = values.get("Hidden", "false").lower() == "true"
        switched_off = values.get("X-GNOME-Autostart-enabled", "true").lower() == "false"
        return not hidden and not switched_off


class LaunchAgent(_FileAutostart):
    """macOS: a per-user LaunchAgent that launchd runs when the user logs in."""

    def __init__(self, folder: Path, argv: Sequence[str]) -> None:
        super().__init__(folder / f"{AGENT_LABEL}.plist")
        self.argv = list(argv)

    def content(self) -> bytes:
        return plistlib.dumps(
            {
                "Label": AGENT_LABEL,
                "ProgramArguments": self.argv,
                "RunAtLoad": True,
                "ProcessType": "Interactive",
                "LimitLoadToSessionType": "Aqua",
            }
        )

    def says_enabled(self, data: bytes) -> bool:
        try:
            agent = plistlib.loads(data)
        except (plistlib.InvalidFileException, ValueError):
            return False  # launchd would not load it either
        return (
            isinstance(agent, dict)
            and agent.get("RunAtLoad") is True
            and agent.get("Disabled") is not True
        )


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
            raise AutostartError(f"cannot {verb} {self.location()}: {_why(error)}") from error

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


def for_platform(
    platform: str = sys.platform,
    *,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
    argv: Sequence[str] | None = None,
    registry: RunKey | None = None,
    template: Path | None = None,
) -> Autostart:
    """The start-at-login mechanism of `platform`; every outside dependency can be injected."""
    home = Path.home() if home is None else home
    environ = os.environ if environ is None else environ
    # --autostart: at login the tray host may come up after us, so the app waits longer for it.
    argv = [*launch_command(), "--autostart"] if argv is None else argv
    if platform == "win32":
        return WindowsRun(WinRegRunKey() if registry is None else registry, argv)
    if platform == "darwin":
        return LaunchAgent(home / "Library" / "LaunchAgents", argv)
    folder = xdg_folder("XDG_CONFIG_HOME", ".config", environ, home) / "autostart"
    return XdgAutostart(folder, argv, template or assets_dir() / "icons" / ENTRY_NAME)
