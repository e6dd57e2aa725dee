"""`postureapp calendar add|list|remove|test`: the calendars whose events hold breaks.

They live in the settings (`schedule.calendars`, which the running app watches); a CalDAV
password goes to the desktop keyring, never into the file. `test` reads each calendar now, as
the app would, and says what it found.
"""

from __future__ import annotations

import argparse
import getpass
import importlib.util
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from postureapp.cli import local
from postureapp.cli.config import _load, _write
from postureapp.cli.exits import Exit
from postureapp.core.calendar.reader import NOT_INSTALLED, copy_path, read_one
from postureapp.core.calendar.source import (
    CALDAV,
    FILE,
    URL,
    CalendarSource,
    SourceRefused,
    checked,
    unique,
)
from postureapp.core.calendar.words import told
from postureapp.core.i18n import translate
from postureapp.paths import AppPaths


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    calendar = sub.add_parser(
        "calendar",
        help=translate("cli", "calendars whose events hold breaks"),
        description=translate(
            "cli",
            "Calendars whose events hold breaks: no break during a busy event, none just "
            "before one. Files and folders of .ics files, iCalendar web addresses, CalDAV "
            "accounts.",
        ),
    )
    calendar.set_defaults(handler=show_list)
    commands = calendar.add_subparsers(title="commands", metavar="COMMAND")
    add = commands.add_parser(
        "add",
        help=translate("cli", "add a calendar"),
        description=translate("cli", "Add a calendar."),
    )
    add.add_argument("name", metavar="NAME", help=translate("cli", "a short name, e.g. work"))
    add.add_argument(
        "location",
        metavar="WHERE",
        help=translate("cli", "a .ics file or folder, an http(s) or webcal address"),
    )
    add.add_argument(
        "--caldav",
        action="store_true",
        help=translate("cli", "the address is a CalDAV account or calendar"),
    )
    add.add_argument(
        "--user", default="", help=translate("cli", "the CalDAV user name (asks for the password)")
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli", "read the CalDAV password from standard input"),
    )
    add.set_defaults(handler=add_calendar)
    commands.add_parser("list", help=translate("cli", "list the calendars")).set_defaults(
        handler=show_list
    )
    remove = commands.add_parser(
        "remove", help=translate("cli", "remove a calendar (and its stored password)")
    )
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=remove_calendar)
    test = commands.add_parser(
        "test", help=translate("cli", "read the calendars now and say what they hold")
    )
    test.add_argument(
        "name", metavar="NAME", nargs="?", help=translate("cli", "only this calendar")
    )
    test.set_defaults(handler=test_calendars)


def described(source: CalendarSource) -> str:
    """'work: file /home/me/work.ics', in the user's language."""
    if source.kind == FILE:
        text = translate("cli", "{0}: file {1}")
    elif source.kind == URL:
        text = translate("cli", "{0}: web address {1}")
    elif source.user:
        text = translate("cli", "{0}: CalDAV {1} as {2}")
    else:
        text = translate("cli", "{0}: CalDAV {1}")
    return text.format(source.name, source.location, source.user)


def _source(args: argparse.Namespace) -> CalendarSource:
    location: str = args.location
    web = location.lower().startswith(("http://", "https://", "webcal://"))
    kind = CALDAV if args.caldav else URL if web else FILE
    if kind == FILE:
        location = str(Path(location).expanduser().resolve())
    return checked(args.name, kind, location, args.user)


def _password(args: argparse.Namespace, err: TextIO) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if sys.stdin.isatty():
        prompt = translate("cli", "Password for {0} (kept in your keyring): ")
        return getpass.getpass(prompt.format(args.user))
    said = translate("cli", "give the password with --password-stdin")
    print(f"postureapp calendar: {said}", file=err)
    return None


