"""The report's exercise table and its notes from check-ins (ui.report paints the rest).

Their words are the report's, in its translation context ("ReportPainter").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF

from postureapp.core.history import CheckIn
from postureapp.core.terms import Feeling
from postureapp.ui.history_cards import short_date
from postureapp.ui.history_chart import WARNING_COLOUR
from postureapp.ui.history_checkins import feeling_name

if TYPE_CHECKING:
    from postureapp.ui.report import ReportPainter

TOP_EXERCISES = 8
INK = QColor("#1d1d1f")
MUTED = QColor("#5b5b66")
ACCENT = QColor("#2a6fdb")
BOX = QColor("#eef1f6")


def exercise_table(r: ReportPainter, rect: QRectF) -> None:
    """The exercises done most: done, ended early and minutes, the headings shrunk to fit."""
    rows = [(key, t) for key, t in r.review.per_exercise if t.completed or t.ended_early]
    rows = rows[:TOP_EXERCISES]
    columns = (
        (QCoreApplication.translate("ReportPainter", "Exercise"), 0.52, Qt.AlignmentFlag.AlignLeft),
        (QCoreApplication.translate("ReportPainter", "Done"), 0.14, Qt.AlignmentFlag.AlignRight),
        (QCoreApplication.translate("ReportPainter", "Early"), 0.14, Qt.AlignmentFlag.AlignRight),
        (QCoreApplication.translate("ReportPainter", "Minutes"), 0.20, Qt.AlignmentFlag.AlignRight),
    )
    row_height = r.mm(4.6)
    y = rect.top()
    points = 8.0  # smaller for a language whose headings do not fit their columns at 8 pt
    while points > 6 and any(
        QFontMetricsF(r.font(points, bold=True), r.p.device()).horizontalAdvance(caption)
        > rect.width() * share - r.mm(1.5)
        for caption, share, _align in columns[1:]
    ):
        points -= 0.5
    r.p.setFont(r.font(points, bold=True))
    x = rect.left()
    for caption, share, align in columns:
        cell = QRectF(x, y, rect.width() * share - r.mm(1), row_height)
        r.p.setPen(MUTED)
        r.p.drawText(cell, int(align | Qt.AlignmentFlag.AlignVCenter), caption)
        x += rect.width() * share
    y += row_height
    r.p.fillRect(QRectF(rect.left(), y, rect.width(), r.mm(0.3)), MUTED)
    if not rows:
        r.text(
            QCoreApplication.translate("ReportPainter", "None done in this period."),
            QRectF(rect.left(), y + 4, rect.width(), row_height),
            9,
            colour=MUTED,
        )
        return
    r.p.setFont(r.font(8.5))
    metrics = QFontMetricsF(r.p.font(), r.p.device())
    for n, (key, tally) in enumerate(rows):
        if n % 2:
            r.p.fillRect(QRectF(rect.left(), y, rect.width(), row_height), BOX)
        cells = (
            r.title(key),
            str(tally.completed),
            str(tally.ended_early),
            f"{tally.minutes:.0f}",
        )
        x = rect.left()
        for (_caption, share, align), value in zip(columns, cells, strict=True):
            width = rect.width() * share - r.mm(1)
            shown = metrics.elidedText(value, Qt.TextElideMode.ElideRight, width)
            r.p.setPen(INK)
            cell = QRectF(x + r.mm(0.5), y, width, row_height)
            r.p.drawText(cell, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
            x += rect.width() * share
        y += row_height


def notes(r: ReportPainter) -> None:
    """Every note with a warning sign, then the newest others that fit; newest first."""
    r.y += r.heading(
        QCoreApplication.translate("ReportPainter", "Notes from check-ins (newest first)")
    )
    notes = list(reversed(r.review.notes))
    if not notes:
        rect = QRectF(r.left, r.y, r.width, r.mm(6))
        r.text(
            QCoreApplication.translate("ReportPainter", "No notes in this period."),
            rect,
            9,
            colour=MUTED,
        )
        return
    label_width, gap = r.mm(46), r.mm(1.2)
    body_width = r.width - label_width
    heads = {id(c): _note_head(c) for c in notes}
    # A note taller than NOTE_MM is cut at a word, and says how many words it leaves out.
    texts = {id(c): _fitted(r, _note_text(c), body_width, r.mm(NOTE_MM)) for c in notes}
    heights = {  # the longer of the two: a long feeling's name may wrap in its column
        id(c): max(
            r.measure(texts[id(c)], body_width, 8.5),
            r.measure(heads[id(c)], label_width - r.mm(2), 8, c.feeling == Feeling.WARNING),
        )
        for c in notes
    }
    room = r.bottom - r.mm(12) - r.y
    chosen: set[int] = set()
    warned = [c for c in notes if c.feeling == Feeling.WARNING]
    for checkin in [*warned, *(c for c in notes if c.feeling != Feeling.WARNING)]:
        if heights[id(checkin)] + gap <= room:
            chosen.add(id(checkin))
            room -= heights[id(checkin)] + gap
    for checkin in (c for c in notes if id(c) in chosen):
        height = heights[id(checkin)]
        head = heads[id(checkin)]
        warning = checkin.feeling == Feeling.WARNING
        colour = QColor(WARNING_COLOUR) if warning else MUTED
        rect = QRectF(r.left, r.y, label_width - r.mm(2), height)
        r.text(head, rect, 8, bold=warning, colour=colour)
        body = QRectF(r.left + label_width, r.y, body_width, height)
        r.text(texts[id(checkin)], body, 8.5)
        r.y += height + gap
    if left := len(notes) - len(chosen):
        if left == 1:
            more = QCoreApplication.translate(
                "ReportPainter", "1 more note is in the app and its export."
            )
        else:
            more = QCoreApplication.translate(
                "ReportPainter", "{0} more notes are in the app and its export."
            ).format(left)
        rect = QRectF(r.left, r.y, r.width, r.mm(5))
        r.y += r.text(more, rect, 8, colour=MUTED)


# The most height one note takes (three or four lines): one long note never crowds out the rest.
NOTE_MM = 13.5


def _fitted(r: ReportPainter, text: str, width: float, height: float) -> str:
    """`text` whole if it fits `height` when wrapped to `width`; else its first words and how
    many more there are (always two or more: a note is never cut for its last word)."""
    if r.measure(text, width, 8.5) <= height:
        return text
    words = text.split(" ")

    def cut(keep: int) -> str:
        more = QCoreApplication.translate("ReportPainter", "… ({0} more words in the app)")
        return " ".join(words[:keep]) + " " + more.format(len(words) - keep)

    low, high = 0, len(words) - 2  # the most words kept that still fit, by halving
    while low < high:
        middle = (low + high + 1) // 2
        if r.measure(cut(middle), width, 8.5) <= height:
            low = middle
        else:
            high = middle - 1
    return cut(low)


def _note_head(checkin: CheckIn) -> str:
    stiffness = "" if checkin.stiffness is None else f", {checkin.stiffness}/10"
    return f"{short_date(checkin.at.date())} · {feeling_name(checkin.feeling)}{stiffness}"


def _note_text(checkin: CheckIn) -> str:
    return " ".join((checkin.note or "").split())
