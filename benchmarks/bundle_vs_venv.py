"""The Linux bundle against a venv install: size on disk, start-up to the tray icon, idle memory.

    python benchmarks/bundle_vs_venv.py --venv VENV --bundle dist/postureapp [--starts 5] [--idle 60]

VENV is a fresh venv with postureapp installed from its wheel (as pipx makes one); the bundle
is the folder `bash packaging/build-linux.sh` writes. Both run on one private desktop (Xvfb, a
session bus and trayer, from tests/e2e), each with a fresh POSTUREAPP_HOME whose first-start
welcome is marked as seen. Starts alternate between the two after one unmeasured start of each,
so a busy moment on the machine hits both. Prints a Markdown table (benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.desktops import XDesktop  # noqa: E402  (the e2e tests' private desktop)


def disk_mib(path: Path) -> float:
    """Space used on disk (du), in MiB."""
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0]) / 1024


def memory_mib(pid: int) -> tuple[float, float]:
    """(PSS, RSS) in MiB from /proc/PID/smaps_rollup."""
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Pss", "Rss"):
            values[key] = int(rest.split()[0]) / 1024
    return values["Pss"], values["Rss"]


def fresh_home(root: Path) -> Path:
    home = Path(tempfile.mkdtemp(prefix="home-", dir=root))
    (home / "state").mkdir()
    (home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}\n')
    return home


def start(desk: XDesktop, command: Path, home: Path) -> tuple[subprocess.Popen[bytes], float]:
    """Spawn the app; seconds until its icon is embedded in trayer's panel (polled every 10 ms)."""
    env = {**desk.env, "POSTUREAPP_HOME": str(home)}
    began = time.monotonic()
    proc = subprocess.Popen(
        [str(command)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    while not desk.app_xembedded():
        if proc.poll() is not None or time.monotonic() - began > 60:
            raise SystemExit(f"{command} did not show its tray icon")
        time.sleep(0.01)
    return proc, time.monotonic() - began


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, required=True)
    parser.add_argument("--bundle", type=Path, required=True)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--idle", type=float, default=60.0, help="seconds of idling (default 60)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    commands = {"venv": args.venv / "bin" / "postureapp", "bundle": args.bundle / "postureapp"}
    archive = sorted(args.bundle.parent.glob("postureapp-*-linux-*.tar.gz"))
    figures: dict[str, dict[str, float]] = {
        "venv": {"disk": disk_mib(args.venv)},
        "bundle": {"disk": disk_mib(args.bundle)},
    }
    if archive:
        figures["bundle"]["download"] = archive[-1].stat().st_size / 2**20
    work = Path(tempfile.mkdtemp(prefix="bundle-bench-"))
    desk = XDesktop(work / "home", work / "desktop")
    try:
        desk.start_tray("trayer")
        for name in commands:  # warm the page cache; not measured
            proc, _ = start(desk, commands[name], fresh_home(work))
            stop(proc)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.starts):
            for name, command in commands.items():
                proc, seconds = start(desk, command, fresh_home(work))
                times[name].append(seconds)
                stop(proc)
        for name, command in commands.items():
            figures[name]["start"] = statistics.median(times[name])
            proc, _ = start(desk, command, fresh_home(work))
            time.sleep(10)
            figures[name]["pss10"], figures[name]["rss10"] = memory_mib(proc.pid)
            time.sleep(max(0.0, args.idle - 10))
            figures[name]["pss_idle"], figures[name]["rss_idle"] = memory_mib(proc.pid)
            stop(proc)
    finally:
        desk.close()
        shutil.rmtree(work, ignore_errors=True)

    venv, bundle = figures["venv"], figures["bundle"]
    rows = [
        ("on disk", "disk", "MiB", "{:.0f}"),
        ("start-up to the tray icon (median)", "start", "ms", "{:.0f}"),
        ("PSS at 10 s", "pss10", "MiB", "{:.1f}"),
        (f"PSS after {args.idle:.0f} s idle", "pss_idle", "MiB", "{:.1f}"),
        (f"RSS after {args.idle:.0f} s idle", "rss_idle", "MiB", "{:.1f}"),
    ]
    print("| figure | venv install | bundle | bundle / venv |")
    print("| --- | ---: | ---: | ---: |")
    for label, key, unit, fmt in rows:
        scale = 1000 if unit == "ms" else 1
        a, b = venv[key] * scale, bundle[key] * scale
        print(f"| {label} | {fmt.format(a)} {unit} | {fmt.format(b)} {unit} | {b / a:.2f}× |")
    if "download" in bundle:
        print(f"| download (.tar.gz) | | {bundle['download']:.0f} MiB | |")
    if args.json:
        args.json.write_text(json.dumps({"figures": figures, "starts_s": times}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
