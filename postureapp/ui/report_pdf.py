"""The one-page report as a PDF file: Qt's own writer (`QPdfWriter`), A4 or Letter after the
user's locale, written beside the target and moved into place only once it is whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from postureapp.core.review import Review
from postureapp.ui.report import paint_report, report_title

#: Print resolution: the page's coordinates are in these dots per inch.
DPI = 300


def page_size_for(locale: QLocale) -> QPageSize:
    """Letter where the locale measures in US units, A4 elsewhere."""
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def write_report(
    path: Path,
    review: Review,
    titles: Mapping[str, str],
    *,
    today: date,
    version: str,
) -> None:
    """Write the one-page PDF to `path` (replacing it); OSError when it cannot be written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    writer = QPdfWriter(str(partial))
    writer.setResolution(DPI)
    writer.setCreator("postureapp")
    writer.setTitle(report_title())
    writer.setPageLayout(
        QPageLayout(
            page_size_for(QLocale()),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: the PDF could not be started")
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        paint_report(painter, page, review, titles, today=today, version=version)
    except BaseException:
        painter.end()
        partial.unlink(missing_ok=True)
        raise
    if not painter.end() or not partial.exists():
        partial.unlink(missing_ok=True)
        raise OSError(f"{path}: the PDF could not be written")
    partial.replace(path)
