"""A check-in as an export carries it, and read back: the same checks the log makes when it writes.

    {"id": 7, "uid": "…32 hex digits…", "at": "2026-03-02T09:00:00+01:00", "feeling": "same",
     "stiffness": 4, "note": "stiff after the long drive"}

`stiffness` and `note` may be null (in CSV: an empty cell).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from postureapp.core.history.import_words import hex_uid
from postureapp.core.history.records import FEELINGS, CheckIn, unix
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP
from postureapp.core.problem_words import characters, iso_time, say
from postureapp.core.problems import MISSING, Collector, show

CHECKIN_FIELDS = ("id", "uid", "at", "feeling", "stiffness", "note")
#: A note longer than this is not one a user typed into a check-in.
MAX_NOTE_CHARS = 4000
_UID = re.compile(r"[0-9a-f]{32}")


def checkin_record(checkin: CheckIn) -> dict[str, object]:
    return {
        "id": checkin.id,
        "uid": checkin.uid,
        "at": checkin.at.isoformat(),
        "feeling": checkin.feeling,
        "stiffness": checkin.stiffness,
        "note": checkin.note,
    }


def read_checkin(fields: Mapping[str, Any], check: Collector, prefix: str = "") -> CheckIn | None:
    """One exported check-in, or None after `check` has recorded what is wrong with it.

    Values may be JSON's (numbers, null) or CSV's (text, an empty cell for none).
    """
    before = len(check.problems)
    uid = fields.get("uid", MISSING)
    if not (isinstance(uid, str) and _UID.fullmatch(uid)):
        check.fail(prefix + "uid", hex_uid(), show(uid))
    at = _moment(check, fields.get("at", MISSING), prefix + "at")
    feeling = check.choice(fields, "feeling", FEELINGS, label=prefix + "feeling")
    stiffness = _stiffness(check, fields.get("stiffness"), prefix)
    note = fields.get("note")
    if note == "":
        note = None
    if note is not None and not (isinstance(note, str) and len(note) <= MAX_NOTE_CHARS):
        expected = say(
            QT_TRANSLATE_NOOP("problems", "text of at most {0} characters, or nothing"),
            f"{MAX_NOTE_CHARS:,}",
        )
        found = show(note) if not isinstance(note, str) else characters(len(note))
        check.fail(prefix + "note", expected, found)
    if len(check.problems) > before or at is None or feeling is None:
        return None
    return CheckIn(id=0, uid=str(uid), at=at, feeling=feeling, stiffness=stiffness, note=note)


def _moment(check: Collector, value: object, label: str) -> datetime | None:
    try:
        if isinstance(value, str):
            moment = datetime.fromisoformat(value)
            unix(moment)  # refuses a time without an offset, or before 1970
            return moment
    except ValueError:
        pass
    check.fail(label, iso_time(), show(value))
    return None


def _stiffness(check: Collector, value: object, prefix: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10:
        return value
    expected = say(QT_TRANSLATE_NOOP("problems", "a whole number from 0 to 10, or nothing"))
    check.fail(prefix + "stiffness", expected, show(value))
    return None
