"""The exercise editor's left side: what the exercise is (title, summary, body areas, movement,
position, equipment, which breaks, sides, rounds, cautions, where it comes from), each field with
its problem line under it."""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.exercises.draft import Draft
from postureapp.core.exercises.model import ROUNDS, TITLE_MAX
from postureapp.core.i18n import QT_TRANSLATE_NOOP
from postureapp.core.terms import Area, Equipment, Movement, Position
from postureapp.ui.step_editor import problem_label, show_problem


def _tr(text: str) -> str:
    """Words marked below with QT_TRANSLATE_NOOP("exercise editor", ...)."""
    return QCoreApplication.translate("exercise editor", text)


AREA_WORDS: dict[str, str] = {
    Area.UPPER_BACK: QT_TRANSLATE_NOOP("exercise editor", "Upper back"),
    Area.NECK: QT_TRANSLATE_NOOP("exercise editor", "Neck"),
    Area.SHOULDERS: QT_TRANSLATE_NOOP("exercise editor", "Shoulders"),
    Area.CHEST: QT_TRANSLATE_NOOP("exercise editor", "Chest"),
    Area.LOWER_BACK: QT_TRANSLATE_NOOP("exercise editor", "Lower back"),
}
MOVEMENT_WORDS: dict[str, str] = {
    Movement.ROTATION: QT_TRANSLATE_NOOP("exercise editor", "Turning (rotation)"),
    Movement.EXTENSION: QT_TRANSLATE_NOOP("exercise editor", "Bending back (extension)"),
    Movement.FLEXION: QT_TRANSLATE_NOOP("exercise editor", "Bending forward (flexion)"),
    Movement.SIDE_BEND: QT_TRANSLATE_NOOP("exercise editor", "Bending sideways"),
    Movement.NECK: QT_TRANSLATE_NOOP("exercise editor", "Neck"),
    Movement.SHOULDER_BLADES: QT_TRANSLATE_NOOP("exercise editor", "Shoulder blades"),
}
POSITION_WORDS: dict[str, str] = {
    Position.SEATED: QT_TRANSLATE_NOOP("exercise editor", "Sitting"),
    Position.STANDING: QT_TRANSLATE_NOOP("exercise editor", "Standing"),
    Position.FLOOR: QT_TRANSLATE_NOOP("exercise editor", "On the floor"),
}
EQUIPMENT_WORDS: dict[str, str] = {
    Equipment.WALL: QT_TRANSLATE_NOOP("exercise editor", "A wall"),
    Equipment.FOAM_ROLLER: QT_TRANSLATE_NOOP("exercise editor", "A foam roller"),
    Equipment.TOWEL: QT_TRANSLATE_NOOP("exercise editor", "A towel"),
}
SUIT_WORDS: dict[str, str] = {
    "short": QT_TRANSLATE_NOOP("exercise editor", "Short breaks"),
    "long": QT_TRANSLATE_NOOP("exercise editor", "Long breaks"),
}
#: The fields this form shows, in order (a problem about `id` is shown under the title).
FIELDS = ("title", "summary", "areas", "movement", "position", "equipment", "suits", "sides",
          "rounds", "cautions", "sources")  # fmt: skip


