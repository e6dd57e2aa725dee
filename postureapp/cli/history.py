"""`postureapp stats`, `export` and `import`: the break log from the command line.

They open the same SQLite file as the running app; WAL and busy_timeout let both work at once.
This is the only layer that reads the real clock.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sqlite3
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from postureapp.cli import local
from postureapp.cli.exits import Exit
from postureapp.core.files import atomic_write_text
from postureapp.core.history import (
    BreakLog,
    BreakRow,
    CheckIn,
    ExportFile,
    HistoryError,
    ImportFileError,
    PostureDay,
    format_csv,
    format_json,
    format_of_name,
)
from postureapp.core.i18n import translate
from postureapp.core.i18n.phrase import Said, told
from postureapp.core.library_words import os_reason, sqlite_reason
from postureapp.core.period import Preset, preset_period
from postureapp.core.settings import peek
from postureapp.core.stats import PER_DAY_WINDOW, Stats, compute, compute_from_log
from postureapp.paths import AppPaths

_FORMATTERS = {"csv": format_csv, "json": format_json}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STREAK_SETTING = "behaviour.streak_min_breaks"
LASTS = (Preset.WEEK.value, Preset.MONTH.value, Preset.QUARTER.value, Preset.YEAR.value)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the history commands to the main parser's subcommands."""
    stats = sub.add_parser("stats", help=translate("cli", "show break statistics"))
    _add_range(stats)
    stats.add_argument(
        "--last",
        choices=LASTS,
        help=translate("cli", "the days of a range ending today, as the history window's"),
    )
    stats.add_argument(
        "--json", action="store_true", help=translate("cli", "print one JSON object")
    )
    stats.add_argument(
        "--streak-min",
        type=int,
        metavar="N",
        help=translate(
            "cli", "completed breaks a streak day needs (default: the {0} setting)"
        ).format(_STREAK_SETTING),
    )
    stats.set_defaults(handler=run_stats)

    export = sub.add_parser("export", help=translate("cli", "write the break log as CSV or JSON"))
    export.add_argument(
        "--format",
        choices=tuple(_FORMATTERS),
        help=translate("cli", "default: the output file's extension (.csv or .json), else CSV"),
    )
    _add_range(export)
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help=translate("cli", "default: stdout")
    )
    export.set_defaults(handler=run_export)

    imp = sub.add_parser(
        "import", help=translate("cli", "merge a CSV or JSON export into the break log")
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.set_defaults(handler=run_import)


def _add_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since", metavar="DATE", help=translate("cli", "first local day, YYYY-MM-DD")
    )
    parser.add_argument(
        "--until", metavar="DATE", help=translate("cli", "last local day, YYYY-MM-DD (included)")
    )


class _UsageError(Exception):
    pass


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        if _DATE.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    said = translate("cli", "{0}: expected a real date as YYYY-MM-DD, found {1}")
    raise _UsageError(said.format(option, repr(text)))


def _range(args: argparse.Namespace) -> tuple[date | None, date | None]:
    since, until = _day("--since", args.since), _day("--until", args.until)
    if since and until and since > until:
        raise _UsageError(
            translate("cli", "--since ({0}) is after --until ({1})").format(since, until)
        )
    return since, until


def _open(paths: AppPaths, now: datetime, err: TextIO, command: str) -> BreakLog:
    paths.ensure()  # owner-only folders, whatever the umask (PathsError is an OSError)
    # The app may be mid-break: its 'running' row is not ours to mark as interrupted.
    # quick_check would take about a second on years of breaks; the app runs it at start.
    log, report = BreakLog.open(
        paths.database_file, now=now, recover_interrupted=False, full_check=False
    )
    if report.set_aside is not None:
        said = translate(
            "cli", "the break log was damaged; it was kept as {0} and a new one was started"
        )
        err.write(f"postureapp {command}: {said.format(report.set_aside)}\n")
    return log


