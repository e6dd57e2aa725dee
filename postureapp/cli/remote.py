"""The commands carried out by the running app (`core.protocol.REMOTE_COMMANDS`), over its socket.

Each sends one request and says in a line what happened; `status` prints the times in the
user's local time and formats (and ISO 8601 with the UTC offset under `--json`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from postureapp.cli import local
from postureapp.cli.exits import Exit
from postureapp.cli.posture import posture_lines
from postureapp.core.i18n import QT_TRANSLATE_NOOP, translate
from postureapp.core.i18n.phrase import Said, told
from postureapp.core.library_words import os_reason
from postureapp.core.protocol import (
    REMOTE_COMMANDS,
    ProtocolError,
    RemoteCommand,
    Request,
    reply_words,
)
from postureapp.core.terms import BreakKind, label
from postureapp.paths import AppPaths
from postureapp.platform.ipc.client import NoInstance, send

Reply = dict[str, object]


def not_running() -> str:
    return translate("cli", "postureapp is not running (start it with: postureapp)")


def unreachable(error: Exception) -> str:
    """Why the running app's socket did not answer, in the user's language where we know it."""
    if isinstance(error, Said):
        return told(error, translate)
    if isinstance(error, OSError) and error.errno is not None:
        return os_reason(error).text(translate)
    return str(error)


def when(iso: object, now: datetime | None = None) -> str:
    """An ISO time from a reply as the user reads it: '14:30 (in 12 min)', 'Tue 2026-12-01 09:00'
    (in the locale's formats)."""
    if not isinstance(iso, str):
        return "?"
    moment = datetime.fromisoformat(iso).astimezone()
    now = (now or datetime.now()).astimezone()
    minutes = round((moment - now).total_seconds() / 60)
    clock = local.day_and_clock(moment, now.date())
    if 0 <= minutes < 120:
        if minutes:
            return translate("cli", "{0} (in {1} min)").format(clock, minutes)
        return translate("cli", "{0} (now)").format(clock)
    return clock


#: Why the next break comes when it does (`status`'s reason), in words.
REASONS = {
    "interval": QT_TRANSLATE_NOOP("cli", "interval"),
    "long": QT_TRANSLATE_NOOP("cli", "long"),
    "snooze": QT_TRANSLATE_NOOP("cli", "snooze"),
    "after-pause": QT_TRANSLATE_NOOP("cli", "after-pause"),
    "fixed-time": QT_TRANSLATE_NOOP("cli", "fixed-time"),
    "working-hours-start": QT_TRANSLATE_NOOP("cli", "working-hours-start"),
    "posture": QT_TRANSLATE_NOOP("cli", "posture"),
}


def ask(paths: AppPaths, request: Request, err: TextIO) -> Reply | None:
    """Send `request`; None (after saying why on `err`) when it was not carried out."""
    try:
        reply = send(paths.socket_path, request)
    except NoInstance:
        print(not_running(), file=err)
        return None
    except (OSError, ValueError) as error:
        message = translate("cli", "postureapp: could not reach the running instance: {0}")
        print(message.format(unreachable(error)), file=err)
        return None
    if not reply.get("ok", False) or reply.get("error"):
        print(_refused(reply), file=err)
        return None
    return reply


def _refused(reply: Reply) -> str:
    error = reply.get("error") or translate("cli", "the request was refused")
    words = reply_words(reply)
    if words is not None:
        with contextlib.suppress(IndexError, KeyError, ValueError, AttributeError):
            error = words.text(translate)  # unless the words cannot be filled in
    return f"postureapp: {error}"


def _status_lines(reply: Reply) -> list[str]:
    lines = []
    if reply.get("in_break"):
        lines.append(translate("cli", "On a break now."))
    elif reply.get("paused_indefinitely"):
        lines.append(translate("cli", "Paused until you resume (postureapp resume)."))
    elif reply.get("paused_until"):
        lines.append(translate("cli", "Paused until {0}.").format(when(reply["paused_until"])))
    if reply.get("next_break_at") and not reply.get("in_break"):
        kind, reason = str(reply.get("next_break_kind")), str(reply.get("reason"))
        kinds = {BreakKind.SHORT.value: BreakKind.SHORT, BreakKind.LONG.value: BreakKind.LONG}
        kind_words = translate("terms", label(kinds[kind])) if kind in kinds else kind
        reason_words = translate("cli", REASONS[reason]) if reason in REASONS else reason
        lines.append(
            translate("cli", "Next {0} at {1} ({2}).").format(
                kind_words, when(reply["next_break_at"]), reason_words
            )
        )
        lines += _event_lines(reply.get("event"))
        lines += posture_lines(reply)
    if reply.get("breaks_resume_at"):
        lines.append(
            translate("cli", "Outside working hours; breaks resume at {0}.").format(
                when(reply["breaks_resume_at"])
            )
        )
    if reply.get("waiting_for"):
        why = {
            "away": QT_TRANSLATE_NOOP("cli", "A break is due and waits for you to come back."),
            "fullscreen": QT_TRANSLATE_NOOP(
                "cli", "A break is due and waits for a full-screen window to close."
            ),
            "dnd": QT_TRANSLATE_NOOP("cli", "A break is due and waits for do-not-disturb to end."),
            "call": QT_TRANSLATE_NOOP("cli", "A break is due and waits for your call to end."),
            "event": QT_TRANSLATE_NOOP(
                "cli", "A break is due and waits for an event in your calendar to end."
            ),
        }
        waiting = str(reply["waiting_for"])
        if waiting in why:
            lines.append(translate("cli", why[waiting]))
        else:
            lines.append(translate("cli", "A break is due and waits ({0}).").format(waiting))
    if reply.get("exercises_paused"):
        lines.append(
            translate(
                "cli",
                "Exercise breaks are paused for safety; breaks only remind you to move "
                "(resume them from About & safety: postureapp open about).",
            )
        )
    shortfalls = reply.get("exercise_shortfalls")
    if isinstance(shortfalls, list):
        lines.extend(str(text) for text in shortfalls)
    calendars = reply.get("calendars")
    if isinstance(calendars, dict) and isinstance(calendars.get("problems"), dict):
        for name, problem in calendars["problems"].items():
            text = translate("cli", "Calendar {0} could not be read: {1}")
            lines.append(text.format(name, problem))
    lines.append(translate("cli", "Snoozes in a row: {0}").format(reply.get("snoozes_in_row", 0)))
    backend = reply.get("idle_backend")
    if backend:
        idle = reply.get("idle_seconds")
        seconds = "?"
        if isinstance(idle, int | float):
            seconds = local.number(idle, 1 if isinstance(idle, float) else 0)
        lines.append(translate("cli", "Idle time: {0} ({1} s idle now).").format(backend, seconds))
    else:
        lines.append(
            translate("cli", "Idle time cannot be read here, so there are no natural breaks.")
        )
    return lines


def _event_lines(event: object) -> list[str]:
    """The calendar event the next break was placed beside, or waits for."""
    if not isinstance(event, dict):
        return []
    start, end = (datetime.fromisoformat(str(event[k])).astimezone() for k in ("start", "end"))
    span = f"{local.clock(start)}–{local.clock(end)}"
    if event.get("title"):
        what = translate("cli", "“{0}” ({1})").format(event["title"], span)
    else:
        what = translate("cli", "an event ({0})").format(span)
    if event.get("side") == "before":
        return [translate("cli", "It comes early, before {0}.").format(what)]
    if event.get("side") == "after":
        return [translate("cli", "It waits for {0} to end.").format(what)]
    return [translate("cli", "Held during {0}.").format(what)]


def _resumed(reply: Reply) -> str:
    if reply.get("resumed"):
        said = translate("cli", "Resumed.")
    else:
        said = translate("cli", "Breaks were not paused.")
    if reply.get("exercises_paused"):
        said += "\n" + translate(
            "cli",
            "Exercise breaks stay paused for your safety: About & safety is open, where you "
            "can confirm it is safe to resume them.",
        )
    return said


def _paused(reply: Reply) -> str:
    until = reply.get("paused_until")
    if until:
        return translate("cli", "Paused until {0}.").format(when(until))
    return translate("cli", "Paused until you resume.")


def _started(reply: Reply) -> str:
    if reply.get("note"):
        return translate("cli", "Break started. (Note: {0}.)").format(reply["note"])
    return translate("cli", "Break started.")


#: What each command prints when it was carried out.
SAY: dict[str, Callable[[Reply], str]] = {
    "break-now": _started,
    "pause": _paused,
    "resume": _resumed,
    "skip": lambda reply: translate("cli", "Break skipped."),
    "open": lambda reply: "",
    "show": lambda reply: "",
    "quit": lambda reply: translate("cli", "postureapp is quitting."),
}


def status(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        reply = send(paths.socket_path, Request("status"))
    except NoInstance:
        if args.json:
            print(json.dumps({"running": False}), file=out)
        print(not_running(), file=err)
        return Exit.FAILED
    except (OSError, ValueError) as error:  # e.g. a socket folder that is not the user's own
        if args.json:
            print(json.dumps({"running": None, "error": str(error)}), file=out)
        message = translate("cli", "postureapp: could not reach the running instance: {0}")
        print(message.format(unreachable(error)), file=err)
        return Exit.FAILED
    if not reply.pop("ok", False):
        if args.json:
            print(json.dumps({"running": True, "error": reply.get("error")}), file=out)
        print(_refused(reply), file=err)
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
            from postureapp.core.protocol import PAUSE_EXPECTED, parse_pause

            try:
                parse_pause(argument or "")
            except ProtocolError:
                said = translate("cli", PAUSE_EXPECTED).format(repr(argument or ""))
                print(f"postureapp: {said}", file=err)
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
        words = translate("cli", command.help)
        parser = sub.add_parser(command.name, help=words, description=words)
        if command.name == "status":
            parser.add_argument(
                "--json", action="store_true", help=translate("cli", "print one JSON object")
            )
            parser.set_defaults(handler=status)
            continue
        if command.name == "break-now":
            parser.add_argument(
                "--exercise",
                dest="argument",
                metavar=command.metavar,
                help=translate("cli", command.argument_help),
            )
        elif command.takes != "none":
            parser.add_argument(
                "argument",
                metavar=command.metavar,
                choices=command.choices or None,
                nargs="?" if command.takes == "optional" else None,
                help=translate("cli", command.argument_help) if command.argument_help else None,
            )
        parser.set_defaults(handler=_handler(command))
