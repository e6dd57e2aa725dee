"""`postureapp exercises list|validate`: see what a break may offer; check a pack before use."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from postureapp.cli.exits import Exit
from postureapp.core.exercises import (
    Exercise,
    exercise_files,
    load_library,
    validate_path,
)
from postureapp.core.settings import peek
from postureapp.paths import AppPaths, assets_dir


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `exercises` command and its subcommands to the main parser."""
    parser = sub.add_parser("exercises", help="list or validate exercise packs")
    commands = parser.add_subparsers(dest="exercises_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="show every exercise the app will offer")
    listing.add_argument("--json", action="store_true", help="print one JSON document")
    listing.set_defaults(handler=list_exercises)

    validate = commands.add_parser("validate", help="check an exercise file or a pack folder")
    validate.add_argument("path", type=Path, metavar="PATH", help="a .toml file or a folder")
    validate.set_defaults(handler=validate_exercises)


def _minutes(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _as_dict(exercise: Exercise) -> dict[str, object]:
    return {
        "id": exercise.id,
        "title": exercise.title,
        "position": exercise.position,
        "suits": list(exercise.suits),
        "duration_seconds": exercise.duration_seconds,
        "origin": exercise.origin,
        "file": str(exercise.path),
    }


def _table(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(row[col]) for row in rows) for col in range(len(rows[0]))]
    return [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def list_exercises(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print what the app would load right now; exit 1 when some file could not be loaded."""
    assets = assets_dir()
    folder = peek(paths.settings_file).custom_folder  # exercises.custom_folder, as the app reads it
    custom = Path(folder).expanduser() if folder else paths.custom_exercises_dir
    library = load_library(assets / "exercises", assets / "illustrations", custom)
    exercises = sorted(library.exercises.values(), key=lambda ex: ex.id)
    if args.json:
        document = {
            "exercises": [_as_dict(ex) for ex in exercises],
            "notes": library.notes,
            "problems": [problem.as_dict() for problem in library.problems],
        }
        out.write(json.dumps(document, indent=2) + "\n")
    elif exercises:
        header = ("ID", "TITLE", "POSITION", "SUITS", "TIME", "ORIGIN", "FILE")
        rows = [
            (
                ex.id,
                ex.title,
                ex.position,
                ",".join(ex.suits),
                _minutes(ex.duration_seconds),
                ex.origin,
                str(ex.path),
            )
            for ex in exercises
        ]
        out.writelines(line + "\n" for line in _table([header, *rows]))
    else:
        out.write("No exercises found.\n")
    if not args.json:
        out.writelines(f"note: {note}\n" for note in library.notes)
    err.writelines(f"problem: {error}\n" for error in library.problems)
    return Exit.FAILED if library.problems else 0


def validate_exercises(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit 0 when every file is valid, 1 on any problem, 2 when PATH does not exist."""
    target: Path = args.path
    if not target.exists():
        err.write(f"{target}: no such file or folder\n")
        return Exit.USAGE
    # The built-in pack keeps its pictures in a sibling folder rather than beside the files.
    builtin = assets_dir()
    folder = target if target.is_dir() else target.parent
    dirs = (
        (builtin / "illustrations",)
        if folder.resolve() == (builtin / "exercises").resolve()
        else None
    )
    errors = validate_path(target, illustration_dirs=dirs)
    if errors:
        err.writelines(f"{error}\n" for error in errors)
        files = {error.path for error in errors}
        err.write(f"{len(errors)} problem(s) in {len(files)} file(s)\n")
        return Exit.FAILED
    count = len(exercise_files(target)) if target.is_dir() else 1
    out.write(f"OK: {count} exercise{'' if count == 1 else 's'}\n")
    return Exit.OK
