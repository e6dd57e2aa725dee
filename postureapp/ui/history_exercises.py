"""Per exercise and per body area over the history window's range: a chart and a sortable table.

The chart stacks how the breaks with each exercise (or area) ended; the table adds the minutes
and sorts by any column. The report paints the same chart, as minutes by body area.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.review import UNKNOWN_AREA, Review, Tally
from postureapp.core.terms import TR_CONTEXT, Area, Outcome, label
from postureapp.ui.history_chart import faded, tick_step

_Index = QModelIndex | QPersistentModelIndex
#: The role the table sorts by: numbers as numbers.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The chart shows this many rows at most (the table has them all).
CHART_ROWS = 10


class Column(IntEnum):
    NAME = 0
    MINUTES = 1
    COMPLETED = 2
    PARTIAL = 3
    STOPPED = 4
    SKIPPED = 5
    SNOOZED = 6


_OUTCOME_OF = {
    Column.COMPLETED: Outcome.COMPLETED,
    Column.PARTIAL: Outcome.PARTIAL,
    Column.STOPPED: Outcome.STOPPED,
    Column.SKIPPED: Outcome.SKIPPED,
    Column.SNOOZED: Outcome.SNOOZED,
}


def area_name(area: str) -> str:
    """The words for a body area, in the user's language; exercises no longer known as such."""
    if area == UNKNOWN_AREA:
        return QCoreApplication.translate("TallyModel", "Exercises no longer in the library")
    try:
        return QCoreApplication.translate(TR_CONTEXT, label(Area(area)))
    except ValueError:
        return area


