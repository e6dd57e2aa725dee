"""The history chart: completed breaks per day as bars, the streak goal, the stiffness trend.

The only module that imports QtCharts; the history window loads it when first opened.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from postureapp.ui.local_formats import day_month_format

#: Every how many days the chart's day axis carries a date; today is always labelled.
LABEL_EVERY = 5


#: The stiffness trend's colour: the illustrations' accent, readable on light and dark.
STIFFNESS_COLOUR = "#f08a24"


def tick_step(top: int, most: int) -> int:
    """A round step that puts at most `most` gridlines above 0 on an axis from 0 to `top`."""
    step, factors = 1, itertools.cycle((2, 2.5, 2))  # 1, 2, 5, 10, 20, 50…
    while top / step > max(most, 1):
        step = round(step * next(factors))
    return step


class DailyChart(QChartView):
    """Completed breaks per day as bars, with the streak goal as a dashed line.

    All chart code lives here; a later series (e.g. stiffness from check-ins) can be added to
    `self.chart()` with its own axis on the right.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        # Share the height with the table by stretch, whatever size QChartView would like.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.bar_set = QBarSet(self.tr("Completed breaks"))
        self.bars = QBarSeries()
        self.bars.setBarWidth(0.7)
        self.bars.append(self.bar_set)
        self.goal = QLineSeries()
        self.goal.setName(self.tr("Streak goal"))
        # Stiffness from the check-ins (0 to 10), on its own axis at the right.
        self.stiffness = QLineSeries()
        self.stiffness.setName(self.tr("Stiffness"))
        self.stiffness.setPointsVisible(True)
        self.stiffness_axis = QValueAxis()
        self.stiffness_axis.setRange(0, 10)
        self.stiffness_axis.setLabelFormat("%d")
        self.stiffness_axis.setTickCount(6)
        self.stiffness_axis.setTitleText(self.tr("stiffness"))
        self.days_axis = QCategoryAxis()
        self.days_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.days_axis.setGridLineVisible(False)
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.count_axis.setTickAnchor(0)
        chart.addSeries(self.bars)
        chart.addSeries(self.goal)
        chart.addSeries(self.stiffness)
        chart.addAxis(self.days_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.stiffness_axis, Qt.AlignmentFlag.AlignRight)
        for series in (self.bars, self.goal):
            series.attachAxis(self.days_axis)
            series.attachAxis(self.count_axis)
        self.stiffness.attachAxis(self.days_axis)
        self.stiffness.attachAxis(self.stiffness_axis)
        self.setChart(chart)
        self._top = 1
        self._apply_palette()

    def set_days(self, per_day: Sequence[tuple[date, int]], goal: int) -> None:
        """Show one bar per day, oldest first, and the goal a day needs to count for a streak."""
        counts = [n for _, n in per_day]
        self.bar_set.remove(0, self.bar_set.count())
        self.bar_set.append(counts)
        last = len(per_day) - 1
        for label in self.days_axis.categoriesLabels():
            self.days_axis.remove(label)
        self.days_axis.setRange(-0.5, last + 0.5)
        locale = QLocale()
        for index in range(last % LABEL_EVERY, last + 1, LABEL_EVERY):
            day = per_day[index][0]
            label = locale.toString(QDate(day.year, day.month, day.day), day_month_format(locale))
            self.days_axis.append(label, index)
        self.goal.replace([])
        self.goal.append(-0.5, goal)
        self.goal.append(last + 0.5, goal)
        self._top = max([goal, *counts]) + 1
        self.count_axis.setRange(0, self._top)
        self._space_ticks()
        reached = sum(n >= goal for n in counts)
        self.setAccessibleDescription(
            self.tr(
                "Today {0}; most in a day {1}; the goal of {2} was reached on {3} of {4} days"
            ).format(
                counts[-1] if counts else 0, max(counts, default=0), goal, reached, len(counts)
            )
        )

    def set_stiffness(
        self, per_day: Sequence[tuple[date, int]], ratings: Mapping[date, float]
    ) -> None:
        """The check-ins' stiffness per day, as a line over the same days as the bars."""
        points = [
            QPointF(index, ratings[day]) for index, (day, _) in enumerate(per_day) if day in ratings
        ]
        self.stiffness.replace(points)
        self.stiffness.setVisible(bool(points))
        self.stiffness_axis.setVisible(bool(points))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._space_ticks()

    def _space_ticks(self) -> None:
        """As many count labels as fit the height with room between them; QtCharts elides the rest."""
        room = self.chart().plotArea().height() or self.height() * 0.7
        self.count_axis.setTickInterval(
            tick_step(self._top, int(room / (self.fontMetrics().height() * 2)))
        )

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
        grid = QColor(text)
        grid.setAlpha(40)
        for axis in (self.days_axis, self.count_axis, self.stiffness_axis):
            axis.setLabelsBrush(text)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        self.bar_set.setColor(highlight)
        self.bar_set.setBorderColor(highlight)
        pen = QPen(text, 1.5, Qt.PenStyle.DashLine)
        self.goal.setPen(pen)
        self.stiffness_axis.setTitleBrush(text)
        trend = QColor(STIFFNESS_COLOUR)
        self.stiffness.setPen(QPen(trend, 2.5))
        self.stiffness.setColor(trend)
