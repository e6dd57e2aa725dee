"""Render every step of every built-in exercise, start and end pose, right and left side.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/contact_sheet.py
    ... --dark               the dark theme (writes exercises-dark.png)
    ... --only cat-cow       one exercise (for a closer look); --cell 472x315 for another size
    ... --out FILE           somewhere else

Each row is one step: its text, then the start and end pose for the right side and, for exercises
done on both sides, the mirrored left side. The pictures are painted by the same code as the break
window's, at the size the break window gives them on a 1366x768 screen (337 px square), on
the same card colour.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPalette

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from postureapp.core.exercises import Exercise, load_library  # noqa: E402
from postureapp.core.pose.model import PoseSpec  # noqa: E402
from postureapp.ui.figure import paint_picture, picture_for  # noqa: E402
from postureapp.ui.figure_paint import Colours  # noqa: E402

TEXT_WIDTH = 300
GAP = 8


def palette(dark: bool) -> QPalette:
    pal = QPalette()
    window, text = ("#202124", "#e8eaed") if dark else ("#efefef", "#1f1f1f")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        pal.setColor(role, QColor(window))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        pal.setColor(role, QColor(text))
    return pal


def rows_of(exercises: list[Exercise]) -> list[tuple[Exercise, int]]:
    return [(ex, i) for ex in exercises for i in range(len(ex.steps))]


def render(exercises: list[Exercise], cell: QSize, dark: bool, out: Path) -> None:
    pal = palette(dark)
    colours = Colours.from_palette(pal)
    header = 34
    columns = 4
    cw, ch = cell.width(), cell.height()
    width = TEXT_WIDTH + columns * (cw + GAP) + GAP
    height = sum(header + len(ex.steps) * (ch + GAP) for ex in exercises) + GAP
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(pal.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    text_colour = pal.color(QPalette.ColorRole.WindowText)
    title_font, body_font = QFont("DejaVu Sans", 13), QFont("DejaVu Sans", 9)
    title_font.setBold(True)
    y = GAP
    for ex in exercises:
        painter.setFont(title_font)
        painter.setPen(text_colour)
        sides = "both sides" if ex.sides == "both" else "no sides"
        painter.drawText(
            QRect(GAP, y, width - 2 * GAP, header),
            Qt.AlignmentFlag.AlignVCenter,
            f"{ex.title}   ({ex.id}, {ex.movement}, {ex.position}, {sides})",
        )
        y += header
        for number, step in enumerate(ex.steps, start=1):
            painter.setFont(body_font)
            painter.setPen(text_colour)
            note = f"Step {number}: {step.seconds} s, {step.cue or 'no cue'}\n\n{step.text}"
            painter.drawText(
                QRect(GAP, y + 6, TEXT_WIDTH - 2 * GAP, ch - 12),
                Qt.TextFlag.TextWordWrap,
                note,
            )
            picture = step.pose
            labels = ["right: start", "right: end", "left: start", "left: end"]
            for column in range(columns):
                left = column >= 2
                if left and ex.sides != "both":
                    continue
                x = TEXT_WIDTH + column * (cw + GAP)
                painter.save()
                painter.translate(QPoint(x, y))
                painter.setClipRect(QRect(0, 0, cw, ch))
                painter.fillRect(QRect(0, 0, cw, ch), colours.background)  # the picture card
                if isinstance(picture, PoseSpec):
                    paint_picture(
                        painter,
                        cell,
                        picture_for(picture),
                        colours,
                        t=float(column % 2),
                        mirrored=left and step.mirror,
                    )
                painter.setPen(colours.prop_outline)
                painter.setFont(body_font)
                painter.drawText(QRect(6, 4, cw, 16), Qt.AlignmentFlag.AlignLeft, labels[column])
                painter.restore()
            y += ch + GAP
    painter.end()
    image.save(str(out))
    print(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument(
        "--cell",
        default="337x337",
        help="picture size, WIDTHxHEIGHT (default: the break window's at 1366x768)",
    )
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    _app = QGuiApplication(sys.argv[:1])
    assets = ROOT / "assets"
    library = load_library(assets / "exercises", assets / "illustrations", None)
    for problem in library.problems:
        print(problem, file=sys.stderr)
    exercises = sorted(library.exercises.values(), key=lambda ex: ex.id)
    if args.only:
        exercises = [ex for ex in exercises if ex.id in args.only]
    name = "exercises-dark.png" if args.dark else "exercises.png"
    width, _, height = args.cell.partition("x")
    cell = QSize(int(width), int(height or width))
    render(exercises, cell, args.dark, args.out or HERE / name)


if __name__ == "__main__":
    main()
