"""Shareable packs: exercises with their pictures in one file, to send to a friend or a patient.

A pack is a zip file: `manifest.toml` names the exercises, and `exercises/` holds each one's
TOML file (the documented format) and the pictures its steps show, so the folder inside is itself
a custom pack. A pack comes from someone else, so it is read as hostile input: its size, the
number and size of its entries (read with a cap, whatever the zip claims), their names (no
folders, no `..`, no absolute paths), no links and no encryption; every exercise is then checked
by the pack reader. Only when all of that passes is anything written, and a pack never replaces
one of the user's exercises unless they said so.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
import tomllib
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

import tomli_w

from postureapp.core.exercises.draft import free_id
from postureapp.core.exercises.model import (
    BUILTIN,
    CUSTOM,
    ILLUSTRATION_MAX_BYTES,
    TITLE_MAX,
    Exercise,
)
from postureapp.core.exercises.reader import read_exercise
from postureapp.core.exercises.writer import exercise_table, write_exercise
from postureapp.core.i18n import QT_TRANSLATE_NOOP, Translate, english
from postureapp.core.library_words import at_place, cannot_read, toml_error, zip_reason
from postureapp.core.problem_words import (
    Text,
    a_bigger_file,
    a_readable_file,
    at_most_bytes,
    bad_byte,
    say,
    utf8_text,
)
from postureapp.core.problems import MAX_TOML_BYTES, Problem, noted, problem

FORMAT = "postureapp exercise pack"
VERSION = 1
MANIFEST = "manifest.toml"
FOLDER = "exercises"
#: What a pack file is called, so the file dialogs and the desktop can tell one.
SUFFIX = ".exercises.zip"

MAX_PACK_BYTES = 60_000_000
MAX_ENTRIES = 300
MAX_EXERCISES = 100
MAX_TOTAL_BYTES = 120_000_000
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class Clash(StrEnum):
    """What an exercise in a pack meets in the user's library."""

    NONE = "none"
    SAME = "same"  # the very same exercise is already there: nothing to do
    CUSTOM = "custom"  # one of the user's own exercises has its id
    BUILT_IN = "built-in"  # it would replace a built-in exercise


class Choice(StrEnum):
    """What to do with an exercise whose id is taken."""

    KEEP_BOTH = "keep-both"
    REPLACE = "replace"
    SKIP = "skip"


@dataclass
class Pack:
    """The exercises of a pack that passed every check (their pictures in a temporary folder)."""

    source: Path
    exercises: list[Exercise] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.exercises)


def _fingerprint(exercise: Exercise) -> str:
    """The exercise's content and its pictures' bytes, so two copies compare equal."""
    names = {
        step.illustration: hashlib.sha256(step.illustration.read_bytes()).hexdigest()
        for step in exercise.steps
        if step.illustration is not None
    }
    return tomli_w.dumps(exercise_table(exercise, names))


# --- export --------------------------------------------------------------------------------------


def pack_bytes(exercises: Sequence[Exercise]) -> dict[str, bytes]:
    """Every entry of a pack of `exercises`: the manifest, each TOML file and each picture once."""
    entries: dict[str, bytes] = {}
    ids = []
    for exercise in exercises:
        names: dict[Path, str] = {}
        for step in exercise.steps:
            source = step.illustration
            if source is None or source in names:
                continue
            data = source.read_bytes()
            name = source.name if _NAME.fullmatch(source.name) else f"picture{source.suffix}"
            n = 1
            while entries.get(f"{FOLDER}/{name}", data) != data:
                n += 1
                name = f"{exercise.id}-{n}{source.suffix.lower()}"
            entries[f"{FOLDER}/{name}"] = data
            names[source] = name
        text = tomli_w.dumps(exercise_table(exercise, names))
        entries[f"{FOLDER}/{exercise.id}.toml"] = text.encode("utf-8")
        ids.append(exercise.id)
    manifest = {"format": FORMAT, "version": VERSION, "exercises": ids}
    return {MANIFEST: tomli_w.dumps(manifest).encode("utf-8"), **entries}


