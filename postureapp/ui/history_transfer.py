"""Export, import and the report, from the history window: the files it writes and reads, and
what it says afterwards (the command line's words: "added 12, already present 3").

An import is checked whole, then merged on a thread of its own with its own connection to the
log, a batch at a time, so the window stays responsive and the app can still log a break.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from postureapp.core.files import atomic_write_text
from postureapp.core.history import (
    BreakLog,
    ExportFile,
    HistoryError,
    ImportFileError,
    format_csv,
    format_json,
    format_of_name,
)
from postureapp.core.i18n.phrase import told
from postureapp.core.library_words import os_reason, sqlite_reason

#: As the command line: records per transaction, and the pause between two.
IMPORT_BATCH = 1000
IMPORT_PAUSE_S = 0.02


def export_path(name: str, json_chosen: bool) -> Path | None:
    """The file a save dialog's answer means: its own extension (.csv or .json) says the
    format; without one it gets the chosen filter's; None when its extension names neither."""
    path = Path(name)
    named = format_of_name(path)
    if named == "":
        return path.with_name(path.name + (".json" if json_chosen else ".csv"))
    return None if named is None else path


def export_log(log: BreakLog, path: Path) -> tuple[int, int]:
    """Write every break and check-in to `path`, as JSON if it ends in .json, CSV otherwise;
    (breaks, check-ins) written. OSError when the file cannot be written."""
    rows = log.export_rows()
    checkins = log.checkins()
    if format_of_name(path) == "json":  # JSON also carries each day's posture figures
        atomic_write_text(path, format_json(rows, checkins, log.posture_days()))
    else:
        atomic_write_text(path, format_csv(rows, checkins))
    return len(rows), len(checkins)


class ImportJob(QThread):
    """Checks an export whole, then merges it into the log at `database`.

    Signals:
        merged(Merged): done; how many records were new and how many known.
        refused(str): nothing was added; the reason, naming each problem.
    """

    merged = Signal(object)
    refused = Signal(str)

    def __init__(
        self, source: Path, database: Path, now: datetime, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.database = database
        self.now = now

    def run(self) -> None:
        suffix = self.source.suffix.lower()
        try:
            export = ExportFile(self.source, suffix[1:] if suffix in (".csv", ".json") else None)
            export.check()
            log, _ = BreakLog.open(
                self.database,
                now=self.now,
                recover_interrupted=False,
                full_check=False,
            )
            with log:
                result = log.import_records(
                    export.rows(), batch=IMPORT_BATCH, between=lambda: time.sleep(IMPORT_PAUSE_S)
                )
        except ImportFileError as error:
            self.refused.emit(error.text(QCoreApplication.translate))
        except (HistoryError, OSError) as error:
            where = getattr(error, "filename", None)
            reason = (
                os_reason(error).text(QCoreApplication.translate)
                if isinstance(error, OSError)
                else told(error, QCoreApplication.translate)
            )
            self.refused.emit(f"{where}: {reason}" if where else reason)
        except sqlite3.Error as error:  # locked, or damaged past what a quick open checks
            said = QCoreApplication.translate(
                "HistoryWindow", "the break log cannot be used right now: {0}"
            )
            self.refused.emit(said.format(sqlite_reason(error).text(QCoreApplication.translate)))
        else:
            self.merged.emit(result)
