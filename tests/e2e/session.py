"""A desktop session that the installed `postureapp` runs in, whatever its display server.

It owns a private runtime folder, XDG folders, a session bus and the processes started in it;
`XDesktop` (desktops.py) and `WaylandSession` (wayland.py) add a display server.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from .processes import START_S, Processes, require, start_session_bus, wait_for


def postureapp_command() -> str:
    found = shutil.which(
        "postureapp", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    )
    if found is None:
        pytest.fail("the postureapp command is not installed (pip install -e '.[test]')")
    return found


def clean_environment(home: Path, root: Path, runtime: Path) -> dict[str, str]:
    """The caller's environment without its desktop, with private XDG folders."""
    drop = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "SWAYSOCK")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("XDG_")}
    env.pop("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", None)
    for name in ("config", "data", "cache", "state"):
        (root / name).mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name.upper()}_HOME"] = str(root / name)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["POSTUREAPP_HOME"] = str(home)
    return env


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def inside(self, other: Rect) -> bool:
        return (
            self.x >= other.x
            and self.y >= other.y
            and self.right <= other.right
            and self.bottom <= other.bottom
        )


class Session:
    """A desktop session that the installed `postureapp` runs in."""

    def __init__(self, home: Path, root: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.home = home
        self.root = root
        # Short, private and ours: sockets (the bus, Wayland, AT-SPI) have a 108-byte path limit.
        self.runtime = Path(tempfile.mkdtemp(prefix="pa-e2e-", dir="/tmp"))
        self.procs = Processes(root / "logs")
        self.env = clean_environment(home, root, self.runtime)
        self.apps: list[subprocess.Popen[bytes]] = []

    def start_bus(self) -> None:
        require("dbus-daemon", "dbus-send")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = start_session_bus(self.procs, self.root, self.env)

    # --- the app -------------------------------------------------------------------------------

    def run(self, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [postureapp_command(), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def start_app(self, *args: str) -> subprocess.Popen[bytes]:
        with (self.home / "app-stdout.log").open("ab") as log:
            proc = subprocess.Popen(
                [postureapp_command(), *args], env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        self.apps.append(proc)
        return proc

    def start_app_and_wait(self, *args: str) -> subprocess.Popen[bytes]:
        proc = self.start_app(*args)
        wait_for(self.status, START_S, "the app to answer on its socket")
        return proc

    def status(self) -> dict[str, object] | None:
        result = self.run("status", "--json")
        if result.returncode != 0:
            return None
        reply: dict[str, object] = json.loads(result.stdout)
        return reply

    def app_pids(self) -> list[int]:
        """Processes of the postureapp command that run with this session's POSTUREAPP_HOME."""
        marker = f"POSTUREAPP_HOME={self.home}".encode()
        pids = []
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                environ = (proc / "environ").read_bytes().split(b"\0")
                cmdline = (proc / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            is_app = any(part.endswith(b"/postureapp") for part in cmdline[:2])
            if marker in environ and is_app and len([c for c in cmdline if c]) <= 2:
                pids.append(int(proc.name))
        return pids

    def app_log(self) -> str:
        path = self.home / "log" / "postureapp.log"
        return path.read_text() if path.exists() else ""

    def app_output(self) -> str:
        path = self.home / "app-stdout.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def close(self) -> None:
        for proc in self.apps:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        self.procs.stop_all()
        shutil.rmtree(self.runtime, ignore_errors=True)
