"""A one-page report for a clinician: the range's breaks, minutes by body area, the exercises done
most, the stiffness trend with warning-sign days and the user's notes, with a plain statement
that it is a self-report and not a diagnosis.

Written with Qt's own PDF writer (`QPdfWriter`), in the user's language (`tr`) and formats
(`QLocale`); the charts are the history window's own (`DailyChart`, `TallyChart`), painted onto
the page as vectors. `paint_report` draws on any device, so a test or a preview can use an image.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QApplication

from postureapp.core.period import Grain
from postureapp.core.review import Review
from postureapp.core.terms import Outcome
from postureapp.ui.history_cards import (
    format_minutes,
    long_date,
    one_decimal,
    percent,
    short_date,
)
from postureapp.ui.history_chart import STIFFNESS_COLOUR, WARNING_COLOUR, DailyChart
from postureapp.ui.history_exercises import TallyChart, area_name
from postureapp.ui.report_parts import ACCENT, BOX, INK, MUTED, exercise_table, notes

MARGIN_MM = 14
#: The charts are laid out as if the paper were a screen of this many dots per inch.
SCREEN_DPI = 96
#: Exercises listed under "done most".


def print_palette() -> QPalette:
    """Dark ink on white paper, whatever the desktop's theme."""
    palette = QPalette(QApplication.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, QColor("white")),
        (QPalette.ColorRole.Base, QColor("white")),
        (QPalette.ColorRole.WindowText, INK),
        (QPalette.ColorRole.Text, INK),
        (QPalette.ColorRole.Highlight, ACCENT),
    ):
        palette.setColor(role, colour)
    return palette


def report_title() -> str:
    """The report's heading, also the PDF's title."""
    return QCoreApplication.translate(
        "ReportPainter", "Breaks and check-ins: a report for your clinician"
    )


