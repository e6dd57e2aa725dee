"""The local-socket protocol between the CLI and a running instance: one JSON line each way.

Kept pure so that every malformed message a stranger could send is tested without a socket.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase
from postureapp.core.library_words import os_reason

MAX_MESSAGE_BYTES = 4096

#: The windows `postureapp open WINDOW` can bring up in the running instance.
WINDOWS = ("status", "settings", "history", "exercises", "about")

PAUSE_CHOICES = ("30m", "1h", "until-tomorrow", "indefinitely")


@dataclass(frozen=True)
class RemoteCommand:
    """A command the running app carries out, from the socket, the tray or a window.

    `takes` says whether it has an argument: "none", "optional" or "required". The help texts
    are marked for translation in the "cli" context.
    """

    name: str
    takes: str
    help: str
    metavar: str = ""
    choices: tuple[str, ...] = ()
    argument_help: str = ""


#: Every command the running app understands, in the order `postureapp --help` lists them.
REMOTE_COMMANDS: tuple[RemoteCommand, ...] = (
    RemoteCommand("status", "none", QT_TRANSLATE_NOOP("cli", "when the next break is, and whether the app is paused")),
    RemoteCommand(
        "break-now", "optional", QT_TRANSLATE_NOOP("cli", "start a break now"), "ID",
        argument_help=QT_TRANSLATE_NOOP("cli", "do this exercise (see: exercises list)"),
    ),
    RemoteCommand(
        "pause", "required", QT_TRANSLATE_NOOP("cli", "pause breaks: 30m, 1h, until-tomorrow or indefinitely"),
        "DURATION", argument_help=" | ".join(PAUSE_CHOICES),
    ),
    RemoteCommand("resume", "none", QT_TRANSLATE_NOOP("cli", "end a pause")),
    RemoteCommand("skip", "none", QT_TRANSLATE_NOOP("cli", "skip the break on screen (not in strict mode)")),
    RemoteCommand(
        "open", "required", QT_TRANSLATE_NOOP("cli", "bring up a window of the running app"), "WINDOW",
        WINDOWS, " | ".join(WINDOWS),
    ),
    RemoteCommand("show", "none", QT_TRANSLATE_NOOP("cli", "bring up the running app's status window")),
    RemoteCommand("quit", "none", QT_TRANSLATE_NOOP("cli", "stop the running app")),
)  # fmt: skip

#: command -> its argument: "none", "optional" or "required"
COMMANDS: dict[str, str] = {command.name: command.takes for command in REMOTE_COMMANDS}


class ProtocolError(ValueError):
    """A message that is not a valid request; the text is sent back to the client."""


@dataclass(frozen=True)
class Request:
    command: str
    argument: str | None = None


def encode_request(request: Request) -> bytes:
    payload: dict[str, str] = {"command": request.command}
    if request.argument is not None:
        payload["argument"] = request.argument
    return json.dumps(payload).encode("utf-8") + b"\n"


def decode_request(data: bytes) -> Request:
    """Parse one request line; raise ProtocolError saying exactly what is wrong."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise ProtocolError(
            f"message too long ({len(data)} bytes, the limit is {MAX_MESSAGE_BYTES})"
        )
    raw = _json(data)
    if not isinstance(raw, dict):
        raise ProtocolError("expected a JSON object")
    unknown = set(raw) - {"command", "argument"}
    if unknown:
        raise ProtocolError(f"unexpected field(s): {', '.join(sorted(map(str, unknown)))}")
    return checked(raw.get("command"), raw.get("argument"))


