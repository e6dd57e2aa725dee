"""The exercise editor: one exercise, its fields on the left and its steps on the right, checked
as you type by the pack reader (the rules and words of `postureapp exercises validate`, each
problem under its field), previewed in a real break window, and saved as the documented TOML.

A field's problem shows once the field has been touched (or after a first try to save), so a new
exercise does not open as a wall of red; the line at the bottom always says what is left to do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.clock import Clock
from postureapp.core.exercises import Exercise, plan_break
from postureapp.core.exercises.draft import Draft, DraftStep, check, free_id, save
from postureapp.core.exercises.model import STEP_COUNT
from postureapp.core.exercises.pacing import pace
from postureapp.core.i18n import Translate
from postureapp.core.library_words import os_reason
from postureapp.core.pose import PoseSpec
from postureapp.core.problems import Problem
from postureapp.core.session import BreakSession
from postureapp.core.terms import BreakKind, Outcome
from postureapp.ui import theme
from postureapp.ui.break_window import BreakWindow
from postureapp.ui.editor_words import as_shown
from postureapp.ui.exercise_form import FIELDS, ExerciseForm
from postureapp.ui.fit import fit_width
from postureapp.ui.placement import cursor_screen, place
from postureapp.ui.step_editor import StepEditor

_STEP_FIELD = re.compile(r"steps\[(\d+)\](?:\.(\w+))?(?:\.(.*))?")
#: How soon after the last keystroke the whole exercise is checked again.
CHECK_MS = 150


def place_problems(
    problems: Sequence[Problem], translate: Translate = QCoreApplication.translate
) -> tuple[dict[str, str], dict[int, dict[str, str]], list[str]]:
    """Each problem's words (in the user's language) by where the editor shows them: an
    exercise field, a step's field (steps counted from 0), or the general line (what has no
    field here)."""
    fields: dict[str, str] = {}
    steps: dict[int, dict[str, str]] = {}
    general: list[str] = []
    # The id comes from the title: a problem with the title itself says more.
    for problem in sorted(problems, key=lambda problem: problem.field == "id"):
        name = {"id": "title", "first_side": "sides"}.get(problem.field, problem.field)
        match = _STEP_FIELD.fullmatch(name)
        what = problem.what_in(translate)
        if name in FIELDS:
            what = as_shown(problem, translate)
            fields.setdefault(name, what)
        elif match and match.group(2):
            part = match.group(2)
            where = "picture" if part in ("pose", "illustration") else part
            words = f"{match.group(3)}: {what}" if match.group(3) else what
            steps.setdefault(int(match.group(1)) - 1, {}).setdefault(where, words)
        else:
            general.append(f"{problem.field}: {what}" if problem.field else what)
    return fields, steps, general


class ExerciseEditor(QDialog):
    """Edits one exercise and saves it into the custom `folder`.

    Signals:
        saved(object): the `Exercise` as saved.
    """

    saved = Signal(object)

    def __init__(
        self,
        draft: Draft,
        folder: Path,
        clock: Clock,
        *,
        new: bool,
        taken: Sequence[str] = (),
        templates: Sequence[tuple[str, PoseSpec]] = (),
        preview_seconds: int = 40,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft = draft
        self._folder = folder
        self._clock = clock
        self._new = new
        self._taken = set(taken)
        self._touched: set[str] = set()
        self._show_all = False
        self._dirty = False
        self._exercise: Exercise | None = None
        self._problems: list[Problem] = []
        self.preview_window: BreakWindow | None = None
        self.setWindowTitle(
            self.tr("postureapp — New exercise") if new else self.tr("postureapp — Edit exercise")
        )
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_MS)
        self._check_timer.timeout.connect(self.check_now)
        self._build(templates, preview_seconds)
        self.form.set_draft(draft)
        self._fill_tabs()
        self.check_now()
        area = cursor_screen().availableGeometry()
        self.resize(min(1300, area.width() - 40), min(700, area.height() - 48))

    # --- building ------------------------------------------------------------------------------

    def _build(self, templates: Sequence[tuple[str, PoseSpec]], preview_seconds: int) -> None:
        self.form = ExerciseForm()
        self.form.changed.connect(self._form_changed)
        about = QGroupBox(self.tr("The exercise"))
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        fit_width(scroll)
        inside = QVBoxLayout(about)
        inside.addWidget(scroll)

        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.add_button = QPushButton(self.tr("+ A&dd step"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button = QPushButton(self.tr("Remove step"))
        self.remove_button.clicked.connect(self.remove_step)
        self.earlier_button = QPushButton(self.tr("Move earlier"))
        self.earlier_button.clicked.connect(self.move_step_earlier)
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs, 1)
        for button in (self.add_button, self.earlier_button, self.remove_button):
            button.setAutoDefault(False)
            tab_row.addWidget(button)
        self.step_editor = StepEditor(templates)
        self.step_editor.changed.connect(self._step_changed)
        steps = QGroupBox(self.tr("Steps, in the order they are done"))
        inside = QVBoxLayout(steps)
        inside.addLayout(tab_row)
        inside.addWidget(self.step_editor, 1)

        columns = QHBoxLayout()
        columns.addWidget(about, 4)
        columns.addWidget(steps, 7)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("editor_status")
        self.length = QLabel()
        theme.colour_text(self.length, theme.muted(self.palette()))
        self.preview_seconds = QSpinBox()
        self.preview_seconds.setRange(10, 1200)
        self.preview_seconds.setValue(preview_seconds)
        self.preview_seconds.setSuffix(self.tr(" s"))
        self.preview_seconds.setAccessibleName(self.tr("Length of the preview break"))
        self.preview_button = QPushButton(self.tr("▶ Tr&y it as a break"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.status)
        words.addWidget(self.length)
        bottom.addLayout(words, 1)
        bottom.addWidget(QLabel(self.tr("Break length")))
        bottom.addWidget(self.preview_seconds)
        for button in (self.preview_button, self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        theme.polish(self)

    # --- steps ---------------------------------------------------------------------------------

    def _fill_tabs(self, current: int = 0) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for number in range(1, len(self._draft.steps) + 1):
            self.tabs.addTab(self.tr("Step {0}").format(number))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self._tab_chosen(current)

    @property
    def step_index(self) -> int:
        return max(0, self.tabs.currentIndex())

    def _tab_chosen(self, index: int) -> None:
        if 0 <= index < len(self._draft.steps):
            self.step_editor.set_step(self._draft.steps[index])
        low, high = STEP_COUNT
        count = len(self._draft.steps)
        self.add_button.setEnabled(count < high)
        self.remove_button.setEnabled(count > low)
        self.earlier_button.setEnabled(self.step_index > 0)
        self._show_problems()

    def add_step(self) -> None:
        """A new step after the last, starting from the last step's end pose."""
        last = self._draft.steps[-1]
        pose = replace(last.pose, start=last.pose.end, arrow=(), via=None)
        self._draft.steps.append(DraftStep(pose=pose))
        self._changed("steps")
        self._fill_tabs(len(self._draft.steps) - 1)

    def remove_step(self) -> None:
        if len(self._draft.steps) > STEP_COUNT[0]:
            del self._draft.steps[self.step_index]
            self._changed("steps")
            self._fill_tabs(min(self.step_index, len(self._draft.steps) - 1))

    def move_step_earlier(self) -> None:
        index = self.step_index
        if index > 0:
            steps = self._draft.steps
            steps[index - 1], steps[index] = steps[index], steps[index - 1]
            self._changed("steps")
            self._fill_tabs(index - 1)

    def _step_changed(self) -> None:
        index = self.step_index
        self._draft.steps[index] = self.step_editor.step
        self._touched.add(f"step{index}")
        self._changed("steps")

    # --- checking ------------------------------------------------------------------------------

    def _form_changed(self, name: str) -> None:
        self._touched.add(name)
        self._changed(name)

    def _changed(self, _name: str) -> None:
        self._dirty = True
        self._check_timer.start()

    def check_now(self) -> list[Problem]:
        """Check the exercise as it would be saved; show every problem where it belongs."""
        self._check_timer.stop()
        if self._new:
            self._draft.id = free_id(self._draft.title, self._taken) if self._draft.title else ""
        self._exercise, self._problems = check(self._draft, self._folder)
        self._show_problems()
        return self._problems

    @property
    def problems(self) -> list[Problem]:
        return self._problems

    def _show_problems(self) -> None:
        fields, steps, general = place_problems(self._problems)
        shown = self._show_all
        self.form.show_problems(
            {k: v for k, v in fields.items() if shown or k in self._touched or k == "suits"}
        )
        index = self.step_index
        step_shown = shown or f"step{index}" in self._touched
        self.step_editor.show_problems(steps.get(index, {}) if step_shown else {})
        for number in range(self.tabs.count()):
            mark = " ⚠" if number in steps and (shown or f"step{number}" in self._touched) else ""
            self.tabs.setTabText(number, self.tr("Step {0}").format(number + 1) + mark)
        count = len(self._problems)
        if count == 0:
            self.status.setText(self.tr("✓ Ready: it can be saved and tried as a break."))
        else:
            names = [self.form.words.get(name, name) for name in fields]
            names += [self.tr("step {0}").format(n + 1) for n in sorted(steps)]
            places = len(names) + len(general)
            template = (
                self.tr("1 thing to fix or fill in before saving: {1}")
                if places == 1
                else self.tr("{0} things to fix or fill in before saving: {1}")
            )
            self.status.setText(
                template.format(places, QLocale().createSeparatedList(names))
                + ("\n" + "\n".join(general) if general else "")
            )
        exercise = self._exercise
        self.length.setText(
            self.tr("As written it lasts {0} s; a break repeats or holds it to fit.").format(
                exercise.duration_seconds
            )
            if exercise is not None
            else ""
        )

    # --- preview and save ----------------------------------------------------------------------

    def preview(self) -> BreakWindow | None:
        """Run the exercise in a real break window, paced to the chosen length."""
        if self.check_now():
            self._show_all = True
            self._show_problems()
            return None
        assert self._exercise is not None
        seconds = self.preview_seconds.value()
        kind = BreakKind.SHORT if BreakKind.SHORT in self._exercise.suits else BreakKind.LONG
        plan = plan_break(kind, pace([self._exercise], seconds))
        session = BreakSession(plan, self._clock.monotonic())
        if self.preview_window is not None:
            self.preview_window.close()
        window = BreakWindow(session, self._clock)
        window.setWindowTitle(self.tr("postureapp — preview of {0}").format(self._exercise.title))
        window.choices.hide()  # nothing to choose about an exercise not saved yet
        window.chosen.connect(window.end)
        ending = QTimer(window)
        ending.setSingleShot(True)
        ending.timeout.connect(lambda: window.end(Outcome.COMPLETED))
        ending.start(int(session.total_seconds * 1000))
        self.preview_window = window
        window.present()
        return window

    def save(self) -> Exercise | None:
        """Save into the custom folder (atomically); close and announce it."""
        if self.check_now():
            self._show_all = True
            self._show_problems()
            return None
        assert self._exercise is not None
        try:
            saved = save(self._exercise, self._folder)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The exercise could not be saved in {0}: {1}").format(
                    self._folder, os_reason(error).text(QCoreApplication.translate)
                ),
            )
            return None
        self._dirty = False
        self.saved.emit(saved)
        self.accept()
        return saved

    def reject(self) -> None:
        """Cancel: ask first when there are changes that would be lost."""
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Leave without saving?"),
                self.tr("Your changes to this exercise are not saved. Leave anyway?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._dirty = False
        super().reject()

    def present(self) -> None:
        """Show in the middle of the screen with the mouse, title bar included."""
        self.show()
        place(self, "center", cursor_screen())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty:
            event.ignore()
            self.reject()
            return
        if self.preview_window is not None:
            self.preview_window.close()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Enter in a field does not save by surprise; Esc asks before leaving."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
