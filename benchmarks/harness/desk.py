"""A private desktop per app: its own Xvfb (on a display number the server picks), session bus
and `trayer` panel, so no app's windows, bus traffic or tray re-layouts reach another's.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NEEDED = {"Xvfb": "xvfb", "dbus-launch": "dbus-x11", "trayer": "trayer"}
#: Not passed to the apps: a Qt platform or Wayland would bypass Xvfb; without bytecode files
#: every start would compile the app from source, which no installed copy does.
UNSET = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "PYTHONDONTWRITEBYTECODE", "PYTHONPATH")
TRAYER = ("trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24")
POLL_S = 0.01
MARKER = "POSTUREAPP_BENCH_RUN"


def wait_for(predicate: Callable[[], Any], timeout: float, what: str, poll: float = POLL_S) -> Any:
    deadline = time.monotonic() + timeout
    while not (value := predicate()):
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(poll)
    return value


def stop(proc: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """SIGTERM, then SIGKILL if it does not go; only ever the process we started."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def check_tools() -> None:
    missing = [package for tool, package in NEEDED.items() if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"run.py needs: apt-get install {' '.join(sorted(set(missing)))}")


class _SaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    ]


class XTree:
    """Reads the X window tree through libX11 (no helper process in the polling loop)."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise SystemExit("libX11 not found")
        lib = ctypes.CDLL(name)
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XQueryTree.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
            ctypes.POINTER(ctypes.c_uint),
        ]
        lib.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._lib = lib
        # A window can go between listing it and asking for its children; Xlib's default error
        # handler would then end this process. Ignore errors: the next poll reads the tree again.
        handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._ignore = handler_type(lambda _dpy, _event: 0)
        lib.XSetErrorHandler.argtypes = [handler_type]
        lib.XSetErrorHandler(self._ignore)
        # The server reports its number when it listens; a busy machine may still refuse the
        # first connection for a moment.
        self._dpy = wait_for(lambda: lib.XOpenDisplay(display.encode()), 10, f"display {display}")
        self.root = int(lib.XDefaultRootWindow(self._dpy))
        self._xss: tuple[Any, Any] | None = None

    def children(self, window: int) -> list[int]:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        kids = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        ok = self._lib.XQueryTree(
            self._dpy, window, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(kids), count
        )
        if not ok:
            return []
        found = [int(kids[i]) for i in range(count.value)]
        if kids:
            self._lib.XFree(kids)
        return found

    def input_idle(self) -> tuple[float, str] | None:
        """Seconds since the display last had input, and its screen saver's state (MIT-SCREEN-
        SAVER): nothing ever types on a test desktop, so input seen during an idle window came
        from outside the run. None without libXss."""
        if self._xss is None:
            name = ctypes.util.find_library("Xss")
            if name is None:
                return None
            xss = ctypes.CDLL(name)
            xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_SaverInfo)
            xss.XScreenSaverQueryInfo.argtypes = [
                ctypes.c_void_p,
                ctypes.c_ulong,
                ctypes.POINTER(_SaverInfo),
            ]
            self._xss = (xss, xss.XScreenSaverAllocInfo())
        xss, info = self._xss
        if not xss.XScreenSaverQueryInfo(self._dpy, self.root, info):
            return None
        state = {0: "off", 1: "on", 3: "disabled"}.get(info.contents.state, "?")
        return info.contents.idle / 1000, state

    def descendants(self, window: int) -> int:
        return sum(1 + self.descendants(child) for child in self.children(window))

    def name(self, window: int) -> str:
        text = ctypes.c_char_p()
        if not self._lib.XFetchName(self._dpy, window, ctypes.byref(text)) or not text.value:
            return ""
        value = text.value.decode(errors="replace")
        self._lib.XFree(text)
        return value

    def find_top(self, name: str) -> int | None:
        return next((w for w in self.children(self.root) if self.name(w) == name), None)

    def close(self) -> None:
        self._lib.XCloseDisplay(self._dpy)


@dataclass
class Desktop:
    """Xvfb + session bus + trayer. `env` is what an app started on it gets."""

    name: str
    env: dict[str, str]
    display: int
    xtree: XTree
    panel: int
    helpers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def icons(self) -> int:
        """Windows under trayer's panel; an embedded tray icon adds at least one."""
        return self.xtree.descendants(self.panel)


