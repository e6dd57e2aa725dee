"""`postureapp exercises list|validate|export|import`: see what a break may offer, check a pack
before use, and share exercises as one file.

`import` writes into the custom exercise folder the app reads (the one in the settings, or the
usual one); a running app sees the new files at its next break.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from postureapp.cli import local
from postureapp.cli.exits import Exit
from postureapp.core.exercises import (
    BUILTIN,
    CUSTOM,
    Exercise,
    Library,
    exercise_files,
    load_library,
    localized,
    validate_path,
)
from postureapp.core.exercises.packs import (
    SUFFIX,
    Choice,
    describe,
    export_pack,
    import_pack,
    open_pack,
)
from postureapp.core.i18n import QT_TRANSLATE_NOOP, from_environment, translate
from postureapp.core.library_words import os_reason
from postureapp.core.settings import peek
from postureapp.core.terms import label
from postureapp.paths import AppPaths, assets_dir


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `exercises` command and its subcommands to the main parser."""
    parser = sub.add_parser("exercises", help=translate("cli", "list or validate exercise packs"))
    commands = parser.add_subparsers(dest="exercises_command", metavar="COMMAND", required=True)

    listing = commands.add_parser(
        "list", help=translate("cli", "show every exercise the app will offer")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("cli", "print one JSON document")
    )
    listing.set_defaults(handler=list_exercises)

    validate = commands.add_parser(
        "validate", help=translate("cli", "check an exercise file or a pack folder")
    )
    validate.add_argument(
        "path", type=Path, metavar="PATH", help=translate("cli", "a .toml file or a folder")
    )
    validate.set_defaults(handler=validate_exercises)

    export = commands.add_parser(
        "export",
        help=translate("cli", "save exercises, with their pictures, as one pack file to share"),
    )
    export.add_argument(
        "ids", nargs="+", metavar="ID", help=translate("cli", "the exercises (see `list`)")
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("cli", "e.g. {0}").format(f"mine{SUFFIX}"),
    )
    export.set_defaults(handler=export_exercises)

    take = commands.add_parser(
        "import",
        help=translate("cli", "add the exercises of a pack file to your own"),
        description=translate(
            "cli",
            "Add a pack's exercises to your custom folder. One whose id you already have is "
            "added beside yours under a new id, unless you say otherwise.",
        ),
    )
    take.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "a pack file"))
    taken = take.add_mutually_exclusive_group()
    taken.add_argument(
        "--replace",
        action="store_true",
        help=translate("cli", "replace your exercises that have the same id"),
    )
    taken.add_argument(
        "--skip-existing",
        action="store_true",
        help=translate("cli", "leave out exercises whose id you have"),
    )
    take.set_defaults(handler=import_exercises)


