"""The `postureapp` command: starts the app, or talks to the running one over its local socket.

Commands that need no screen (status, stats, export, config, exercises) never import the GUI.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from postureapp import __version__
from postureapp.core.protocol import PAUSE_CHOICES, WINDOWS, ProtocolError, Request, parse_pause
from postureapp.paths import AppPaths
from postureapp.platform.ipc_client import NoInstance, send

EXIT_OK, EXIT_NOT_RUNNING, EXIT_USAGE = 0, 1, 2

NOT_RUNNING = "postureapp is not running (start it with: postureapp)"


def has_display(environ: os._Environ[str] | dict[str, str]) -> bool:
    """On Linux and the BSDs a GUI needs X11 or Wayland (or an explicit Qt platform)."""
    if sys.platform.startswith(("win", "darwin")):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _remote(
    paths: AppPaths, request: Request, out: TextIO, err: TextIO
) -> dict[str, object] | None:
    try:
        reply = send(paths.socket_path, request)
    except NoInstance:
        print(NOT_RUNNING, file=err)
        return None
    except OSError as exc:
        print(f"postureapp: could not reach the running instance: {exc}", file=err)
        return None
    if not reply.get("ok", False):
        print(f"postureapp: {reply.get('error', 'the request was refused')}", file=err)
        return None
    return reply


def cmd_status(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        reply = send(paths.socket_path, Request("status"))
    except (NoInstance, OSError):
        if args.json:
            print(json.dumps({"running": False}), file=out)
        print(NOT_RUNNING, file=err)
        return EXIT_NOT_RUNNING
    reply.pop("ok", None)
    if args.json:
        print(json.dumps(reply, sort_keys=True), file=out)
        return EXIT_OK
    if reply.get("in_break"):
        print("On a break now.", file=out)
    elif reply.get("paused_indefinitely"):
        print("Paused until you resume (postureapp resume).", file=out)
    elif reply.get("paused_until"):
        print(f"Paused until {reply['paused_until']}.", file=out)
    if reply.get("next_break_at") and not reply.get("in_break"):
        print(
            f"Next {reply['next_break_kind']} break at {reply['next_break_at']} ({reply['reason']}).",
            file=out,
        )
    if reply.get("breaks_resume_at"):
        print(f"Outside working hours; breaks resume at {reply['breaks_resume_at']}.", file=out)
    if reply.get("waiting_for"):
        why = {
            "away": "you to come back",
            "fullscreen": "a full-screen window to close",
            "dnd": "do-not-disturb to end",
            "call": "your call to end",
        }
        waiting = str(reply["waiting_for"])
        print(f"A break is due and waits for {why.get(waiting, waiting)}.", file=out)
    if reply.get("exercises_paused"):
        print("Exercise breaks are paused for safety; breaks only remind you to move.", file=out)
    print(f"Snoozes in a row: {reply.get('snoozes_in_row', 0)}", file=out)
    backend = reply.get("idle_backend")
    if backend:
        print(f"Idle time: {backend} ({reply.get('idle_seconds')} s idle now).", file=out)
    else:
        print("Idle time cannot be read here, so there are no natural breaks.", file=out)
    return EXIT_OK


def cmd_break_now(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    reply = _remote(paths, Request("break-now", args.exercise), out, err)
    if reply is None:
        return EXIT_NOT_RUNNING
    if not reply.get("started"):
        print(f"postureapp: {reply.get('error', 'no break was started')}", file=err)
        return EXIT_NOT_RUNNING
    print("Break started.", file=out)
    return EXIT_OK


def cmd_pause(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        parse_pause(args.duration)
    except ProtocolError as exc:
        print(f"postureapp: {exc}", file=err)
        return EXIT_USAGE
    reply = _remote(paths, Request("pause", args.duration), out, err)
    if reply is None:
        return EXIT_NOT_RUNNING
    until = reply.get("paused_until")
    print(f"Paused until {until}." if until else "Paused until you resume.", file=out)
    return EXIT_OK


def cmd_open(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if _remote(paths, Request("open", args.window), out, err) is None:
        return EXIT_NOT_RUNNING
    return EXIT_OK


def cmd_skip(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    reply = _remote(paths, Request("skip"), out, err)
    if reply is None:
        return EXIT_NOT_RUNNING
    if not reply.get("skipped"):
        print(f"postureapp: {reply.get('error', 'nothing was skipped')}", file=err)
        return EXIT_NOT_RUNNING
    print("Break skipped.", file=out)
    return EXIT_OK


def _simple(command: str, done: str):  # type: ignore[no-untyped-def]
    def handler(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
        if _remote(paths, Request(command), out, err) is None:
            return EXIT_NOT_RUNNING
        print(done, file=out)
        return EXIT_OK

    return handler


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="postureapp",
        description="A system-tray reminder for short upper-back mobility breaks. "
        "Without a command it starts the app (or shows the one already running).",
    )
    parser.add_argument("--version", action="version", version=f"postureapp {__version__}")
    parser.add_argument(
        "--autostart",
        action="store_true",
        help="started at login: wait longer for the system tray to appear",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    status = sub.add_parser("status", help="when the next break is, and whether the app is paused")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    status.set_defaults(handler=cmd_status)

    now = sub.add_parser("break-now", help="start a break now")
    now.add_argument("--exercise", metavar="ID", help="do this exercise (see: exercises list)")
    now.set_defaults(handler=cmd_break_now)

    pause = sub.add_parser("pause", help="pause breaks: 30m, 1h, until-tomorrow or indefinitely")
    pause.add_argument("duration", metavar="DURATION", help=" | ".join(PAUSE_CHOICES))
    pause.set_defaults(handler=cmd_pause)

    sub.add_parser("resume", help="end a pause").set_defaults(handler=_simple("resume", "Resumed."))
    opener = sub.add_parser("open", help="bring up a window of the running app")
    opener.add_argument("window", choices=WINDOWS)
    opener.set_defaults(handler=cmd_open)

    skip = sub.add_parser("skip", help="skip the break on screen (not in strict mode)")
    skip.set_defaults(handler=cmd_skip)
    sub.add_parser("quit", help="stop the running app").set_defaults(
        handler=_simple("quit", "postureapp is quitting.")
    )

    from postureapp import cli_config, cli_desktop, cli_exercises, cli_history

    cli_exercises.register(sub)
    cli_config.register(sub)
    cli_history.register(sub)
    cli_desktop.register(sub)
    return parser


def start_gui(paths: AppPaths, err: TextIO, *, at_login: bool = False) -> int:
    if not has_display(os.environ):
        print(
            "postureapp: no display found (DISPLAY and WAYLAND_DISPLAY are not set); "
            "start it from a desktop session.",
            file=err,
        )
        return EXIT_USAGE
    try:
        send(paths.socket_path, Request("show"))
    except (NoInstance, OSError):
        pass
    else:
        print("postureapp is already running; its window was brought up.", file=err)
        return EXIT_OK
    from postureapp.launcher import launch

    return launch(paths, at_login=at_login)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    paths = AppPaths.from_environment()
    if not arguments:
        # The common case, at every login: straight to the GUI, without building every parser.
        return start_gui(paths, sys.stderr)
    args = build_parser().parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        return start_gui(paths, sys.stderr, at_login=args.autostart)
    result: int = handler(paths, args, sys.stdout, sys.stderr)
    return result
