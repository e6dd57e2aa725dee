"""The break log: one SQLite row per break and per check-in, and the files that carry it elsewhere.

records    what a row holds (BreakRow, CheckIn, totals) and the conversions to SQLite
schema     the tables, the migrations and the SQL the store speaks
store      BreakLog: open (repairing what it can), write, read
transfer   export to CSV and JSON (breaks and check-ins; checkin_records: a check-in's fields)
posture_days  each day's posture figures (numbers only)
importing  read an export back, streamed, naming every problem (import_stream: the shared parts)
"""

from postureapp.core.history.importing import (
    ExportFile,
    ImportFileError,
    Record,
    parse_export,
)
from postureapp.core.history.posture_days import PostureDay
from postureapp.core.history.records import (
    FEELINGS,
    KINDS,
    BreakRow,
    CheckIn,
    DayOutcomeTotal,
    HistoryError,
    OpenReport,
    OutcomeTotal,
)
from postureapp.core.history.schema import MIGRATIONS, Migration
from postureapp.core.history.store import BreakLog
from postureapp.core.history.transfer import (
    EXPORT_COLUMNS,
    csv_cell,
    format_csv,
    format_json,
    format_of_name,
)
from postureapp.core.history.writes import Merged
from postureapp.core.terms import Outcome, Trigger

__all__ = [
    "EXPORT_COLUMNS",
    "FEELINGS",
    "KINDS",
    "MIGRATIONS",
    "BreakLog",
    "BreakRow",
    "CheckIn",
    "DayOutcomeTotal",
    "ExportFile",
    "HistoryError",
    "ImportFileError",
    "Merged",
    "Migration",
    "OpenReport",
    "Outcome",
    "OutcomeTotal",
    "PostureDay",
    "Record",
    "Trigger",
    "csv_cell",
    "format_csv",
    "format_json",
    "format_of_name",
    "parse_export",
]
