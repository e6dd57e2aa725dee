"""The history window's six cards: each a figure of the range shown, its caption and a line of
context (breaks done, completion rate, days the goal was met, streak, time, stiffness), and a
seventh, "Sitting upright", only when posture sensing left figures in the range.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from postureapp.core.history.posture_days import PostureDay
from postureapp.core.review import Review
from postureapp.ui.local_formats import number

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


def percent(share: float) -> str:
    return QCoreApplication.translate("HistoryWindow", "{0}%").format(number(share * 100))


def one_decimal(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def _date_format(short_month: bool) -> str:
    """The locale's long date without the weekday: 'd. MMMM yyyy', 'MMMM d, yyyy', 'yyyy年M月d日'."""
    shape = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    shape = re.sub(r"dddd[,،]?\s*", "", shape).strip().rstrip(",").strip()
    return shape.replace("MMMM", "MMM") if short_month else shape


def long_date(day: date) -> str:
    """'27 November 2026', '27. November 2026', in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), _date_format(False))


def short_date(day: date) -> str:
    """'27 Nov 2026', '27. Nov. 2026', in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), _date_format(True))


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


class Cards(QWidget):
    """The six figures of a range, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done_card = SummaryCard(self.tr("Breaks done"))
        self.rate_card = SummaryCard(self.tr("Completion rate"))
        self.goal_card = SummaryCard(self.tr("Goal met"))
        self.streak_card = SummaryCard(self.tr("Streak (days)"))
        self.minutes_card = SummaryCard(self.tr("Time exercising"))
        self.stiffness_card = SummaryCard(self.tr("Stiffness"))
        self.upright_card = SummaryCard(self.tr("Sitting upright"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for column, card in enumerate((*self.cards, self.upright_card)):
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
        self.upright_card.setVisible(False)  # only with figures from posture sensing

    @property
    def cards(self) -> tuple[SummaryCard, ...]:
        return (
            self.done_card,
            self.rate_card,
            self.goal_card,
            self.streak_card,
            self.minutes_card,
            self.stiffness_card,
        )

    def show_review(self, review: Review) -> None:
        total, days = review.total, review.period.days
        self.done_card.show_figure(
            self.tr("{0} of {1}").format(total.completed, total.offered),
            self.tr("{0} ended early, {1} skipped or snoozed").format(
                total.ended_early, total.not_done
            ),
        )
        if total.rate is None:
            self.rate_card.show_figure("—", self.tr("no reminders in this range"))
        else:
            self.rate_card.show_figure(percent(total.rate), self.tr("of reminders completed"))
        self.goal_card.show_figure(
            self.tr("{0} of {1}").format(review.good_days, days),
            self.tr("days with {0} or more breaks done").format(review.streak_min),
        )
        self.streak_card.show_figure(
            str(review.current_streak),
            self.tr("best {0} · goal {1} a day").format(review.best_streak, review.streak_min),
        )
        self.minutes_card.show_figure(
            format_minutes(total.minutes),
            self.tr("{0} a day on average").format(format_minutes(total.minutes / days)),
        )
        self._show_stiffness(review)

    def _show_stiffness(self, review: Review) -> None:
        ends = review.stiffness_ends()
        warned = len(review.warning_days)
        if ends is not None:
            value = f"{one_decimal(ends[0])} → {one_decimal(ends[1])}"
            detail = self.tr("0–10, first and last week rated")
        elif review.stiffness:
            value = one_decimal(review.stiffness[0][1])
            detail = self.tr("0–10, one day rated")
        else:
            value, detail = "—", self.tr("no ratings in this range")
        if warned:
            detail += "\n" + (
                self.tr("a warning sign on 1 day")
                if warned == 1
                else self.tr("a warning sign on {0} days").format(warned)
            )
        self.stiffness_card.show_figure(value, detail)

    def show_posture(self, days: Sequence[PostureDay]) -> None:
        """The share of the time the camera saw the user sitting upright over the range's days;
        the card is hidden when the camera saw nobody in the range (or was never on)."""
        upright = sum(day.upright_seconds for day in days)
        seen = upright + sum(day.slouched_seconds for day in days)
        self.upright_card.setVisible(seen > 0)
        if seen > 0:
            self.upright_card.show_figure(
                percent(upright / seen),
                self.tr("of the time the camera saw you in this range"),
            )