#: Where an exercise came from, in words.
ORIGINS = {
    BUILTIN: QT_TRANSLATE_NOOP("cli", "built-in"),
    CUSTOM: QT_TRANSLATE_NOOP("cli", "custom"),
}


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
    widths = [max(local.width(row[col]) for row in rows) for col in range(len(rows[0]))]
    return [
        "  ".join(local.pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def custom_folder(paths: AppPaths) -> Path:
    """The custom folder the app reads: the settings' `exercises.custom_folder`, or the usual one."""
    folder = peek(paths.settings_file).custom_folder  # as the app reads it, repairing nothing
    return Path(folder).expanduser() if folder else paths.custom_exercises_dir


def _library(paths: AppPaths) -> Library:
    assets = assets_dir()
    return load_library(assets / "exercises", assets / "illustrations", custom_folder(paths))


def list_exercises(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print what the app would load right now; exit 1 when some file could not be loaded."""
    library = _library(paths)
    exercises = sorted(library.exercises.values(), key=lambda ex: ex.id)
    shown = {ex.id: localized(ex, from_environment(os.environ)) for ex in exercises}
    if args.json:
        document = {
            "exercises": [_as_dict(ex) for ex in exercises],
            "notes": library.notes,
            "problems": [problem.as_dict() for problem in library.problems],
        }
        out.write(json.dumps(document, indent=2) + "\n")
    elif exercises:
        header = (
            translate("cli", "ID"),
            translate("cli", "TITLE"),
            translate("cli", "POSITION"),
            translate("cli", "SUITS"),
            translate("cli", "TIME"),
            translate("cli", "ORIGIN"),
            translate("cli", "FILE"),
        )
        rows = [
            (
                ex.id,
                shown[ex.id].title,
                translate("terms", label(ex.position)),
                ", ".join(translate("terms", label(kind)) for kind in ex.suits),
                _minutes(ex.duration_seconds),
                translate("cli", ORIGINS.get(ex.origin, ex.origin)),
                str(ex.path),
            )
            for ex in exercises
        ]
        out.writelines(line + "\n" for line in _table([header, *rows]))
    else:
        out.write(translate("cli", "No exercises found.") + "\n")
    if not args.json:
        note = translate("cli", "note: {0}")
        out.writelines(note.format(text) + "\n" for text in library.notes)
    problem = translate("cli", "problem: {0}")
    err.writelines(problem.format(error.text(translate)) + "\n" for error in library.problems)
    return Exit.FAILED if library.problems else 0


def validate_exercises(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit 0 when every file is valid, 1 on any problem, 2 when PATH does not exist."""
    target: Path = args.path
    if not target.exists():
        err.write(translate("cli", "{0}: no such file or folder").format(target) + "\n")
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
        err.writelines(error.text(translate) + "\n" for error in errors)
        files = {error.path for error in errors}
        said = translate("cli", "{0} problem(s) in {1} file(s)")
        err.write(said.format(len(errors), len(files)) + "\n")
        return Exit.FAILED
    count = len(exercise_files(target)) if target.is_dir() else 1
    if count == 1:
        out.write(translate("cli", "OK: {0} exercise").format(count) + "\n")
    else:
        out.write(translate("cli", "OK: {0} exercises").format(count) + "\n")
    return Exit.OK


def export_exercises(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit 0 with the pack written, 2 when an id is unknown or the file cannot be written."""
    library = _library(paths)
    unknown = [exercise_id for exercise_id in args.ids if exercise_id not in library.exercises]
    if unknown:
        said = translate("cli", "no exercise with the id {0} (see `postureapp exercises list`)")
        err.write(said.format(", ".join(unknown)) + "\n")
        return Exit.USAGE
    chosen = [library.exercises[exercise_id] for exercise_id in dict.fromkeys(args.ids)]
    try:
        path = export_pack(chosen, args.output)
    except OSError as error:
        said = translate("cli", "{0}: cannot write the pack ({1})")
        err.write(said.format(args.output, os_reason(error).text(translate)) + "\n")
        return Exit.USAGE
    count = len(chosen)
    if count == 1:
        out.write(translate("cli", "Saved 1 exercise to {0}").format(path) + "\n")
    else:
        out.write(translate("cli", "Saved {0} exercises to {1}").format(count, path) + "\n")
    return Exit.OK


def import_exercises(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit 0 when the pack was imported, 1 when it has problems (nothing is written then), 2
    when the file does not exist."""
    source: Path = args.file
    if not source.is_file():
        err.write(translate("cli", "{0}: no such file").format(source) + "\n")
        return Exit.USAGE
    folder = custom_folder(paths)
    default = (
        Choice.REPLACE if args.replace else Choice.SKIP if args.skip_existing else Choice.KEEP_BOTH
    )
    with open_pack(source) as pack:
        if not pack.ok:
            err.writelines(problem.text(translate) + "\n" for problem in pack.problems)
            said = translate("cli", "{0}: not imported; nothing was written")
            err.write(said.format(source) + "\n")
            return Exit.FAILED
        try:
            results = import_pack(pack, folder, _library(paths).exercises, default=default)
        except OSError as error:
            said = translate("cli", "{0}: cannot write there ({1})")
            err.write(said.format(folder, os_reason(error).text(translate)) + "\n")
            return Exit.FAILED
    out.writelines(f"{line}\n" for line in describe(results, translate))
    out.write(translate("cli", "Your exercises are in {0}").format(folder) + "\n")
    return Exit.OK
