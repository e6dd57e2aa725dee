"""Is postureapp light? Measures it against a bare PySide6 tray app (and, with --full, against
Safe Eyes and Workrave), each on its own private desktop and its own copy of Python and the venv.

    python benchmarks/run.py            # quick: under 5 minutes
    python benchmarks/run.py --full     # 3 idle rounds, 20,000 requests, 1,000 breaks, the peers

Run it with the Python of the environment postureapp is installed in (.venv/bin/python).
benchmarks/README.md explains each figure and has the latest full run.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from harness import apps, desk, phases, private, procfs, report
from harness.report import MIB
from harness.summary import extra_mappings, figures, notes, rows

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent


@dataclass(frozen=True)
class Plan:
    """How much of everything a run does."""

    starts: int  # tray-up rounds (each starts every app once)
    peer_every: int  # the peers start every Nth round only (they are slow to start)
    rounds: int  # idle rounds, every app at once
    settle_s: float
    windows: int  # idle windows of window_s per round
    window_s: float
    requests: int
    breaks: int
    warm: int  # requests and breaks left out of the growth figures
    windows_after: int  # idle windows after the breaks


QUICK = Plan(15, 3, 1, 10, 1, 120, 1000, 100, 50, 1)
FULL = Plan(21, 3, 3, 30, 5, 120, 20_000, 1000, 500, 5)


def install_peers() -> list[str]:
    """Safe Eyes and Workrave from Debian, for the full run only. Returns what is missing."""
    wanted = [pkg for pkg, (cmd, _) in apps.PEERS.items() if shutil.which(cmd) is None]
    if wanted:
        phases.say(f"installing {', '.join(wanted)} with apt-get ...")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", *wanted],
            env=env,
            check=False,
            stdout=subprocess.DEVNULL,
        )
    return [pkg for pkg, (cmd, _) in apps.PEERS.items() if shutil.which(cmd) is None]


def machine(interp: private.Interpreter) -> dict[str, str]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])

    def version(*names: str) -> str:
        for name in names:
            try:
                return importlib.metadata.version(name)
            except importlib.metadata.PackageNotFoundError:
                continue
        return "?"

    debian = Path("/etc/debian_version")
    return {
        "cpus": str(os.cpu_count()),
        "memory": f"{mem_kb / MIB / MIB:.1f} GiB",
        "cpu": cpu,
        "kernel": platform.release(),
        "os": f"Debian {debian.read_text().strip()}" if debian.exists() else platform.platform(),
        "python": interp.full_version,
        "pyside6": version("PySide6-Essentials", "PySide6"),
        "apscheduler": version("APScheduler"),
        "xvfb": subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", "xvfb"], capture_output=True, text=True
        ).stdout,
    }


def remove(work: Path) -> None:
    """The copies, one thread each: removing them one after the other took 30 s under load."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda p: shutil.rmtree(p, ignore_errors=True), list(work.iterdir())))
    shutil.rmtree(work, ignore_errors=True)


def parse_variants(items: list[str]) -> list[tuple[str, str | None]]:
    """NAME=REF (a git ref, or "worktree" for the files as they are now)."""
    out: list[tuple[str, str | None]] = []
    for item in items:
        name, _, ref = item.partition("=")
        if not name or not ref or name in ("bare", *apps.PEERS):
            raise SystemExit(f"--variant wants NAME=REF, got {item!r}")
        out.append((name, None if ref == "worktree" else ref))
    return out


def prepare(
    work: Path, ours: list[tuple[str, str | None]], growth_names: list[str]
) -> tuple[dict[str, apps.App], private.Interpreter]:
    """Private copies, in parallel (about 8 s each): one per app, one per growth instance."""
    interp = private.Interpreter.of(Path(sys.prefix))
    jobs: dict[str, tuple[str | None, bool]] = {"bare": (None, False)}
    for name, ref in ours:
        jobs[name] = (ref, True)
    for name in growth_names:
        jobs[f"{name}@growth"] = (dict(ours)[name], True)

    def build(name: str) -> apps.App:
        ref, is_ours = jobs[name]
        root = work / name.replace("@", "-")
        source = private.source_tree(PROJECT, root / "src", ref) if is_ours else None
        copy = private.make(root, interp, project=PROJECT, source=source)
        private.check(copy)
        if is_ours:
            return apps.postureapp(name, root, copy)
        return apps.bare(root, copy)

    with ThreadPoolExecutor(max_workers=2) as pool:
        built = dict(zip(jobs, pool.map(build, jobs), strict=True))
    return built, interp