def add_calendar(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        source = _source(args)
    except SourceRefused as error:
        print(f"postureapp calendar: {told(error, translate)}", file=err)
        return Exit.USAGE
    result = _load(paths, err)
    try:
        sources = unique([*result.settings.calendars, source])
    except SourceRefused as error:
        said = translate("cli", "{0} (remove it first, or pick another name)").format(
            told(error, translate)
        )
        print(f"postureapp calendar: {said}", file=err)
        return Exit.FAILED
    if source.needs_password:
        from postureapp.platform.calendars import FetchFailed
        from postureapp.platform.calendars.secrets import store_password

        password = _password(args, err)
        if password is None:
            return Exit.USAGE
        try:
            store_password(source, password)
        except FetchFailed as error:
            print(f"postureapp calendar: {told(error, translate)}", file=err)
            return Exit.FAILED
    code = _write(paths, result, result.settings.replace(calendars=sources), out, err)
    if code == Exit.OK:
        said = translate("cli", "Added {0}. Check it with: postureapp calendar test {1}")
        print(said.format(described(source), source.name), file=out)
        if importlib.util.find_spec("icalendar") is None:
            print(
                translate("cli", "Note: {0}.").format(translate("calendars", NOT_INSTALLED)),
                file=out,
            )
        if source.kind == FILE and not Path(source.location).exists():
            said = translate(
                "cli", "Note: {0} does not exist (yet); it holds nothing until it does."
            )
            print(said.format(source.location), file=out)
    return code


def show_list(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    sources = _load(paths, err).settings.calendars
    if not sources:
        print(
            translate(
                "cli", "No calendars. Add one with: postureapp calendar add NAME FILE-OR-ADDRESS"
            ),
            file=out,
        )
    for source in sources:
        copy = copy_path(paths.state_dir / "calendars", source)
        kept = ""
        if copy.exists():
            read = datetime.fromtimestamp(copy.stat().st_mtime)
            stamp = f"{local.short_date(read)} {local.clock(read)}"
            kept = " " + translate("cli", "(last read {0})").format(stamp)
        print(f"{described(source)}{kept}", file=out)
    return Exit.OK


def remove_calendar(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    result = _load(paths, err)
    sources = result.settings.calendars
    gone = [s for s in sources if s.name.lower() == args.name.lower()]
    if not gone:
        names = ", ".join(s.name for s in sources) or translate("cli", "none")
        said = translate("cli", "no calendar is named {0} (there are: {1})")
        print(f"postureapp calendar: {said.format(args.name, names)}", file=err)
        return Exit.FAILED
    kept = tuple(s for s in sources if s not in gone)
    code = _write(paths, result, result.settings.replace(calendars=kept), out, err)
    if code != Exit.OK:
        return code
    for source in gone:
        if source.needs_password:
            from postureapp.platform.calendars.secrets import forget_password

            forget_password(source)
        copy_path(paths.state_dir / "calendars", source).unlink(missing_ok=True)
        print(translate("cli", "Removed {0}.").format(source.name), file=out)
    return Exit.OK


def test_calendars(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from postureapp.platform.calendars import fetch

    settings = _load(paths, err).settings
    sources = [s for s in settings.calendars if args.name in (None, s.name)]
    if not sources:
        if args.name:
            said = translate("cli", "no calendar named {0}").format(args.name)
        else:
            said = translate("cli", "no calendar yet")
        print(f"postureapp calendar: {said}", file=err)
        return Exit.FAILED
    now = datetime.now().astimezone()
    failed = False
    for source in sources:
        reading = read_one(source, fetch, paths.state_dir / "calendars", now)
        ahead = [e for e in reading.events if e.end > now]
        if reading.problem:
            failed = True
            problem = reading.problem_in(translate)
            if reading.copy_from:
                copied = reading.copy_from.astimezone()
                said = translate("cli", "{0}: could not be read: {1}; the copy from {2} is used")
                stamp = f"{local.short_date(copied)} {local.clock(copied)}"
                print(said.format(source.name, problem, stamp), file=out)
            else:
                said = translate("cli", "{0}: could not be read: {1}")
                print(said.format(source.name, problem), file=out)
            continue
        line = translate("cli", "{0}: {1} busy event(s) in the next 8 days, read in {2} s").format(
            source.name, len(ahead), local.number(reading.seconds, 2)
        )
        if ahead:
            first = ahead[0]
            start, end = first.start.astimezone(), first.end.astimezone()
            title = f" “{first.title}”" if settings.calendar_titles and first.title else ""
            span = f"{local.day_and_clock(start)}–{local.clock(end)}{title}"
            line += translate("cli", "; next: {0}").format(span)
        print(line, file=out)
    return Exit.FAILED if failed else Exit.OK
