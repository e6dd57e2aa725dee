"""The plumbing every end-to-end desktop stands on: waiting, child processes, a private session bus.

Everything here is started by the test itself and stopped again by its process id (its process
group, so the helpers a host spawns go with it). Nothing is looked up by name.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")

#: How long a server, a host or the app may take to come up on a loaded 2-core CI runner.
#: Waits poll and return as soon as the thing is there, so a generous limit costs nothing.
START_S = 30.0
#: How long a window may take to appear, move or close.
WINDOW_S = 15.0
#: How long the app may take to react to something a test has already waited for (a tray host
#: that is up, a bus name that appeared). Tests marked xfail spend it in full, so it is shorter.
REACT_S = 8.0


def measured(seconds: float) -> float:
    """A time limit, three times as long when coverage measures the processes these tests start
    (`--cov` with POSTUREAPP_COVER_E2E=1, README): the app and the CLI then run slower."""
    return seconds * 3 if "COVERAGE_PROCESS_CONFIG" in os.environ else seconds


def wait_for(predicate: Callable[[], T], timeout: float, what: str, interval: float = 0.05) -> T:
    """Poll an outside process (an X server, another program): the only waiting e2e tests do."""
    timeout = measured(timeout)
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


def require(*tools: str) -> None:
    """Fail (not skip) when a tool that `.ci/quickstart test` installs is missing."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"e2e tests need {', '.join(missing)} (bash .ci/quickstart test installs them)")


class Processes:
    """Named child processes, each in its own process group, with its output in a log file."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        logs.mkdir(parents=True, exist_ok=True)
        self._running: dict[str, subprocess.Popen[bytes]] = {}

    def start(
        self,
        name: str,
        argv: Sequence[str],
        env: dict[str, str],
        *,
        user: str | None = None,
        cwd: Path | None = None,
    ) -> subprocess.Popen[bytes]:
        if name in self._running:
            raise AssertionError(f"{name} is already running")
        with (self.logs / f"{name}.log").open("ab") as log:
            proc = subprocess.Popen(
                list(argv),
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                user=user,
                group=pwd.getpwnam(user).pw_gid if user else None,
                extra_groups=[] if user else None,
                cwd=cwd,
            )
        self._running[name] = proc
        return proc

    def adopt(self, name: str, proc: subprocess.Popen[bytes]) -> None:
        """Take over a process started elsewhere (it must lead its own process group)."""
        self._running[name] = proc

    def get(self, name: str) -> subprocess.Popen[bytes] | None:
        proc = self._running.get(name)
        return proc if proc is not None and proc.poll() is None else None

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self, name: str) -> None:
        """SIGTERM to the process group, SIGKILL after 5 s; a process that already ended is reaped."""
        proc = self._running.pop(name, None)
        if proc is None:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, sig)
            try:
                proc.wait(5)
                break
            except subprocess.TimeoutExpired:
                continue
        # The group may outlive its leader (a plugin wrapper, an activated helper).
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)

    def stop_all(self) -> None:
        for name in reversed(list(self._running)):
            self.stop(name)


# --- a private session bus ----------------------------------------------------------------------

BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={runtime}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

#: The only services the bus may start by itself. Everything else (a notification server, the
#: AT-SPI bus, a tray) runs only when a test starts it, so "no notification server" means none.
ACTIVATABLE = {"org.xfce.Xfconf": "/usr/lib/x86_64-linux-gnu/xfce4/xfconf/xfconfd"}


def start_session_bus(procs: Processes, root: Path, env: dict[str, str]) -> str:
    """Start dbus-daemon with a config of our own; returns its address."""
    services = root / "dbus-services"
    services.mkdir(parents=True, exist_ok=True)
    for name, program in ACTIVATABLE.items():
        found = Path(program)
        if not found.exists():
            multiarch = sorted(Path("/usr/lib").glob(f"*/xfce4/xfconf/{found.name}"))
            found = multiarch[0] if multiarch else found
        (services / f"{name}.service").write_text(f"[D-BUS Service]\nName={name}\nExec={found}\n")
    config = root / "session-bus.conf"
    config.write_text(BUS_CONFIG.format(runtime=env["XDG_RUNTIME_DIR"], services=services))
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", f"--print-address={write_end}"],
        env=env,
        pass_fds=(write_end,),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write_end)
    procs.adopt("dbus-daemon", proc)
    with os.fdopen(read_end, "rb") as pipe:
        address = pipe.readline().decode().strip()
    if not address:
        raise AssertionError("dbus-daemon printed no address")
    return address


def bus_call(
    env: dict[str, str], dest: str, path: str, method: str, *args: str, timeout: float = 10
) -> list[str] | None:
    """One method call on the session bus with dbus-send; the reply's words, None on an error."""
    result = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply=literal",
            f"--reply-timeout={int(timeout * 1000)}",
            f"--dest={dest}",
            path,
            method,
            *args,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout + 5,
    )
    if result.returncode != 0:
        return None
    return result.stdout.split()


def bus_property(env: dict[str, str], dest: str, path: str, interface: str, name: str) -> list[str]:
    reply = bus_call(
        env,
        dest,
        path,
        "org.freedesktop.DBus.Properties.Get",
        f"string:{interface}",
        f"string:{name}",
    )
    return reply or []


def name_has_owner(env: dict[str, str], name: str) -> bool:
    reply = bus_call(
        env,
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner",
        f"string:{name}",
    )
    return reply == ["boolean", "true"]


def owner_pid(env: dict[str, str], name: str) -> int | None:
    reply = bus_call(
        env,
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.GetConnectionUnixProcessID",
        f"string:{name}",
    )
    return int(reply[-1]) if reply else None
