"""The measurements: tray-up starts, idle rounds, and growth under requests and breaks."""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness import procfs
from harness.apps import App, LogTail, one_break, quit_app, request, start_until_icon, until_ok
from harness.desk import Desktop

PER_S = 120.0


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


# --- tray-up ---------------------------------------------------------------------------------------


def tray_up(
    apps: list[App],
    desks: dict[str, Desktop],
    rounds: int,
    warmups: int = 2,
    every: int = 1,
    cpu: dict[str, list[float]] | None = None,
) -> dict[str, list[float]]:
    """Starts in rounds: each round starts every app once, in an order that rotates, so a busy
    moment on the machine falls on each app in turn. Warm-up starts (bytecode, page cache, font
    caches) are not counted. Apps in `every`'s slow lane (the peers) start every `every` rounds.
    `cpu` gets, per counted start, the CPU seconds the app had used when its icon was up.
    """
    times: dict[str, list[float]] = {app.name: [] for app in apps}
    for warm in range(warmups):
        for app in apps:
            _start_once(app, desks[app.name])
        say(f"tray-up: warm-up {warm + 1}/{warmups} done")
    for number in range(rounds):
        shift = number % len(apps)
        order = apps[shift:] + apps[:shift]
        if number % 2:
            order.reverse()
        for app in order:
            if app.kind == "peer" and number % every:
                continue
            times[app.name].append(_start_once(app, desks[app.name]))
            if cpu is not None:
                cpu.setdefault(app.name, []).append(app.icon_cpu_s)
        if (number + 1) % 5 == 0 or number + 1 == rounds:
            say(f"tray-up: {number + 1}/{rounds} rounds")
    return times


def _start_once(app: App, desk: Desktop) -> float:
    before = desk.icons()
    proc, seconds = start_until_icon(app, desk)
    quit_app(proc, desk, before)
    time.sleep(0.3)
    return seconds


def seed(app: App, desk: Desktop) -> None:
    """One start until postureapp answers on its socket (built: the break log, settings and
    state written), so that every idle round is a returning user's start, not the first."""
    if app.socket_path is None:
        return
    before = desk.icons()
    proc, _ = start_until_icon(app, desk)
    try:
        until_ok(app.socket_path, "status")
        time.sleep(2.0)
    finally:
        quit_app(proc, desk, before)


# --- idle ------------------------------------------------------------------------------------------


@dataclass
class Running:
    app: App
    desk: Desktop
    proc: subprocess.Popen[bytes]
    icons_before: int
    #: time.monotonic() at the spawn: windows are placed by how long the app has been running
    began: float = 0.0

    def pids(self) -> list[int]:
        return procfs.process_tree(self.proc.pid)


def memory_sample(run: Running) -> dict[str, Any]:
    pids = run.pids()
    root = run.app.private.root if run.app.private is not None else None
    linked = run.app.private.linked_from if run.app.private is not None else None
    share = procfs.sharing(pids, root, linked)
    return {
        **procfs.memory(pids),
        "processes": len(pids),
        "ours_files": share.ours_files,
        "ours_shared": share.ours_shared,
        "system_files": share.system_files,
        "system_sharers_max": share.system_sharers_max,
        "system_sharers_median": share.system_sharers_median,
    }


@dataclass
class Window:
    """One idle window: context switches and CPU seconds, scaled to 120 s."""

    seconds: float
    switches: int
    cpu_s: float
    by_thread: dict[str, int] = field(default_factory=dict)
    #: seconds from the app's start (or from the last break) to the window's start
    offset_s: float = 0.0
    #: what postureapp logged during the window (at most 20 lines)
    log: list[str] = field(default_factory=list)
    #: the display's input idle time and screen saver state at the window's end
    x_idle: tuple[float, str] | None = None
    #: page faults that waited for the disk during the window
    major_faults: int = 0
    #: of `switches`, those where the scheduler preempted the app (not scaled)
    preempted: int = 0

    def per_120s(self) -> dict[str, Any]:
        scale = PER_S / self.seconds
        return {
            "switches": round(self.switches * scale, 1),
            "cpu_s": round(self.cpu_s * scale, 4),
            "by_thread": {k: v for k, v in self.by_thread.items() if v},
            "seconds": round(self.seconds, 1),
            "offset_s": round(self.offset_s),
            "log": self.log,
            # Input idle shorter than the window: something typed on the display meanwhile.
            "x_idle_s": None if self.x_idle is None else round(self.x_idle[0]),
            "screen_saver": None if self.x_idle is None else self.x_idle[1],
            "major_faults": self.major_faults,
            "preempted": self.preempted,
        }


def watch_idle(runs: list[Running], seconds: float) -> dict[str, Window]:
    """Leave every app alone for `seconds`; /proc is read at both ends only."""
    before = {r.app.name: (procfs.threads(r.pids()), procfs.cpu_ns(r.pids())) for r in runs}
    logs = {r.app.name: _log_size(r.app) for r in runs}
    faults = {r.app.name: procfs.major_faults(r.pids()) for r in runs}
    preempted = {r.app.name: procfs.preempted(r.pids()) for r in runs}
    began = time.monotonic()
    offsets = {r.app.name: began - r.began for r in runs}
    time.sleep(seconds)
    elapsed = time.monotonic() - began
    windows = {}
    for r in runs:
        threads0, cpu0 = before[r.app.name]
        threads1, cpu1 = procfs.threads(r.pids()), procfs.cpu_ns(r.pids())
        by_thread = procfs.switches_by_thread(threads0, threads1)
        cpu = procfs.cpu_seconds_between(cpu0, cpu1)
        windows[r.app.name] = Window(
            elapsed,
            sum(by_thread.values()),
            cpu,
            by_thread,
            offsets[r.app.name],
            _log_since(r.app, logs[r.app.name]),
            r.desk.xtree.input_idle(),
            procfs.major_faults(r.pids()) - faults[r.app.name],
            procfs.preempted(r.pids()) - preempted[r.app.name],
        )
    return windows