class TallyModel(QAbstractTableModel):
    """One row per exercise or body area: how its breaks ended, and its minutes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, Tally]] = []
        self._headers = {
            Column.NAME: self.tr("Exercise"),
            Column.MINUTES: self.tr("Minutes"),
            Column.COMPLETED: self.tr("Done"),
            Column.PARTIAL: self.tr("Early"),
            Column.STOPPED: self.tr("It hurt"),
            Column.SKIPPED: self.tr("Skipped"),
            Column.SNOOZED: self.tr("Snoozed"),
        }
        self._tips = {
            Column.MINUTES: self.tr("Minutes exercised (a break's time shared by its exercises)"),
            Column.COMPLETED: self.tr("Breaks completed"),
            Column.PARTIAL: self.tr("Breaks ended early with Done"),
            Column.STOPPED: self.tr("Breaks stopped with 'This hurts — stop'"),
            Column.SKIPPED: self.tr("Breaks skipped"),
            Column.SNOOZED: self.tr("Breaks snoozed"),
        }

    def set_rows(self, rows: Sequence[tuple[str, str, Tally]], first_header: str) -> None:
        """(key, name shown, tally) per row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._headers[Column.NAME] = first_header
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(Column(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        key, name, tally = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.UserRole:
            return key
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not Column.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if column is Column.NAME:
            return name if role == Qt.ItemDataRole.DisplayRole else name.casefold()
        if column is Column.MINUTES:
            minutes = tally.minutes
            return f"{minutes:.0f}" if role == Qt.ItemDataRole.DisplayRole else minutes
        count = tally.counts[_OUTCOME_OF[column]]
        return str(count) if role == Qt.ItemDataRole.DisplayRole else count


class TallyChart(QChartView):
    """Horizontal bars, one per exercise or area (the first rows given, top down): stacked by
    how the breaks ended (`minutes=False`), or the minutes exercised (`minutes=True`).
    """

    def __init__(self, parent: QWidget | None = None, *, minutes: bool = False) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.minutes = minutes
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setMargins(QMargins(2, 2, 8, 2))
        self.done_set = QBarSet(self.tr("Minutes") if minutes else self.tr("Completed"))
        self.early_set = QBarSet(self.tr("Ended early"))
        self.put_off_set = QBarSet(self.tr("Skipped or snoozed"))
        if minutes:
            self.series: QHorizontalBarSeries | QHorizontalStackedBarSeries = QHorizontalBarSeries()
            self.series.append(self.done_set)
            self.series.setLabelsVisible(True)
            self.series.setLabelsFormat("@value")
        else:
            self.series = QHorizontalStackedBarSeries()
            for bar_set in (self.done_set, self.early_set, self.put_off_set):
                self.series.append(bar_set)
        self.series.setBarWidth(0.7)
        self.names_axis = QBarCategoryAxis()
        self.names_axis.setGridLineVisible(False)
        self.value_axis = QValueAxis()
        self.value_axis.setLabelFormat("%d")
        self.value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.value_axis.setTickAnchor(0)
        chart.addSeries(self.series)
        chart.addAxis(self.names_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.names_axis)
        self.series.attachAxis(self.value_axis)
        self.setChart(chart)
        self._apply_palette()

    def set_rows(self, rows: Sequence[tuple[str, str, Tally]]) -> None:
        shown = list(rows[:CHART_ROWS])[::-1]  # QtCharts draws the first category at the bottom
        self.names_axis.clear()
        self.names_axis.append([name for _key, name, _tally in shown] or [""])
        for bar_set in (self.done_set, self.early_set, self.put_off_set):
            bar_set.remove(0, bar_set.count())
        if self.minutes:
            self.done_set.append([float(round(t.minutes)) for _k, _n, t in shown])
            top = max((t.minutes for _k, _n, t in shown), default=0)
        else:
            self.done_set.append([float(t.completed) for _k, _n, t in shown])
            self.early_set.append([float(t.ended_early) for _k, _n, t in shown])
            self.put_off_set.append([float(t.not_done) for _k, _n, t in shown])
            top = max((t.completed + t.ended_early + t.not_done for _k, _n, t in shown), default=0)
        top = int(top * 1.15) + 1
        # The step first: a small step left over from a short range would make QtCharts lay out
        # thousands of ticks for a long one (0.4 s) before the step caught up.
        self.value_axis.setTickInterval(tick_step(top, 5))
        self.value_axis.setRange(0, top)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        chart = self.chart()
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundVisible(False)
        self.setBackgroundBrush(palette.brush(QPalette.ColorRole.Window))
        text = palette.color(QPalette.ColorRole.WindowText)
        for axis in (self.names_axis, self.value_axis):
            axis.setLabelsBrush(text)
            axis.setLinePenColor(faded(text, 40))
            axis.setGridLineColor(faded(text, 40))
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for bar_set, colour in (
            (self.done_set, highlight),
            (self.early_set, faded(highlight, 110)),
            (self.put_off_set, faded(text, 45)),
        ):
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.setLabelColor(text)


class ExercisesPanel(QWidget):
    """By exercise or by body area: the chart beside the sortable table."""

    def __init__(
        self, title: Callable[[str], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title = title or (lambda key: key)
        self._review: Review | None = None
        self._pending = False
        self.by_exercise = QRadioButton(self.tr("By exercise"))
        self.by_area = QRadioButton(self.tr("By body area"))
        self.by_exercise.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.by_exercise, self.by_area):
            group.addButton(button)
            button.toggled.connect(self._refill)
        self.model = TallyModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.COMPLETED, Qt.SortOrder.DescendingOrder)
        self.table.setAccessibleName(self.tr("Breaks per exercise: sort by any column"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("0000") + 12)
        self.chart_view = TallyChart()
        self.chart_view.setAccessibleName(self.tr("Breaks per exercise, by how they ended"))
        self.key = QLabel()
        self.key.setWordWrap(True)
        toggles = QHBoxLayout()
        toggles.addWidget(self.by_exercise)
        toggles.addWidget(self.by_area)
        toggles.addSpacing(12)
        toggles.addWidget(self.key, 1)
        body = QHBoxLayout()
        body.addWidget(self.chart_view, 2)
        body.addWidget(self.table, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(toggles)
        layout.addLayout(body, 1)

    def show_review(self, review: Review) -> None:
        """Keep `review`; the table and chart are filled now if the tab is shown, else when it
        next is (a redraw of the window then costs nothing here)."""
        self._review = review
        self._pending = True
        if self.isVisible():
            self._refill()

    def showEvent(self, event: QShowEvent) -> None:
        if self._pending:
            self._refill()
        super().showEvent(event)

    def rows(self) -> list[tuple[str, str, Tally]]:
        """What the table shows, in the review's order (done most first)."""
        if self._review is None:
            return []
        if self.by_area.isChecked():
            return [(key, area_name(key), tally) for key, tally in self._review.per_area]
        return [(key, self._title(key), tally) for key, tally in self._review.per_exercise]

    def _refill(self) -> None:
        self._pending = False
        rows = self.rows()
        by_area = self.by_area.isChecked()
        first = self.tr("Body area") if by_area else self.tr("Exercise")
        self.key.setText(
            self.tr(
                "Breaks that worked each area: completed, ended early (paler), skipped or "
                "snoozed (grey). An exercise counts for every area it works."
            )
            if by_area
            else self.tr(
                "Breaks with each exercise: completed, ended early (paler), skipped or "
                "snoozed (grey); the ten done most. Click a column to sort the table."
            )
        )
        self.model.set_rows(rows, first)
        self.chart_view.set_rows(rows)


def titles_of(titles: Mapping[str, str]) -> Callable[[str], str]:
    return lambda key: titles.get(key, key)
