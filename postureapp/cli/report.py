"""`postureapp report`: the history window's one-page PDF for a clinician, from the command line.

    postureapp report [--since DAY] [--until DAY | --last week|month|quarter|year|all] -o FILE.pdf

The figures are read here (core.review); the page is painted by the GUI's own report code, in
an off-screen Qt started by the launcher, so no window opens and no display is needed.
"""

from __future__ import annotations

import argparse
import os
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TextIO

from postureapp.cli import local
from postureapp.cli.exercises import _library
from postureapp.cli.exits import Exit
from postureapp.cli.history import _guarded, _open, _range, _UsageError, streak_min_setting
from postureapp.core.exercises import localized
from postureapp.core.i18n import from_environment, translate
from postureapp.core.period import Period, Preset, preset_period
from postureapp.core.review import review
from postureapp.paths import AppPaths

LASTS = tuple(preset.value for preset in Preset if preset is not Preset.CUSTOM)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser(
        "report",
        help=translate("cli", "write a one-page PDF of your breaks and check-ins for a clinician"),
        description=translate(
            "cli",
            "Write a one-page PDF of a range of your breaks and check-ins: breaks per week, "
            "minutes by body area, the exercises done most, the stiffness trend with the days a "
            "warning sign was reported, and your notes. Without a range: the last 3 months.",
        ),
    )
    report.add_argument(
        "--since", metavar="DATE", help=translate("cli", "first local day, YYYY-MM-DD")
    )
    report.add_argument(
        "--until", metavar="DATE", help=translate("cli", "last local day, YYYY-MM-DD (included)")
    )
    report.add_argument(
        "--last",
        choices=LASTS,
        help=translate("cli", "a range ending today (all: from the first logged day)"),
    )
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.pdf",
        required=True,
        help=translate("cli", "the PDF to write"),
    )
    report.set_defaults(handler=run_report)


def report_period(args: argparse.Namespace, today: date, first_logged: date | None) -> Period:
    """The days asked for: --last, or --since/--until (each defaulting sensibly), or 3 months."""
    since, until = _range(args)
    if args.last is not None:
        if since or until:
            raise _UsageError(translate("cli", "--last cannot be combined with --since or --until"))
        return preset_period(Preset(args.last), today, first_logged)
    if since is None and until is None:
        return preset_period(Preset.QUARTER, today, first_logged)
    last = until or today
    first = since or max(first_logged or last, last - timedelta(days=89))
    if first > last:
        said = translate("cli", "--since ({0}) is after the last day ({1})")
        raise _UsageError(said.format(first, last))
    return Period(first, last)


def run_report(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    def body(now: datetime) -> int:
        output: Path = args.output
        if output.suffix.lower() != ".pdf":
            said = translate("cli", "-o: the report is a PDF; name it .pdf, found {0}")
            raise _UsageError(said.format(repr(output.name)))
        if not paths.database_file.exists():
            said = translate("cli", "no breaks logged yet; nothing to report")
            err.write(f"postureapp report: {said}\n")
            return Exit.FAILED
        library = _library(paths)
        with _open(paths, now, err, "report") as log:
            period = report_period(args, now.date(), log.first_day())
            found = review(
                log,
                period,
                streak_min=streak_min_setting(paths.settings_file),
                areas={key: ex.areas for key, ex in library.exercises.items()},
            )
        from postureapp.launcher import write_report_file  # Qt, only for this command

        languages = from_environment(os.environ)
        titles = {key: localized(ex, languages).title for key, ex in library.exercises.items()}
        write_report_file(output, found, titles, today=now.date())
        total = found.total
        said = translate(
            "cli", "wrote {0}: {1} to {2}, {3} breaks completed, {4} check-ins, {5} notes"
        )
        first, last = local.short_date(period.first), local.short_date(period.last)
        out.write(
            said.format(output, first, last, total.completed, len(found.checkins), len(found.notes))
            + "\n"
        )
        return Exit.OK

    return _guarded("report", paths, body, err)
