"""Is postureapp light? Measures it against a bare PySide6 tray app, on the same private desktop.

    python benchmarks/run.py [--quick] [--json OUT]

Run it with the Python of the environment postureapp is installed in. It starts its own Xvfb,
session bus and `trayer` (Debian packages xvfb, dbus-x11, trayer), runs postureapp and
`bare_tray.py` in turn, prints one table with both figures, the ratio and PASS/MISS against the
targets, and stops every process it started. benchmarks/README.md explains each figure.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import importlib.metadata
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NEEDED = ("Xvfb", "dbus-launch", "trayer")
#: Not passed to the apps: a Qt platform or Wayland would bypass Xvfb; without bytecode files
#: every start would compile postureapp from source, which no installed copy does.
UNSET = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "PYTHONDONTWRITEBYTECODE")
TRAYER = ("trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24")
STARTS = 5
SETTLE_S = 10.0
IDLE_S, QUICK_IDLE_S = 600.0, 120.0
LATENCY_BREAKS, LOOP_BREAKS = 50, 500
PER_S = 120.0
POLL_S = 0.01
MIB = 1024.0  # /proc reports kB (KiB)
PAINTED = re.compile(r"break window painted ([0-9.]+) ms after the break fell due")

#: name -> (limit, how the limit is read). Ratios are postureapp / bare.
TARGETS: dict[str, tuple[float, str]] = {
    "tray_up_ratio": (1.25, "<= 1.25x bare"),
    "pss_10s_ratio": (1.15, "<= 1.15x bare"),
    "pss_idle_ratio": (1.15, "<= 1.15x bare"),
    "ctx_per_120s": (30.0, "<= 30"),
    "break_p95_ms": (100.0, "<= 100 ms"),
    "growth_mib": (3.0, "<= 3 MiB"),
}


# --- the X server, read directly (no xwininfo process in the loop, so polling costs ~nothing) ----


class XTree:
    """Counts the windows under trayer's panel: an embedded tray icon adds to them."""

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
        lib.XFetchName.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_char_p),
        ]
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        # A window can vanish between two requests; the default handler would exit the harness.
        handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._ignore = handler_type(lambda _dpy, _event: 0)
        lib.XSetErrorHandler(self._ignore)
        self._lib = lib
        self._dpy = lib.XOpenDisplay(display.encode())
        if not self._dpy:
            raise SystemExit(f"cannot open display {display}")
        self.root = int(lib.XDefaultRootWindow(self._dpy))

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


