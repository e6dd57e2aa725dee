"""Does the history stay fast after ten years of heavy use? Builds such a log and times it.

    python benchmarks/history_scale.py --json /tmp/history_scale.json

Measures (a) opening the history window (import, construct, load, first paint; offscreen, each
run in a fresh process so QtCharts is imported cold), then in that window every range redrawn
(each preset and a from–to, until painted) and the one-page PDF report of the last year written,
(b) `postureapp stats` as a subprocess, reading the streak minimum from a settings file as a
user's would, (c) the database file size; each against its target, with PASS or MISS.
The log holds 150,000 breaks and 3,000 check-ins by default. `--profile` prints where the time
goes.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from postureapp.core.history import BreakLog, Outcome, Trigger
from postureapp.core.stats import compute_from_log
from postureapp.paths import HOME_ENV, AppPaths

TARGETS = {
    "window_ms": 300.0,
    "redraw_ms": 300.0,
    "report_s": 2.0,
    "stats_s": 0.5,
    "db_mb": 30.0,
}
STREAK_MIN = 4
EXERCISES = (
    "chin-tuck",
    "seated-twist",
    "thoracic-extension",
    "shoulder-rolls",
    "scapular-squeeze",
    "doorway-stretch",
    "neck-side-bend",
    "cat-cow-seated",
    "wall-angels",
    "upper-trap-stretch",
    "levator-stretch",
    "open-book",
    "arm-circles",
    "pec-stretch",
    "chest-opener",
    "standing-backbend",
    "wrist-stretch",
    "eye-rest",
    "walk-around",
    "deep-breathing",
)
# What a heavy but imperfect user does with the breaks offered to them.
OUTCOMES = (
    (Outcome.COMPLETED, 62),
    (Outcome.SNOOZED, 12),
    (Outcome.SKIPPED, 11),
    (Outcome.PARTIAL, 6),
    (Outcome.NATURAL, 8),
    (Outcome.INTERRUPTED, 1),
)
INSERT_CHECKIN = (
    "INSERT INTO checkins (uid, at, utc_offset_minutes, feeling, stiffness, note) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
FEELINGS = (("better", 40), ("same", 40), ("worse", 18), ("warning", 2))
INSERT = (
    'INSERT INTO breaks (uid, kind, "trigger", due_at, started_at, ended_at, '
    "utc_offset_minutes, outcome, exercise_ids, seconds_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _offset_minutes(day: date, rng: random.Random) -> int:
    """Central European time with summer time, and now and then a day abroad."""
    if rng.random() < 0.02:
        return rng.choice((-300, -240, 0, 330, 540))
    return 120 if 4 <= day.month <= 10 else 60


def _breaks_on(day: date, rng: random.Random) -> Iterator[tuple[object, ...]]:
    """One local working day: about 45 breaks on weekdays and 20 at weekends, 8:00 to 19:00."""
    mean = 20 if day.weekday() >= 5 else 45
    count = max(0, round(rng.gauss(mean, 6)))
    offset = _offset_minutes(day, rng)
    zone = timezone(timedelta(minutes=offset))
    start = datetime(day.year, day.month, day.day, 8, tzinfo=zone)
    outcomes, weights = zip(*OUTCOMES, strict=True)
    for n in range(count):
        due = start + timedelta(minutes=n * 660 / max(count, 1) + rng.uniform(0, 5))
        outcome = rng.choices(outcomes, weights)[0]
        kind = "long" if n % 4 == 3 else "short"
        planned = rng.randint(240, 420) if kind == "long" else rng.randint(60, 120)
        trigger = Trigger.NATURAL if outcome is Outcome.NATURAL else Trigger.SCHEDULE
        if trigger is Trigger.SCHEDULE and rng.random() < 0.1:
            trigger = rng.choice((Trigger.MANUAL, Trigger.FIXED_TIME))
        exercises = (
            () if outcome is Outcome.NATURAL else rng.sample(EXERCISES, 3 if kind == "long" else 1)
        )
        done = {Outcome.COMPLETED: planned, Outcome.PARTIAL: planned // 2}.get(outcome, 0)
        started = int(due.timestamp()) + rng.randint(0, 30)
        ended = None if outcome is Outcome.INTERRUPTED else started + max(done, 1)
        yield (
            f"{rng.getrandbits(128):032x}",
            kind,
            trigger.value,
            int(due.timestamp()),
            started,
            ended,
            offset,
            outcome.value,
            ",".join(exercises),
            done,
        )


def _checkins(count: int, last_day: date, rng: random.Random) -> Iterator[tuple[object, ...]]:
    """About one check-in a working day going back from `last_day`; one in five with a note."""
    feelings, weights = zip(*FEELINGS, strict=True)
    day = last_day - timedelta(days=count * 7 // 5)
    for _ in range(count):
        while day.weekday() >= 5:
            day += timedelta(days=1)
        offset = _offset_minutes(day, rng)
        at = datetime(day.year, day.month, day.day, 17, tzinfo=timezone(timedelta(minutes=offset)))
        feeling = rng.choices(feelings, weights)[0]
        stiffness = None if feeling == "warning" else rng.randint(1, 8)
        note = (
            "Stiff after a long meeting; better after the breaks." if rng.random() < 0.2 else None
        )
        yield (
            f"{rng.getrandbits(128):032x}",
            int(at.timestamp()),
            offset,
            feeling,
            stiffness,
            note,
        )
        day += timedelta(days=1)


def build_log(path: Path, *, rows: int, last_day: date, checkins: int = 0, seed: int = 1) -> int:
    """Fill a fresh log with `rows` breaks on the days up to `last_day`, and `checkins`
    check-ins, in one transaction."""
    log, _ = BreakLog.open(path, now=datetime.now().astimezone())  # creates the real schema
    log.close()
    rng = random.Random(seed)

    def records() -> Iterator[tuple[object, ...]]:
        made, day = 0, last_day
        days: list[list[tuple[object, ...]]] = []
        while made < rows:
            batch = list(_breaks_on(day, rng))[: rows - made]
            days.append(batch)
            made += len(batch)
            day -= timedelta(days=1)
        for batch in reversed(days):  # oldest first, as the app would have written them
            yield from batch

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.executemany(INSERT, records())
        conn.executemany(INSERT_CHECKIN, _checkins(checkins, last_day, rng))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(conn.execute("SELECT COUNT(*) FROM breaks").fetchone()[0])
    finally:
        conn.close()


# --- (a) the window, in a child process ------------------------------------------------------


def measure_window_once(db: Path, today: date, profile: bool) -> dict[str, float]:
    """Milliseconds from importing the window module to its first paint with the data loaded;
    then the slowest redraw over the ranges (until painted), and the report's seconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    import postureapp.app  # noqa: F401 (the running app has loaded this much already)
    from postureapp.core.clock import FakeClock

    qapp = QApplication([])
    log, _ = BreakLog.open(db, now=datetime.now().astimezone(), recover_interrupted=False)
    clock = FakeClock(datetime(today.year, today.month, today.day, 18).astimezone())

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    started, cpu = time.perf_counter(), time.process_time()
    from postureapp.ui.history_window import HistoryWindow

    window = HistoryWindow(log, clock, STREAK_MIN)
    watch = PaintWatch()
    window.chart_view.viewport().installEventFilter(watch)
    window.show()
    while not watch.painted:
        qapp.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    window_cpu = (time.process_time() - cpu) * 1000
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    from postureapp.core.period import Preset

    redraws, redraws_cpu = [], []
    ranges: list[Callable[[], None]] = [
        lambda preset=preset: window.range.choose(preset)
        for preset in (Preset.WEEK, Preset.QUARTER, Preset.YEAR, Preset.ALL, Preset.MONTH)
    ]
    ranges.append(lambda: window.range.choose_days(today - timedelta(days=500), today))
    for choose in ranges:
        watch.painted = False
        started, cpu = time.perf_counter(), time.process_time()
        choose()
        while not watch.painted:
            qapp.processEvents()
        redraws.append((time.perf_counter() - started) * 1000)
        redraws_cpu.append((time.process_time() - cpu) * 1000)
    window.range.choose(Preset.YEAR)
    started, cpu = time.perf_counter(), time.process_time()
    window.report_to(db.with_name("report.pdf"))
    report_s = time.perf_counter() - started
    report_cpu = time.process_time() - cpu
    window.close()
    log.close()
    return {
        "window_ms": elapsed,
        "redraw_ms": max(redraws),
        "report_s": report_s,
        # CPU time of this process: what the figures would be on an idle machine, near enough.
        "window_cpu_ms": window_cpu,
        "redraw_cpu_ms": max(redraws_cpu),
        "report_cpu_ms": report_cpu * 1000,
    }


