"""The recent-breaks table of the history window, as a model that tests can read without a view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
)

from postureapp.core.history import BreakRow, Outcome, Trigger
from postureapp.core.terms import BreakKind
from postureapp.ui.local_formats import short_date_time

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHEN = 0
    KIND = 1
    OUTCOME = 2
    EXERCISES = 3
    DONE = 4
    TRIGGER = 5


#: The role that gives the whole `BreakRow` of a table row, for views that need more than text.
BREAK_ROLE = Qt.ItemDataRole.UserRole


def wall_time(moment: datetime) -> QDateTime:
    """The time as the user lived it, in the UTC offset logged with the break, not today's zone."""
    offset = moment.utcoffset()
    seconds = 0 if offset is None else int(offset.total_seconds())
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
        QTimeZone.fromSecondsAheadOfUtc(seconds),
    )


class RecentBreaksModel(QAbstractTableModel):
    """The breaks it is given, newest first, one column per thing the user may want to check.

    `titles` maps exercise ids to the names the user knows; unknown ids are shown as they are.
    """

    def __init__(
        self, titles: Mapping[str, str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._titles = dict(titles or {})
        self._rows: list[BreakRow] = []
        self._headers = {
            Column.WHEN: self.tr("When"),
            Column.KIND: self.tr("Kind"),
            Column.OUTCOME: self.tr("Outcome"),
            Column.EXERCISES: self.tr("Exercises"),
            Column.DONE: self.tr("Time done"),
            Column.TRIGGER: self.tr("Started by"),
        }
        self._kinds: dict[str, str] = {
            BreakKind.SHORT: self.tr("Short"),
            BreakKind.LONG: self.tr("Long"),
        }
        self._outcomes = {
            Outcome.RUNNING: self.tr("In progress"),
            Outcome.COMPLETED: self.tr("Completed"),
            Outcome.SKIPPED: self.tr("Skipped"),
            Outcome.SNOOZED: self.tr("Snoozed"),
            Outcome.PARTIAL: self.tr("Ended early"),
            Outcome.STOPPED: self.tr("Stopped: it hurt"),
            Outcome.NATURAL: self.tr("Natural break"),
            Outcome.INTERRUPTED: self.tr("Interrupted"),
        }
        self._outcome_tips = {
            Outcome.RUNNING: self.tr("This break is on screen now."),
            Outcome.COMPLETED: self.tr("You did the whole break."),
            Outcome.SKIPPED: self.tr("You skipped this break."),
            Outcome.SNOOZED: self.tr("You put this break off for a few minutes."),
            Outcome.PARTIAL: self.tr(
                "You ended it before the end; the minutes count, the break is not completed."
            ),
            Outcome.STOPPED: self.tr(
                "You stopped because something hurt. If it keeps hurting, see a clinician."
            ),
            Outcome.NATURAL: self.tr("You were away from the computer long enough to rest."),
            Outcome.INTERRUPTED: self.tr("The app stopped while this break was on screen."),
        }
        self._triggers = {
            Trigger.SCHEDULE: self.tr("Schedule"),
            Trigger.MANUAL: self.tr("You"),
            Trigger.FIXED_TIME: self.tr("Fixed time"),
            Trigger.NATURAL: self.tr("Time away"),
            Trigger.POSTURE: self.tr("Your posture"),
        }

    def set_rows(self, rows: Sequence[BreakRow]) -> None:
        """Show these breaks; sorted here so the newest is on top whatever the caller's order."""
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda row: (row.started_at, row.id), reverse=True)
        self.endResetModel()

    def row_at(self, row: int) -> BreakRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.OUTCOME:
                return self._outcome_tips[row.outcome]
            if column is Column.EXERCISES and row.exercise_ids:
                return "\n".join(self._titles.get(i, i) for i in row.exercise_ids)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.DONE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BREAK_ROLE:
            return row
        return None

    def _display(self, row: BreakRow, column: Column) -> str:
        if column is Column.WHEN:
            return self.when_text(row.started_at)
        if column is Column.KIND:
            return self._kinds.get(row.kind, row.kind)
        if column is Column.OUTCOME:
            return self._outcomes[row.outcome]
        if column is Column.EXERCISES:
            return ", ".join(self._titles.get(i, i) for i in row.exercise_ids) or "—"
        if column is Column.DONE:
            return self._duration(row.seconds_done)
        return self._triggers[row.trigger]

    def when_text(self, moment: datetime) -> str:
        """The short day name, then the locale's short date and time: 'Wed 25.09.24 23:59'."""
        locale, wall = QLocale(), wall_time(moment)
        return f"{locale.toString(wall, 'ddd')} {short_date_time(wall, locale)}"

    def widest_texts(self) -> dict[Column, list[str]]:
        """Every text a fixed-width column may show, for sizing it without reading the rows."""
        return {
            Column.WHEN: [  # every day of a week: 'niedz.' is wider than 'śr.'
                self.when_text(datetime(2024, 9, 23 + day, 23, 59).astimezone()) for day in range(7)
            ],
            Column.KIND: list(self._kinds.values()),
            Column.OUTCOME: list(self._outcomes.values()),
            Column.DONE: [self._duration(630)],
            Column.TRIGGER: list(self._triggers.values()),
        }

    def _duration(self, seconds: int) -> str:
        minutes, rest = divmod(seconds, 60)
        if minutes == 0:
            return self.tr("{0} s").format(rest)
        if rest == 0:
            return self.tr("{0} min").format(minutes)
        return self.tr("{0} min {1} s").format(minutes, rest)