def start_xvfb(log: Path) -> tuple[subprocess.Popen[bytes], int]:
    """Xvfb picks the first free display number itself (-displayfd), so two runs never collide.

    It writes the number and the newline in two writes, and fails if the pipe is gone before
    the second: read up to the newline.
    """
    read_end, write_end = os.pipe()
    command = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24"]
    # -noreset: no server reset (and no second write of the number) when the last client leaves.
    command += ["-nolisten", "tcp", "-noreset"]
    with log.open("ab") as sink:
        proc = subprocess.Popen(command, pass_fds=(write_end,), stdout=sink, stderr=sink)
    os.close(write_end)
    text = ""
    try:
        deadline = time.monotonic() + 20
        while not text.endswith("\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], 1)
            if ready:
                chunk = os.read(read_end, 32).decode()
                if not chunk:
                    break
                text += chunk
    finally:
        os.close(read_end)
    if not text.strip().isdigit():
        stop(proc)
        raise RuntimeError(f"Xvfb did not report a display number; see {log}")
    return proc, int(text)


@contextlib.contextmanager
def desktop(name: str, base_env: dict[str, str], logs: Path) -> Iterator[Desktop]:
    helpers: list[subprocess.Popen[bytes]] = []
    bus_pid: int | None = None
    system_pid: int | None = None
    xtree: XTree | None = None
    try:
        xvfb, number = start_xvfb(logs / f"xvfb-{name}.log")
        helpers.append(xvfb)
        env = {k: v for k, v in base_env.items() if k not in UNSET}
        env["DISPLAY"] = f":{number}"
        # Whatever the session bus starts on demand (at-spi for the GTK peers) inherits this,
        # so the clean-up can find it, and keeps its files out of the real home.
        env[MARKER] = str(logs)
        env["HOME"] = str(logs / f"home-{name}")
        Path(env["HOME"]).mkdir(exist_ok=True)
        bus = subprocess.run(
            ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True
        )
        for line in bus.stdout.splitlines():
            key, _, value = line.partition("=")
            if key.startswith("DBUS_SESSION_BUS_"):
                env[key] = value.split(";")[0].strip("'")
        bus_pid = int(env["DBUS_SESSION_BUS_PID"])
        # A system bus of its own, as every desktop has one: Safe Eyes will not start without
        # it, and postureapp and Workrave listen on it for suspend and resume.
        system = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        system_pid = int(system[1])
        env["DBUS_SYSTEM_BUS_ADDRESS"] = system[0]
        helpers.append(
            subprocess.Popen(
                list(TRAYER), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )
        xtree = XTree(env["DISPLAY"])
        panel = wait_for(lambda: xtree.find_top("panel"), 15, "trayer's panel")
        yield Desktop(name=name, env=env, display=number, xtree=xtree, panel=panel, helpers=helpers)
    finally:
        if xtree is not None:  # before Xvfb goes: Xlib exits the process on a lost connection
            xtree.close()
        for proc in reversed(helpers):
            stop(proc)
        for pid in (bus_pid, system_pid):
            if pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)


def started_by(run_dir: Path) -> list[int]:
    """Processes that carry this run's marker: all started by it, directly or on demand."""
    needle = f"{MARKER}={run_dir}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            with contextlib.suppress(OSError):
                if needle in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
    return found


def stop_leftovers(run_dir: Path) -> list[str]:
    """SIGTERM, by id, whatever this run started that is still there (bus-activated helpers)."""
    names = []
    for pid in started_by(run_dir):
        with contextlib.suppress(OSError):
            names.append(f"{pid} {(Path('/proc') / str(pid) / 'comm').read_text().strip()}")
            os.kill(pid, signal.SIGTERM)
    return names
