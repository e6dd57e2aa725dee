"""The check-ins of the history window's range as a table model: when, how it felt, stiffness,
the note. Warning signs stand out, so a clinician reading along finds them.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from postureapp.core.history import CheckIn
from postureapp.core.terms import TR_CONTEXT, Feeling, label
from postureapp.ui.history_chart import WARNING_COLOUR
from postureapp.ui.history_model import wall_time
from postureapp.ui.local_formats import short_date_time

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHEN = 0
    FEELING = 1
    STIFFNESS = 2
    NOTE = 3


def feeling_name(feeling: str) -> str:
    try:
        return QCoreApplication.translate(TR_CONTEXT, label(Feeling(feeling)))
    except ValueError:
        return feeling


class CheckInsModel(QAbstractTableModel):
    """The check-ins it is given, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckIn] = []
        self._headers = {
            Column.WHEN: self.tr("When"),
            Column.FEELING: self.tr("How it felt"),
            Column.STIFFNESS: self.tr("Stiffness (0–10)"),
            Column.NOTE: self.tr("Note"),
        }

    def set_rows(self, rows: Sequence[CheckIn]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda c: (c.at, c.id), reverse=True)
        self.endResetModel()

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
        checkin, column = self._rows[index.row()], Column(index.column())
        warning = checkin.feeling == Feeling.WARNING
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.WHEN:
                locale, wall = QLocale(), wall_time(checkin.at)
                return f"{locale.toString(wall, 'ddd')} {short_date_time(wall, locale)}"
            if column is Column.FEELING:
                return feeling_name(checkin.feeling)
            if column is Column.STIFFNESS:
                return "—" if checkin.stiffness is None else str(checkin.stiffness)
            return (checkin.note or "").replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NOTE and checkin.note:
            return checkin.note
        if role == Qt.ItemDataRole.ForegroundRole and warning and column is Column.FEELING:
            return QColor(WARNING_COLOUR)
        if role == Qt.ItemDataRole.FontRole and warning and column is Column.FEELING:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.STIFFNESS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def size_columns(table: QTableView, times: Sequence[str]) -> None:
    """Size the check-ins' columns from what they can show (`times`: the breaks' time samples)
    and their headings in the header's own font, so no language's heading is cut."""
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    shown = {
        Column.WHEN: times,
        Column.FEELING: [feeling_name(feeling) for feeling in Feeling],
        Column.STIFFNESS: ["10", "—"],
    }
    for column, samples in shown.items():
        heading = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        widest = max(
            header.fontMetrics().horizontalAdvance(heading),
            *(metrics.horizontalAdvance(text) for text in samples),
        )
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, widest + 28)