def _log_size(app: App) -> int:
    try:
        return app.log_file.stat().st_size if app.log_file is not None else 0
    except OSError:
        return 0


def _log_since(app: App, offset: int, most: int = 20) -> list[str]:
    """Read after the window (never during it): what the app did, to explain a busy window."""
    if app.log_file is None:
        return []
    try:
        with app.log_file.open("rb") as handle:
            handle.seek(offset if offset <= app.log_file.stat().st_size else 0)
            lines = handle.read().decode(errors="replace").splitlines()
    except OSError:
        return []
    return [line[:200] for line in lines[:most]]


def start_all(apps: list[App], desks: dict[str, Desktop]) -> list[Running]:
    runs = []
    for app in apps:
        desk = desks[app.name]
        before = desk.icons()
        began = time.monotonic()
        proc, _ = start_until_icon(app, desk)
        runs.append(Running(app, desk, proc, before, began))
    return runs


def stop_all(runs: list[Running]) -> None:
    for r in runs:
        quit_app(r.proc, r.desk, r.icons_before)


def idle_round(
    apps: list[App], desks: dict[str, Desktop], settle_s: float, windows: int, window_s: float
) -> dict[str, dict[str, Any]]:
    """Every app at once, each on its own desktop: started, left alone to settle, sampled, then
    watched for `windows` idle windows, sampled again at the end. Sampling at the same moment
    puts every app under the same load and the same sharing of Debian's libraries."""
    for app in apps:
        app.forget_schedule()
    runs = start_all(apps, desks)
    out: dict[str, dict[str, Any]] = {r.app.name: {"windows": []} for r in runs}
    try:
        time.sleep(settle_s)
        for r in runs:
            out[r.app.name]["settled"] = memory_sample(r)
        for number in range(windows):
            for name, window in watch_idle(runs, window_s).items():
                out[name]["windows"].append(window.per_120s())
            say(f"idle: window {number + 1}/{windows} done")
        for r in runs:
            out[r.app.name]["idle"] = memory_sample(r)
            out[r.app.name]["pss_by_mapping"] = procfs.pss_by_mapping(r.proc.pid)
            out[r.app.name]["threads"] = len(procfs.threads(r.pids()))
            out[r.app.name]["processes"] = [
                procfs.process_name(Path(f"/proc/{pid}")) for pid in r.pids()
            ]
    finally:
        stop_all(runs)
    return out


# --- growth ----------------------------------------------------------------------------------------


def settled_memory(run: Running, pause_s: float = 3.0) -> dict[str, float]:
    """After a pause (deferred deletions run on the next turns of the event loop)."""
    time.sleep(pause_s)
    pid = run.proc.pid
    mem = procfs.memory([pid])
    return {**mem, "rss_anon_kb": procfs.rss_anon_kb(pid)}


def growth(
    app: App,
    desk: Desktop,
    requests: int,
    breaks: int,
    warm: int,
    settle_s: float,
    windows_after: int,
    window_s: float,
    progress: Callable[[str], None] = say,
) -> dict[str, Any]:
    """Memory after `warm` requests and after all of them; the same for breaks; then idle again.

    The first `warm` of each are one-off costs (the first break window's fonts, SVG renderer,
    the log's page cache) and are left out of the growth.
    """
    assert app.socket_path is not None and app.log_file is not None
    desk_before = desk.icons()
    proc, _ = start_until_icon(app, desk)
    run = Running(app, desk, proc, desk_before, time.monotonic())
    result: dict[str, Any] = {}
    try:
        time.sleep(settle_s)
        until_ok(app.socket_path, "status")
        mem: dict[str, dict[str, float]] = {"start": settled_memory(run)}
        began = time.monotonic()
        for number in range(1, requests + 1):
            reply = request(app.socket_path, "status")
            if not reply.get("ok"):
                raise RuntimeError(f"status request {number} refused: {reply}")
            if number == warm:
                mem["requests_warm"] = settled_memory(run)
        mem["requests_end"] = settled_memory(run)
        result["request_s"] = round(time.monotonic() - began, 1)
        progress(f"growth: {requests} requests in {result['request_s']} s")
        tail = LogTail(app.log_file)
        latencies = []
        began = time.monotonic()
        for number in range(1, breaks + 1):
            latencies.append(one_break(app, tail))
            if number == warm:
                mem["breaks_warm"] = settled_memory(run)
            if number % 100 == 0:
                progress(f"growth: {number}/{breaks} breaks")
        mem["breaks_end"] = settled_memory(run)
        result["break_s"] = round(time.monotonic() - began, 1)
        result["memory"] = mem
        result["latency_ms"] = latencies
        result["windows_after"] = []
        run.began = time.monotonic()  # the after-break windows count from the last break
        if windows_after:
            time.sleep(settle_s)  # the last break window's teardown, as after a start
        for _ in range(windows_after):
            window = watch_idle([run], window_s)[app.name]
            result["windows_after"].append(window.per_120s())
        progress(f"growth: idle after {breaks} breaks done")
        with contextlib.suppress(OSError):
            result["log_errors"] = [
                line
                for line in app.log_file.read_text(errors="replace").splitlines()
                if " ERROR " in line or "Traceback" in line
            ]
    finally:
        stop_all([run])
    return result
