"""The history window's range: a preset (the last week, month, quarter, year, or everything) or
any from–to, picked from two dates that always show the range in force.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from postureapp.core.period import Period, Preset, preset_period
from postureapp.ui.local_formats import date_edit_format


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RangePicker(QWidget):
    """A preset list and two dates; editing a date switches to "From–to".

    Signals:
        changed(): the range changed (read it from `period`).
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._first_logged: date | None = None
        self._quiet = False
        self.presets = QComboBox()
        self.presets.setAccessibleName(self.tr("Range shown"))
        for preset, text in (
            (Preset.WEEK, self.tr("Last 7 days")),
            (Preset.MONTH, self.tr("Last 30 days")),
            (Preset.QUARTER, self.tr("Last 3 months")),
            (Preset.YEAR, self.tr("Last 12 months")),
            (Preset.ALL, self.tr("All time")),
            (Preset.CUSTOM, self.tr("From–to")),
        ):
            self.presets.addItem(text, preset.value)
        self.presets.setCurrentIndex(self.presets.findData(Preset.MONTH.value))
        self.first = self._date_edit(self.tr("First day shown"))
        self.last = self._date_edit(self.tr("Last day shown"))
        self.span = QLabel()
        self.span.setAccessibleName(self.tr("Days in the range"))
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.presets)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.presets)
        layout.addSpacing(8)
        layout.addWidget(self.first)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.last)
        layout.addWidget(self.span)
        layout.addStretch(1)
        self.presets.currentIndexChanged.connect(self._preset_chosen)
        self.first.dateChanged.connect(self._dates_edited)
        self.last.dateChanged.connect(self._dates_edited)
        self._show(self.period)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setDisplayFormat(date_edit_format())
        return edit

    @property
    def preset(self) -> Preset:
        return Preset(self.presets.currentData())

    @property
    def period(self) -> Period:
        if self.preset is Preset.CUSTOM:
            first, last = pydate(self.first.date()), pydate(self.last.date())
            return Period(min(first, last), max(first, last))
        return preset_period(self.preset, self._today, self._first_logged)

    def set_today(self, today: date, first_logged: date | None) -> None:
        """A new day, or a new first day in the log: presets move with it, no signal."""
        self._today, self._first_logged = today, first_logged
        self._show(self.period)

    def choose(self, preset: Preset) -> None:
        self.presets.setCurrentIndex(self.presets.findData(preset.value))

    def choose_days(self, first: date, last: date) -> None:
        """Show exactly these days (From–to)."""
        self._quiet = True
        self.first.setDate(qdate(first))
        self.last.setDate(qdate(last))
        self._quiet = False
        self.choose(Preset.CUSTOM)
        self._dates_edited()

    def _preset_chosen(self) -> None:
        self._show(self.period)
        self.changed.emit()

    def _dates_edited(self) -> None:
        if self._quiet:
            return
        if self.preset is not Preset.CUSTOM:
            self.presets.blockSignals(True)
            self.choose(Preset.CUSTOM)
            self.presets.blockSignals(False)
        self._show(self.period)
        self.changed.emit()

    def _show(self, period: Period) -> None:
        self._quiet = True
        bottom = qdate(min(self._first_logged or self._today, period.first))
        for edit in (self.first, self.last):
            edit.setDateRange(bottom.addYears(-1), qdate(self._today).addYears(1))
        self.first.setDate(qdate(period.first))
        self.last.setDate(qdate(period.last))
        self._quiet = False
        days = period.days
        self.span.setText(self.tr("1 day") if days == 1 else self.tr("{0} days").format(days))