def export_pack(exercises: Sequence[Exercise], target: Path) -> Path:
    """Write `exercises` as one pack file, atomically; returns its path."""
    if not exercises:
        raise ValueError("a pack needs at least one exercise")
    entries = pack_bytes(exercises)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, data in entries.items():
                    archive.writestr(name, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return target


# --- import --------------------------------------------------------------------------------------


def _entry_problem(source: Path, name: str, expected: Text, found: Text) -> Problem:
    return problem(source, name, expected, found)


def _a_file() -> Text:
    return say(QT_TRANSLATE_NOOP("problems", "a file"))


def _limit(name: str) -> int:
    return MAX_TOML_BYTES if name.endswith(".toml") else ILLUSTRATION_MAX_BYTES


def _entries(path: Path, problems: list[Problem]) -> dict[str, bytes]:
    """The pack's files by name, each read with a cap; to be used only if `problems` stays empty."""
    try:
        size = path.stat().st_size
    except OSError as error:
        problems.append(noted(path, "", cannot_read(error)))
        return {}
    if size > MAX_PACK_BYTES:
        most = f"{MAX_PACK_BYTES:,}"
        expected = say(QT_TRANSLATE_NOOP("problems", "a pack of at most {0} bytes"), most)
        found = say(QT_TRANSLATE_NOOP("problems", "{0} bytes"), f"{size:,}")
        problems.append(problem(path, "", expected, found))
        return {}
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        expected = say(QT_TRANSLATE_NOOP("problems", "a pack (a zip file)"))
        problems.append(problem(path, "", expected, zip_reason(error)))
        return {}
    out: dict[str, bytes] = {}
    total = 0
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            expected = say(QT_TRANSLATE_NOOP("problems", "at most {0} files"), MAX_ENTRIES)
            found = say(QT_TRANSLATE_NOOP("problems", "{0} files"), len(infos))
            problems.append(problem(path, "", expected, found))
            return {}
        for info in infos:
            name = info.filename
            if info.is_dir() and name.rstrip("/") == FOLDER:
                continue
            folder, slash, base = name.partition("/")
            plain = name == MANIFEST or (folder == FOLDER and slash and _NAME.fullmatch(base))
            if not plain:
                expected = say(
                    QT_TRANSLATE_NOOP("problems", "{0} or a plain file name inside {1}/"),
                    MANIFEST,
                    FOLDER,
                )
                found = say(QT_TRANSLATE_NOOP("problems", "another path"))
                problems.append(_entry_problem(path, name, expected, found))
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                found = say(QT_TRANSLATE_NOOP("problems", "a symbolic link"))
                problems.append(_entry_problem(path, name, _a_file(), found))
                continue
            if info.flag_bits & 0x1:
                found = say(QT_TRANSLATE_NOOP("problems", "an encrypted file"))
                problems.append(_entry_problem(path, name, _a_file(), found))
                continue
            if name in out:
                expected = say(QT_TRANSLATE_NOOP("problems", "each name once"))
                found = say(QT_TRANSLATE_NOOP("problems", "twice"))
                problems.append(_entry_problem(path, name, expected, found))
                continue
            limit = _limit(name)
            try:
                with archive.open(info) as handle:
                    data = handle.read(limit + 1)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as error:
                problems.append(_entry_problem(path, name, a_readable_file(), zip_reason(error)))
                continue
            if len(data) > limit:
                problems.append(_entry_problem(path, name, at_most_bytes(limit), a_bigger_file()))
                continue
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                expected = say(
                    QT_TRANSLATE_NOOP("problems", "at most {0} bytes in all"),
                    f"{MAX_TOTAL_BYTES:,}",
                )
                found = say(QT_TRANSLATE_NOOP("problems", "more"))
                problems.append(problem(path, "", expected, found))
                return {}
            out[name] = data
    return out


def _manifest(path: Path, entries: Mapping[str, bytes], problems: list[Problem]) -> list[str]:
    raw = entries.get(MANIFEST)
    if raw is None:
        expected = say(QT_TRANSLATE_NOOP("problems", "a manifest"))
        problems.append(
            problem(path, MANIFEST, expected, say(QT_TRANSLATE_NOOP("problems", "none")))
        )
        return []
    try:
        manifest = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        found = bad_byte(error.object[error.start], error.start)
        problems.append(problem(path, MANIFEST, utf8_text(), found))
        return []
    except tomllib.TOMLDecodeError as error:
        expected = say(QT_TRANSLATE_NOOP("problems", "a TOML manifest"))
        reason, line, column = toml_error(str(error))
        problems.append(problem(path, MANIFEST, expected, at_place(reason, line, column)))
        return []
    if manifest.get("format") != FORMAT:
        found = say(QT_TRANSLATE_NOOP("problems", "another"))
        problems.append(problem(path, f"{MANIFEST}: format", f'"{FORMAT}"', found))
        return []
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        expected = say(
            QT_TRANSLATE_NOOP(
                "problems", "version {0} or older (this postureapp is too old for a newer one)"
            ),
            VERSION,
        )
        problems.append(problem(path, f"{MANIFEST}: version", expected, repr(version)))
        return []
    ids = manifest.get("exercises")
    if (
        not isinstance(ids, list)
        or not 1 <= len(ids) <= MAX_EXERCISES
        or not all(isinstance(i, str) and _NAME.fullmatch(i) for i in ids)
        or len(set(ids)) != len(ids)
    ):
        expected = say(
            QT_TRANSLATE_NOOP("problems", "a list of 1 to {0} exercise ids"), MAX_EXERCISES
        )
        problems.append(problem(path, f"{MANIFEST}: exercises", expected, repr(ids)[:60]))
        return []
    for exercise_id in ids:
        if f"{FOLDER}/{exercise_id}.toml" not in entries:
            found = say(QT_TRANSLATE_NOOP("problems", "missing"))
            entry = f"{FOLDER}/{exercise_id}.toml"
            problems.append(problem(path, f"{MANIFEST}: exercises", entry, found))
    listed = {f"{FOLDER}/{i}.toml" for i in ids}
    for name in entries:
        if name.endswith(".toml") and name != MANIFEST and name not in listed:
            expected = say(QT_TRANSLATE_NOOP("problems", "an exercise the manifest names"))
            found = say(QT_TRANSLATE_NOOP("problems", "not"))
            problems.append(_entry_problem(path, name, expected, found))
    return list(ids)


@contextlib.contextmanager
def open_pack(path: Path) -> Iterator[Pack]:
    """Read and check a pack; its exercises' pictures live in a temporary folder until the
    `with` block ends. Nothing is written anywhere else."""
    pack = Pack(path)
    entries = _entries(path, pack.problems)
    ids = _manifest(path, entries, pack.problems) if not pack.problems else []
    with tempfile.TemporaryDirectory(prefix="postureapp-pack-") as temp:
        folder = Path(temp) / FOLDER
        folder.mkdir()
        if not pack.problems:
            for name, data in entries.items():
                if name != MANIFEST:
                    # Every name was checked to be a plain file name inside FOLDER.
                    (folder / name.partition("/")[2]).write_bytes(data)
            for exercise_id in ids:
                exercise, problems = read_exercise(
                    folder / f"{exercise_id}.toml", (folder,), CUSTOM
                )
                pack.problems.extend(
                    replace(found, source=f"{path}: {Path(found.source).name}")
                    for found in problems
                )
                if exercise is not None:
                    pack.exercises.append(exercise)
        if pack.problems:
            pack.exercises.clear()
        yield pack


def clash(exercise: Exercise, library: Mapping[str, Exercise], folder: Path | None = None) -> Clash:
    """Whether an exercise from a pack meets one of the same id in the user's library, or a
    file of that name in their custom `folder` (one that does not load is theirs all the same)."""
    present = library.get(exercise.id)
    not_loaded = present is None or present.origin != CUSTOM
    if not_loaded and folder is not None and (folder / f"{exercise.id}.toml").exists():
        return Clash.CUSTOM
    if present is None:
        return Clash.NONE
    if present.origin == CUSTOM and _fingerprint(present) == _fingerprint(exercise):
        return Clash.SAME
    return Clash.BUILT_IN if present.origin == BUILTIN else Clash.CUSTOM


def _numbered_title(title: str, number: str) -> str:
    suffix = f" ({number})"
    return title[: TITLE_MAX - len(suffix)].rstrip() + suffix


@dataclass(frozen=True)
class Imported:
    """One exercise of a pack after import: what happened to it, and where it went."""

    pack_id: str
    exercise: Exercise | None
    action: str  # "added", "replaced", "kept both", "skipped", "already there"


def import_pack(
    pack: Pack,
    folder: Path,
    library: Mapping[str, Exercise],
    choose: Mapping[str, Choice] | None = None,
    default: Choice = Choice.KEEP_BOTH,
) -> list[Imported]:
    """Write a checked pack's exercises into the custom `folder`.

    An exercise whose id is taken is kept beside the one there (under a free id and a numbered
    title), unless `choose` (by id) or `default` says to replace it or skip it; the very same
    exercise already there is left alone.
    """
    if not pack.ok:
        raise ValueError("only a pack that passed every check can be imported")
    done: list[Imported] = []
    for exercise in pack.exercises:
        met = clash(exercise, library, folder)
        if met == Clash.SAME:
            done.append(Imported(exercise.id, library[exercise.id], "already there"))
            continue
        action = "added"
        incoming = exercise
        if met != Clash.NONE:
            choice = (choose or {}).get(exercise.id, default)
            if choice == Choice.SKIP:
                done.append(Imported(exercise.id, None, "skipped"))
                continue
            if choice == Choice.KEEP_BOTH:
                new_id = free_id(exercise.id, set(library) | _files(folder))
                number = new_id.rpartition("-")[2]
                incoming = replace(
                    exercise, id=new_id, title=_numbered_title(exercise.title, number)
                )
                action = "kept both"
            else:
                action = "replaced"
        path = write_exercise(folder, incoming)  # its file now takes its id (`_files`)
        done.append(Imported(exercise.id, replace(incoming, path=path, origin=CUSTOM), action))
    return done


def _files(folder: Path) -> set[str]:
    return {path.stem for path in folder.glob("*.toml")}  # none when there is no folder yet


#: What happened to each exercise of a pack, in words (`describe`).
_DONE = {
    "added": QT_TRANSLATE_NOOP("packs", "{0}: added ('{1}')"),
    "replaced": QT_TRANSLATE_NOOP("packs", "{0}: replaced ('{1}')"),
    "kept both": QT_TRANSLATE_NOOP(
        "packs", "{0}: you already have one with this id; added as '{1}' ({2})"
    ),
    "already there": QT_TRANSLATE_NOOP("packs", "{0}: already there, unchanged"),
}


def describe(results: Iterable[Imported], translate: Translate = english) -> list[str]:
    """One line per exercise, for the command line and the import dialog, in `translate`'s
    language."""
    lines = []
    for result in results:
        exercise = result.exercise
        if exercise is None:
            words = QT_TRANSLATE_NOOP("packs", "{0}: skipped (you already have one with this id)")
            lines.append(translate("packs", words).format(result.pack_id))
        else:
            words = _DONE.get(result.action, "{0}: " + result.action + " ('{1}')")
            line = translate("packs", words).format(result.pack_id, exercise.title, exercise.id)
            lines.append(line)
    return lines
