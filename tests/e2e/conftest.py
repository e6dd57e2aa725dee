"""End-to-end: the installed `postureapp` command on a real X server (Xvfb) with a tray host.

Each test gets its own Xvfb, session bus and `trayer`, and its own POSTUREAPP_HOME.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

NEEDED = ("Xvfb", "trayer", "dbus-launch", "xdotool", "xwininfo")


def _tool_dir() -> Path:
    return Path(sys.executable).parent


def postureapp_command() -> str:
    found = shutil.which(
        "postureapp", path=f"{_tool_dir()}{os.pathsep}{os.environ.get('PATH', '')}"
    )
    if found is None:
        pytest.fail("the postureapp command is not installed (pip install -e '.[test]')")
    return found


def wait_for(predicate, timeout: float, what: str, interval: float = 0.05):  # type: ignore[no-untyped-def]
    """Poll an outside process (an X server, another program): the only waiting e2e tests do."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


@dataclass
class Desktop:
    env: dict[str, str]
    home: Path
    tray: subprocess.Popen[bytes] | None = None
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def stop_tray(self) -> None:
        if self.tray is not None:
            self.tray.terminate()
            self.tray.wait(5)

    def app_pids(self) -> list[int]:
        """Processes of the postureapp command that run with this desktop's POSTUREAPP_HOME."""
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
        self.procs.append(proc)
        return proc

    def status(self) -> dict[str, object] | None:
        result = self.run("status", "--json")
        if result.returncode != 0:
            return None
        reply: dict[str, object] = json.loads(result.stdout)
        return reply

    def windows(self, name: str) -> list[str]:
        result = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=10,
        )
        return result.stdout.split()

    def tree(self) -> str:
        return subprocess.run(
            ["xwininfo", "-root", "-tree"], env=self.env, capture_output=True, text=True, timeout=10
        ).stdout

    def app_log(self) -> str:
        path = self.home / "log" / "postureapp.log"
        return path.read_text() if path.exists() else ""


def _free_display() -> int:
    n = 120
    while Path(f"/tmp/.X11-unix/X{n}").exists() or Path(f"/tmp/.X{n}-lock").exists():
        n += 1
    return n


@pytest.fixture
def desktop(app_home: Path) -> Iterator[Desktop]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"e2e tests need {', '.join(missing)} (bash .ci/quickstart test installs them)")
    number = _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = f":{number}"
    env["POSTUREAPP_HOME"] = str(app_home)
    bus = subprocess.run(
        ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True
    )
    for line in bus.stdout.splitlines():
        if "=" in line and line.startswith("DBUS_"):
            key, value = line.split("=", 1)
            env[key] = value.split(";")[0].strip("'")
    tray = subprocess.Popen(
        [
            "trayer",
            "--edge",
            "top",
            "--align",
            "right",
            "--widthtype",
            "request",
            "--height",
            "24",
            "--transparent",
            "false",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    app_home.mkdir(parents=True, exist_ok=True)
    desk = Desktop(env=env, home=app_home, tray=tray)
    wait_for(lambda: "panel" in desk.tree(), 10, "the trayer panel")
    try:
        yield desk
    finally:
        for proc in desk.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        if tray.poll() is None:
            tray.terminate()
        tray.wait(5)
        pid = env.get("DBUS_SESSION_BUS_PID")
        if pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(pid), signal.SIGTERM)
        xvfb.terminate()
        xvfb.wait(5)