def _guarded(command: str, paths: AppPaths, body: Callable[[datetime], int], err: TextIO) -> int:
    """Turn the expected failures into one clear line and an exit code, not a traceback."""
    try:
        return body(datetime.now().astimezone())
    except _UsageError as error:
        err.write(f"postureapp {command}: {error}\n")
        return Exit.USAGE
    except ImportFileError as error:
        err.write(f"postureapp {command}: {error.text(translate)}\n")
        return Exit.FAILED
    except HistoryError as error:
        err.write(f"postureapp {command}: {told(error, translate)}\n")
        return Exit.FAILED
    except sqlite3.OperationalError as error:
        said = translate("cli", "the break log cannot be used right now: {0}").format(
            sqlite_reason(error).text(translate)
        )
        err.write(f"postureapp {command}: {said}\n")
        return Exit.FAILED
    except sqlite3.DatabaseError as error:  # damage the quick open did not look for
        said = translate(
            "cli",
            "the break log {0} looks damaged ({1}); start postureapp to set it aside and begin a "
            "new one",
        ).format(paths.database_file, sqlite_reason(error).text(translate))
        err.write(f"postureapp {command}: {said}\n")
        return Exit.FAILED
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        why = (
            told(error, translate) if isinstance(error, Said) else os_reason(error).text(translate)
        )
        err.write(f"postureapp {command}: {where}{why}\n")
        return Exit.FAILED


# --- stats -------------------------------------------------------------------------------------


