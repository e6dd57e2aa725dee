"""Paints a posed figure's scene with QPainter, in colours taken from the widget's palette.

The body is a calm mid-tone that reads on light and dark windows alike; the moving part takes one
warm accent; props are muted, so they set the scene without competing with the figure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from postureapp.core.pose.geometry import Point
from postureapp.core.pose.picture import Arrow, Frame
from postureapp.core.pose.scene import Group, Scene, Shape
from postureapp.ui import theme


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


@dataclass(frozen=True)
class Colours:
    background: QColor
    outline: QColor
    fills: dict[str, QColor]
    prop_outline: QColor
    arrow: QColor
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colours:
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = window.lightnessF() < 0.5
        blue = QColor("#6f8fb4") if not dark else QColor("#8aa6c8")
        body = _mix(_mix(window, text, 0.45), blue, 0.7)
        far = _mix(body, window, 0.38) if not dark else _mix(body, window, 0.42)
        outline = _mix(body, text, 0.62) if not dark else _mix(body, window, 0.72)
        accent = QColor("#ef7d1a") if not dark else QColor("#f59a3c")
        prop = _mix(window, text, 0.13 if not dark else 0.2)
        prop_outline = _mix(window, text, 0.42 if not dark else 0.45)
        skin = QColor("#f6dcc6") if not dark else QColor("#f0d2b8")
        fills = {
            "body": body,
            "far": far,
            "accent": accent,
            "skin": skin,
            "nose": skin,
            "hair": _mix(outline, body, 0.25),
            "eye": _mix(outline, QColor("black"), 0.4),
            "prop": prop,
            "towel": _mix(prop, QColor("#7fb48a"), 0.55),
            "mat": _mix(prop, QColor("#8fa8a0"), 0.35),
        }
        # the figure sits on the break window's picture card: the arrows' halo takes its colour
        return cls(theme.card(palette), outline, fills, prop_outline, accent, dark)


def _grown(points: Sequence[Point], by: float) -> QPolygonF:
    """A convex outline pushed out by `by` pixels all round (its corners stay sharp enough:
    the outlines are smooth hulls with many points)."""
    n = len(points)
    area = sum(
        points[i][0] * points[(i + 1) % n][1] - points[(i + 1) % n][0] * points[i][1]
        for i in range(n)
    )
    sign = 1.0 if area > 0 else -1.0  # outward normals for either winding
    normals = []
    for i in range(n):
        (x0, y0), (x1, y1) = points[i], points[(i + 1) % n]
        length = math.hypot(x1 - x0, y1 - y0) or 1.0
        normals.append((sign * (y1 - y0) / length, -sign * (x1 - x0) / length))
    out = []
    for i in range(n):
        (ax, ay), (bx, by_) = normals[i - 1], normals[i]
        mx, my = ax + bx, ay + by_
        size = math.hypot(mx, my)
        if size < 1e-6:
            mx, my, size = bx, by_, 1.0
        mx, my = mx / size, my / size
        reach = by / max(0.7, mx * bx + my * by_)
        out.append(QPointF(points[i][0] + mx * reach, points[i][1] + my * reach))
    return QPolygonF(out)


#: The props' polygons, mapped to pixels once per picture size (they do not move).
_still: dict[tuple[tuple[Shape, ...], Frame], list[tuple[QPolygonF, QPolygonF]]] = {}


def _line_width(frame: Frame) -> float:
    return max(1.6, min(3.4, frame.scale * 0.95))


def paint_group(
    painter: QPainter, frame: Frame, group: Group, colours: Colours, *, prop: bool = False
) -> None:
    """One group: every shape pushed out in the outline colour, then the fills on top, so the
    outline runs round the group as a whole and no seams show inside. Filling convex polygons
    is far cheaper than stroking paths with a wide pen."""
    width = _line_width(frame) * (0.8 if prop else 1.0)
    key = (group.shapes, frame)
    polygons = _still.get(key) if prop else None
    if polygons is None:
        mapped = [[frame.map(p) for p in s.points] for s in group.shapes if len(s.points) >= 3]
        # a little wider than the shape, so neighbouring pieces overlap instead of leaving seams
        polygons = [(_grown(points, width), _grown(points, 0.6)) for points in mapped]
        if prop:  # props stand still through a step: map them once
            if len(_still) > 64:
                _still.clear()
            _still[key] = polygons
    roles = [s.role for s in group.shapes if len(s.points) >= 3]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colours.prop_outline if prop else colours.outline))
    for outline, _ in polygons:
        painter.drawConvexPolygon(outline)
    for (_, fill), role in zip(polygons, roles, strict=True):
        painter.setBrush(QBrush(colours.fills.get(role, colours.fills["body"])))
        painter.drawConvexPolygon(fill)
    _paint_details(painter, frame, group.details, colours, width)


def _paint_details(
    painter: QPainter, frame: Frame, details: Sequence[Shape], colours: Colours, width: float
) -> None:
    for shape in details:
        points = [frame.map(p) for p in shape.points]
        painter.setPen(Qt.PenStyle.NoPen)
        if shape.role != "eye":
            painter.setBrush(QBrush(colours.outline))
            painter.drawConvexPolygon(_grown(points, width * 0.8))
        painter.setBrush(QBrush(colours.fills[shape.role]))
        painter.drawConvexPolygon(_grown(points, 0.3))


def paint_scene(
    painter: QPainter, frame: Frame, scene: Scene, colours: Colours, *, body_only: bool = False
) -> None:
    if not body_only:
        paint_setting(painter, frame, scene, colours)
    for group in scene.body:
        paint_group(painter, frame, group, colours)


def paint_setting(painter: QPainter, frame: Frame, scene: Scene, colours: Colours) -> None:
    """The floor line and the props."""
    if scene.floor is not None:
        y = frame.map((0.0, scene.floor))[1]
        pen = QPen(colours.prop_outline, _line_width(frame) * 1.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        inset = frame.width * 0.03
        painter.drawLine(QPointF(inset, y), QPointF(frame.width - inset, y))
    for group in scene.props:
        if group.opacity <= 0.01:
            continue
        painter.save()
        painter.setOpacity(painter.opacity() * group.opacity)
        paint_group(painter, frame, group, colours, prop=True)
        painter.restore()


def paint_arrows(
    painter: QPainter, frame: Frame, arrows: Sequence[Arrow], colours: Colours
) -> None:
    width = max(2.2, min(4.5, frame.scale * 1.15))
    for arrow in arrows:
        pts = [QPointF(*frame.map(p)) for p in arrow.points]
        if len(pts) < 2:
            continue
        path = QPainterPath(pts[0])
        for p in pts[1:]:
            path.lineTo(p)
        head = width * 3.4
        halo = QPen(colours.background, width + 3)
        halo.setCapStyle(Qt.PenCapStyle.RoundCap)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen = QPen(colours.arrow, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        ends = [(pts[-1], pts[-2])]
        if arrow.both_ways:
            ends.append((pts[0], pts[1]))
        for stroke in (halo, pen):
            painter.setPen(stroke)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(_trimmed(pts, head * 0.6, arrow.both_ways))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colours.arrow))
        for tip, before in ends:
            painter.drawPolygon(_head(tip, before, head))


def _trimmed(pts: list[QPointF], cut: float, both: bool) -> QPainterPath:
    """The arrow's line, stopping short of the arrowheads so their points stay sharp."""

    def back(tip: QPointF, before: QPointF) -> QPointF:
        dx, dy = tip.x() - before.x(), tip.y() - before.y()
        size = math.hypot(dx, dy) or 1.0
        return QPointF(tip.x() - dx / size * cut, tip.y() - dy / size * cut)

    line = list(pts)
    line[-1] = back(pts[-1], pts[-2])
    if both:
        line[0] = back(pts[0], pts[1])
    path = QPainterPath(line[0])
    for p in line[1:]:
        path.lineTo(p)
    return path


def _head(tip: QPointF, before: QPointF, size: float) -> QPolygonF:
    dx, dy = tip.x() - before.x(), tip.y() - before.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    base = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    side = QPointF(-uy * size * 0.55, ux * size * 0.55)
    return QPolygonF([tip, base + side, base - side])
