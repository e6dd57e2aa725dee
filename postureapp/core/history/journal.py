"""The journal: what the break log could not take yet, kept beside it until it can.

A break's outcome must never be lost because the log was locked by another writer, the disk was
full or the file could not be opened. What could not be written waits here: one small JSON file
next to the log (`breaks.sqlite3.journal.json`), replaced atomically on every change and owner-
only, holding the latest state of each waiting break and check-in under its uid. Replaying it is
writing each by uid again (`BreakLog.put_break`, `put_checkin`), which is safe to repeat.

    {"format": "postureapp-journal", "version": 1,
     "breaks": [<a break as export writes it>, ...],
     "checkins": [<a check-in as export writes it>, ...]}

Both are read back with the export's own readers, so the journal checks them exactly as an
import would.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from postureapp.core.files import atomic_write_bytes
from postureapp.core.history.checkin_records import checkin_record, read_checkin
from postureapp.core.history.importing import read_row
from postureapp.core.history.records import BreakRow, CheckIn
from postureapp.core.history.transfer import export_record
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase
from postureapp.core.problem_words import say
from postureapp.core.problems import MISSING, Collector, Problem, ProblemError, read_json, show
from postureapp.core.terms import Outcome

FORMAT = "postureapp-journal"
VERSION = 1
#: A few months of breaks that could not be written; a bigger file is not ours.
MAX_JOURNAL_BYTES = 4_000_000


def journal_path(database: Path) -> Path:
    return database.with_name(database.name + ".journal.json")


@dataclass
class Waiting:
    """What waits to be written, by uid, oldest first."""

    breaks: dict[str, BreakRow] = field(default_factory=dict)
    checkins: dict[str, CheckIn] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.breaks or self.checkins)

    def __len__(self) -> int:
        return len(self.breaks) + len(self.checkins)


def encode(waiting: Waiting) -> bytes:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "breaks": [export_record(row) for row in waiting.breaks.values()],
        "checkins": [checkin_record(c) for c in waiting.checkins.values()],
    }
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def save(path: Path, waiting: Waiting) -> None:
    """Replace the journal atomically with `waiting`; no journal at all when nothing waits."""
    if waiting:
        atomic_write_bytes(path, encode(waiting))
    else:
        path.unlink(missing_ok=True)


def load(path: Path) -> tuple[Waiting, list[Problem]]:
    """What the journal holds, with every problem found in it (a missing journal is empty).

    A break still 'running' in the journal belongs to a run that stopped before it ended, so it
    comes back as 'interrupted', as the log itself marks such breaks.
    """
    try:
        document = read_json(path, max_bytes=MAX_JOURNAL_BYTES)
    except FileNotFoundError:
        return Waiting(), []
    except ProblemError as error:
        return Waiting(), [error.problem]
    check = Collector(path)
    waiting = Waiting()
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        expected = say(QT_TRANSLATE_NOOP("problems", "a JSON object with format {0}"), repr(FORMAT))
        check.fail("format", expected, show(document))
        return waiting, check.problems
    if document.get("version") != VERSION:
        check.fail("version", str(VERSION), show(document.get("version", MISSING)))
        return waiting, check.problems
    for index, item in enumerate(_list(check, document, "breaks")):
        row = read_row(item, check, f"breaks[{index}].") if isinstance(item, dict) else None
        if row is not None:
            if row.outcome is Outcome.RUNNING:
                row = replace(row, outcome=Outcome.INTERRUPTED)
            waiting.breaks[row.uid] = row
        elif not isinstance(item, dict):
            check.fail(f"breaks[{index}]", _an_object(), show(item))
    for index, item in enumerate(_list(check, document, "checkins")):
        if not isinstance(item, dict):
            check.fail(f"checkins[{index}]", _an_object(), show(item))
        elif (checkin := read_checkin(item, check, f"checkins[{index}].")) is not None:
            waiting.checkins[checkin.uid] = checkin
    return waiting, check.problems


def _an_object() -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "an object"))


def _list(check: Collector, document: Mapping[str, Any], name: str) -> Iterable[Any]:
    value = document.get(name, [])
    if isinstance(value, list):
        return value
    check.fail(name, say(QT_TRANSLATE_NOOP("problems", "a list")), show(value))
    return ()
