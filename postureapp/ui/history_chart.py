"""The history chart: breaks per day, week or month as stacked bars (completed, ended early, put
off), the streak goal, and the stiffness trend with the days a warning sign was reported.

One of the two modules that import QtCharts (the other: ui.history_exercises); the history
window loads them when first opened. The report paints the same charts onto its page.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from postureapp.core.period import Grain
from postureapp.core.review import Bar
from postureapp.ui.local_formats import day_month_format

#: Every how many days the chart's day axis carries a date; today is always labelled.
LABEL_EVERY = 5
#: At most this many dates under the bars, whatever the grain.
MOST_LABELS = 8

#: The stiffness trend's colour: the illustrations' accent, readable on light and dark.
STIFFNESS_COLOUR = "#f08a24"
#: Warning-sign days: a red that reads on light and dark.
WARNING_COLOUR = "#d62c2c"


def tick_step(top: int, most: int) -> int:
    """A round step that puts at most `most` gridlines above 0 on an axis from 0 to `top`."""
    step, factors = 1, itertools.cycle((2, 2.5, 2))  # 1, 2, 5, 10, 20, 50…
    while top / step > max(most, 1):
        step = round(step * next(factors))
    return step


def faded(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


class DailyChart(QChartView):
    """Breaks per bar (a day, a week or a month) stacked by how they ended, the streak goal as a
    dashed line (per day only), and the stiffness trend on its own axis at the right, with a
    mark at the top where a warning sign was reported.

    `bar_set` holds the completed breaks; `early_set` those ended early (Done or "it hurt");
    `put_off_set` those skipped or snoozed.
    """

    def __init__(self, parent: QWidget | None = None, *, breaks: bool = True) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        # Share the height with the table by stretch, whatever size QChartView would like.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.bar_set = QBarSet(self.tr("Completed"))
        self.early_set = QBarSet(self.tr("Ended early"))
        self.put_off_set = QBarSet(self.tr("Skipped or snoozed"))
        self.bars = QStackedBarSeries()
        self.bars.setBarWidth(0.7)
        for bar_set in (self.bar_set, self.early_set, self.put_off_set):
            self.bars.append(bar_set)
        self.goal = QLineSeries()
        self.goal.setName(self.tr("Streak goal"))
        # Stiffness from the check-ins (0 to 10), on its own axis at the right.
        self.stiffness = QLineSeries()
        self.stiffness.setName(self.tr("Stiffness"))
        self.stiffness.setPointsVisible(True)
        self.warnings = QScatterSeries()
        self.warnings.setName(self.tr("Warning sign reported"))
        self.warnings.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
        self.warnings.setMarkerSize(11)
        self.stiffness_axis = QValueAxis()
        self.stiffness_axis.setRange(0, 10.6)
        self.stiffness_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.stiffness_axis.setTickAnchor(0)
        self.stiffness_axis.setTickInterval(2)
        self.stiffness_axis.setLabelFormat("%d")
        self.stiffness_axis.setTitleText(self.tr("stiffness"))
        self.days_axis = QCategoryAxis()
        self.days_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.days_axis.setGridLineVisible(False)
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.count_axis.setTickAnchor(0)
        self.show_breaks = breaks
        chart.addAxis(self.days_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.stiffness_axis, Qt.AlignmentFlag.AlignRight)
        if breaks:
            chart.addSeries(self.bars)
            chart.addSeries(self.goal)
            for axis in (self.days_axis, self.count_axis):
                self.bars.attachAxis(axis)
                self.goal.attachAxis(axis)
        else:
            self.count_axis.hide()
        chart.addSeries(self.stiffness)
        chart.addSeries(self.warnings)
        for axis in (self.days_axis, self.stiffness_axis):
            self.stiffness.attachAxis(axis)
            self.warnings.attachAxis(axis)
        self.setChart(chart)
        self._top = 1
        self._apply_palette()

    # --- what it shows -------------------------------------------------------------------------

    def set_bars(self, bars: Sequence[Bar], grain: Grain, goal: int) -> None:
        """One stacked bar per day, week or month, oldest first; the goal line only per day."""
        done = [bar.tally.completed for bar in bars]
        early = [bar.tally.ended_early for bar in bars]
        put_off = [bar.tally.not_done for bar in bars]
        for bar_set, values in (
            (self.bar_set, done),
            (self.early_set, early),
            (self.put_off_set, put_off),
        ):
            bar_set.remove(0, bar_set.count())
            bar_set.append([float(v) for v in values])
        self._label_days([bar.period.first for bar in bars], grain)
        last = len(bars) - 1
        self.goal.replace([])
        per_day = grain is Grain.DAY
        if per_day:
            self.goal.append(-0.5, goal)
            self.goal.append(last + 0.5, goal)
        self.goal.setVisible(per_day)
        heights = [a + b + c for a, b, c in zip(done, early, put_off, strict=True)]
        self._top = max([goal if per_day else 0, *heights]) + 1
        self.count_axis.setTickInterval(
            tick_step(self._top, 5)
        )  # before the range: see space_ticks
        self.count_axis.setRange(0, self._top)
        self.space_ticks()
        self._set_stiffness(bars)
        self._describe(bars, grain, goal)

    def _set_stiffness(self, bars: Sequence[Bar]) -> None:
        points = [
            QPointF(index, bar.stiffness)
            for index, bar in enumerate(bars)
            if bar.stiffness is not None
        ]
        self.stiffness.replace(points)
        marks = [QPointF(index, 10.2) for index, bar in enumerate(bars) if bar.warning]
        self.warnings.replace(marks)
        self._show_stiffness(bool(points), bool(marks))

    def _show_stiffness(self, line: bool, marks: bool) -> None:
        self.stiffness.setVisible(line)
        self.warnings.setVisible(marks)
        self.stiffness_axis.setVisible(line or marks or not self.show_breaks)

    def _label_days(self, firsts: Sequence[date], grain: Grain) -> None:
        for label in self.days_axis.categoriesLabels():
            self.days_axis.remove(label)
        last = len(firsts) - 1
        self.days_axis.setRange(-0.5, last + 0.5)
        every = LABEL_EVERY if grain is Grain.DAY else 1
        while (last + 1) / every > MOST_LABELS:  # months by 2, 3, 6, 12, 24…
            every = every * 2 if grain is Grain.MONTH and every in (1, 3, 6, 12) else every + 1
        locale = QLocale()
        shape = "MMM yyyy" if grain is Grain.MONTH else day_month_format(locale)
        for index in range(last % every, last + 1, every):
            day = firsts[index]
            label = locale.toString(QDate(day.year, day.month, day.day), shape)
            self.days_axis.append(label, index)

    def _describe(self, bars: Sequence[Bar], grain: Grain, goal: int) -> None:
        counts = [bar.tally.completed for bar in bars]
        if grain is Grain.DAY:
            reached = sum(n >= goal for n in counts)
            text = self.tr(
                "Today {0}; most in a day {1}; the goal of {2} was reached on {3} of {4} days"
            ).format(
                counts[-1] if counts else 0, max(counts, default=0), goal, reached, len(counts)
            )
        else:
            text = self.tr(
                "{0} bars; completed breaks in the last {1}, the most in one {2}"
            ).format(len(counts), counts[-1] if counts else 0, max(counts, default=0))
        warned = sum(bar.warning for bar in bars)
        if warned:
            text += self.tr("; a warning sign was reported in {0} of them").format(warned)
        self.setAccessibleDescription(text)

    # --- look ----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.space_ticks()

    def space_ticks(self) -> None:
        """As many labels as fit the height with room between them; QtCharts elides the rest.

        Called on every resize; call it after laying the chart out by hand (the report does).
        A range is only ever set after a step that suits it: QtCharts lays out every tick of a
        small step over a large range first (0.4 s for a range of thousands).
        """
        room = self.chart().plotArea().height() or self.height() * 0.7
        most = int(room / (self.fontMetrics().height() * 2))
        self.count_axis.setTickInterval(tick_step(self._top, most))
        self.stiffness_axis.setTickInterval(2 if most >= 5 else 5)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        """Light or dark chart theme after the window's palette, with the palette's own colours."""
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        chart = self.chart()
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundVisible(False)
        self.setBackgroundBrush(palette.brush(QPalette.ColorRole.Window))
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = faded(text, 40)
        for axis in (self.days_axis, self.count_axis, self.stiffness_axis):
            axis.setLabelsBrush(text)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for bar_set, colour in (
            (self.bar_set, highlight),
            (self.early_set, faded(highlight, 110)),
            (self.put_off_set, faded(text, 45)),
        ):
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
        self.goal.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
        self.stiffness_axis.setTitleBrush(text)
        trend = QColor(STIFFNESS_COLOUR)
        self.stiffness.setPen(QPen(trend, 2.5))
        self.stiffness.setColor(trend)
        warning = QColor(WARNING_COLOUR)
        self.warnings.setColor(warning)
        self.warnings.setBorderColor(warning)
