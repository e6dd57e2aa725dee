"""The settings file: TOML a person may edit, read so that a mistake costs one value, never all.

Bad values fall back to their default, unknown keys are kept, and a file that cannot be parsed is
moved aside rather than overwritten. Writing is atomic, with each option under its help text.
"""

from __future__ import annotations

import re
import textwrap
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from postureapp.core.files import atomic_write_text, set_aside
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase, Said
from postureapp.core.library_words import os_reason
from postureapp.core.problem_words import Text, say
from postureapp.core.problems import Problem, ProblemError, noted, read_toml
from postureapp.core.settings.fields import (
    FIELDS,
    FIELDS_BY_KEY,
    SECTIONS,
    SettingError,
    UnknownSetting,
)
from postureapp.core.settings.kinds import Switch, shown, toml_key, toml_value
from postureapp.core.settings.model import Settings

SCHEMA_VERSION = 1


class SettingsReadOnly(Said):
    """Raised instead of overwriting a file that a newer postureapp wrote."""


@dataclass
class LoadResult:
    """Settings to use plus everything the user should hear about the file they came from."""

    settings: Settings
    problems: list[Problem]
    set_aside: Path | None
    unknown: dict[str, object]
    read_only: bool


def load(path: Path, *, now: datetime) -> LoadResult:
    """Read the settings file, keeping every good value and reporting every bad one."""
    try:
        data, text = read_toml(path, encoding="utf-8-sig")
    except FileNotFoundError:
        return LoadResult(Settings.defaults(), [], None, {}, read_only=False)
    except ProblemError as error:
        problem = error.problem
        if isinstance(error.__cause__, OSError):
            message = say(
                QT_TRANSLATE_NOOP("problems", "cannot be read ({0}); the defaults are in use"),
                os_reason(error.__cause__),
            )
            return LoadResult(Settings.defaults(), [_at(path, None, message)], None, {}, True)
        return _set_aside(path, problem, now)
    return _read(path, text, data)


def peek(path: Path) -> Settings:
    """The settings as a read-only command needs them: the file is never moved aside and nothing
    is reported (the app does that); whatever cannot be read is the default."""
    try:
        data, text = read_toml(path, encoding="utf-8-sig")
    except (OSError, ProblemError):
        return Settings.defaults()
    return _read(path, text, data).settings


def _at(path: Path, line: int | None, message: Text, key: str = "") -> Problem:
    return noted(path, key, message, line=line)


def _found(problem: Problem) -> Text:
    """What a file problem found, as a phrase when it has one."""
    said = problem.said
    found = said.args[1] if said is not None and len(said.args) == 2 else None
    return found if isinstance(found, str | Phrase) else problem.found


def _set_aside(path: Path, problem: Problem, now: datetime) -> LoadResult:
    reason: Text
    if problem.expected == "valid TOML":
        reason = say(QT_TRANSLATE_NOOP("problems", "is not valid TOML ({0})"), _found(problem))
    elif problem.expected == "UTF-8 text":
        reason = say(QT_TRANSLATE_NOOP("problems", "is not UTF-8 text ({0})"), _found(problem))
    else:
        what = problem.said if problem.said is not None else problem.what
        reason = say(QT_TRANSLATE_NOOP("problems", "cannot be used as a settings file ({0})"), what)
    try:
        aside = set_aside(path, "bad", now)
    except OSError as failure:
        message = say(
            QT_TRANSLATE_NOOP(
                "problems",
                "{0} and could not be moved aside ({1}); the defaults are in use and the file"
                " will not be changed",
            ),
            reason,
            os_reason(failure),
        )
        return LoadResult(Settings.defaults(), [_at(path, problem.line, message)], None, {}, True)
    message = say(
        QT_TRANSLATE_NOOP("problems", "{0}; it was moved to {1} and the defaults are in use"),
        reason,
        aside.name,
    )
    result = LoadResult(Settings.defaults(), [_at(path, problem.line, message)], aside, {}, False)
    return result