def run_stats(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    def body(now: datetime) -> int:
        since, until = _range(args)
        if args.last is not None:
            if since or until:
                raise _UsageError(
                    translate("cli", "--last cannot be combined with --since or --until")
                )
            since = preset_period(Preset(args.last), now.date()).first
        streak_min = args.streak_min
        if streak_min is None:
            streak_min = streak_min_setting(paths.settings_file)
        elif streak_min < 1:
            said = translate("cli", "--streak-min: expected 1 or more, found {0}")
            raise _UsageError(said.format(streak_min))
        # With --until in the past, the figures are shown as they stood at the end of that day.
        today = min(now.date(), until) if until else now.date()
        stats = _stats(paths, now, err, today, streak_min, since, until)
        if args.json:
            json.dump(stats_as_json(stats, since=since, until=until), out, indent=2)
            out.write("\n")
        else:
            out.write(format_stats(stats))
        return Exit.OK

    return _guarded("stats", paths, body, err)


def streak_min_setting(settings_file: Path) -> int:
    """The user's streak minimum, or its default when the file or the value is not usable.

    Unlike settings.load this never moves a bad file aside nor reports anything: the app does
    that, and a read-only command must leave the user's file alone.
    """
    return peek(settings_file).streak_min_breaks


def _stats(
    paths: AppPaths,
    now: datetime,
    err: TextIO,
    today: date,
    streak_min: int,
    since: date | None,
    until: date | None,
) -> Stats:
    if not paths.database_file.exists():
        return compute((), today=today, streak_min=streak_min, since=since)
    with _open(paths, now, err, "stats") as log:
        return compute_from_log(log, today=today, streak_min=streak_min, since=since, until=until)


def stats_as_json(stats: Stats, *, since: date | None, until: date | None) -> dict[str, object]:
    def entry(item: tuple[str, int] | None) -> dict[str, object] | None:
        return None if item is None else {"exercise": item[0], "count": item[1]}

    return {
        "as_of": stats.as_of.isoformat(),
        "since": None if since is None else since.isoformat(),
        "until": None if until is None else until.isoformat(),
        "streak_min": stats.streak_min,
        "today": dataclasses.asdict(stats.today),
        "this_week": dataclasses.asdict(stats.this_week),
        "this_month": dataclasses.asdict(stats.this_month),
        "completion_rate": stats.completion_rate,
        "current_streak": stats.current_streak,
        "best_streak": stats.best_streak,
        "minutes_exercised": round(stats.minutes_exercised, 1),
        "per_exercise": dict(stats.per_exercise),
        "most_done": entry(stats.most_done),
        "least_done": entry(stats.least_done),
        "per_day": {day.isoformat(): n for day, n in stats.per_day},
    }


def _days_heading(stats: Stats) -> str:
    first, last = stats.per_day[0][0], stats.per_day[-1][0]
    if len(stats.per_day) == PER_DAY_WINDOW and last == stats.as_of:
        return translate("cli", "last {0} days").format(PER_DAY_WINDOW)
    return translate("cli", "{0} to {1}").format(local.short_date(first), local.short_date(last))


def format_stats(stats: Stats) -> str:
    """A plain-text table that reads well in an 80-column terminal, in the user's language."""
    if stats.completion_rate is None:
        rate = translate("cli", "no breaks yet")
    else:
        rate = local.percent(stats.completion_rate)
    most, least = stats.most_done, stats.least_done
    rows = (
        (translate("cli", "today"), stats.today),
        (translate("cli", "this week"), stats.this_week),
        (translate("cli", "this month"), stats.this_month),
    )
    done, every = translate("cli", "completed"), translate("cli", "all")
    first = max(12, *(local.width(name) for name, _counts in rows))
    second = max(10, local.width(done) + 1)
    third = max(6, local.width(every) + 1)

    def row(name: str, a: str, b: str) -> str:
        return "  " + local.pad(name, first) + a.rjust(second) + b.rjust(third)

    labels = [
        translate("cli", "completion rate"),
        translate("cli", "streak"),
        translate("cli", "exercised"),
        translate("cli", "most done"),
        translate("cli", "least done"),
    ]
    column = max(17, *(local.width(text) + 2 for text in labels))

    def item(text: str, value: str) -> str:
        return "  " + local.pad(text, column) + value

    def exercise(entry: tuple[str, int] | None) -> str:
        return "-" if entry is None else f"{entry[0]} ({local.number(entry[1])})"

    lines = [
        translate("cli", "Breaks as of {0}").format(local.long_date(stats.as_of)),
        "",
        row("", done, every),
        *(row(name, local.number(c.completed), local.number(c.total)) for name, c in rows),
        "",
        item(labels[0], translate("cli", "{0} (natural breaks not counted)").format(rate)),
        item(
            labels[1],
            translate(
                "cli", "days now: {0}, best: {1} (a day counts with {2} or more completed breaks)"
            ).format(stats.current_streak, stats.best_streak, stats.streak_min),
        ),
        item(labels[2], translate("cli", "{0} min").format(local.number(stats.minutes_exercised))),
        item(labels[3], exercise(most)),
        item(labels[4], exercise(least)),
        "",
        "  " + translate("cli", "completed per day, {0}:").format(_days_heading(stats)),
        *(
            f"  {local.weekday(day)} {local.short_date(day)} {n:>3} {'#' * min(n, 50)}"
            for day, n in stats.per_day
        ),
    ]
    return "\n".join(lines) + "\n"


# --- export and import -------------------------------------------------------------------------


def _export_format(given: str | None, output: Path | None) -> str:
    """--format when given; else the output file's extension; CSV for stdout or no extension."""
    if given is not None:
        return given
    named = "" if output is None else format_of_name(output)
    if named is None:
        said = translate(
            "cli", "cannot tell the format from {0}: name the file .csv or .json, or give --format"
        )
        raise _UsageError(said.format(repr(output.name if output else "")))
    return named or "csv"


def run_export(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    def body(now: datetime) -> int:
        since, until = _range(args)
        fmt = _export_format(args.format, args.output)
        rows: list[BreakRow] = []
        checkins: list[CheckIn] = []
        days: list[PostureDay] = []
        if paths.database_file.exists():
            with _open(paths, now, err, "export") as log:
                rows = log.export_rows(since=since, until=until)
                checkins = log.checkins_on(since, until)
                days = log.posture_days(since=since, until=until)
        # JSON also carries each day's posture figures; CSV holds breaks and check-ins.
        text = format_json(rows, checkins, days) if fmt == "json" else format_csv(rows, checkins)
        if args.output is None:
            out.write(text)
        else:
            atomic_write_text(args.output, text)
            said = translate("cli", "wrote {0} breaks and {1} check-ins to {2}").format(
                len(rows), len(checkins), args.output
            )
            err.write(said + "\n")
        return Exit.OK

    return _guarded("export", paths, body, err)


#: Breaks an import writes per transaction, and the pause between two: the running app's
#: writes get the lock in between, so a long import never holds up a break's outcome.
IMPORT_BATCH = 1000
IMPORT_PAUSE_S = 0.02


def run_import(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    def body(now: datetime) -> int:
        source: Path = args.file
        suffix = source.suffix.lower()
        export = ExportFile(source, suffix[1:] if suffix in (".csv", ".json") else None)
        export.check()  # the whole file, before anything is written
        with _open(paths, now, err, "import") as log:
            merged = log.import_records(
                export.rows(), batch=IMPORT_BATCH, between=lambda: time.sleep(IMPORT_PAUSE_S)
            )
        out.write(
            translate("cli", "added {0}, already present {1}").format(
                merged.breaks_added, merged.breaks_present
            )
            + "\n"
        )
        if merged.checkins_added or merged.checkins_present:
            out.write(
                translate("cli", "check-ins: added {0}, already present {1}").format(
                    merged.checkins_added, merged.checkins_present
                )
                + "\n"
            )
        return Exit.OK

    return _guarded("import", paths, body, err)