def wait_for(predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while not (value := predicate()):
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(POLL_S)
    return value


def free_display() -> int:
    number = 150
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    return number


@dataclass
class Desktop:
    """A private Xvfb + session bus + trayer; everything started here is stopped on exit."""

    env: dict[str, str]
    xtree: XTree
    panel: int
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def icons(self) -> int:
        return self.xtree.descendants(self.panel)


@contextlib.contextmanager
def desktop(pycache: Path) -> Iterator[Desktop]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        raise SystemExit(
            f"run.py needs {', '.join(missing)} (apt-get install xvfb dbus-x11 trayer)"
        )
    number = free_display()
    started: list[subprocess.Popen[bytes]] = []
    bus_pid: int | None = None
    xtree: XTree | None = None
    try:
        started.append(
            subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
        env = {k: v for k, v in os.environ.items() if k not in UNSET}
        env["DISPLAY"] = f":{number}"
        # Compiled once by the warm-up start, as an installed app's modules are; never in the tree.
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
        bus = subprocess.run(
            ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True
        )
        for line in bus.stdout.splitlines():
            key, _, value = line.partition("=")
            if key.startswith("DBUS_SESSION_BUS_"):
                env[key] = value.split(";")[0].strip("'")
        bus_pid = int(env["DBUS_SESSION_BUS_PID"])
        started.append(
            subprocess.Popen(
                list(TRAYER),
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        xtree = XTree(env["DISPLAY"])
        panel = wait_for(lambda: xtree.find_top("panel"), 10, "trayer's panel")
        desk = Desktop(env=env, xtree=xtree, panel=panel, procs=started)
        yield desk
    finally:
        if xtree is not None:  # before Xvfb goes: Xlib exits the process on a lost connection
            xtree.close()
        for proc in reversed(started):
            stop(proc)
        if bus_pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(bus_pid, signal.SIGTERM)


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


# --- /proc ---------------------------------------------------------------------------------------


def memory(pid: int) -> dict[str, float]:
    """Pss, Rss and USS (private pages) in kB, for the process only."""
    fields: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[-1] == "kB":
            fields[key] = float(parts[0])
    return {
        "pss_kb": fields["Pss"],
        "rss_kb": fields["Rss"],
        "uss_kb": fields["Private_Clean"] + fields["Private_Dirty"],
        "pss_anon_kb": fields.get("Pss_Anon", 0.0),
        "pss_file_kb": fields.get("Pss_File", 0.0),
        "other_qt_processes": qt_sharers(pid),
    }


def qt_sharers(pid: int) -> int:
    """Other processes mapping the same libQt6Core: they take a share of its pages off our PSS.

    Other work on the machine (a test run using the same venv) lowers PSS and USS, never RSS.
    """
    maps = Path(f"/proc/{pid}/maps").read_text().splitlines()
    lib = next((line.split()[-1] for line in maps if "libQt6Core.so" in line), None)
    if lib is None:
        return 0
    count = 0
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit() and int(proc.name) != pid:
            with contextlib.suppress(OSError):
                count += lib in (proc / "maps").read_text()
    return count


def pss_by_mapping(pid: int) -> dict[str, float]:
    """Pss in kB per mapped file; anonymous memory under [heap] / [anon] / [stack]."""
    totals: dict[str, float] = {}
    current = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split(maxsplit=5)
        if len(head) >= 5 and "-" in head[0] and ":" not in head[0]:
            current = head[5].strip() if len(head) == 6 else "[anon]"
            if current.startswith("[anon:"):
                current = "[anon]"
        elif line.startswith("Pss:"):
            totals[current] = totals.get(current, 0.0) + float(line.split()[1])
    return totals


def cpu_seconds(pid: int) -> float:
    """utime + stime of every thread, live and exited (the process line sums them)."""
    after_name = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(after_name[11]) + int(after_name[12])) / ticks


def threads(pid: int) -> dict[int, tuple[str, int]]:
    """tid -> (thread name, voluntary + involuntary context switches so far)."""
    found: dict[int, tuple[str, int]] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            values = dict(line.split(":", 1) for line in (task / "status").read_text().splitlines())
            switches = int(values["voluntary_ctxt_switches"]) + int(
                values["nonvoluntary_ctxt_switches"]
            )
            found[int(task.name)] = (values["Name"].strip(), switches)
    return found


def children(pid: int) -> list[str]:
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (proc / "stat").read_text()
                if int(stat.rpartition(")")[2].split()[1]) == pid:
                    found.append(f"{proc.name} {stat[stat.find('(') + 1 : stat.rfind(')')]}")
    return found


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# --- the two apps --------------------------------------------------------------------------------


@dataclass
class App:
    name: str
    argv: list[str]
    env: dict[str, str]
    home: Path | None = None

    def spawn(self, desk: Desktop) -> subprocess.Popen[bytes]:
        out = (self.home or Path(tempfile.gettempdir())) / f"{self.name}-stdout.log"
        with out.open("ab") as sink:
            proc = subprocess.Popen(
                self.argv, env={**desk.env, **self.env}, stdout=sink, stderr=subprocess.STDOUT
            )
        desk.procs.append(proc)
        return proc


def postureapp_app(home: Path) -> App:
    command = Path(sys.executable).parent / "postureapp"
    if not command.exists():
        raise SystemExit(
            f"{command} not found: run this with the Python postureapp is installed in"
        )
    # A returning user: the first-start welcome dialog is not part of everyday cost.
    (home / "state").mkdir(parents=True, exist_ok=True)
    (home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}\n')
    return App("postureapp", [str(command)], {"POSTUREAPP_HOME": str(home)}, home)


def bare_app(home: Path) -> App:
    return App("bare", [sys.executable, str(HERE / "bare_tray.py")], {}, home)


def start_until_icon(app: App, desk: Desktop) -> tuple[subprocess.Popen[bytes], float]:
    """Spawn, then poll trayer's panel every 10 ms until the icon window is embedded in it."""
    before = desk.icons()
    began = time.monotonic()
    proc = app.spawn(desk)

    def embedded() -> bool:
        if proc.poll() is not None:
            raise RuntimeError(f"{app.name} exited with {proc.returncode} before its icon showed")
        return desk.icons() > before

    wait_for(embedded, 30, f"{app.name}'s tray icon")
    return proc, time.monotonic() - began


def quit_app(proc: subprocess.Popen[bytes], desk: Desktop, before: int) -> None:
    """Stop the app and give trayer time to drop its socket; the next start counts afresh."""
    stop(proc)
    try:
        wait_for(lambda: desk.icons() <= before, 10, "the icon to leave the panel")
    except RuntimeError:
        print(f"warning: trayer's panel still has {desk.icons() - before} extra window(s)")


def tray_up_times(apps: list[App], desk: Desktop, starts: int) -> dict[str, list[float]]:
    """One unmeasured warm-up start each (page cache), then the apps alternate."""
    times: dict[str, list[float]] = {app.name: [] for app in apps}
    for round_number in range(starts + 1):
        for app in apps:
            before = desk.icons()
            proc, seconds = start_until_icon(app, desk)
            quit_app(proc, desk, before)
            if round_number:
                times[app.name].append(seconds)
            time.sleep(1.0)
    return times


class LogTail:
    """Reads what the app appends to its log, across a rotation."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = path.stat().st_size if path.exists() else 0

    def next_match(self, pattern: re.Pattern[str], timeout: float) -> re.Match[str]:
        buffer = ""

        def found() -> re.Match[str] | None:
            nonlocal buffer
            size = self.path.stat().st_size if self.path.exists() else 0
            if size < self.offset:
                self.offset = 0
            with self.path.open("rb") as handle:
                handle.seek(self.offset)
                chunk = handle.read()
            self.offset += len(chunk)
            buffer += chunk.decode(errors="replace")
            return pattern.search(buffer)

        match: re.Match[str] = wait_for(found, timeout, "the break window's log line")
        return match


def cli(app: App, desk: Desktop, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*app.argv, *args], env={**desk.env, **app.env}, capture_output=True, text=True, timeout=30
    )


def retry(app: App, desk: Desktop, command: str) -> None:
    """A command can race the previous break's teardown; it is refused, not lost."""
    for _ in range(100):
        done = cli(app, desk, command)
        if done.returncode == 0:
            return
        time.sleep(0.05)
    raise RuntimeError(f"postureapp {command} kept failing: {done.stderr.strip()}")


def breaks(app: App, desk: Desktop, count: int) -> list[float]:
    """break-now, wait for the window's "painted" log line, skip; the app's own latency figures."""
    assert app.home is not None
    tail = LogTail(app.home / "log" / "postureapp.log")
    latencies = []
    for _ in range(count):
        retry(app, desk, "break-now")
        latencies.append(float(tail.next_match(PAINTED, 15).group(1)))
        retry(app, desk, "skip")
    return latencies


@dataclass
class IdleFigures:
    pss_10s: dict[str, float]
    pss_idle: dict[str, float]
    cpu_s: float
    switches: int
    by_thread: dict[str, int]
    threads_at_start: int
    threads_at_end: int
    children: list[str]
    mappings: dict[str, float]


def sleep_until(moment: float, watch: Callable[[], None] | None = None) -> None:
    while (left := moment - time.monotonic()) > 0:
        time.sleep(min(left, 5.0))
        if watch is not None:
            watch()


def idle(app: App, desk: Desktop, idle_s: float) -> tuple[subprocess.Popen[bytes], IdleFigures]:
    """Start, wait SETTLE_S, then watch the process do nothing for idle_s; /proc reads never wake it."""
    proc, up_s = start_until_icon(app, desk)
    began = time.monotonic() - up_s
    pid = proc.pid
    sleep_until(began + SETTLE_S)
    pss_10s = memory(pid)
    cpu0, threads0 = cpu_seconds(pid), threads(pid)
    seen_children: set[str] = set()
    sleep_until(began + SETTLE_S + idle_s, lambda: seen_children.update(children(pid)))
    cpu1, threads1 = cpu_seconds(pid), threads(pid)
    pss_idle = memory(pid)
    by_thread: dict[str, int] = {}
    for tid, (name, count) in threads1.items():
        delta = count - threads0.get(tid, (name, 0))[1]
        by_thread[name] = by_thread.get(name, 0) + delta
    scale = PER_S / idle_s
    figures = IdleFigures(
        pss_10s=pss_10s,
        pss_idle=pss_idle,
        cpu_s=(cpu1 - cpu0) * scale,
        switches=round(sum(by_thread.values()) * scale),
        by_thread={name: round(n * scale) for name, n in sorted(by_thread.items())},
        threads_at_start=len(threads0),
        threads_at_end=len(threads1),
        children=sorted(seen_children),
        mappings=pss_by_mapping(pid),
    )
    return proc, figures


def settled(pid: int) -> dict[str, float]:
    time.sleep(5.0)
    return memory(pid)


# --- report --------------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    try:
        pyside = importlib.metadata.version("PySide6-Essentials")
    except importlib.metadata.PackageNotFoundError:
        pyside = importlib.metadata.version("PySide6")
    return {
        "cpus": str(os.cpu_count()),
        "memory": f"{mem_kb / MIB / MIB:.1f} GiB",
        "cpu": cpu,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": pyside,
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


def verdict(name: str, value: float | None) -> tuple[str, str]:
    limit, text = TARGETS[name]
    if value is None:
        return text, "n/a"
    return text, "PASS" if value <= limit else "MISS"


def mib(kb: float) -> str:
    return f"{kb / MIB:.1f} MiB"


def summarise(result: dict[str, Any], idle_s: float) -> list[tuple[str, str, str, str, str, str]]:
    p, b = result["postureapp"], result["bare"]
    rows: list[tuple[str, str, str, str, str, str]] = []

    def ratio_row(label: str, key: str, pv: float, bv: float, fmt: Callable[[float], str]) -> None:
        ratio = pv / bv
        result["ratios"][key] = round(ratio, 3)
        target, mark = verdict(key, ratio) if key in TARGETS else ("", "")
        rows.append((label, fmt(pv), fmt(bv), f"{ratio:.2f}x", target, mark))

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.0f} ms"

    minutes = f"{idle_s / 60:g} min"
    starts = len(p["tray_up_samples_s"])
    ratio_row(
        f"tray icon up (median of {starts})", "tray_up_ratio", p["tray_up_s"], b["tray_up_s"], ms
    )
    for when, key in (("10 s", "pss_10s"), (minutes + " idle", "pss_idle")):
        ratio_row(f"PSS at {when}", f"{key}_ratio", p[key]["pss_kb"], b[key]["pss_kb"], mib)
        ratio_row(f"  USS at {when}", f"{key}_uss", p[key]["uss_kb"], b[key]["uss_kb"], mib)
        ratio_row(f"  RSS at {when}", f"{key}_rss", p[key]["rss_kb"], b[key]["rss_kb"], mib)
    cpu_p, cpu_b = p["cpu_s_per_120s"], b["cpu_s_per_120s"]
    rows.append(("CPU per 120 s idle", f"{cpu_p:.3f} s", f"{cpu_b:.3f} s", "", "", ""))
    target, mark = verdict("ctx_per_120s", p["switches_per_120s"])
    rows.append(
        (
            "context switches per 120 s idle",
            str(p["switches_per_120s"]),
            str(b["switches_per_120s"]),
            "",
            target,
            mark,
        )
    )
    if "break_latency_ms" in p:
        lat = p["break_latency_ms"]
        rows.append(("break window latency p50", f"{lat['p50']:.1f} ms", "n/a", "", "", ""))
        target, mark = verdict("break_p95_ms", lat["p95"])
        rows.append(("break window latency p95", f"{lat['p95']:.1f} ms", "n/a", "", target, mark))
    if "growth_after_loop_kb" in p:
        growth = p["growth_after_loop_kb"]
        target, mark = verdict("growth_mib", growth / MIB)
        loop = p["loop_breaks"]
        rows.append((f"PSS growth after {loop} breaks", mib(growth), "n/a", "", target, mark))
    return rows


def print_table(rows: list[tuple[str, str, str, str, str, str]]) -> None:
    head = ("figure", "postureapp", "bare", "ratio", "target", "")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(6)]
    for row in [head, *rows]:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:5], widths[1:5], strict=True)
        ]
        print("  ".join([*cells, row[5]]).rstrip())


