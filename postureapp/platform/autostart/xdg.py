"""Start at login on Linux and the BSDs: an XDG autostart entry (a .desktop file)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase
from postureapp.core.library_words import os_reason
from postureapp.core.ports import AutostartError
from postureapp.platform.autostart.base import FileAutostart

ENTRY_NAME = "postureapp.desktop"


# Desktop Entry spec, "The Exec key": an argument holding any of these must be double-quoted.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


_ESCAPED_IN_QUOTES = frozenset('"`$\\')


_STRING_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


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
        template_gone = QT_TRANSLATE_NOOP(
            "autostart", "cannot read the desktop entry template {0}: {1}"
        )
        raise AutostartError(
            Phrase("autostart", template_gone, (template, os_reason(error)))
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


class XdgAutostart(FileAutostart):
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
