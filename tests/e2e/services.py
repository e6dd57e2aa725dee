"""Services a desktop session offers besides its screen: the AT-SPI bus and a notification server.

`AtSpi` starts the real accessibility bus and reads the app through ../shared/tools/atspi-read, a
client built on pyatspi as screen readers are. `Dunst` is the notification server, configured so
that every notification it shows is written down and every action menu it opens is answered.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from .processes import START_S, name_has_owner, require, wait_for
from .session import Session

REPO_ROOT = Path(__file__).resolve().parents[2]
ATSPI_READ = REPO_ROOT.parent / "shared" / "tools" / "atspi-read"
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
NOTIFICATIONS = "org.freedesktop.Notifications"


class AtSpi:
    """The AT-SPI bus in the desktop's session, and a screen reader's view of postureapp.

    Start it before the app: the app is then run with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1.
    """

    def __init__(self, desktop: Session) -> None:
        if not ATSPI_READ.exists():
            pytest.skip(f"the AT-SPI client {ATSPI_READ} is absent (it lives in ../shared/tools)")
        if not BUS_LAUNCHER.exists():
            pytest.fail(f"{BUS_LAUNCHER} is missing (Debian package at-spi2-core)")
        self.desktop = desktop
        desktop.procs.start(
            "at-spi-bus-launcher", [str(BUS_LAUNCHER), "--launch-immediately"], desktop.env
        )
        wait_for(lambda: name_has_owner(desktop.env, "org.a11y.Bus"), START_S, "the AT-SPI bus")
        desktop.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"

    def _read(self, *args: str) -> subprocess.CompletedProcess[str]:
        # The tool runs under Debian's python3, where python3-pyatspi is installed.
        return subprocess.run(
            ["/usr/bin/python3", str(ATSPI_READ), *args],
            env={k: v for k, v in self.desktop.env.items() if not k.startswith("PYTHON")},
            capture_output=True,
            text=True,
            timeout=60,
        )

    def dump(self) -> list[tuple[str, str, str, str]]:
        """Every accessible object of the app as (role, name, description, text)."""
        result = self._read("dump")
        if result.returncode != 0:
            raise AssertionError(f"atspi-read dump failed: {result.stderr}")
        rows: list[tuple[str, str, str, str]] = []
        for line in result.stdout.splitlines():
            parts = line.split(" | ", 3)
            if len(parts) == 4:
                rows.append((parts[0], parts[1], parts[2], parts[3]))
            elif rows:  # a text of several lines goes on on the next lines
                role, name, description, text = rows[-1]
                rows[-1] = (role, name, description, f"{text}\n{line}")
        return rows

    def find(self, pattern: str) -> bool:
        """Some object's name, description or text matches (case-insensitive)."""
        return self._read("find", pattern).returncode == 0

    def press(self, pattern: str) -> bool:
        """Do the first action of the first push button whose name matches."""
        return self._read("press", pattern).returncode == 0


DUNSTRC = """\
[global]
    dmenu = {dmenu}
    idle_threshold = 0
[every-notification]
    summary = "*"
    script = {script}
"""

#: Run by dunst for every notification it shows (again after a pause): one JSON line each.
SHOWN_SCRIPT = """\
#!/usr/bin/python3
import json, os
fields = ("ID", "APP_NAME", "SUMMARY", "BODY", "URGENCY")
with open({log!r}, "a") as log:
    log.write(json.dumps({{f.lower(): os.environ.get("DUNST_" + f, "") for f in fields}}) + "\\n")
"""

#: Stands in for dmenu in dunst's context menu: picks the first line that has the wanted label.
DMENU_SCRIPT = """\
#!/usr/bin/python3
import sys
lines = sys.stdin.read().splitlines()
wanted = open({want!r}).read().strip()
print(next((line for line in lines if wanted in line), ""))
"""


class Dunst:
    """dunst as the session's notification server, with what it shows written down."""

    def __init__(self, desktop: Session) -> None:
        require("dunst", "dunstctl", "notify-send")
        self.desktop = desktop
        folder = desktop.root / "dunst"
        folder.mkdir(exist_ok=True)
        self.shown_log = folder / "shown.jsonl"
        self.want = folder / "want"
        script = folder / "shown.py"
        script.write_text(SHOWN_SCRIPT.format(log=str(self.shown_log)))
        dmenu = folder / "dmenu.py"
        dmenu.write_text(DMENU_SCRIPT.format(want=str(self.want)))
        for tool in (script, dmenu):
            tool.chmod(0o755)
        self.config = folder / "dunstrc"
        self.config.write_text(DUNSTRC.format(dmenu=dmenu, script=script))
        self.start()

    def start(self) -> None:
        self.desktop.procs.start("dunst", ["dunst", "-config", str(self.config)], self.desktop.env)
        wait_for(lambda: name_has_owner(self.desktop.env, NOTIFICATIONS), START_S, "dunst")

    def stop(self) -> None:
        self.desktop.procs.stop("dunst")

    def ctl(self, *args: str) -> str:
        result = subprocess.run(
            ["dunstctl", *args], env=self.desktop.env, capture_output=True, text=True, timeout=30
        )
        if result.returncode != 0:
            raise AssertionError(f"dunstctl {' '.join(args)} failed: {result.stderr}")
        return result.stdout.strip()

    def shown(self) -> list[dict[str, str]]:
        """Every notification dunst has put on screen, once each, oldest first."""
        if not self.shown_log.exists():
            return []
        seen: dict[str, dict[str, str]] = {}
        for line in self.shown_log.read_text().splitlines():
            note = json.loads(line)
            seen.setdefault(note["id"], note)
        return list(seen.values())

    def history(self) -> list[dict[str, object]]:
        """Closed notifications from `dunstctl history`, newest first, as plain values."""
        data = json.loads(self.ctl("history"))["data"]
        return [{k: v["data"] for k, v in note.items()} for group in data for note in group]

    def count(self, which: str) -> int:
        """How many notifications are displayed, waiting (held while paused) or in history."""
        return int(self.ctl("count", which))

    def set_do_not_disturb(self, on: bool) -> None:
        """dunst's do-not-disturb: paused, it holds notifications back until resumed."""
        self.ctl("set-paused", "true" if on else "false")
        want = "true" if on else "false"
        wait_for(lambda: self.ctl("is-paused") == want, START_S, f"dunst paused={want}")

    def choose_action(self, label: str) -> None:
        """Pick an action of the newest notification on screen from dunst's context menu."""
        self.want.write_text(label)
        self.ctl("context")


def notify_send(desktop: Session, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["notify-send", *args], env=desktop.env, capture_output=True, text=True, timeout=30
    )
