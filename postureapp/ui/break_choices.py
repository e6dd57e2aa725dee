"""Two quiet buttons in the break window about the exercise on screen: "Not this one again" and
"More like this".

Both are toggles, so a second press takes the choice back while the break lasts (and Settings →
Exercises undoes it later). A long break remembers the choice for each of its exercises. Their
text never changes, so the window keeps its size; they take no keyboard focus of their own
(Tab reaches them, Alt+N and Alt+M press them), in keeping with the break window's key rules.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from postureapp.core.exercises import REMINDER_ID
from postureapp.ui import theme


class ExerciseChoices(QWidget):
    """The two toggles for the exercise on screen.

    Signals:
        not_again(exercise_id, on): never offer this exercise again (on), or take that back.
        more_like_this(exercise_id, on): offer it more often (on), or take that back.
    """

    not_again = Signal(str, bool)
    more_like_this = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise: str | None = None
        #: What the user chose in this break, per exercise: (not again, more like this).
        self._chosen: dict[str, tuple[bool, bool]] = {}
        self.never_button = self._toggle(
            self.tr("&Not this one again"),
            self.tr("Not this one again"),
            self.tr("Never offer this exercise again; undo it in Settings, Exercises"),
        )
        self.more_button = self._toggle(
            self.tr("&More like this"),
            self.tr("More like this"),
            self.tr("Offer this exercise more often"),
        )
        self.never_button.toggled.connect(self._never_toggled)
        self.more_button.toggled.connect(self._more_toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.never_button)
        row.addWidget(self.more_button)
        row.addStretch(1)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def _toggle(self, text: str, name: str, description: str) -> QPushButton:
        button = QPushButton("✓ " + text)
        button.setCheckable(True)  # a checked toggle shows in the accent colour, with a tick
        button.setFont(theme.font(button.font(), "small"))
        button.setMinimumWidth(button.sizeHint().width())  # as wide with the tick as without
        button.setText(text)
        button.setProperty("words", text)
        button.toggled.connect(lambda _on: self._mark(button))
        button.setAutoDefault(False)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        policy = button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        button.setSizePolicy(policy)
        return button

    @property
    def exercise(self) -> str | None:
        return self._exercise

    def show_exercise(self, exercise_id: str | None) -> None:
        """The exercise now on screen; None (or the stand-up reminder) hides both toggles."""
        self._exercise = exercise_id if exercise_id != REMINDER_ID else None
        never, more = self._chosen.get(self._exercise or "", (False, False))
        for button, checked in ((self.never_button, never), (self.more_button, more)):
            button.blockSignals(True)
            button.setChecked(checked)
            button.blockSignals(False)
            self._mark(button)
            button.setVisible(self._exercise is not None)
        self.more_button.setEnabled(not never)

    @staticmethod
    def _mark(button: QPushButton) -> None:
        """A tick in front of a chosen toggle (the button was made wide enough for it)."""
        words = str(button.property("words"))
        button.setText(f"✓ {words}" if button.isChecked() else words)

    def _never_toggled(self, on: bool) -> None:
        exercise = self._exercise
        if exercise is None:
            return
        if on and self.more_button.isChecked():
            self.more_button.setChecked(False)  # takes "more" back first
        self._chosen[exercise] = (on, self.more_button.isChecked())
        self.more_button.setEnabled(not on)
        self.not_again.emit(exercise, on)

    def _more_toggled(self, on: bool) -> None:
        exercise = self._exercise
        if exercise is None:
            return
        self._chosen[exercise] = (self.never_button.isChecked(), on)
        self.more_like_this.emit(exercise, on)
