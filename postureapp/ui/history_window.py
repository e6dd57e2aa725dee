"""The history window: how the breaks went, as cards, a 30-day chart, exercise counts and a table.

Every figure comes from SQL aggregation (`compute_from_log`) plus the last few hundred rows, so the
window opens fast on years of history. The app imports it (and QtCharts, in
ui.history_chart) when the user first asks for the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.clock import Clock
from postureapp.core.files import atomic_write_text
from postureapp.core.history import BreakLog, format_csv, format_json
from postureapp.core.safety import daily_stiffness
from postureapp.core.stats import Counts, Stats, compute_from_log
from postureapp.ui.history_chart import DailyChart
from postureapp.ui.history_model import Column, RecentBreaksModel
from postureapp.ui.local_formats import number

#: The table shows only this many breaks, so it fills in milliseconds whatever the log's size.
RECENT_LIMIT = 200
#: Exercises named in each of the "done most" and "done least" lists.
LIST_LENGTH = 3


def most_and_least(
    per_exercise: Sequence[tuple[str, int]], known: Iterable[str] = ()
) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(done most, done least), never naming an exercise twice.

    Known exercises never done count as 0, so they lead the "least" list: those are the ones to try.
    """
    counts = dict(per_exercise)
    for exercise_id in known:
        counts.setdefault(exercise_id, 0)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    split = min(LIST_LENGTH, (len(ranked) + 1) // 2)
    rest = sorted(ranked[split:], key=lambda item: (item[1], item[0]))
    return ranked[:split], rest[:LIST_LENGTH]


def format_minutes(minutes: float) -> str:
    whole = round(minutes)
    hours, rest = divmod(whole, 60)
    if hours:
        text = QCoreApplication.translate("HistoryWindow", "{0} h {1} min")
        return text.format(number(hours), f"{rest:02d}")
    return QCoreApplication.translate("HistoryWindow", "{0} min").format(rest)


class SummaryCard(QFrame):
    """One figure with its caption and a line of context."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.caption = QLabel(caption)
        self.value = QLabel()
        self.value.setAccessibleName(caption)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.7)
        big.setBold(True)
        self.value.setFont(big)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.detail.setAccessibleName(self.tr("{0}: details").format(caption))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value}, {detail}")


class HistoryWindow(QWidget):
    """Cards, a 30-day chart, exercise counts and the recent breaks, read from the break log.

    Signals:
        exercises_requested(): the user asked for the exercises (to make or change their own).

    It shows what the log holds, and the only thing it writes is an export the user asked for.
    `refresh()` is cheap to call after every logged break; while the window is hidden it only
    notes that it is out of date, and reloads when shown.
    """

    exercises_requested = Signal()

    def __init__(
        self,
        log: BreakLog,
        clock: Clock,
        streak_min: int,
        *,
        exercise_titles: Mapping[str, str] | None = None,
        enabled: Iterable[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._log = log
        self._clock = clock
        self._streak_min = streak_min
        self._titles = dict(exercise_titles or {})
        #: The exercises the settings may offer; only these appear as "done least" (None: all).
        self.enabled: set[str] | None = None if enabled is None else set(enabled)
        self._stale = True
        self.stats: Stats | None = None
        self.setWindowTitle(self.tr("postureapp — History"))
        self.model = RecentBreaksModel(self._titles, self)
        self._build()
        self._fit_to_screen()
        self._load()

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Your breaks"))
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        title.setFont(title_font)
        title.setAccessibleName(self.tr("Your breaks"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Export result"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export all breaks as CSV or JSON"))
        self.export_button.clicked.connect(self._ask_export)
        self.exercises_button = QPushButton(self.tr("Exercises…"))
        self.exercises_button.setAccessibleName(self.tr("Your exercises: make, change or share"))
        self.exercises_button.clicked.connect(self.exercises_requested)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status)
        header.addWidget(self.export_button)
        header.addWidget(self.exercises_button)

        self.pages = QStackedWidget()
        self.content = self._build_content()
        self.empty_page = self._build_empty_page()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.empty_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

    def _build_content(self) -> QWidget:
        self.today_card = SummaryCard(self.tr("Today"))
        self.week_card = SummaryCard(self.tr("This week"))
        self.month_card = SummaryCard(self.tr("This month"))
        self.rate_card = SummaryCard(self.tr("Completion rate"))
        self.streak_card = SummaryCard(self.tr("Streak (days)"))
        self.minutes_card = SummaryCard(self.tr("Time exercising"))
        self.upright_card = SummaryCard(self.tr("Sitting upright"))
        self.upright_card.setVisible(False)  # only with figures from posture sensing
        cards = QGridLayout()
        cards.setSpacing(8)
        for column, card in enumerate(
            (
                self.today_card,
                self.week_card,
                self.month_card,
                self.rate_card,
                self.streak_card,
                self.minutes_card,
                self.upright_card,
            )
        ):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        self.chart_caption = QLabel()
        self.chart_view = DailyChart()
        self.chart_view.setAccessibleName(self.tr("Completed breaks per day, last 30 days"))
        chart_box = QVBoxLayout()
        chart_box.addWidget(self.chart_caption)
        chart_box.addWidget(self.chart_view, 1)

        self.most_list = self._exercise_list(self.tr("Exercises done most"))
        self.least_list = self._exercise_list(self.tr("Exercises done least"))
        lists = QVBoxLayout()
        for caption, widget in (
            (self.tr("Done most"), self.most_list),
            (self.tr("Done least"), self.least_list),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            lists.addWidget(label)
            lists.addWidget(widget)
        lists.addStretch(1)

        middle = QHBoxLayout()
        middle.addLayout(chart_box, 3)
        middle.addLayout(lists, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Recent breaks, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setCornerButtonEnabled(False)
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns of recent breaks"))
        self.table.setMinimumHeight(110)
        self._size_columns()
        table_label = QLabel(self.tr("Recent breaks (the last {0})").format(RECENT_LIMIT))
        table_label.setBuddy(self.table)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cards)
        layout.addLayout(middle, 5)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 4)
        return page

    def _exercise_list(self, accessible_name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(accessible_name)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        rows = LIST_LENGTH + 0.5
        widget.setFixedHeight(int(widget.fontMetrics().height() * rows * 1.3) + 6)
        return widget

    def _size_columns(self) -> None:
        """Fixed widths from the font, not from the rows: measuring 200 rows would slow opening."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, samples in self.model.widest_texts().items():
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(text) for text in [*samples, heading])
            header.resizeSection(column, widest + 28)
        header.setSectionResizeMode(Column.EXERCISES, QHeaderView.ResizeMode.Stretch)

    def _build_empty_page(self) -> QWidget:
        heading = QLabel(self.tr("No breaks yet"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel(
            self.tr(
                "When you take your first break, this window shows how your days go: breaks "
                "per day, your streak, and the exercises you do most.\n\n"
                "You can take one now from the tray menu: Take a break now."
            )
        )
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setAccessibleName(self.tr("No breaks yet"))
        self.empty_text.setMaximumWidth(520)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(self.empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _fit_to_screen(self) -> None:
        """A comfortable size that still fits a 1366×768 laptop screen with its panels."""
        area = self.screen().availableGeometry()
        self.resize(min(1000, area.width() - 40), min(700, area.height() - 50))

    # --- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the log now if the window is shown; otherwise when it is next shown."""
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._load()
        super().showEvent(event)

    def _load(self) -> None:
        self._stale = False
        today = self._clock.now().date()
        recent = self._log.rows(limit=RECENT_LIMIT)
        self.model.set_rows(recent)
        self.export_button.setEnabled(bool(recent))
        if not recent:
            self.stats = None
            self.pages.setCurrentWidget(self.empty_page)
            return
        stats = compute_from_log(self._log, today=today, streak_min=self._streak_min)
        self.stats = stats
        self.pages.setCurrentWidget(self.content)
        self._show_cards(stats)
        self.chart_caption.setText(
            self.tr(
                "Last 30 days: breaks done (bars), streak goal {0} (dashed), "
                "stiffness 0–10 (orange)"
            ).format(stats.streak_min)
        )
        self.chart_view.set_days(stats.per_day, stats.streak_min)
        first_day = stats.per_day[0][0] if stats.per_day else today
        since = datetime.combine(first_day, time()).astimezone()
        ratings = daily_stiffness(self._log.checkins(since=since), self._clock.now())
        self.chart_view.set_stiffness(stats.per_day, ratings)
        enabled = self.enabled
        most, least = most_and_least(
            stats.per_exercise, self._titles if enabled is None else enabled
        )
        if enabled is not None:
            least = [item for item in least if item[0] in enabled]
        self._fill_list(self.most_list, most)
        self._fill_list(self.least_list, least)

    def _show_cards(self, stats: Stats) -> None:
        for card, counts in (
            (self.today_card, stats.today),
            (self.week_card, stats.this_week),
            (self.month_card, stats.this_month),
        ):
            card.show_figure(*self._counts_text(counts))
        if stats.completion_rate is None:
            self.rate_card.show_figure("—", self.tr("no reminders answered yet"))
        else:
            self.rate_card.show_figure(
                self.tr("{0}%").format(number(stats.completion_rate * 100)),
                self.tr("of reminders completed"),
            )
        self.streak_card.show_figure(
            str(stats.current_streak),
            self.tr("best {0} · goal {1} a day").format(stats.best_streak, stats.streak_min),
        )
        self.minutes_card.show_figure(format_minutes(stats.minutes_exercised), self.tr("all time"))
        self._show_upright()

    def _show_upright(self) -> None:
        """The last 7 days' share of the time the camera saw the user sitting upright."""
        today = self._clock.now().date()
        days = self._log.posture_days(since=today - timedelta(days=6), until=today)
        upright = sum(day.upright_seconds for day in days)
        seen = upright + sum(day.slouched_seconds for day in days)
        self.upright_card.setVisible(seen > 0)
        if seen > 0:
            self.upright_card.show_figure(
                f"{upright / seen:.0%}", self.tr("of the time the camera saw you, last 7 days")
            )

    def _counts_text(self, counts: Counts) -> tuple[str, str]:
        return (
            self.tr("{0} of {1}").format(counts.completed, counts.total),
            self.tr("completed"),
        )

    def _fill_list(self, widget: QListWidget, items: Sequence[tuple[str, int]]) -> None:
        widget.clear()
        if not items:
            placeholder = QListWidgetItem(self.tr("Nothing yet"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)
            return
        for exercise_id, count in items:
            name = self._titles.get(exercise_id, exercise_id)
            item = QListWidgetItem(self.tr("{0} — {1}").format(name, count))
            item.setData(Qt.ItemDataRole.UserRole, exercise_id)
            widget.addItem(item)

    # --- export --------------------------------------------------------------------------------

    def export_to(self, path: Path) -> int:
        """Write every break to `path`, as JSON if it ends in .json, CSV otherwise; returns the count."""
        rows = self._log.export_rows()
        if path.suffix.lower() == ".json":
            atomic_write_text(path, format_json(rows, self._log.posture_days()))
        else:
            atomic_write_text(path, format_csv(rows))
        return len(rows)

    def _ask_export(self) -> None:
        today = self._clock.now().date()
        suggested = Path.home() / f"postureapp-breaks-{today.isoformat()}.csv"
        csv_filter, json_filter = self.tr("CSV (*.csv)"), self.tr("JSON (*.json)")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export breaks"), str(suggested), f"{csv_filter};;{json_filter}"
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".json"):
            path = path.with_name(path.name + (".json" if chosen == json_filter else ".csv"))
        try:
            self.export_to(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("The breaks could not be saved to {0}: {1}").format(
                    path, error.strerror or error
                ),
            )
            return
        self.status.setText(self.tr("Saved to {0}").format(path.name))
