"""Posing a step's figure: choose a view and a starting posture, then drag or set the joints of
the start and the end pose, and play the movement as the break window will.

A person who has never seen the pose table gets there in a few clicks: start from any built-in
picture (or from sitting or standing), pick "End pose", drag the hand or the head where the
movement ends, press Play. Every change is announced as a new `PoseSpec`; the editor around it
checks it with the pack reader like every other field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.pose import Pose, PoseSpec
from postureapp.core.pose.handles import HANDLES, JOINTS, angle_of, with_angles, without_angles
from postureapp.core.pose.model import ARROW_POINTS, POSTURES, PROPS, VIEWS
from postureapp.core.pose.skeleton import ANGLE_SPECS
from postureapp.ui.figure import FigureView, move_seconds
from postureapp.ui.pose_canvas import PoseCanvas
from postureapp.ui.pose_words import (
    ANGLE_WORDS,
    ARROW_WORDS,
    JOINT_WORDS,
    POSTURE_WORDS,
    PROP_WORDS,
    SPECIAL_ANGLE_WORDS,
    VIEW_WORDS,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("pose", text)


#: A new picture starts as this spec with the chosen posture.
PROPS_FOR = {"seated": ("chair",), "sitting-on-floor": ("mat",), "all-fours": ("mat",)}


def angle_words(key: str) -> str:
    return _tr(SPECIAL_ANGLE_WORDS.get(key) or ANGLE_WORDS[key.partition(".")[2]])


def other_side(joint: str) -> str | None:
    for this, that in (("right_", "left_"), ("left_", "right_")):
        if joint.startswith(this):
            return that + joint.removeprefix(this)
    return None


class _Preview(FigureView):
    """The movement playing in place of the handles; a click goes back to posing."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class PoseEditor(QWidget):
    """A step's posed figure, edited.

    Signals:
        changed(object): the new `PoseSpec` after any edit.
    """

    changed = Signal(object)

    def __init__(
        self, templates: Sequence[tuple[str, PoseSpec]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._spec = PoseSpec("side", Pose.of("seated"), Pose.of("seated"), props=("chair",))
        self._templates = list(templates)
        self._loading = False
        self._seconds = 8
        self._build()
        self.set_spec(self._spec)

    # --- building ------------------------------------------------------------------------------

    def _combo(self, name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _build(self) -> None:
        self.template = self._combo(
            self.tr("Start from"),
            [(self.tr("Start from…"), None)]
            + [(_tr(POSTURE_WORDS[name]), name) for name in ("seated", "standing")]
            + [(label, spec) for label, spec in self._templates],
        )
        self.template.setToolTip(self.tr("Begin with a posture, or a copy of a built-in picture"))
        self.template.activated.connect(self._template_chosen)
        self.view = self._combo(self.tr("View"), [(_tr(VIEW_WORDS[v]), v) for v in VIEWS])
        self.view.currentIndexChanged.connect(self._edited)
        self.close_up = QCheckBox(self.tr("Close-up"))
        self.close_up.setToolTip(self.tr("Show the body from the hips up, for small movements"))
        self.close_up.toggled.connect(self._edited)
        top = QHBoxLayout()
        top.addWidget(self.template, 1)
        top.addWidget(self.view)
        top.addWidget(self.close_up)

        self.start_button = QPushButton(self.tr("Start pose"))
        self.end_button = QPushButton(self.tr("End pose"))
        self.which = QButtonGroup(self)
        for button in (self.start_button, self.end_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.which.addButton(button)
        self.start_button.setAccessibleDescription(self.tr("Pose the figure as the step begins"))
        self.end_button.setAccessibleDescription(self.tr("Pose the figure as the movement ends"))
        self.end_button.setChecked(True)
        self.which.buttonToggled.connect(self._which_changed)
        self.copy_button = QPushButton(self.tr("Copy the other pose"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(self.tr("Make this pose the same as the other one"))
        self.copy_button.clicked.connect(self._copy_other)
        self.play_button = QPushButton(self.tr("▶ Play"))
        self.play_button.setAutoDefault(False)
        self.play_button.setAccessibleName(self.tr("Play the movement"))
        self.play_button.clicked.connect(self.play)
        poses = QHBoxLayout()
        for widget in (self.start_button, self.end_button, self.copy_button):
            poses.addWidget(widget)
        poses.addStretch(1)
        poses.addWidget(self.play_button)

        self.canvas = PoseCanvas()
        self.canvas.pose_dragged.connect(self._dragged)
        self.canvas.handle_chosen.connect(self._handle_chosen)
        self.canvas.drag_finished.connect(self._drag_finished)
        self.preview = _Preview()
        self.preview.setAccessibleName(self.tr("The movement, as in a break"))
        self.preview.setToolTip(self.tr("Click to pose again"))
        self.preview.clicked.connect(self.stop)
        self.stage = QStackedWidget()
        self.stage.addWidget(self.canvas)
        self.stage.addWidget(self.preview)
        self._back = QTimer(self)
        self._back.setSingleShot(True)
        self._back.timeout.connect(self.stop)

        self.base = self._combo(
            self.tr("Posture"), [(_tr(POSTURE_WORDS[name]), name) for name in POSTURES]
        )
        self.base.currentIndexChanged.connect(self._base_chosen)
        self.joint = self._combo(
            self.tr("Part of the body"), [(_tr(JOINT_WORDS[j]), j) for j, _ in JOINTS]
        )
        self.joint.setCurrentIndex(self.joint.findData("neck"))
        self.joint.currentIndexChanged.connect(self._show_joint)
        self.both_sides = QCheckBox(self.tr("Both sides alike"))
        self.both_sides.setToolTip(self.tr("Set the same angles on the left and the right"))
        self.reset_button = QPushButton(self.tr("Reset this part"))
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self._reset_joint)
        self.sliders: list[tuple[QLabel, QSlider, QSpinBox]] = []
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Posture")), 0, 0)
        grid.addWidget(self.base, 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Part")), 1, 0)
        grid.addWidget(self.joint, 1, 1, 1, 2)
        for row in range(5):
            label, slider, spin = QLabel(), QSlider(Qt.Orientation.Horizontal), QSpinBox()
            label.setBuddy(spin)
            slider.valueChanged.connect(spin.setValue)
            spin.valueChanged.connect(slider.setValue)
            spin.valueChanged.connect(lambda _value, r=row: self._angle_set(r))
            spin.setKeyboardTracking(False)
            grid.addWidget(label, 2 + row, 0)
            grid.addWidget(slider, 2 + row, 1)
            grid.addWidget(spin, 2 + row, 2)
            self.sliders.append((label, slider, spin))
        sides = QHBoxLayout()
        sides.addWidget(self.both_sides)
        sides.addWidget(self.reset_button)
        grid.addLayout(sides, 7, 0, 1, 3)

        self.props: dict[str, QCheckBox] = {}
        props = QGridLayout()
        for index, name in enumerate(PROPS):
            box = QCheckBox(_tr(PROP_WORDS[name]))
            box.toggled.connect(self._edited)
            self.props[name] = box
            props.addWidget(box, index // 3, index % 3)
        self.arrow = self._combo(
            self.tr("Arrow"),
            [(self.tr("No arrow"), "")] + [(_tr(ARROW_WORDS[p]), p) for p in ARROW_POINTS],
        )
        self.arrow.setToolTip(self.tr("An arrow beside the path of this point"))
        self.arrow.currentIndexChanged.connect(self._edited)
        arrow_row = QHBoxLayout()
        arrow_row.addWidget(QLabel(self.tr("Arrow along")))
        arrow_row.addWidget(self.arrow, 1)

        controls = QVBoxLayout()
        controls.addLayout(grid)
        controls.addLayout(props)
        controls.addLayout(arrow_row)
        controls.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.stage, 3)
        body.addLayout(controls, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(poses)
        layout.addLayout(body, 1)
        self.hint = QLabel(
            self.tr(
                "Pick End pose and drag a round handle to where the movement ends (or choose a "
                "part and set its angles); Play shows the movement as a break will."
            )
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

    # --- the spec ------------------------------------------------------------------------------

    @property
    def spec(self) -> PoseSpec:
        return self._spec

    @property
    def editing_end(self) -> bool:
        return self.end_button.isChecked()

    def set_spec(self, spec: PoseSpec, seconds: int = 8) -> None:
        """Show `spec` without announcing it (a step was chosen)."""
        self._spec, self._seconds = spec, seconds
        self._loading = True
        self.view.setCurrentIndex(self.view.findData(spec.view))
        self.close_up.setChecked(spec.close_up)
        for name, box in self.props.items():
            box.setChecked(name in spec.props)
        self.arrow.setCurrentIndex(max(0, self.arrow.findData(spec.arrow[0] if spec.arrow else "")))
        self._loading = False
        self._show()

    def _set(self, spec: PoseSpec) -> None:
        self.stop()
        self._spec = spec
        self._show(keep_joint=True)
        self.changed.emit(spec)

    def _pose(self) -> Pose:
        return self._spec.end if self.editing_end else self._spec.start

    def _with_pose(self, pose: Pose) -> PoseSpec:
        if self.editing_end:
            return replace(self._spec, end=pose)
        return replace(self._spec, start=pose)

    def _show(self, keep_joint: bool = False) -> None:
        self.canvas.show_pose(self._spec, self.editing_end)
        self._loading = True
        self.base.setCurrentIndex(self.base.findData(self._pose().base))
        self._loading = False
        self._show_joint()

    @property
    def playing(self) -> bool:
        return self.stage.currentWidget() is self.preview

    def play(self) -> None:
        """Play the movement in place of the handles, as the break window will; then back."""
        seconds = max(self._seconds, 4)
        self.stage.setCurrentWidget(self.preview)
        self.preview.show_step(self._spec, seconds=seconds)
        self._back.start(int((move_seconds(seconds) + 1.5) * 1000))

    def stop(self) -> None:
        """Back to posing."""
        self._back.stop()
        self.preview.clear()
        self.stage.setCurrentWidget(self.canvas)

    # --- reacting ------------------------------------------------------------------------------

    def _which_changed(self, *_: object) -> None:
        self.stop()
        self._show()

    def _edited(self, *_: object) -> None:
        if self._loading:
            return
        arrow = self.arrow.currentData()
        self._set(
            replace(
                self._spec,
                view=self.view.currentData(),
                close_up=self.close_up.isChecked(),
                props=tuple(name for name, box in self.props.items() if box.isChecked()),
                arrow=(arrow,) if arrow else (),
            )
        )

    def _template_chosen(self, index: int) -> None:
        chosen = self.template.itemData(index)
        self.template.setCurrentIndex(0)
        if isinstance(chosen, PoseSpec):
            spec = chosen
        elif isinstance(chosen, str):
            spec = PoseSpec(
                self._spec.view, Pose.of(chosen), Pose.of(chosen), props=PROPS_FOR.get(chosen, ())
            )
        else:
            return
        self.set_spec(spec, self._seconds)
        self.changed.emit(spec)

    def _base_chosen(self) -> None:
        if self._loading:
            return
        base = self.base.currentData()
        spec = self._spec
        if self.editing_end:
            spec = replace(spec, end=replace(spec.end, base=base))
        else:
            old = spec.start.base
            end = replace(spec.end, base=base) if spec.end.base == old else spec.end
            props = PROPS_FOR.get(base, ()) if spec.props == PROPS_FOR.get(old, ()) else spec.props
            spec = replace(spec, start=replace(spec.start, base=base), end=end, props=props)
            self._loading = True
            for name, box in self.props.items():
                box.setChecked(name in spec.props)
            self._loading = False
        self._set(spec)

    def _copy_other(self) -> None:
        other = self._spec.start if self.editing_end else self._spec.end
        self._set(self._with_pose(other))

    def _dragged(self, pose: Pose) -> None:
        if self.both_sides.isChecked():
            changes = {}
            for key, value in pose.angles:
                joint, _, angle = key.partition(".")
                mirror = other_side(joint)
                if mirror is not None and dict(self._pose().angles).get(key) != value:
                    changes[f"{mirror}.{angle}"] = value
            pose = with_angles(pose, changes) if changes else pose
        self._set(self._with_pose(pose))

    def _handle_chosen(self, name: str) -> None:
        joint = HANDLES[name].angles[-1 if name.endswith("_foot") else 0].partition(".")[0]
        self.joint.setCurrentIndex(self.joint.findData(joint))

    def _drag_finished(self, name: str) -> None:
        """After moving the end pose, an arrow follows the moved part unless one was chosen."""
        point = HANDLES[name].point
        if self.editing_end and not self._spec.arrow and point in ARROW_POINTS:
            self.arrow.setCurrentIndex(self.arrow.findData(point))

    def _joint_names(self) -> list[str]:
        joint = str(self.joint.currentData())
        return [f"{joint}.{angle}" for angle in dict(JOINTS)[joint]]

    def _show_joint(self) -> None:
        keys = self._joint_names()
        pose = self._pose()
        self._loading = True
        for row, (label, slider, spin) in enumerate(self.sliders):
            visible = row < len(keys)
            for widget in (label, slider, spin):
                widget.setVisible(visible)
            if not visible:
                continue
            spec = ANGLE_SPECS[keys[row]]
            label.setText(angle_words(keys[row]))
            for control in (slider, spin):
                control.setRange(int(spec.low), int(spec.high))
            spin.setAccessibleName(f"{self.joint.currentText()}: {label.text()}")
            spin.setValue(round(angle_of(pose, keys[row])))
        self._loading = False
        self.both_sides.setEnabled(other_side(str(self.joint.currentData())) is not None)

    def _angle_set(self, row: int) -> None:
        if self._loading:
            return
        key = self._joint_names()[row]
        value = float(self.sliders[row][2].value())
        changes = {key: value}
        joint, _, angle = key.partition(".")
        mirror = other_side(joint)
        if mirror is not None and self.both_sides.isChecked():
            changes[f"{mirror}.{angle}"] = value
        self._set(self._with_pose(with_angles(self._pose(), changes)))

    def _reset_joint(self) -> None:
        keys = self._joint_names()
        mirror = other_side(str(self.joint.currentData()))
        if mirror is not None and self.both_sides.isChecked():
            keys += [f"{mirror}.{key.partition('.')[2]}" for key in keys]
        self._set(self._with_pose(without_angles(self._pose(), keys)))