def child_env(home: Path) -> dict[str, str]:
    """Child processes cache bytecode (in the scratch folder) as an installed app would."""
    env = {**os.environ, HOME_ENV: str(home), "PYTHONPYCACHEPREFIX": str(home / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure_window(home: Path, db: Path, today: date, runs: int) -> list[dict[str, float]]:
    times = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, __file__, "--measure-window", str(db), "--today", today.isoformat()],
            check=True,
            capture_output=True,
            text=True,
            env=child_env(home),
        )
        times.append(json.loads(result.stdout.splitlines()[-1]))
    return times


# --- (b) postureapp stats ---------------------------------------------------------------------


def stats_command() -> list[str]:
    installed = Path(sys.executable).with_name("postureapp")
    if installed.exists():
        return [str(installed), "stats"]
    return [sys.executable, "-m", "postureapp", "stats"]


def write_settings(paths: AppPaths) -> None:
    """The user's own streak minimum, which `postureapp stats` reads when not given one."""
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(f"[behaviour]\nstreak_min_breaks = {STREAK_MIN}\n")


def measure_stats(home: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(stats_command(), check=True, capture_output=True, env=child_env(home))
        times.append(time.perf_counter() - started)
    return times


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def breakdown(home: Path, db: Path, today: date, runs: int) -> dict[str, float]:
    """Where the time of (a) and (b) goes: opening the log, the queries, the CLI's start-up."""
    startup = [sys.executable, "-c", "import postureapp.cli, postureapp.cli.history"]
    env = child_env(home)

    def open_close(full_check: bool) -> None:
        now = datetime.now().astimezone()
        BreakLog.open(db, now=now, recover_interrupted=False, full_check=full_check)[0].close()

    figures = {
        "cli_startup_ms": median_ms(lambda: subprocess.run(startup, check=True, env=env), runs),
        "log_open_cli_ms": median_ms(lambda: open_close(False), runs),
        "log_open_app_ms": median_ms(lambda: open_close(True), runs),
    }
    with BreakLog.open(db, now=datetime.now().astimezone(), recover_interrupted=False)[0] as log:
        figures["day_outcome_totals_ms"] = median_ms(log.day_outcome_totals, runs)
        figures["outcome_totals_ms"] = median_ms(log.outcome_totals, runs)
        figures["good_days_ms"] = median_ms(lambda: log.good_days(STREAK_MIN), runs)
        figures["completed_exercise_sets_ms"] = median_ms(log.completed_exercise_sets, runs)
        figures["compute_from_log_ms"] = median_ms(
            lambda: compute_from_log(log, today=today, streak_min=STREAK_MIN), runs
        )
        figures["recent_rows_ms"] = median_ms(lambda: log.rows(limit=200), runs)
    return figures


def profile_stats(home: Path) -> None:
    """Where `postureapp stats` spends its time, in this process."""
    from postureapp.cli import main

    os.environ[HOME_ENV] = str(home)
    profiler = cProfile.Profile()
    profiler.enable()
    with open(os.devnull, "w") as sink:
        stdout, sys.stdout = sys.stdout, sink
        try:
            main(["stats"])
        finally:
            sys.stdout = stdout
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(12)


# --- report -----------------------------------------------------------------------------------


MEASURES = (
    ("window_ms", "history window open (median)", "ms"),
    ("redraw_ms", "slowest range redraw (median)", "ms"),
    ("report_s", "one-page report, a year (median)", "s"),
    ("stats_s", "postureapp stats (median)", "s"),
    ("db_mb", "database file", "MB"),
)


def verdicts(figures: dict[str, Any]) -> dict[str, str]:
    return {key: "PASS" if figures[key] <= TARGETS[key] else "MISS" for key in TARGETS}


def report(figures: dict[str, Any], rows: int) -> str:
    lines = [
        f"history at scale: {rows:,} breaks, {figures['checkins']:,} check-ins",
        "",
        f"  {'measure':<34}{'value':>11}{'target':>12}",
    ]
    for key, label, unit in MEASURES:
        value, target = figures[key], TARGETS[key]
        lines.append(
            f"  {label:<34}{value:>8.2f} {unit:<2}  ≤ {target:>5.1f} {unit:<2}  {figures['verdicts'][key]}"
        )
    lines += ["", "  CPU time of the window's process (median, ms; little moved by other load):"]
    lines += [f"    {key:<32}{value:>8.1f}" for key, value in figures["cpu"].items()]
    lines += ["", "  where the time goes (median, ms):"]
    lines += [f"    {key:<32}{value:>8.1f}" for key, value in figures["breakdown"].items()]
    lines.append(f"  (load average while measuring: {figures['load_average']:.1f})")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--rows", type=int, default=150_000)
    parser.add_argument("--checkins", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the log in this folder and keep it")
    parser.add_argument("--profile", action="store_true", help="print cProfile tables")
    parser.add_argument("--measure-window", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure_window:
        print(json.dumps(measure_window_once(args.measure_window, args.today, args.profile)))
        return 0

    home = args.keep or Path(tempfile.mkdtemp(prefix="postureapp-bench-"))
    try:
        paths = AppPaths.from_environment({HOME_ENV: str(home)})
        db = paths.database_file
        if db.exists():
            db.unlink()
        write_settings(paths)
        today = date(2025, 6, 11)  # a Wednesday: week and month cards have a few days of data
        started = time.perf_counter()
        rows = build_log(db, rows=args.rows, last_day=today, checkins=args.checkins)
        build_s = time.perf_counter() - started
        window = measure_window(home, db, today, args.runs)
        stats_times = measure_stats(home, args.runs)
        figures = {
            "rows": rows,
            "build_s": round(build_s, 2),
            "checkins": args.checkins,
            **{
                key: statistics.median(run[key] for run in window)
                for key in ("window_ms", "redraw_ms", "report_s")
            },
            "window_runs": window,
            "cpu": {
                key: statistics.median(run[key] for run in window)
                for key in ("window_cpu_ms", "redraw_cpu_ms", "report_cpu_ms")
            },
            "stats_s": statistics.median(stats_times),
            "stats_runs_s": [round(t, 3) for t in stats_times],
            "db_mb": db.stat().st_size / 1_000_000,
            "targets": TARGETS,
            "breakdown": breakdown(home, db, today, args.runs),
            "load_average": os.getloadavg()[0],
        }
        figures["verdicts"] = verdicts(figures)
        sys.stdout.write(report(figures, rows))
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n")
        if args.profile:
            measure_window_once(db, today, profile=True)
            profile_stats(home)
    finally:
        if args.keep is None:
            shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