class ExerciseForm(QWidget):
    """Edits the exercise-wide fields of a `Draft` in place.

    Signals:
        changed(str): a field changed (its name, as the TOML file calls it).
    """

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft = Draft()
        self._loading = False
        self.problems = {name: problem_label() for name in FIELDS}
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            QCoreApplication.translate("exercise editor", "e.g. Doorway chest stretch")
        )
        self.title.setMaxLength(TITLE_MAX + 20)  # a little over, so the reader can say so
        self.title.textChanged.connect(lambda: self._edited("title"))
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(
            QCoreApplication.translate(
                "exercise editor", "One line: what it does, e.g. Opens the chest"
            )
        )
        self.summary.textChanged.connect(lambda: self._edited("summary"))
        self.areas = self._boxes(AREA_WORDS, "areas")
        self.movement = QComboBox()
        self.movement.addItem(QCoreApplication.translate("exercise editor", "Choose…"), "")
        for value, words in MOVEMENT_WORDS.items():
            self.movement.addItem(_tr(words), str(value))
        self.movement.setToolTip(
            QCoreApplication.translate(
                "exercise editor", "Long breaks mix movements; short ones take them in turn"
            )
        )
        self.movement.currentIndexChanged.connect(lambda: self._edited("movement"))
        self.position = QComboBox()
        for value, words in POSITION_WORDS.items():
            self.position.addItem(_tr(words), str(value))
        self.position.currentIndexChanged.connect(lambda: self._edited("position"))
        self.equipment = self._boxes(EQUIPMENT_WORDS, "equipment")
        self.suits = self._boxes(SUIT_WORDS, "suits")
        self.once = QRadioButton(QCoreApplication.translate("exercise editor", "Once"))
        self.both = QRadioButton(
            QCoreApplication.translate("exercise editor", "On each side, first the")
        )
        sides = QButtonGroup(self)
        sides.addButton(self.once)
        sides.addButton(self.both)
        self.first_side = QComboBox()
        self.first_side.addItem(QCoreApplication.translate("exercise editor", "right"), "right")
        self.first_side.addItem(QCoreApplication.translate("exercise editor", "left"), "left")
        self.first_side.setAccessibleName(
            QCoreApplication.translate("exercise editor", "First side")
        )
        self.both.toggled.connect(lambda: self._edited("sides"))
        self.first_side.currentIndexChanged.connect(lambda: self._edited("sides"))
        self.rounds = QSpinBox()
        self.rounds.setRange(*ROUNDS)
        self.rounds.setToolTip(
            QCoreApplication.translate(
                "exercise editor", "How many times the steps repeat; a break may add more"
            )
        )
        self.rounds.valueChanged.connect(lambda: self._edited("rounds"))
        self.cautions = QPlainTextEdit()
        self.cautions.setTabChangesFocus(True)
        self.cautions.setPlaceholderText(
            QCoreApplication.translate(
                "exercise editor",
                "One per line, at least one. e.g. Stop if you feel pain, numbness or dizziness.",
            )
        )
        self.cautions.setFixedHeight(self.cautions.fontMetrics().lineSpacing() * 4 + 12)
        self.cautions.textChanged.connect(lambda: self._edited("cautions"))
        self.sources = QLineEdit()
        self.sources.setPlaceholderText(
            QCoreApplication.translate(
                "exercise editor", "Optional, e.g. from my physiotherapist, May 2025"
            )
        )
        self.sources.textChanged.connect(lambda: self._edited("sources"))
        self._lay_out()

    def _boxes(self, words: Mapping[str, str], name: str) -> dict[str, QCheckBox]:
        boxes = {}
        for value, text in words.items():
            box = QCheckBox(_tr(text))
            box.setObjectName(f"{name}.{value}")
            box.toggled.connect(lambda _on, n=name: self._edited(n))
            boxes[str(value)] = box
        return boxes

    def _row(self, boxes: Mapping[str, QCheckBox]) -> QWidget:
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        for box in boxes.values():
            row.addWidget(box)
        row.addStretch(1)
        return cell

    def _lay_out(self) -> None:
        sides = QHBoxLayout()
        sides.addWidget(self.once)
        sides.addWidget(self.both)
        sides.addWidget(self.first_side)
        sides.addStretch(1)
        areas = QWidget()
        grid = QVBoxLayout(areas)
        grid.setContentsMargins(0, 0, 0, 0)
        items = list(self.areas.values())
        for chunk in (items[:3], items[3:]):
            line = QHBoxLayout()
            for box in chunk:
                line.addWidget(box)
            line.addStretch(1)
            grid.addLayout(line)
        rows: list[tuple[str, object, str]] = [
            (QCoreApplication.translate("exercise editor", "&Title"), self.title, "title"),
            (QCoreApplication.translate("exercise editor", "S&ummary"), self.summary, "summary"),
            (QCoreApplication.translate("exercise editor", "Body &areas it works"), areas, "areas"),
            (QCoreApplication.translate("exercise editor", "&Movement"), self.movement, "movement"),
            (QCoreApplication.translate("exercise editor", "&Position"), self.position, "position"),
            (
                QCoreApplication.translate("exercise editor", "&Needs"),
                self._row(self.equipment),
                "equipment",
            ),
            (
                QCoreApplication.translate("exercise editor", "Use in"),
                self._row(self.suits),
                "suits",
            ),
            (QCoreApplication.translate("exercise editor", "Sides"), sides, "sides"),
            (QCoreApplication.translate("exercise editor", "&Rounds"), self.rounds, "rounds"),
            (QCoreApplication.translate("exercise editor", "&Cautions"), self.cautions, "cautions"),
            (QCoreApplication.translate("exercise editor", "&From"), self.sources, "sources"),
        ]
        #: Each field's label as the user reads it (no Alt letter), for sentences naming fields.
        self.words = {name: re.sub(r"\(&\w\)|&(?=\S)", "", text) for text, _, name in rows}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        for text, field, name in rows:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if isinstance(field, QWidget):
                cell.addWidget(field)
            else:
                cell.addLayout(field)  # type: ignore[arg-type]
            cell.addWidget(self.problems[name])
            label = QLabel(text)
            buddy = field if isinstance(field, QWidget) else self.once
            if name in ("areas", "equipment", "suits"):
                buddy = next(iter(getattr(self, name).values()))
            label.setBuddy(buddy)
            form.addRow(label, cell)

    # --- the draft -----------------------------------------------------------------------------

    def set_draft(self, draft: Draft) -> None:
        """Show `draft`'s exercise-wide fields (without announcing changes)."""
        self._draft = draft
        self._loading = True
        self.title.setText(draft.title)
        self.summary.setText(draft.summary)
        for line in (self.title, self.summary):
            line.setCursorPosition(0)
        for boxes, chosen in (
            (self.areas, draft.areas),
            (self.equipment, draft.equipment),
            (self.suits, draft.suits),
        ):
            for value, box in boxes.items():
                box.setChecked(value in chosen)
        self.movement.setCurrentIndex(max(0, self.movement.findData(draft.movement)))
        self.position.setCurrentIndex(max(0, self.position.findData(draft.position)))
        (self.both if draft.sides == "both" else self.once).setChecked(True)
        self.first_side.setCurrentIndex(max(0, self.first_side.findData(draft.first_side)))
        self.rounds.setValue(draft.rounds)
        self.cautions.setPlainText("\n".join(draft.cautions))
        self.sources.setText("; ".join(draft.sources))
        self._loading = False

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        draft = self._draft
        draft.title = self.title.text().strip()
        draft.summary = self.summary.text().strip()
        draft.areas = [value for value, box in self.areas.items() if box.isChecked()]
        draft.movement = str(self.movement.currentData() or "")
        draft.position = str(self.position.currentData())
        draft.equipment = [value for value, box in self.equipment.items() if box.isChecked()]
        draft.suits = [value for value, box in self.suits.items() if box.isChecked()]
        draft.sides = "both" if self.both.isChecked() else "none"
        draft.first_side = str(self.first_side.currentData())
        draft.rounds = self.rounds.value()
        draft.cautions = [line.strip() for line in self.cautions.toPlainText().splitlines()]
        draft.sources = [part.strip() for part in self.sources.text().split(";") if part.strip()]
        self.changed.emit(name)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for name, label in self.problems.items():
            show_problem(label, problems.get(name))