def top_extra_mappings(p: dict[str, float], b: dict[str, float], count: int = 12) -> list[str]:
    """Where postureapp's PSS goes beyond the bare app's, largest first."""
    extra = {name: kb - b.get(name, 0.0) for name, kb in p.items()}
    biggest = sorted(extra.items(), key=lambda item: -item[1])[:count]
    return [f"{kb / MIB:+7.2f} MiB  {name}" for name, kb in biggest]


# --- main ----------------------------------------------------------------------------------------


def run(idle_s: float, starts: int, latency_breaks: int, loop_breaks: int) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="pab-"))
    result: dict[str, Any] = {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "loadavg": {"start": loadavg()},
        "idle_s": idle_s,
        "ratios": {},
    }
    try:
        with desktop(work / "pycache") as desk:
            apps = [postureapp_app(work / "postureapp"), bare_app(work / "bare")]
            (work / "bare").mkdir()
            print(f"tray-up: {starts} starts each on {desk.env['DISPLAY']} ...", flush=True)
            times = tray_up_times(apps, desk, starts)
            result["loadavg"]["after_starts"] = loadavg()
            for app in apps:
                print(f"{app.name}: {idle_s:g} s idle ...", flush=True)
                before = desk.icons()
                proc, figures = idle(app, desk, idle_s)
                entry: dict[str, Any] = {
                    "tray_up_s": statistics.median(times[app.name]),
                    "tray_up_samples_s": [round(t, 4) for t in times[app.name]],
                    "pss_10s": figures.pss_10s,
                    "pss_idle": figures.pss_idle,
                    "cpu_s_per_120s": round(figures.cpu_s, 4),
                    "switches_per_120s": figures.switches,
                    "switches_by_thread_per_120s": figures.by_thread,
                    "threads": [figures.threads_at_start, figures.threads_at_end],
                    "children": figures.children,
                    "pss_by_mapping_kb": figures.mappings,
                }
                if app.name == "postureapp" and latency_breaks:
                    print(f"postureapp: {latency_breaks} breaks for latency ...", flush=True)
                    latencies = breaks(app, desk, latency_breaks)
                    entry["break_latency_ms"] = {
                        "p50": statistics.median(latencies),
                        "p95": percentile(latencies, 0.95),
                        "max": max(latencies),
                        "samples": latencies,
                    }
                if app.name == "postureapp" and loop_breaks:
                    first = settled(proc.pid)
                    print(f"postureapp: {loop_breaks} breaks shown and closed ...", flush=True)
                    looped = breaks(app, desk, loop_breaks)
                    last = settled(proc.pid)
                    entry.update(
                        before_loop=first,
                        after_loop=last,
                        growth_after_loop_kb=last["pss_kb"] - first["pss_kb"],
                        loop_breaks=loop_breaks,
                        loop_latency_p95_ms=percentile(looped, 0.95),
                    )
                result["loadavg"][f"end_{app.name}"] = loadavg()
                quit_app(proc, desk, before)
                result[app.name] = entry
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result["loadavg"]["end"] = loadavg()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="2 minutes idle instead of 10")
    parser.add_argument("--json", metavar="OUT", type=Path, help="also write every figure here")
    # For debugging the harness itself: shorter phases (0 skips the break phases).
    parser.add_argument("--idle", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--starts", type=int, default=STARTS, help=argparse.SUPPRESS)
    parser.add_argument("--breaks", type=int, default=LATENCY_BREAKS, help=argparse.SUPPRESS)
    parser.add_argument("--loop", type=int, default=LOOP_BREAKS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    # A plain `kill` still runs the clean-up that stops Xvfb, trayer and the apps.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    idle_s = args.idle or (QUICK_IDLE_S if args.quick else IDLE_S)
    result = run(idle_s, args.starts, args.breaks, args.loop)
    rows = summarise(result, idle_s)
    m = result["machine"]
    print()
    print(f"{result['date']}  {m['cpus']} CPUs, {m['memory']}, {m['cpu']}")
    print(f"Linux {m['kernel']}, Python {m['python']}, PySide6 {m['pyside6']}")
    print(
        "load average (1/5/15 min): " + "; ".join(f"{k} {v}" for k, v in result["loadavg"].items())
    )
    print()
    print_table(rows)
    p, b = result["postureapp"], result["bare"]
    print()
    print("postureapp's PSS beyond the bare app's, by mapping (after idle):")
    for line in top_extra_mappings(p["pss_by_mapping_kb"], b["pss_by_mapping_kb"]):
        print("  " + line)
    print("context switches per 120 s idle, by thread:")
    for app in ("postureapp", "bare"):
        per = result[app]["switches_by_thread_per_120s"]
        print(f"  {app}: " + ", ".join(f"{name} {n}" for name, n in per.items()))
        if result[app]["children"]:
            print(f"  {app} child processes seen while idle: {result[app]['children']}")
    shared = {
        f"{app} {when}": result[app][when]["other_qt_processes"]
        for app in ("postureapp", "bare")
        for when in ("pss_10s", "pss_idle")
        if result[app][when]["other_qt_processes"]
    }
    if shared:
        print(
            f"note: other processes mapped the same Qt libraries at {shared}; PSS/USS are low there"
        )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