def checked(command: object, argument: object = None) -> Request:
    """A request whoever made it (the socket, the tray): refused with ProtocolError if wrong."""
    if not isinstance(command, str) or command not in COMMANDS:
        raise ProtocolError(f"unknown command {command!r}; known: {', '.join(COMMANDS)}")
    takes = COMMANDS[command]
    if argument is None:
        if takes == "required":
            raise ProtocolError(f"{command}: an argument is required")
    elif takes == "none":
        raise ProtocolError(f"{command}: takes no argument")
    elif not isinstance(argument, str) or not 0 < len(argument) <= 200:
        raise ProtocolError(f"{command}: the argument must be a short string")
    if command == "pause" and argument is not None:
        parse_pause(argument)
    choices = next(c.choices for c in REMOTE_COMMANDS if c.name == command)
    if choices and argument not in choices:
        raise ProtocolError(f"{command}: expected one of {', '.join(choices)}, got {argument!r}")
    return Request(command, argument)


_DURATION = re.compile(r"^(\d{1,4})(m|min|h)$")


def parse_pause(text: str) -> tuple[str, int | None]:
    """'30m', '1h', '90m', 'until-tomorrow' or 'indefinitely' -> (kind, minutes)."""
    value = text.strip().lower()
    if value in ("until-tomorrow", "indefinitely"):
        return value, None
    match = _DURATION.match(value)
    if match:
        minutes = int(match.group(1)) * (60 if match.group(2) == "h" else 1)
        if 1 <= minutes <= 24 * 60:
            return "minutes", minutes
    raise ProtocolError(PAUSE_EXPECTED.format(repr(text)))


#: What `parse_pause` says of an argument it cannot read (the "cli" context translates it).
PAUSE_EXPECTED = QT_TRANSLATE_NOOP(
    "cli",
    "pause: expected 30m, 1h, until-tomorrow or indefinitely (or N m / N h up to 24 h), got {0}",
)


#: What the running app answers when carrying out a request went wrong; {0} says why.
COULD_NOT = QT_TRANSLATE_NOOP("cli", "postureapp could not do that ({0})")


def failed_reply(error: BaseException) -> dict[str, object]:
    """The reply to a request that failed: the English in "error" (for `--json` and older
    commands), the same as a phrase in "words", which the command line translates."""
    words = Phrase("cli", COULD_NOT, (_why(error),))
    return {"ok": False, "error": str(words), "words": _data(words)}


def _why(error: BaseException) -> Phrase | str:
    said = getattr(error, "said", None)
    if isinstance(said, Phrase):
        return said
    if isinstance(error, OSError) and error.errno is not None:
        return os_reason(error)
    return str(error) or type(error).__name__


def _data(words: Phrase) -> dict[str, object]:
    args = [_data(arg) if isinstance(arg, Phrase) else str(arg) for arg in words.args]
    return {"context": words.context, "source": words.source, "args": args}


def reply_words(reply: dict[str, object]) -> Phrase | None:
    """The phrase a failed reply carries in "words"; None when it has none, or none we read."""
    return _phrase(reply.get("words"), depth=0)


def _phrase(data: object, depth: int) -> Phrase | None:
    if not isinstance(data, dict) or depth > 4:
        return None
    context, source, args = data.get("context"), data.get("source"), data.get("args")
    if not (isinstance(context, str) and isinstance(source, str) and isinstance(args, list)):
        return None
    values: list[object] = []
    for arg in args:
        value = arg if isinstance(arg, str) else _phrase(arg, depth + 1)
        if value is None:
            return None
        values.append(value)
    return Phrase(context, source, tuple(values))


def encode_reply(payload: dict[str, object]) -> bytes:
    return json.dumps(payload, sort_keys=True).encode("utf-8") + b"\n"


def _json(data: bytes) -> object:
    """One JSON message; ProtocolError for anything else, nesting too deep included."""
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProtocolError(f"not a JSON message: {exc}") from None
    except RecursionError:
        raise ProtocolError("not a JSON message: nested far too deep") from None


def decode_reply(data: bytes) -> dict[str, object]:
    raw = _json(data)
    if not isinstance(raw, dict):
        raise ProtocolError("expected a JSON object in the reply")
    return raw
