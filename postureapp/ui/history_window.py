"""The history window: any range of the log as cards, charts over time, per exercise and body
area, the check-ins and the breaks themselves; import, export and a one-page report.

Every figure comes from the log's summary tables (`core.review`), plus at most a few hundred rows
for the tables, so the window opens and redraws fast on years of history. The app imports it
(and QtCharts, in ui.history_chart) when the user first asks for the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from postureapp import __version__
from postureapp.core.clock import Clock
from postureapp.core.history import BreakLog, Merged
from postureapp.core.library_words import os_reason
from postureapp.core.period import Grain, Period
from postureapp.core.review import Review, review
from postureapp.ui.history_cards import (
    LIST_LENGTH,
    Cards,
    SummaryCard,
    format_minutes,
    most_and_least,
)
from postureapp.ui.history_chart import DailyChart
from postureapp.ui.history_checkins import CheckInsModel, size_columns
from postureapp.ui.history_exercises import ExercisesPanel, titles_of
from postureapp.ui.history_model import Column, RecentBreaksModel
from postureapp.ui.history_range import RangePicker
from postureapp.ui.history_transfer import ImportJob, export_log, export_path

__all__ = ["HistoryWindow", "SummaryCard", "format_minutes", "most_and_least"]

#: The breaks table shows only this many of the range, so it fills in milliseconds.
RECENT_LIMIT = 200


def _bold(widget: QWidget, scale: float) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


class HistoryWindow(QWidget):
    """Any range of the break log, read from the summary tables; import, export and the report.

    Signals:
        exercises_requested(): the user asked for the exercises (to make or change their own).

    It writes only what the user asks for: an export, a report, an import into the log.
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
        exercise_areas: Mapping[str, Sequence[str]] | None = None,
        enabled: Iterable[str] | None = None,
        version: str = __version__,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._log = log
        self._clock = clock
        self._streak_min = streak_min
        self._titles = dict(exercise_titles or {})
        self._areas = dict(exercise_areas or {})
        self._version = version
        #: The exercises the settings may offer; only these appear as "done least" (None: all).
        self.enabled: set[str] | None = None if enabled is None else set(enabled)
        self._stale = True
        self.review: Review | None = None
        self.import_job: ImportJob | None = None
        self.setWindowTitle(self.tr("postureapp — History"))
        self.model = RecentBreaksModel(self._titles, self)
        self.checkins_model = CheckInsModel(self)
        self._build()
        self._fit_to_screen()
        self._load()

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Your breaks"))
        title.setFont(_bold(title, 1.4))
        title.setAccessibleName(self.tr("Your breaks"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Result of the last import, export or report"))
        self.status.setOpenExternalLinks(True)
        self.import_button = self._button(
            self.tr("Import…"), self.tr("Import breaks and check-ins from a CSV or JSON export")
        )
        self.import_button.clicked.connect(self._ask_import)
        self.export_button = self._button(
            self.tr("Export…"), self.tr("Export all breaks and check-ins as CSV or JSON")
        )
        self.export_button.clicked.connect(self._ask_export)
        self.report_button = self._button(
            self.tr("Report…"), self.tr("Save a one-page PDF report of the range shown")
        )
        self.report_button.clicked.connect(self._ask_report)
        self.exercises_button = self._button(
            self.tr("Exercises…"), self.tr("Your exercises: make, change or share")
        )
        self.exercises_button.clicked.connect(self.exercises_requested)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status)
        for button in (
            self.import_button,
            self.export_button,
            self.report_button,
            self.exercises_button,
        ):
            header.addWidget(button)

        self.range = RangePicker(self._clock.now().date())
        self.range.changed.connect(self._load)
        self.pages = QStackedWidget()
        self.content = self._build_content()
        self.empty_page = self._build_empty_page()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.empty_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.range)
        layout.addWidget(self.pages, 1)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        return button

    def _build_content(self) -> QWidget:
        self.cards = Cards()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Views of the range"))
        self.tabs.addTab(self._build_over_time(), self.tr("&Over time"))
        self.exercises_panel = ExercisesPanel(titles_of(self._titles))
        self.tabs.addTab(self.exercises_panel, self.tr("E&xercises and areas"))
        self.checkins_table = self._table(self.checkins_model, self.tr("Check-ins, newest first"))
        self.checkins_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.checkins_table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.checkins_table, self.tr("&Check-ins"))
        self.table = self._table(self.model, self.tr("Breaks in the range, newest first"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns of the breaks"))
        self._size_columns()
        self.tabs.addTab(self.table, self.tr("&Breaks"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cards)
        layout.addWidget(self.tabs, 1)
        return page

    def _build_over_time(self) -> QWidget:
        self.chart_caption = QLabel()
        self.chart_caption.setWordWrap(True)
        self.chart_view = DailyChart()
        self.chart_view.setAccessibleName(self.tr("Breaks over the range, with stiffness"))
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
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(chart_box, 3)
        layout.addLayout(lists, 1)
        return page

    def _table(self, model: object, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)  # type: ignore[arg-type]
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setCornerButtonEnabled(False)
        table.setMinimumHeight(110)
        return table

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
        size_columns(self.checkins_table, self.model.widest_texts()[Column.WHEN])

    def _build_empty_page(self) -> QWidget:
        heading = QLabel(self.tr("No breaks yet"))
        heading.setFont(_bold(heading, 1.3))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel(
            self.tr(
                "When you take your first break, this window shows how your days go: breaks "
                "per day, your streak, and the exercises you do most.\n\n"
                "You can take one now from the tray menu: Take a break now. "
                "Or bring your history from another computer with Import…."
            )
        )
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setAccessibleName(self.tr("No breaks yet"))
        self.empty_text.setFixedWidth(520)  # and as tall as its lines: aligned, a wrapped label
        self.empty_text.setMinimumHeight(self.empty_text.heightForWidth(520))  # gets too few
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
        self.resize(min(1100, area.width() - 40), min(700, area.height() - 50))

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

    @property
    def period(self) -> Period:
        return self.range.period

    def _load(self) -> None:
        self._stale = False
        now = self._clock.now()
        first_logged = self._log.first_day()
        self.range.set_today(now.date(), first_logged)
        has_breaks = first_logged is not None
        self.export_button.setEnabled(has_breaks)
        self.report_button.setEnabled(has_breaks)
        if not has_breaks:
            self.review = None
            self.model.set_rows([])
            self.pages.setCurrentWidget(self.empty_page)
            return
        period = self.range.period
        found = review(
            self._log,
            period,
            streak_min=self._streak_min,
            areas=self._areas,
            enabled=self.enabled,
        )
        self.review = found
        self.pages.setCurrentWidget(self.content)
        self.cards.show_review(found)
        self.cards.show_posture(self._log.posture_days(since=period.first, until=period.last))
        self.chart_caption.setText(self._caption(found))
        self.chart_view.set_bars(found.bars, found.grain, found.streak_min)
        self._show_lists(found)
        self.exercises_panel.show_review(found)
        self.checkins_model.set_rows(found.checkins)
        zone = now.tzinfo
        since = datetime.combine(period.first, time(), zone)
        until = datetime.combine(period.last + timedelta(days=1), time(), zone)
        self.model.set_rows(self._log.rows(since=since, until=until, limit=RECENT_LIMIT))

    def _caption(self, found: Review) -> str:
        per = {
            Grain.DAY: self.tr("Breaks per day"),
            Grain.WEEK: self.tr("Breaks per week"),
            Grain.MONTH: self.tr("Breaks per month"),
        }[found.grain]
        goal = self.tr("goal {0} a day (dashed); ").format(found.streak_min)
        return (
            per
            + self.tr(": done, ended early (paler), put off (grey); ")
            + (goal if found.grain is Grain.DAY else "")
            + self.tr("stiffness 0–10 (orange); ▲ a warning sign")
        )

    def _show_lists(self, found: Review) -> None:
        done = [(key, tally.completed) for key, tally in found.per_exercise if tally.completed]
        enabled = self.enabled
        most, least = most_and_least(done, self._titles if enabled is None else enabled)
        if enabled is not None:
            least = [item for item in least if item[0] in enabled]
        self._fill_list(self.most_list, most)
        self._fill_list(self.least_list, least)

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

    # --- export, import, report ------------------------------------------------------------------

    def export_to(self, path: Path) -> tuple[int, int]:
        """Write every break and check-in to `path` (JSON for .json, else CSV); the counts."""
        return export_log(self._log, path)

    def _ask_export(self) -> None:
        today = self._clock.now().date()
        suggested = Path.home() / f"postureapp-history-{today.isoformat()}.csv"
        csv_filter, json_filter = self.tr("CSV (*.csv)"), self.tr("JSON (*.json)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export breaks and check-ins"),
            str(suggested),
            f"{csv_filter};;{json_filter}",
        )
        if not name:
            return
        path = export_path(name, chosen == json_filter)
        if path is None:
            said = self.tr("cannot tell the format from {0}: name the file .csv or .json")
            QMessageBox.warning(self, self.tr("Export failed"), said.format(Path(name).name))
            return
        try:
            breaks, checkins = self.export_to(path)
        except OSError as error:
            self._warn(self.tr("Export failed"), path, error)
            return
        self.status.setText(
            self.tr("wrote {0} breaks and {1} check-ins to {2}").format(breaks, checkins, path.name)
        )

    def import_from(self, path: Path) -> ImportJob:
        """Merge an export into the log, on a thread; the window reloads when it is done."""
        job = ImportJob(path, self._log.path, self._clock.now(), self)
        job.merged.connect(lambda merged: self._imported(path, merged))
        job.refused.connect(lambda reason: self._import_refused(path, reason))
        job.finished.connect(lambda: self.import_button.setEnabled(True))
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing {0}…").format(path.name))
        self.import_job = job
        job.start()
        return job

    def _ask_import(self) -> None:
        name, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Import breaks and check-ins"),
            str(Path.home()),
            self.tr("Exports (*.csv *.json);;All files (*)"),
        )
        if name:
            self.import_from(Path(name))

    def _imported(self, path: Path, merged: Merged) -> None:
        text = self.tr("added {0}, already present {1}").format(
            merged.breaks_added, merged.breaks_present
        )
        if merged.checkins_added or merged.checkins_present:
            text += "\n" + self.tr("check-ins: added {0}, already present {1}").format(
                merged.checkins_added, merged.checkins_present
            )
        self.status.setText(self.tr("Imported {0}").format(path.name))
        self.refresh()
        self.message = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Import done"), text, parent=self
        )
        self.message.setModal(False)
        self.message.show()

    def _import_refused(self, path: Path, reason: str) -> None:
        self.status.setText(self.tr("Nothing was imported"))
        lines = reason.splitlines()  # the file, then its problems: the first shown, all below
        self.message = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Import failed"), "\n".join(lines[:2]), parent=self
        )
        if len(lines) > 2:
            self.message.setDetailedText("\n".join(lines[1:]))
        self.message.setModal(False)
        self.message.show()

    def report_to(self, path: Path) -> None:
        """Write the one-page PDF report of the range shown to `path`."""
        from postureapp.ui.report_pdf import write_report  # loaded with the first report

        if self.review is None:
            raise ValueError("nothing to report: the log is empty")
        write_report(
            path,
            self.review,
            self._titles,
            today=self._clock.now().date(),
            version=self._version,
        )

    def _ask_report(self) -> None:
        period = self.range.period
        suggested = Path.home() / (
            f"postureapp-report-{period.first.isoformat()}-{period.last.isoformat()}.pdf"
        )
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report_to(path)
        except OSError as error:
            self._warn(self.tr("The report was not saved"), path, error)
            return
        finally:
            QApplication.restoreOverrideCursor()
        link = QUrl.fromLocalFile(str(path)).toString()
        self.status.setText(
            self.tr('Report saved: <a href="{0}">{1}</a>').format(
                link, path.name.replace("<", "&lt;")
            )
        )

    def _warn(self, title: str, path: Path, error: OSError) -> None:
        QMessageBox.warning(
            self,
            title,
            self.tr("{0} could not be written: {1}").format(
                path, os_reason(error).text(QCoreApplication.translate)
            ),
        )
