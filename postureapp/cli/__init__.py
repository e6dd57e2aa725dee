"""The `postureapp` command: starts the app, or runs one of its subcommands.

    remote      commands the running app carries out (status, break-now, pause, ...)
    config      the settings file
    history     stats, export and import of the break log
    report      the one-page PDF for a clinician (painted by the GUI code, off screen)
    exercises   list and validate exercise packs
    calendar    the calendars whose events hold breaks
    desktop     the application-menu entry and start at login
    exits       the exit codes, one table for every command
    local       the user's language and formats (words from the app's catalogues, no Qt)

Commands that need no screen never import the GUI toolkit.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from postureapp import __version__
from postureapp.cli import local
from postureapp.cli.exits import Exit
from postureapp.core.i18n import translate
from postureapp.core.i18n.phrase import told
from postureapp.core.protocol import Request
from postureapp.paths import AppPaths, PathsError
from postureapp.platform.ipc.client import CannotListen, NoInstance, send


def has_display(environ: os._Environ[str] | dict[str, str]) -> bool:
    """On Linux and the BSDs a GUI needs X11 or Wayland (or an explicit Qt platform)."""
    if sys.platform.startswith(("win", "darwin")):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def build_parser() -> argparse.ArgumentParser:
    local.ensure()
    parser = argparse.ArgumentParser(
        prog="postureapp",
        description=translate(
            "cli",
            "A system-tray reminder for short upper-back mobility breaks. "
            "Without a command it starts the app (or shows the one already running).",
        ),
        epilog=translate(
            "cli",
            "Exit codes: 0 done; 1 not done (not running, refused, or problems found); "
            "2 cannot run as given (wrong arguments, a missing file, no display).",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"postureapp {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    parser.add_argument(
        "--autostart",
        action="store_true",
        help=translate("cli", "started at login: wait longer for the system tray to appear"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from postureapp.cli import calendar, config, desktop, exercises, history, remote, report

    remote.register(sub)
    exercises.register(sub)
    config.register(sub)
    calendar.register(sub)
    history.register(sub)
    report.register(sub)
    desktop.register(sub)
    return parser


def start_gui(paths: AppPaths, err: TextIO, *, at_login: bool = False) -> int:
    if not has_display(os.environ):
        local.ensure()
        print(
            translate(
                "cli",
                "postureapp: no display found (DISPLAY and WAYLAND_DISPLAY are not set); "
                "start it from a desktop session.",
            ),
            file=err,
        )
        return Exit.USAGE
    try:
        send(paths.socket_path, Request("show"))
    except (NoInstance, OSError, ValueError):
        pass
    else:
        local.ensure()
        print(
            translate("cli", "postureapp is already running; its window was brought up."),
            file=err,
        )
        return Exit.OK
    from postureapp.launcher import launch

    return launch(paths, at_login=at_login)


def _run(arguments: list[str]) -> int:
    try:
        return _run_with_paths(arguments)
    except PathsError as error:  # a folder in the way: one sentence naming it and the fix
        local.ensure()
        print(f"postureapp: {told(error, translate)}", file=sys.stderr)
        return Exit.USAGE
    except CannotListen as error:  # its socket cannot be taken: which, and why
        local.ensure()
        print(f"postureapp: {told(error, translate)}", file=sys.stderr)
        return Exit.FAILED


def _run_with_paths(arguments: list[str]) -> int:
    paths = AppPaths.from_environment()
    if not arguments:
        # The common case, at every login: straight to the GUI, without building every parser.
        return start_gui(paths, sys.stderr)
    args = build_parser().parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        return start_gui(paths, sys.stderr, at_login=args.autostart)
    result: int = handler(paths, args, sys.stdout, sys.stderr)
    return int(result)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        code = _run(arguments)
        sys.stdout.flush()
    except BrokenPipeError:
        # `postureapp status | head -1`: the reader left; say nothing more, and let Python's
        # final flush of stdout go nowhere rather than print a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return Exit.FAILED
    return code