class ReportPainter(QObject):
    """Lays out one page top to bottom; coordinates are device dots, sizes are given in mm."""

    def __init__(
        self,
        painter: QPainter,
        page: QRectF,
        review: Review,
        title: Callable[[str], str],
        *,
        today: date,
        version: str,
    ) -> None:
        super().__init__()
        self.p = painter
        self.dpi = painter.device().logicalDpiX()
        self.page = page
        self.review = review
        self.title = title
        self.today = today
        self.version = version
        self.left = page.left() + self.mm(MARGIN_MM)
        self.width = page.width() - 2 * self.mm(MARGIN_MM)
        self.y = page.top() + self.mm(MARGIN_MM)
        self.bottom = page.bottom() - self.mm(MARGIN_MM)
        self.family = QApplication.font().family()

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def font(self, points: float, *, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    # --- text ----------------------------------------------------------------------------------

    def text(
        self,
        text: str,
        rect: QRectF,
        points: float = 9,
        *,
        bold: bool = False,
        colour: QColor = INK,
        flags: int = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
    ) -> float:
        """Draw wrapped text in `rect`; the height it took."""
        self.p.setFont(self.font(points, bold=bold))
        self.p.setPen(colour)
        wrap = flags | int(Qt.TextFlag.TextWordWrap)
        used = self.p.boundingRect(rect, wrap, text)
        self.p.drawText(rect, wrap, text)
        return used.height()

    def line(self, text: str, points: float = 9, *, bold: bool = False, gap: float = 1.2) -> None:
        """A paragraph across the page at the current height; moves down past it."""
        rect = QRectF(self.left, self.y, self.width, self.bottom - self.y)
        self.y += self.text(text, rect, points, bold=bold) + self.mm(gap)

    def heading(self, text: str, x: float | None = None, width: float | None = None) -> float:
        rect = QRectF(self.left if x is None else x, self.y, width or self.width, self.mm(6))
        return self.text(text, rect, 10.5, bold=True, colour=ACCENT) + self.mm(1)

    # --- the page ------------------------------------------------------------------------------

    def paint(self) -> None:
        self.p.fillRect(self.page, QColor("white"))
        self._header()
        self._statement()
        self._figures()
        self._breaks_chart()
        self._stiffness_chart()
        self._areas_and_exercises()
        notes(self)
        self._footer()

    def _header(self) -> None:
        review = self.review
        self.line(report_title(), 16, bold=True)
        period = self.tr("{0} to {1} ({2} days)").format(
            long_date(review.period.first), long_date(review.period.last), review.period.days
        )
        self.line(period, 11, gap=0.6)
        made = self.tr("Made on {0} with postureapp {1}, from the breaks and check-ins it logged.")
        rect = QRectF(self.left, self.y, self.width, self.mm(6))
        self.y += self.text(
            made.format(long_date(self.today), self.version), rect, 8.5, colour=MUTED
        )
        self.y += self.mm(3)

    def _statement(self) -> None:
        words = self.tr(
            "This is a self-report: what the user did and felt, as they logged it. "
            "It is not a diagnosis and not medical advice.",
        )
        pad = self.mm(2.5)
        inner = QRectF(self.left + pad, self.y + pad, self.width - 2 * pad, self.mm(20))
        self.p.setFont(self.font(9.5, bold=True))
        height = self.p.boundingRect(inner, int(Qt.TextFlag.TextWordWrap), words).height()
        box = QRectF(self.left, self.y, self.width, height + 2 * pad)
        self.p.fillRect(box, BOX)
        self.p.fillRect(QRectF(box.left(), box.top(), self.mm(1.2), box.height()), ACCENT)
        self.text(words, inner, 9.5, bold=True)
        self.y = box.bottom() + self.mm(4)

    def _figures(self) -> None:
        review, total = self.review, self.review.total
        rate = "" if total.rate is None else f" ({percent(total.rate)})"
        ends = review.stiffness_ends()
        per_day = format_minutes(total.minutes / review.period.days)
        figures = (
            (
                self.tr("Breaks completed"),
                str(total.completed),
                self.tr("of {0} reminders{1}").format(total.offered, rate),
            ),
            (
                self.tr("Ended early"),
                str(total.ended_early),
                self.tr("{0} because it hurt").format(total.counts[Outcome.STOPPED]),
            ),
            (
                self.tr("Skipped or snoozed"),
                str(total.not_done),
                self.tr("reminders put off"),
            ),
            (
                self.tr("Time exercising"),
                format_minutes(total.minutes),
                self.tr("{0} a day").format(per_day),
            ),
            (
                self.tr("Stiffness 0–10"),
                "—" if ends is None else f"{one_decimal(ends[0])} → {one_decimal(ends[1])}",
                self.tr("first and last week rated") if ends else self.tr("too few ratings"),
            ),
            (
                self.tr("Days with a warning sign"),
                str(len(review.warning_days)),
                self._warning_dates(),
            ),
        )
        gap, pad = self.mm(2), self.mm(1.8)
        width = (self.width - gap * (len(figures) - 1)) / len(figures)
        value = min(self.fitting(box[1], width - 2 * pad, 11.5) for box in figures)
        parts = ((7.5, False, MUTED), (value, True, INK), (7, False, MUTED))
        height = pad * 2 + max(
            sum(
                self.measure(text, width - 2 * pad, points, bold)
                for text, (points, bold, _c) in zip(box, parts, strict=True)
            )
            for box in figures
        )
        for n, box in enumerate(figures):
            x = self.left + n * (width + gap)
            self.p.fillRect(QRectF(x, self.y, width, height), BOX)
            inner = QRectF(x + pad, self.y + pad, width - 2 * pad, height)
            for text, (points, bold, colour) in zip(box, parts, strict=True):
                inner.translate(0, self.text(text, inner, points, bold=bold, colour=colour))
        self.y += height + self.mm(4)

    def _warning_dates(self) -> str:
        days = self.review.warning_days
        if not days:
            return self.tr("none reported")
        shown = ", ".join(short_date(day) for day in days[-3:])
        return shown if len(days) <= 3 else self.tr("…, {0}").format(shown)

    def fitting(self, text: str, width: float, points: float) -> float:
        """The largest size up to `points` at which `text`, bold, fits `width` on one line."""
        while points > 7:
            metrics = QFontMetricsF(self.font(points, bold=True), self.p.device())
            if metrics.horizontalAdvance(text) <= width:
                break
            points -= 0.5
        return points

    def measure(self, text: str, width: float, points: float, bold: bool = False) -> float:
        """The height `text` takes, wrapped to `width`."""
        self.p.setFont(self.font(points, bold=bold))
        rect = QRectF(0, 0, width, self.page.height())
        return self.p.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text).height()

    def _legend(self, items: list[tuple[QColor, str, str]], y: float) -> None:
        """Small keys at the right of a heading line: (colour, shape, words)."""
        self.p.setFont(self.font(7.5))
        metrics = QFontMetricsF(self.p.font(), self.p.device())
        x = self.left + self.width
        size = self.mm(2.4)
        for colour, shape, words in reversed(items):
            x -= metrics.horizontalAdvance(words)
            self.p.setPen(MUTED)
            self.p.drawText(QPointF(x, y + self.mm(3.2)), words)
            x -= size + self.mm(1)
            box = QRectF(x, y + self.mm(1.1), size, size)
            self.p.setPen(Qt.PenStyle.NoPen)
            self.p.setBrush(colour)
            if shape == "line":
                self.p.fillRect(
                    QRectF(x, box.center().y() - self.mm(0.4), size, self.mm(0.8)), colour
                )
            elif shape == "triangle":
                self.p.drawPolygon(
                    [
                        QPointF(box.center().x(), box.top()),
                        QPointF(box.right(), box.bottom()),
                        QPointF(box.left(), box.bottom()),
                    ]
                )
            else:
                self.p.fillRect(box, colour)
            x -= self.mm(4)

    def _chart(self, view: QChartView, rect: QRectF) -> None:
        """Paint a chart into `rect` as vectors, laid out as on a screen of SCREEN_DPI."""
        scale = SCREEN_DPI / self.dpi
        view.setPalette(print_palette())
        size = QRectF(0, 0, rect.width() * scale, rect.height() * scale)
        chart = view.chart()
        chart.setGeometry(size)
        view.scene().setSceneRect(size)
        QApplication.sendPostedEvents()  # lay the chart out at this size before painting it
        space_ticks = getattr(view, "space_ticks", None)
        if space_ticks is not None:  # now that the plot's height is known
            space_ticks()
            QApplication.sendPostedEvents()
        view.scene().render(self.p, rect, size)

    def _grain_words(self) -> str:
        return {
            Grain.DAY: self.tr("Breaks per day"),
            Grain.WEEK: self.tr("Breaks per week"),
            Grain.MONTH: self.tr("Breaks per month"),
        }[self.review.grain]

    def _breaks_chart(self) -> None:
        top = self.y
        self.y += self.heading(self._grain_words())
        accent = QColor(ACCENT)
        early, put_off = QColor(ACCENT), QColor(INK)
        early.setAlpha(110)
        put_off.setAlpha(45)
        keys = [
            (accent, "box", self.tr("completed")),
            (early, "box", self.tr("ended early")),
            (put_off, "box", self.tr("skipped or snoozed")),
        ]
        if self.review.grain is Grain.DAY:
            goal = self.tr("goal: {0} a day").format(self.review.streak_min)
            keys.append((QColor(INK), "line", goal))
        self._legend(keys, top)
        chart = DailyChart()
        chart.show_breaks = True
        chart.set_bars(self.review.bars, self.review.grain, self.review.streak_min)
        chart.stiffness.setVisible(False)
        chart.warnings.setVisible(False)
        chart.stiffness_axis.setVisible(False)
        self._paint_widget(chart, self.mm(52))

    def _stiffness_chart(self) -> None:
        top = self.y
        self.y += self.heading(self.tr("Stiffness from check-ins (0 none, 10 very stiff)"))
        self._legend(
            [
                (
                    QColor(STIFFNESS_COLOUR),
                    "line",
                    self.tr("mean stiffness"),
                ),
                (
                    QColor(WARNING_COLOUR),
                    "triangle",
                    self.tr("warning sign reported"),
                ),
            ],
            top,
        )
        chart = DailyChart(breaks=False)
        chart.set_bars(self.review.bars, self.review.grain, self.review.streak_min)
        if not self.review.stiffness and not self.review.warning_days:
            rect = QRectF(self.left, self.y, self.width, self.mm(8))
            self.y += self.text(
                self.tr("No check-ins in this period."),
                rect,
                9,
                colour=MUTED,
            )
            self.y += self.mm(3)
            return
        self._paint_widget(chart, self.mm(36))

    def _paint_widget(self, view: QChartView, height: float) -> None:
        self._chart(view, QRectF(self.left, self.y, self.width, height))
        view.deleteLater()
        self.y += height + self.mm(3)

    def _areas_and_exercises(self) -> None:
        review = self.review
        half = (self.width - self.mm(6)) / 2
        right = self.left + half + self.mm(6)
        self.heading(self.tr("Minutes by body area"), self.left, half)
        used = self.heading(self.tr("Exercises done most"), right, half)
        self.y += used
        height = self.mm(44)
        areas = [(key, area_name(key), tally) for key, tally in review.per_area if tally.seconds]
        if areas:
            chart = TallyChart(minutes=True)
            chart.set_rows(areas)
            self._chart(chart, QRectF(self.left, self.y, half, height))
            chart.deleteLater()
        else:
            rect = QRectF(self.left, self.y, half, height)
            self.text(
                self.tr("No exercise time in this period."),
                rect,
                9,
                colour=MUTED,
            )
        exercise_table(self, QRectF(right, self.y, half, height))
        self.y += height + self.mm(3)
        note = self.tr(
            "An exercise counts for every area it works; a break's time is shared by its exercises.",
        )
        rect = QRectF(self.left, self.y - self.mm(2), self.width, self.mm(5))
        self.y += self.text(note, rect, 7, colour=MUTED) + self.mm(1)

    def _footer(self) -> None:
        words = self.tr("Self-reported with postureapp. Not a diagnosis. Page 1 of 1.")
        rect = QRectF(self.left, self.bottom - self.mm(4), self.width, self.mm(5))
        self.p.fillRect(
            QRectF(self.left, rect.top() - self.mm(1.2), self.width, self.mm(0.2)), MUTED
        )
        self.text(words, rect, 7.5, colour=MUTED, flags=int(Qt.AlignmentFlag.AlignHCenter))


def paint_report(
    painter: QPainter,
    page: QRectF,
    review: Review,
    titles: Mapping[str, str],
    *,
    today: date,
    version: str,
) -> None:
    """Draw the report on `page` (device coordinates) of whatever `painter` paints on."""
    ReportPainter(
        painter, page, review, lambda key: titles.get(key, key), today=today, version=version
    ).paint()