def _read(path: Path, text: str, data: dict[str, Any]) -> LoadResult:
    lines = _key_lines(text)
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    unknown: dict[str, object] = {}

    def report(key: str, message: Text) -> None:
        line = lines.get(key) or lines.get(key.rpartition(".")[0])
        problems.append(_at(path, line, message, key))

    version = data.pop("schema_version", SCHEMA_VERSION)
    newer = isinstance(version, int) and version > SCHEMA_VERSION
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        said = QT_TRANSLATE_NOOP(
            "problems",
            "must be a whole number (this version writes {0}), got {1}; the file is read as"
            " version {0}",
        )
        report("schema_version", say(said, SCHEMA_VERSION, shown(version)))
    elif newer:
        said = QT_TRANSLATE_NOOP(
            "problems",
            "the file was written by a newer postureapp (schema {0}; this one knows {1}): it is"
            " read as far as understood and will not be changed",
        )
        report("schema_version", say(said, version, SCHEMA_VERSION))

    def take(key: str, value: object) -> None:
        field = FIELDS_BY_KEY.get(key)
        if field is None:
            unknown[key] = value
            if not newer:
                report(key, UnknownSetting(key).phrase)
            return
        try:
            values[field.name] = field.parse(value)
        except SettingError as error:
            default = field.format_toml(field.default)
            said = QT_TRANSLATE_NOOP("problems", "{0}; the default {1} is used instead")
            report(key, say(said, error.phrase, default))

    for name, value in data.items():
        if name in SECTIONS and not isinstance(value, dict):
            said = QT_TRANSLATE_NOOP("problems", "must be a section [{0}], got {1}; it is ignored")
            report(name, say(said, name, shown(value)))
        elif isinstance(value, dict) and (value or name in SECTIONS):
            for inner, item in value.items():
                take(f"{name}.{inner}", item)
        else:
            take(name, value)
    return LoadResult(Settings.from_values(values), problems, None, unknown, read_only=newer)


def _key_lines(text: str) -> dict[str, int]:
    """Where each dotted key (and each table) first appears, for pointing at the right line."""
    found: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"\s*\[\[?([^\]]+)\]", line)
        if header:
            table = _dotted(header[1])
            found.setdefault(table, number)
            continue
        assignment = re.match(r"\s*([A-Za-z0-9_.\-\"' ]+?)\s*=", line)
        if assignment:
            key = _dotted(assignment[1])
            found.setdefault(f"{table}.{key}" if table else key, number)
    return found


def _dotted(raw: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in raw.split("."))


def save(path: Path, settings: Settings, *, unknown: Mapping[str, object] | None = None) -> None:
    """Write the whole file atomically, with help comments, keeping keys this version ignores."""
    target = path.resolve() if path.is_symlink() else path
    version = _schema_on_disk(target)
    if version is not None and version > SCHEMA_VERSION:
        newer = QT_TRANSLATE_NOOP(
            "settings",
            "{0} was written by a newer postureapp (schema {1}); this version will not change it",
        )
        raise SettingsReadOnly(Phrase("settings", newer, (target, version)))
    atomic_write_text(target, render(settings, unknown or {}))


def _schema_on_disk(path: Path) -> int | None:
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except FileNotFoundError:
        return None
    try:
        version = tomllib.loads(text).get("schema_version")
    except (tomllib.TOMLDecodeError, RecursionError):
        found = re.search(r"^\s*schema_version\s*=\s*(\d+)", text, re.MULTILINE)
        version = int(found[1]) if found else None
    return version if isinstance(version, int) else None


_HEADER = """\
# postureapp settings.
# You may edit this file by hand; the running app notices when it is saved.
# A value that is not valid is reported and its default is used instead.
# `postureapp config show` lists the values in effect.
"""
_NOT_RECOGNISED = "# not recognised by this version"


def render(settings: Settings, unknown: Mapping[str, object]) -> str:
    """The file's text: sections in declared order, each option under its help and bounds."""
    grouped: dict[str, dict[str, object]] = {}
    for key, value in unknown.items():
        section, dot, name = key.partition(".")
        grouped.setdefault(section if dot else "", {})[name if dot else key] = value

    out = [_HEADER + f"schema_version = {SCHEMA_VERSION}"]
    out += _extra_lines(grouped.pop("", {}))
    for section in SECTIONS:
        out += ["", f"[{section}]"]
        for field in (field for field in FIELDS if field.section == section):
            value = field.format_toml(getattr(settings, field.name))
            default = field.format_toml(field.default)
            allowed = "" if isinstance(field.kind, Switch) else f" Allowed: {field.expected}."
            out += ["", *textwrap.wrap(field.help, 98, initial_indent="# ", subsequent_indent="# ")]
            out.append(f"# Default: {default}.{allowed}")
            out.append(f"{field.name} = {value}")
        out += _extra_lines(grouped.pop(section, {}))
    for section, extra in grouped.items():
        out += ["", f"[{toml_key(section)}]", *_extra_lines(extra)[1:]]
    return "\n".join(out) + "\n"


def _extra_lines(extra: Mapping[str, object]) -> list[str]:
    if not extra:
        return []
    return ["", _NOT_RECOGNISED] + [f"{toml_key(k)} = {toml_value(v)}" for k, v in extra.items()]
