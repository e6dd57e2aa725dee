"""The pose editor's picture: the figure in the pose being edited, the other pose faintly behind
it, and round handles to drag (the head, the chest, the waist, elbows, hands, knees and feet).

The framing stays put while a handle is dragged, so the point under the pointer does not run
away as the picture grows or shrinks; it is worked out again when the drag ends. Arrow keys
move the selected handle a little, for people who do not drag.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from postureapp.core.pose import Pose, PoseSpec, highlighted
from postureapp.core.pose.geometry import Point
from postureapp.core.pose.handles import HANDLES, drag, handle_points
from postureapp.core.pose.picture import Frame, Picture
from postureapp.ui.figure import GHOST_OPACITY
from postureapp.ui.figure_paint import Colours, paint_scene

HANDLE_RADIUS = 7.0
#: How near (in pixels) a press must be to a handle to take it.
GRAB_DISTANCE = 16.0
#: How far (in cm of the figure) an arrow key moves the selected handle.
KEY_STEP_CM = 2.0

#: The handles' names as a person reads them.
HANDLE_NAMES = {
    "head": "head",
    "chest": "chest",
    "waist": "waist",
    "right_elbow": "right elbow",
    "right_hand": "right hand",
    "right_knee": "right knee",
    "right_foot": "right foot",
    "left_elbow": "left elbow",
    "left_hand": "left hand",
    "left_knee": "left knee",
    "left_foot": "left foot",
}


class PoseCanvas(QWidget):
    """Shows `spec`'s start or end pose with handles; dragging one changes that pose.

    Signals:
        pose_dragged(object): the edited pose after a handle moved (a `Pose`).
        handle_chosen(str): a handle was pressed or chosen with the keyboard (its name).
        drag_finished(str): a drag ended (the handle's name).
    """

    pose_dragged = Signal(object)
    handle_chosen = Signal(str)
    drag_finished = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec: PoseSpec | None = None
        self._end = True
        self._picture: Picture | None = None
        self._points: dict[str, Point] = {}
        self._frame: Frame | None = None
        self._held: Frame | None = None
        self._dragging: str | None = None
        self.selected: str | None = None
        self._colours: Colours | None = None
        self.setMinimumSize(QSize(240, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Figure to pose"))
        self.setAccessibleDescription(
            self.tr("Drag a round handle to move that part; arrow keys move the chosen one")
        )

    # --- what it shows -------------------------------------------------------------------------

    def show_pose(self, spec: PoseSpec, end: bool) -> None:
        """Show the end pose (or the start pose) of `spec`, the other one faintly."""
        self._spec, self._end = spec, end
        shown, other = (spec.end, spec.start) if end else (spec.start, spec.end)
        # Painted as "other pose, then this one" at t = 1: the other one is the faint ghost.
        self._picture = Picture(
            PoseSpec(
                spec.view,
                other,
                shown,
                highlight=tuple(sorted(highlighted(spec))),
                props=spec.props,
                close_up=spec.close_up,
            )
        )
        self._points = handle_points(shown, spec.view)
        self.update()

    @property
    def pose(self) -> Pose | None:
        if self._spec is None:
            return None
        return self._spec.end if self._end else self._spec.start

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def frame(self) -> Frame | None:
        """The framing in use: held still during a drag."""
        if self._held is not None:
            return self._held
        if self._picture is None:
            return None
        return self._picture.frame(self.width(), self.height())

    def handle_position(self, name: str) -> QPointF:
        """Where a handle is drawn, in the widget's pixels."""
        frame = self.frame()
        assert frame is not None
        x, y = frame.map(self._points[name])
        return QPointF(x, y)

    def _to_scene(self, position: QPointF) -> Point:
        frame = self.frame()
        assert frame is not None
        return ((position.x() - frame.left) / frame.scale, (frame.top - position.y()) / frame.scale)

    # --- dragging ------------------------------------------------------------------------------

    def _nearest(self, position: QPointF) -> str | None:
        if self._picture is None:
            return None
        best, distance = None, GRAB_DISTANCE
        for name in HANDLES:
            spot = self.handle_position(name)
            gap = ((spot.x() - position.x()) ** 2 + (spot.y() - position.y()) ** 2) ** 0.5
            if gap <= distance:
                best, distance = name, gap
        return best

    def mousePressEvent(self, event: QMouseEvent) -> None:
        name = self._nearest(event.position())
        if name is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._held = self.frame()
        self._dragging = self.selected = name
        self.handle_chosen.emit(name)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            near = self._nearest(event.position())
            cursor = Qt.CursorShape.OpenHandCursor if near else Qt.CursorShape.ArrowCursor
            self.setCursor(cursor)
            return
        self._move(self._dragging, self._to_scene(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        name = self._dragging
        self._dragging, self._held = None, None
        self.update()
        if name is not None:
            self.drag_finished.emit(name)

    def _move(self, name: str, target: Point) -> None:
        pose = self.pose
        if pose is None or self._spec is None:
            return
        moved = drag(pose, self._spec.view, name, target)
        if moved != pose:
            self.pose_dragged.emit(moved)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Tab-free handle choice (Page Up/Down) and arrow keys that move the chosen handle."""
        names = list(HANDLES)
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            index = names.index(self.selected) if self.selected in names else -1
            index = (index + (1 if key == Qt.Key.Key_PageDown else -1)) % len(names)
            self.selected = names[index]
            self.handle_chosen.emit(self.selected)
            self.update()
            return
        steps = {
            Qt.Key.Key_Left: (-KEY_STEP_CM, 0.0),
            Qt.Key.Key_Right: (KEY_STEP_CM, 0.0),
            Qt.Key.Key_Up: (0.0, KEY_STEP_CM),
            Qt.Key.Key_Down: (0.0, -KEY_STEP_CM),
        }
        if key in steps and self.selected is not None and self.selected in self._points:
            dx, dy = steps[Qt.Key(key)]
            x, y = self._points[self.selected]
            self._move(self.selected, (x + dx, y + dy))
            self.drag_finished.emit(self.selected)
            return
        super().keyPressEvent(event)

    # --- painting ------------------------------------------------------------------------------

    def colours(self) -> Colours:
        if self._colours is None:
            self._colours = Colours.from_palette(self.palette())
        return self._colours

    def changeEvent(self, event: object) -> None:
        self._colours = None
        super().changeEvent(event)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self.frame()
        picture = self._picture
        if picture is None or frame is None:
            painter.end()
            return
        colours = self.colours()
        painter.save()
        painter.setOpacity(GHOST_OPACITY)
        paint_scene(painter, frame, picture.scene(0.0), colours, body_only=True)
        painter.restore()
        paint_scene(painter, frame, picture.scene(1.0), colours)
        self._paint_handles(painter)
        painter.end()

    def _paint_handles(self, painter: QPainter) -> None:
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        base = self.palette().color(QPalette.ColorRole.Base)
        for name in HANDLES:
            spot = self.handle_position(name)
            chosen = name in (self.selected, self._dragging)
            radius = HANDLE_RADIUS + (2 if chosen else 0)
            painter.setPen(QPen(accent, 2.0))
            painter.setBrush(
                accent if chosen else QColor(base.red(), base.green(), base.blue(), 200)
            )
            painter.drawEllipse(
                QRectF(spot.x() - radius, spot.y() - radius, 2 * radius, 2 * radius)
            )
