"""`postureapp config`: read and change the settings file with the same checks as the dialog.

The running app watches the file, so these commands only ever read and write it.
"""

from __future__ import annotations

import argparse
import shutil
from datetime import datetime
from typing import TextIO

from postureapp.cli.exits import Exit, Handler
from postureapp.core.files import free_name
from postureapp.core.i18n import translate
from postureapp.core.i18n.phrase import Said, told
from postureapp.core.library_words import os_reason
from postureapp.core.settings import (
    FIELDS,
    Field,
    LoadResult,
    SettingError,
    Settings,
    SettingsReadOnly,
    diff,
    field_for,
    load,
    save,
)
from postureapp.paths import AppPaths


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `config` and its subcommands; each parser sets `handler`."""
    config = sub.add_parser(
        "config",
        help=translate("cli", "show or change settings"),
        description=translate(
            "cli", "Show or change the settings file; the running app picks changes up."
        ),
    )
    config.set_defaults(handler=show)
    commands = config.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help, description=help)
        parser.set_defaults(handler=handler)
        return parser

    command("path", show_path, translate("cli", "print where the settings file is"))
    command(
        "show",
        show,
        translate("cli", "list every setting, marking the ones changed from the default"),
    )
    command("get", get, translate("cli", "print one setting's value")).add_argument(
        "key", metavar="KEY"
    )
    setter = command("set", set_value, translate("cli", "change one setting"))
    setter.add_argument(
        "key",
        metavar="KEY",
        help=translate("cli", "e.g. {0}").format("breaks.short_interval_minutes"),
    )
    setter.add_argument(
        "value",
        metavar="VALUE",
        help=translate("cli", "e.g. {0}").format('45, true, "09:00-12:30, 13:30-17:00"'),
    )
    command(
        "reset", reset, translate("cli", "put one setting, or all of them, back to the default")
    ).add_argument(
        "key",
        metavar="KEY",
        nargs="?",
        help=translate("cli", "the setting to reset; all of them when left out"),
    )


def show_path(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    print(paths.settings_file, file=out)
    return Exit.OK


def show(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    result = _load(paths, err)
    defaults = Settings.defaults()
    changed = set(diff(result.settings, defaults))
    for field in FIELDS:
        line = f"{field.key} = {_as_toml(field, result.settings)}"
        if field.key in changed:
            note = translate("cli", "changed; default {0}").format(_as_toml(field, defaults))
            line += f"  # {note}"
        print(line, file=out)
    return Exit.OK


def get(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        field = field_for(args.key)
    except SettingError as error:
        print(f"postureapp config: {_refusal(error)}", file=err)
        return Exit.FAILED
    result = _load(paths, err)
    print(field.format_text(result.settings.get(field.key)), file=out)
    return Exit.OK


def set_value(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        field = field_for(args.key)
        value = field.parse_text(args.value)
    except SettingError as error:
        print(f"postureapp config: {_refusal(error)}", file=err)
        return Exit.FAILED
    result = _load(paths, err)
    return _write(paths, result, result.settings.with_value(field.key, value), out, err)


def reset(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.key is None:
        result = _load(paths, err)
        if result.read_only:
            return _refuse_read_only(paths, err)
        if not diff(result.settings, Settings.defaults()):
            print(translate("cli", "Every setting already has its default value."), file=out)
            return Exit.OK
        target = paths.settings_file
        if target.exists():
            stamp = f"{datetime.now().astimezone():%Y%m%d-%H%M%S}"
            copy = free_name(target.with_name(f"{target.name}.before-reset-{stamp}"))
            shutil.copy2(target, copy)
            print(translate("cli", "The old settings are kept in {0}").format(copy), file=out)
        return _write(paths, result, Settings.defaults(), out, err)
    try:
        field = field_for(args.key)
    except SettingError as error:
        print(f"postureapp config: {_refusal(error)}", file=err)
        return Exit.FAILED
    result = _load(paths, err)
    return _write(paths, result, result.settings.with_value(field.key, field.default), out, err)


def _load(paths: AppPaths, err: TextIO) -> LoadResult:
    result = load(paths.settings_file, now=datetime.now().astimezone())
    for problem in result.problems:
        print(problem.text(translate), file=err)
    return result


def _write(paths: AppPaths, result: LoadResult, new: Settings, out: TextIO, err: TextIO) -> int:
    """Save `new` if it differs, keeping unknown keys, and say what changed."""
    if result.read_only:
        return _refuse_read_only(paths, err)
    changed = diff(result.settings, new)
    if not changed:
        print(translate("cli", "Nothing to change."), file=out)
        return Exit.OK
    try:
        paths.ensure()  # owner-only folders, whatever the umask (PathsError is an OSError)
        save(paths.settings_file, new, unknown=result.unknown)
    except (SettingsReadOnly, OSError) as error:
        print(f"postureapp config: {_refusal(error)}", file=err)
        return Exit.FAILED
    for key in changed:
        field = field_for(key)
        print(f"{key}: {_as_toml(field, result.settings)} -> {_as_toml(field, new)}", file=out)
    if START_AT_LOGIN in changed:
        return follow_login(new.start_at_login, out, err)
    return Exit.OK


START_AT_LOGIN = "behaviour.start_at_login"


def follow_login(on: bool, out: TextIO, err: TextIO) -> int:
    """Make the system's start-at-login entry say what the setting says."""
    from postureapp.platform.autostart import AutostartError, for_platform

    entry = for_platform()
    try:
        entry.enable() if on else entry.disable()
    except AutostartError as error:
        said = translate("cli", "the setting is saved, but {0}").format(error)
        print(f"postureapp config: {said}", file=err)
        return Exit.FAILED
    if on:
        said = translate("cli", "postureapp starts at login ({0}).").format(entry.location())
    else:
        said = translate("cli", "postureapp does not start at login.")
    print(said, file=out)
    return Exit.OK


def _refusal(error: Exception) -> str:
    """A refused key or value in the user's language ('breaks.strict: must be true or false')."""
    if isinstance(error, SettingError):
        return f"{error.key}: {error.phrase.text(translate)}"
    if isinstance(error, Said):
        return told(error, translate)
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return where + os_reason(error).text(translate)
    return str(error)


def _refuse_read_only(paths: AppPaths, err: TextIO) -> int:
    said = translate("cli", "{0} is left unchanged (see above)").format(paths.settings_file)
    print(f"postureapp config: {said}", file=err)
    return Exit.FAILED


def _as_toml(field: Field, settings: Settings) -> str:
    return field.format_toml(settings.get(field.key))
