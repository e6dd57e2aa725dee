"""The look the app's own windows share: a type scale, spacing, and colours from the palette.

Colours come from the window's QPalette, so the break window, the notice, the check-in and the
status window follow a light or a dark desktop (or the app's own choice in Settings) and never
hard-code a background. Only the warm "it hurts" colour is chosen here, one shade for light
palettes and one for dark.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QWidget

#: Spacing steps, in device-independent pixels.
SMALL, MEDIUM, LARGE, XLARGE = 6, 12, 18, 28

#: Font sizes as multiples of the desktop's own text size.
SCALE = {
    "small": 0.9,
    "body": 1.0,
    "lead": 1.3,
    "title": 1.8,
    "display": 2.6,
}


def font(base: QFont, role: str, *, bold: bool = False) -> QFont:
    """`base` at the size of `role` in the type scale."""
    sized = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    sized.setPointSizeF(size * SCALE[role])
    sized.setBold(bold)
    return sized


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def accent(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Highlight)


def muted(palette: QPalette) -> QColor:
    """Secondary text: the palette's placeholder colour, or the text colour half way to the window."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        (text.red() + window.red() * 2) // 3 + 0,
        (text.green() + window.green() * 2) // 3,
        (text.blue() + window.blue() * 2) // 3,
    )
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    return placeholder if placeholder.isValid() and placeholder != text else mixed


def warning(palette: QPalette) -> QColor:
    """The colour of "this hurts": a deep red on light windows, a soft one on dark ones."""
    return QColor("#f2b8b5") if is_dark(palette) else QColor("#b3261e")


def card(palette: QPalette) -> QColor:
    """A surface that stands a little apart from the window: the picture's card."""
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    return (
        base
        if base != window
        else window.lighter(108)
        if not is_dark(palette)
        else window.lighter(130)
    )


def colour_text(label: QLabel, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def stylesheet(palette: QPalette) -> str:
    """Buttons of the family: rounded, with one accent-coloured main action and a quiet link."""
    warm = warning(palette).name()
    return f"""
        QPushButton {{
            border: 1px solid palette(mid); border-radius: 8px; padding: 7px 16px;
            background: palette(button); color: palette(button-text);
        }}
        QPushButton:hover {{ border-color: palette(highlight); }}
        QPushButton:focus {{ border: 2px solid palette(highlight); padding: 6px 15px; }}
        QPushButton:disabled {{ color: palette(mid); }}
        QPushButton#primary {{
            background: palette(highlight); color: palette(highlighted-text); border: none;
            padding: 8px 18px;
        }}
        QPushButton#primary:focus {{ border: 2px solid palette(window-text); padding: 6px 16px; }}
        QPushButton#quiet {{
            background: transparent; border: none; color: palette(link); padding: 4px 6px;
            text-decoration: underline;
        }}
        QPushButton#rating {{ padding: 5px 0px; border-radius: 6px; }}
        QPushButton#rating:focus {{ padding: 4px 0px; }}
        QPushButton:checked {{
            background: palette(highlight); color: palette(highlighted-text);
            border-color: palette(highlight);
        }}
        QPushButton#hurt {{
            background: transparent; color: {warm}; border: 1px solid {warm};
        }}
        QPushButton#hurt:hover {{ border-width: 2px; padding: 6px 15px; }}
    """


_DARK = {
    QPalette.ColorRole.Window: "#202329",
    QPalette.ColorRole.WindowText: "#e8e9eb",
    QPalette.ColorRole.Base: "#171a1f",
    QPalette.ColorRole.AlternateBase: "#262a31",
    QPalette.ColorRole.Text: "#e8e9eb",
    QPalette.ColorRole.Button: "#2b2f37",
    QPalette.ColorRole.ButtonText: "#e8e9eb",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#7cb1f2",
    QPalette.ColorRole.HighlightedText: "#0d1622",
    QPalette.ColorRole.Link: "#8fbcf5",
    QPalette.ColorRole.LinkVisited: "#b6a3f0",
    QPalette.ColorRole.PlaceholderText: "#9aa0a8",
    QPalette.ColorRole.ToolTipBase: "#2b2f37",
    QPalette.ColorRole.ToolTipText: "#e8e9eb",
    QPalette.ColorRole.Light: "#3a3f48",
    QPalette.ColorRole.Midlight: "#333840",
    QPalette.ColorRole.Mid: "#4a505a",
    QPalette.ColorRole.Dark: "#121417",
    QPalette.ColorRole.Shadow: "#000000",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, name in _DARK.items():
        palette.setColor(role, QColor(name))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b717a"))
    return palette


def apply_colour_scheme(choice: str) -> None:
    """Follow the desktop ("system"), or use the app's own light or dark palette."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication) or choice not in ("light", "dark"):
        return
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if choice == "dark" else app.style().standardPalette())


def polish(widget: QWidget) -> None:
    """Give a window of the family its buttons' look."""
    widget.setStyleSheet(stylesheet(widget.palette()))


def text_height(font: QFont, width: int, texts: Iterable[str]) -> int:
    """The height of the tallest of `texts` wrapped at `width`: a box that never needs to grow."""
    metrics = QFontMetrics(font)
    flags = int(Qt.TextFlag.TextWordWrap)
    return max(
        (metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height() for text in texts),
        default=metrics.height(),
    )


def label(role: str, *, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setFont(font(label.font(), role, bold=bold))
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
