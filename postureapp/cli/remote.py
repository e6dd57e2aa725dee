"""The commands carried out by the running app (`core.protocol.REMOTE_COMMANDS`), over its socket.

Each sends one request and says in a line what happened; `status` prints the times in the
user's local time (and ISO 8601 with the UTC offset under `--json`).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from postureapp.cli.exits import Exit
from postureapp.core.protocol import REMOTE_COMMANDS, ProtocolError, RemoteCommand, Request
from postureapp.paths import AppPaths
from postureapp.platform.ipc.client import NoInstance, send

NOT_RUNNING = "postureapp is not running (start it with: postureapp)"

Reply = dict[str, object]


def when(iso: object, now: datetime | None = None) -> str:
    """An ISO time from a reply as the user reads it: '14:30 (in 12 min)', 'Tue 09:00'."""
    if not isinstance(iso, str):
        return "?"
    moment = datetime.fromisoformat(iso).astimezone()
    now = (now or datetime.now()).astimezone()
    minutes = round((moment - now).total_seconds() / 60)
    clock = f"{moment:%H:%M}" if moment.date() == now.date() else f"{moment:%a %d %b %H:%M}"
    if 0 <= minutes < 120:
        return f"{clock} (in {minutes} min)" if minutes else f"{clock} (now)"
    return clock


def ask(paths: AppPaths, request: Request, err: TextIO) -> Reply | None:
    """Send `request`; None (after saying why on `err`) when it was not carried out."""
    try:
        reply = send(paths.socket_path, request)
    except NoInstance:
        print(NOT_RUNNING, file=err)
        return None
    except (OSError, ValueError) as error:
        print(f"postureapp: could not reach the running instance: {error}", file=err)
        return None
    if not reply.get("ok", False) or reply.get("error"):
        print(f"postureapp: {reply.get('error', 'the request was refused')}", file=err)
        return None
    return reply


def _status_lines(reply: Reply) -> list[str]:
    lines = []
    if reply.get("in_break"):
        lines.append("On a break now.")
    elif reply.get("paused_indefinitely"):
        lines.append("Paused until you resume (postureapp resume).")
    elif reply.get("paused_until"):
        lines.append(f"Paused until {when(reply['paused_until'])}.")
    if reply.get("next_break_at") and not reply.get("in_break"):
        kind, reason = reply.get("next_break_kind"), reply.get("reason")
        lines.append(f"Next {kind} break at {when(reply['next_break_at'])} ({reason}).")
        lines += _event_lines(reply.get("event"))
    if reply.get("breaks_resume_at"):
        lines.append(f"Outside working hours; breaks resume at {when(reply['breaks_resume_at'])}.")
    if reply.get("waiting_for"):
        why = {
            "away": "you to come back",
            "fullscreen": "a full-screen window to close",
            "dnd": "do-not-disturb to end",
            "call": "your call to end",
            "event": "an event in your calendar to end",
        }
        waiting = str(reply["waiting_for"])
        lines.append(f"A break is due and waits for {why.get(waiting, waiting)}.")
    if reply.get("exercises_paused"):
        lines.append(
            "Exercise breaks are paused for safety; breaks only remind you to move "
            "(resume them from About & safety: postureapp open about)."
        )
    shortfalls = reply.get("exercise_shortfalls")
    if isinstance(shortfalls, list):
        lines.extend(str(text) for text in shortfalls)
    calendars = reply.get("calendars")
    if isinstance(calendars, dict) and isinstance(calendars.get("problems"), dict):
        for name, problem in calendars["problems"].items():
            lines.append(f"Calendar {name} could not be read: {problem}")
    lines.append(f"Snoozes in a row: {reply.get('snoozes_in_row', 0)}")
    backend = reply.get("idle_backend")
    if backend:
        lines.append(f"Idle time: {backend} ({reply.get('idle_seconds')} s idle now).")
    else:
        lines.append("Idle time cannot be read here, so there are no natural breaks.")
    return lines


def _event_lines(event: object) -> list[str]:
    """The calendar event the next break was placed beside, or waits for."""
    if not isinstance(event, dict):
        return []
    start, end = (datetime.fromisoformat(str(event[k])).astimezone() for k in ("start", "end"))
    span = f"{start:%H:%M}–{end:%H:%M}"
    what = f"“{event['title']}” ({span})" if event.get("title") else f"an event ({span})"
    if event.get("side") == "before":
        return [f"It comes early, before {what}."]
    if event.get("side") == "after":
        return [f"It waits for {what} to end."]
    return [f"Held during {what}."]


def _resumed(reply: Reply) -> str:
    said = "Resumed." if reply.get("resumed") else "Breaks were not paused."
    if reply.get("exercises_paused"):
        said += (
            "\nExercise breaks stay paused for your safety: About & safety is open, where you "
            "can confirm it is safe to resume them."
        )
    return said


def _paused(reply: Reply) -> str:
    until = reply.get("paused_until")
    return f"Paused until {when(until)}." if until else "Paused until you resume."


#: What each command prints when it was carried out.
SAY: dict[str, Callable[[Reply], str]] = {
    "break-now": lambda reply: (
        "Break started." + (f" (Note: {reply['note']}.)" if reply.get("note") else "")
    ),
    "pause": _paused,
    "resume": _resumed,
    "skip": lambda reply: "Break skipped.",
    "open": lambda reply: "",
    "show": lambda reply: "",
    "quit": lambda reply: "postureapp is quitting.",
}


def status(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        reply = send(paths.socket_path, Request("status"))
    except NoInstance:
        if args.json:
            print(json.dumps({"running": False}), file=out)
        print(NOT_RUNNING, file=err)
        return Exit.FAILED
    except (OSError, ValueError) as error:  # e.g. a socket folder that is not the user's own
        if args.json:
            print(json.dumps({"running": None, "error": str(error)}), file=out)
        print(f"postureapp: could not reach the running instance: {error}", file=err)
        return Exit.FAILED
    if not reply.pop("ok", False):
        if args.json:
            print(json.dumps({"running": True, "error": reply.get("error")}), file=out)
        print(f"postureapp: {reply.get('error', 'the request was refused')}", file=err)
        return Exit.FAILED
    if args.json:
        print(json.dumps(reply, sort_keys=True), file=out)
    else:
        out.writelines(line + "\n" for line in _status_lines(reply))
    return Exit.OK


def _handler(command: RemoteCommand) -> Callable[..., int]:
    def handle(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
        argument = getattr(args, "argument", None)
        if command.name == "pause":
            from postureapp.core.protocol import parse_pause

            try:
                parse_pause(argument or "")
            except ProtocolError as error:
                print(f"postureapp: {error}", file=err)
                return Exit.USAGE
        reply = ask(paths, Request(command.name, argument), err)
        if reply is None:
            return Exit.FAILED
        said = SAY[command.name](reply)
        if said:
            print(said, file=out)
        return Exit.OK

    return handle


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """One subcommand per remote command, as the protocol's table declares them."""
    for command in REMOTE_COMMANDS:
        parser = sub.add_parser(command.name, help=command.help, description=command.help)
        if command.name == "status":
            parser.add_argument("--json", action="store_true", help="print one JSON object")
            parser.set_defaults(handler=status)
            continue
        if command.name == "break-now":
            parser.add_argument(
                "--exercise", dest="argument", metavar=command.metavar, help=command.argument_help
            )
        elif command.takes != "none":
            parser.add_argument(
                "argument",
                metavar=command.metavar,
                choices=command.choices or None,
                nargs="?" if command.takes == "optional" else None,
                help=command.argument_help or None,
            )
        parser.set_defaults(handler=_handler(command))