def run(args: argparse.Namespace, plan: Plan) -> dict[str, Any]:
    desk.check_tools()
    ours = [("postureapp", args.ref), *parse_variants(args.variant)]
    growth_names = [name for name, _ in ours] if args.growth_all else ["postureapp"]
    if not plan.requests and not plan.breaks:
        growth_names = []
    work = Path(tempfile.mkdtemp(prefix="pab-"))
    result: dict[str, Any] = {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": subprocess.run(
            ["git", "-C", str(PROJECT), "log", "-1", "--format=%h %s"],
            capture_output=True,
            text=True,
        ).stdout.strip(),
        "mode": "full" if args.full else "quick",
        "plan": plan.__dict__,
        "loadavg": {"start": procfs.loadavg()},
        "refs": {name: ref or "worktree" for name, ref in ours},
    }
    began = time.monotonic()
    try:
        phases.say(f"private copies of Python and the venv in {work} ...")
        built, interp = prepare(work, ours, growth_names)
        result["machine"] = machine(interp)
        peers: list[apps.App] = []
        if args.full and not args.no_peers:
            missing = install_peers()
            result["peers_missing"] = missing
            for package in apps.PEERS:
                if package not in missing:
                    peers.append(apps.peer(package, work / package))
        measured = [built[name] for name, _ in ours] + [built["bare"]] + peers
        growing = [built[f"{name}@growth"] for name in growth_names]
        with ExitStack() as stack:
            desks = {
                app.name: stack.enter_context(desk.desktop(app.name, dict(os.environ), work))
                for app in measured + growing
            }
            result["displays"] = {name: d.display for name, d in desks.items()}
            result["peer_errors"] = {}
            for app in list(peers):
                try:
                    phases._start_once(app, desks[app.name])
                except RuntimeError as exc:
                    output = app.home / f"{app.name}-output.log"
                    tail = output.read_text(errors="replace")[-1500:] if output.exists() else ""
                    result["peer_errors"][app.name] = f"{exc}\n{tail}"
                    phases.say(f"{app.name} cannot run here: {exc}")
                    peers.remove(app)
                    measured.remove(app)
            phases.say(f"tray-up: {plan.starts} rounds of {', '.join(a.name for a in measured)}")
            result["tray_up_cpu_s"] = {}
            result["tray_up_s"] = phases.tray_up(
                measured, desks, plan.starts, every=plan.peer_every, cpu=result["tray_up_cpu_s"]
            )
            result["loadavg"]["after_tray_up"] = procfs.loadavg()
            # Growth runs beside the idle rounds, on its own copy and desktop: it shares no page
            # with the idle apps, and a busy process does not make a sleeping one wake.
            growth_raw: dict[str, Any] = {}

            def grow(app: apps.App) -> None:
                try:
                    growth_raw[app.name] = phases.growth(
                        app,
                        desks[app.name],
                        plan.requests,
                        plan.breaks,
                        plan.warm,
                        plan.settle_s,
                        plan.windows_after,
                        plan.window_s,
                    )
                except Exception as exc:  # reported, and the idle rounds still finish
                    growth_raw[app.name] = {"error": repr(exc)}
                    phases.say(f"growth of {app.name} failed: {exc!r}")

            growers = [threading.Thread(target=grow, args=(app,)) for app in growing]
            for thread in growers:
                thread.start()
            for app in measured:
                phases.seed(app, desks[app.name])
            rounds = []
            for number in range(plan.rounds):
                phases.say(f"idle round {number + 1}/{plan.rounds} ...")
                order = measured[number % len(measured) :] + measured[: number % len(measured)]
                rounds.append(
                    phases.idle_round(order, desks, plan.settle_s, plan.windows, plan.window_s)
                )
            result["loadavg"]["after_idle"] = procfs.loadavg()
            for thread in growers:
                thread.join()
        result["idle_rounds"] = rounds
        result["growth_raw"] = growth_raw
    finally:
        leftovers = desk.stop_leftovers(work)
        if leftovers:
            result["stopped_leftovers"] = leftovers
        if not args.keep:
            remove(work)
    result["loadavg"]["end"] = procfs.loadavg()
    result["seconds"] = round(time.monotonic() - began)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--full", action="store_true", help="the full run, with the peers")
    parser.add_argument("--no-peers", action="store_true", help="a full run without the peers")
    parser.add_argument("--json", metavar="OUT", type=Path, help="also write every sample here")
    parser.add_argument(
        "--ref", help="measure postureapp at this git ref instead of the working tree"
    )
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME=REF",
        help="another build of postureapp to measure side by side: a git ref, a folder holding "
        "postureapp/ and assets/, or 'worktree'",
    )
    parser.add_argument("--growth-all", action="store_true", help="growth phase for variants too")
    parser.add_argument("--keep", action="store_true", help="keep the private copies (debugging)")
    # Shorter phases for working on the harness itself.
    for name in Plan.__dataclass_fields__:
        parser.add_argument(f"--{name.replace('_', '-')}", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    plan = FULL if args.full else QUICK
    overrides = {
        name: type(getattr(plan, name))(value)
        for name in Plan.__dataclass_fields__
        if (value := getattr(args, name)) is not None
    }
    plan = Plan(**{**plan.__dict__, **overrides})
    # A plain `kill` still stops Xvfb, trayer and the apps, and removes the copies.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    result = run(args, plan)
    figs = figures(result)
    result["figures"] = figs
    m = result["machine"]
    print()
    print(f"{result['date']} ({result['mode']} run, {result['seconds']} s), {result['commit']}")
    print(f"{m['cpus']} CPUs, {m['memory']}, {m['cpu']}; Linux {m['kernel']}, {m['os']}")
    print(
        f"Python {m['python']}, PySide6 {m['pyside6']}, APScheduler {m['apscheduler']}, "
        f"Xvfb {m['xvfb']}"
    )
    print(
        "load average (1/5/15 min): " + "; ".join(f"{k} {v}" for k, v in result["loadavg"].items())
    )
    print()
    print(report.table(rows(result, figs)))
    print()
    for line in notes(result, figs):
        print("- " + line)
    for name in result["refs"]:
        print(f"\n{name}'s PSS beyond the bare tray's, by mapping (last idle round):")
        for line in extra_mappings(result, name):
            print("  " + line)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, default=str) + "\n")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
