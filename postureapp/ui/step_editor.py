"""One step of an exercise in the editor: what to do, for how long, the breathing cue, and its
picture: the posed figure, or a picture of the user's own (SVG, PNG, JPEG or a GIF that moves).

Each field has its problem line under it; the editor fills them from the pack reader's checks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.exercises.draft import DraftStep
from postureapp.core.exercises.model import ILLUSTRATION_SUFFIXES, STEP_SECONDS, STEP_TEXT_MAX
from postureapp.core.i18n import QT_TRANSLATE_NOOP
from postureapp.core.pose import PoseSpec
from postureapp.ui.figure import FigureView
from postureapp.ui.pose_editor import PoseEditor
from postureapp.ui.setting_editors import ERROR_STYLE

CUES = (
    ("", QT_TRANSLATE_NOOP("StepEditor", "No breathing cue")),
    ("inhale", QT_TRANSLATE_NOOP("StepEditor", "Breathe in")),
    ("exhale", QT_TRANSLATE_NOOP("StepEditor", "Breathe out")),
    ("breathe", QT_TRANSLATE_NOOP("StepEditor", "Breathe slowly")),
)


def problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


def show_problem(label: QLabel, message: str | None) -> None:
    label.setText(f"⚠ {message}" if message else "")
    label.setVisible(bool(message))


class StepEditor(QWidget):
    """Edits one `DraftStep`.

    Signals:
        changed(): the step shown changed (read it from `step`).
    """

    changed = Signal()

    def __init__(
        self, templates: Sequence[tuple[str, PoseSpec]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._step = DraftStep()
        self._loading = False
        self.text = QPlainTextEdit()
        self.text.setObjectName("step.text")
        self.text.setAccessibleName(self.tr("What to do"))
        self.text.setPlaceholderText(
            self.tr("In a line or two, e.g. “Breathing out, turn your chest to the right. Hold.”")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 3 + 12)
        self.text.textChanged.connect(self._edited)
        self.count = QLabel()
        self.seconds = QSpinBox()
        self.seconds.setObjectName("step.seconds")
        self.seconds.setRange(*STEP_SECONDS)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setAccessibleName(self.tr("How long, in seconds"))
        self.seconds.valueChanged.connect(self._edited)
        self.cue = QComboBox()
        self.cue.setObjectName("step.cue")
        self.cue.setAccessibleName(self.tr("Breathing cue"))
        for value, words in CUES:
            self.cue.addItem(self.tr(words), value)
        self.cue.currentIndexChanged.connect(self._edited)
        self.posed = QRadioButton(self.tr("Posed figure"))
        self.own = QRadioButton(self.tr("My own picture"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.posed)
        kinds.addButton(self.own)
        self.posed.toggled.connect(self._kind_chosen)
        self.mirror = QCheckBox(self.tr("Mirror it for the left side"))
        self.mirror.setToolTip(
            self.tr("Untick for a picture with writing in it, which must not be mirrored")
        )
        self.mirror.toggled.connect(self._edited)

        self.pose = PoseEditor(templates)
        self.pose.changed.connect(self._pose_changed)
        self.choose_button = QPushButton(self.tr("Choose a picture…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._ask_image)
        self.image_name = QLabel(self.tr("No picture chosen yet."))
        self.image_name.setWordWrap(True)
        self.image_view = FigureView()
        self.image_view.setAccessibleName(self.tr("Your picture"))
        image_page = QWidget()
        image = QVBoxLayout(image_page)
        image.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.image_name, 1)
        image.addLayout(row)
        note = QLabel(
            self.tr(
                "SVG, PNG, JPEG or GIF (a GIF may move), up to 5 MB. It is copied into your "
                "exercises folder."
            )
        )
        note.setWordWrap(True)
        image.addWidget(note)
        image.addWidget(self.image_view, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.pose)
        self.pages.addWidget(image_page)

        self.problems = {
            name: problem_label() for name in ("text", "seconds", "cue", "mirror", "picture")
        }
        form = QFormLayout()
        text_cell = QVBoxLayout()
        text_cell.addWidget(self.text)
        text_cell.addWidget(self.count, 0, Qt.AlignmentFlag.AlignRight)
        text_cell.addWidget(self.problems["text"])
        label = QLabel(self.tr("&What to do"))
        label.setBuddy(self.text)
        form.addRow(label, text_cell)
        timing = QHBoxLayout()
        timing.addWidget(self.seconds)
        timing.addWidget(self.cue)
        timing.addStretch(1)
        timing_label = QLabel(self.tr("How &long"))
        timing_label.setBuddy(self.seconds)
        form.addRow(timing_label, timing)
        form.addRow("", self.problems["seconds"])
        form.addRow("", self.problems["cue"])
        kind = QHBoxLayout()
        kind.addWidget(self.posed)
        kind.addWidget(self.own)
        kind.addStretch(1)
        kind.addWidget(self.mirror)
        picture_label = QLabel(self.tr("Picture"))
        picture_label.setBuddy(self.posed)
        form.addRow(picture_label, kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.problems["picture"])
        layout.addWidget(self.pages, 1)
        self.set_step(self._step)

    # --- the step ------------------------------------------------------------------------------

    @property
    def step(self) -> DraftStep:
        return self._step

    def set_step(self, step: DraftStep) -> None:
        """Show `step` (without announcing it as a change)."""
        self._step = step
        self._loading = True
        self.text.setPlainText(step.text)
        self.seconds.setValue(step.seconds)
        self.cue.setCurrentIndex(max(0, self.cue.findData(step.cue)))
        self.mirror.setChecked(step.mirror)
        (self.own if step.use_image else self.posed).setChecked(True)
        self.pages.setCurrentIndex(1 if step.use_image else 0)
        self.pose.set_spec(step.pose, step.seconds)
        self._show_image()
        self._loading = False
        self._count()

    def _count(self) -> None:
        length = len(self.text.toPlainText().strip())
        self.count.setText(f"{length}/{STEP_TEXT_MAX}")

    def _edited(self) -> None:
        self._count()
        if self._loading:
            return
        self._step = replace(
            self._step,
            text=self.text.toPlainText().strip(),
            seconds=self.seconds.value(),
            cue=str(self.cue.currentData() or ""),
            mirror=self.mirror.isChecked(),
        )
        self.changed.emit()

    def _kind_chosen(self) -> None:
        use_image = self.own.isChecked()
        self.pages.setCurrentIndex(1 if use_image else 0)
        if self._loading:
            return
        self._step = replace(self._step, use_image=use_image)
        self.changed.emit()

    def _pose_changed(self, spec: PoseSpec) -> None:
        self._step = replace(self._step, pose=spec)
        self.changed.emit()

    def choose_image(self, path: Path) -> None:
        """Use `path` as the step's picture (what the Choose button does once a file is picked)."""
        self._step = replace(self._step, image=path, use_image=True)
        self._loading = True
        self.own.setChecked(True)
        self._loading = False
        self.pages.setCurrentIndex(1)
        self._show_image()
        self.changed.emit()

    def _ask_image(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in ILLUSTRATION_SUFFIXES)
        start = str(self._step.image.parent) if self._step.image else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture"), start, self.tr("Pictures ({0})").format(patterns)
        )
        if chosen:
            self.choose_image(Path(chosen))

    def _show_image(self) -> None:
        image = self._step.image
        self.image_name.setText(image.name if image else self.tr("No picture chosen yet."))
        self.image_view.show_step(image, seconds=self._step.seconds)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """One line under each field that has a problem (keys: text, seconds, cue, mirror,
        picture)."""
        for name, label in self.problems.items():
            show_problem(label, problems.get(name))
