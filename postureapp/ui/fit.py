"""Scroll areas that scroll down only: a translated label or a row of check boxes makes the column
wider instead of hiding its end behind a sideways scroll bar."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea


def fit_width(scroll: QScrollArea) -> None:
    """Make `scroll` at least as wide as the widest row of the widget it holds (call it once that
    widget has its words)."""
    inner = scroll.widget()
    if inner is None:
        return
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(inner.minimumSizeHint().width() + bar + 2 * scroll.frameWidth())
