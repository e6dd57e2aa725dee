"""The settings dialog: one editor per declared field, each valid change applied at once.

Every editor comes from `FIELDS`, so a new option shows up here without touching this file; the
checks are the ones the settings file and `postureapp config` use.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.exercises import Library
from postureapp.core.i18n.phrase import told
from postureapp.core.ports import Autostart, AutostartError
from postureapp.core.settings import (
    DAYS,
    FIELDS,
    SECTIONS,
    Field,
    SettingError,
    Settings,
    SettingValue,
)
from postureapp.core.settings.calendar_kind import CalendarSourcesKind
from postureapp.core.settings.kinds import (
    Choice,
    Choices,
    Number,
    Switch,
    TimeRangesKind,
    TimesKind,
    WeightsKind,
)
from postureapp.ui.calendar_editor import CalendarSourcesEditor, StorePassword
from postureapp.ui.fit import fit_width
from postureapp.ui.setting_editors import (
    ChoiceEditor,
    ChoicesEditor,
    Editor,
    FolderEditor,
    NumberEditor,
    SwitchEditor,
    TextEditor,
    mnemonics_in,
    translated,
    with_mnemonic,
)
from postureapp.ui.weights_editor import WeightsEditor

log = logging.getLogger(__name__)

START_AT_LOGIN = "behaviour.start_at_login"


class SettingsDialog(QDialog):
    """Every option in FIELDS on four tabs; valid changes apply at once, Cancel undoes them.

    Starting at login is read from and switched in the system itself (via `autostart`), so the
    box shows what will really happen at the next login.

    Signals:
        settings_changed(settings): a new valid `Settings` after each change; on Cancel (or Esc)
            the settings from when the dialog opened, or from the last Apply, once more.
        edit_exercises(): the user asked for the exercise editor.
    """

    settings_changed = Signal(object)
    edit_exercises = Signal()

    def __init__(
        self,
        settings: Settings,
        *,
        autostart: Autostart | None = None,
        choice_check: Callable[[Settings], Sequence[str]] | None = None,
        store_password: StorePassword | None = None,
        exercise_titles: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._exercise_titles = dict(exercise_titles or {})
        self.edit_exercises_button = QPushButton(self.tr("Create or edit your own exercises…"))
        self.edit_exercises_button.setObjectName("edit_exercises")
        self.edit_exercises_button.setAccessibleName(self.tr("Create or edit your own exercises"))
        self.edit_exercises_button.setAutoDefault(False)
        self.edit_exercises_button.clicked.connect(self.edit_exercises)
        self._autostart = autostart
        # what the chosen areas, positions and equipment leave too little for, said plainly
        self._choice_check = choice_check
        self.choice_warning = QLabel()
        self.choice_warning.setWordWrap(True)
        self.choice_warning.setObjectName("choice_warning")
        self.choice_warning.setVisible(False)
        self._store_password = store_password
        self._baseline = settings
        self._emitted = settings
        self._autostart_problem: str | None = None
        self._loading = False
        self._editors: dict[str, Editor] = {}
        self._columns: dict[str, QVBoxLayout] = {}
        self.setWindowTitle(self.tr("postureapp — Settings"))

        standard = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(
            standard.Ok | standard.Cancel | standard.Apply | standard.RestoreDefaults
        )
        self.buttons.button(standard.RestoreDefaults).setText(self.tr("&Reset to defaults"))
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

        titles = {
            "breaks": self.tr("&Breaks"),
            "schedule": self.tr("&Schedule"),
            "exercises": self.tr("E&xercises"),
            "behaviour": self.tr("Be&haviour"),
            "camera": self.tr("&Camera"),
        }
        tab_titles = [
            titles[section] if section in titles else translated(section.capitalize())
            for section in SECTIONS
        ]
        taken = mnemonics_in([*tab_titles, *(b.text() for b in self.buttons.buttons())])
        self.tabs = QTabWidget()
        for section, title in zip(SECTIONS, tab_titles, strict=True):
            self.tabs.addTab(self._page(section, set(taken)), title)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        # Only once the box is inside the dialog does the dialog take OK as its Enter button.
        self.buttons.button(standard.Ok).setDefault(True)
        self._set_tab_order()

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(standard.Apply).clicked.connect(self.apply)
        self.buttons.button(standard.RestoreDefaults).clicked.connect(self.reset_to_defaults)

        self._autostart_baseline = self._show_settings(settings)
        if self._autostart_baseline is not None:
            # The system decides what happens at login; a stale stored value is not "the original".
            settings = settings.replace(start_at_login=self._autostart_baseline)
            self._baseline = self._emitted = settings
        self._refresh(announce=False)
        self.setMinimumSize(600, 520)

    # --- for the app and for tests -------------------------------------------------------------

    def settings(self) -> Settings:
        """The settings in effect: the last valid ones the dialog announced."""
        return self._emitted

    def editor(self, key: str) -> QWidget:
        """The input widget of one setting (for choices, the widget holding its check boxes)."""
        return self._editors[key].input

    def error_label(self, key: str) -> QLabel:
        return self._editors[key].error

    def add_panel(self, section: str, panel: QWidget) -> None:
        """Put `panel` at the top of the tab of `section` (the camera's explanation and buttons)."""
        self._columns[section].insertWidget(0, panel)

    def set_library(self, library: Library) -> None:
        """Exercises were added, renamed or removed: list them, keeping what is chosen now."""
        editor = self._editors.get("exercises.weights")
        if isinstance(editor, WeightsEditor):
            editor.set_titles({key: ex.title for key, ex in library.exercises.items()})

    # --- building ------------------------------------------------------------------------------

    def _group_titles(self) -> dict[str, str]:
        """Which fields share a titled box; fields not named here sit on their page directly."""
        groups = {
            self.tr("Short breaks"): (
                "breaks.short_interval_minutes",
                "breaks.short_break_seconds",
            ),
            self.tr("Long breaks"): ("breaks.long_every", "breaks.long_break_seconds"),
            self.tr("Notice and snooze"): (
                "breaks.notice_seconds",
                "breaks.snooze_minutes",
                "breaks.snooze_cap",
                "breaks.strict",
            ),
            self.tr("Working hours"): (
                "schedule.working_hours_enabled",
                *(f"schedule.{day}" for day in DAYS),
            ),
            self.tr("Breaks at fixed times"): ("schedule.fixed_times", "schedule.fixed_days"),
            self.tr("Hold a break while busy"): (
                "schedule.wait_for_fullscreen",
                "schedule.wait_for_dnd",
                "schedule.wait_for_calls",
                "schedule.max_wait_minutes",
            ),
            self.tr("Calendars"): (
                "schedule.calendars",
                "schedule.calendar_lead_minutes",
                "schedule.calendar_refresh_minutes",
                "schedule.calendar_titles",
            ),
            self.tr("What exercises may ask for"): (
                "exercises.areas",
                "exercises.positions",
                "exercises.equipment",
            ),
            self.tr("Each exercise"): ("exercises.weights",),
        }
        return {key: title for title, keys in groups.items() for key in keys}

    def _page(self, section: str, taken: set[str]) -> QWidget:
        """One tab: its fields in declared order, consecutive ones of a group in one box."""
        group_of = self._group_titles()
        page = QWidget()
        column = self._columns[section] = QVBoxLayout(page)
        form: QFormLayout | None = None
        current: str | None = None
        labels: list[QLabel] = []
        for field in (field for field in FIELDS if field.section == section):
            title = group_of.get(field.key)
            if form is None or title != current:
                current, form = title, QFormLayout()
                if title is None:
                    column.addLayout(form)
                else:
                    box = QGroupBox(title)
                    box.setLayout(form)
                    column.addWidget(box)
            label = self._add_row(form, self._make_editor(field, taken), taken)
            if label is not None:
                labels.append(label)
        # One label column for the whole tab: each box would otherwise size its own, and the
        # fields of one box would start further left or right than those of the next.
        widest = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(widest)
        if section == "exercises":
            column.addWidget(self.choice_warning)
            column.addWidget(self.edit_exercises_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        fit_width(scroll)
        return scroll

    def _make_editor(self, field: Field, taken: set[str]) -> Editor:
        def on_edit() -> None:
            self._edited(field.key)

        if isinstance(field.kind, Number):
            editor: Editor = NumberEditor(field, on_edit)
        elif isinstance(field.kind, Switch):
            editor = SwitchEditor(field, on_edit, with_mnemonic(translated(field.label), taken))
        elif isinstance(field.kind, Choice):
            editor = ChoiceEditor(field, on_edit)
        elif isinstance(field.kind, Choices):
            editor = ChoicesEditor(field, on_edit)
        elif isinstance(field.kind, TimeRangesKind):
            editor = TextEditor(field, on_edit, self.tr("none — e.g. 09:00-12:30, 13:30-17:30"))
        elif isinstance(field.kind, CalendarSourcesKind):
            editor = CalendarSourcesEditor(field, on_edit, self._store_password)
        elif isinstance(field.kind, TimesKind):
            editor = TextEditor(field, on_edit, self.tr("none — e.g. 11:00, 15:30"))
        elif isinstance(field.kind, WeightsKind):
            editor = WeightsEditor(field, on_edit, self._exercise_titles)
        else:
            editor = FolderEditor(
                field,
                on_edit,
                self.tr("the usual folder"),
                with_mnemonic(self.tr("Browse…"), taken),
                self.tr("Browse for {0}").format(translated(field.label)),
            )
        self._editors[field.key] = editor
        return editor

    def _add_row(self, form: QFormLayout, editor: Editor, taken: set[str]) -> QLabel | None:
        """The editor's row, with its help and error below it; returns its label (a switch names
        itself, and sits in the column the other rows' labels make)."""
        cell = QWidget()
        stack = QVBoxLayout(cell)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(editor.body)
        stack.addWidget(editor.help)
        stack.addWidget(editor.error)
        if editor.labels_itself:
            form.addRow("", cell)
            return None
        label = QLabel(with_mnemonic(editor.label, taken))
        label.setBuddy(editor.buddy)
        form.addRow(label, cell)
        return label

    def _set_tab_order(self) -> None:
        """Tabs, then each page's editors top to bottom, then the buttons."""
        chain: list[QWidget] = [self.tabs.tabBar()]
        for editor in self._editors.values():
            chain += editor.focusable
            if editor.field.key == "exercises.weights":
                chain.append(self.edit_exercises_button)
        chain += self.buttons.buttons()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- reacting ------------------------------------------------------------------------------

    def _show_settings(self, settings: Settings) -> bool | None:
        """Put `settings` in every editor, start at login as the system has it; returns that."""
        self._loading = True
        try:
            for key, editor in self._editors.items():
                editor.show(settings.get(key))
            real = self._real_autostart()
            if real is not None:
                self._editors[START_AT_LOGIN].show(real)
        finally:
            self._loading = False
        return real

    def _real_autostart(self) -> bool | None:
        if self._autostart is None:
            return None
        try:
            return self._autostart.is_enabled()
        except AutostartError as error:
            self._autostart_problem = told(error, QCoreApplication.translate)
            return None

    def _edited(self, key: str) -> None:
        if self._loading:
            return
        if key == START_AT_LOGIN:
            self._switch_autostart(bool(self._editors[key].read()))
        self._refresh()

    def _switch_autostart(self, on: bool) -> None:
        """Make the system match the box at once; on failure say why and untick what failed."""
        if self._autostart is None:
            return
        try:
            if on:
                self._autostart.enable()
            else:
                self._autostart.disable()
        except AutostartError as error:
            self._autostart_problem = self.tr("Could not change this: {0}").format(error)
            self._loading = True
            self._editors[START_AT_LOGIN].show(not on)
            self._loading = False
        else:
            self._autostart_problem = None

    def _refresh(self, *, announce: bool = True) -> None:
        """Check every editor, show each problem under its field, and announce a valid change."""
        values: dict[str, SettingValue] = {}
        problems: dict[str, str] = {}
        for key, editor in self._editors.items():
            try:
                values[editor.field.name] = editor.read()
            except SettingError as error:
                problems[key] = translated(error.phrase)
        if self._autostart_problem and START_AT_LOGIN in self._editors:
            problems.setdefault(START_AT_LOGIN, self._autostart_problem)
        for key, editor in self._editors.items():
            editor.set_error(problems.get(key))
        valid = len(values) == len(self._editors)
        standard = QDialogButtonBox.StandardButton
        for button in (standard.Ok, standard.Apply):
            self.buttons.button(button).setEnabled(valid)
        if valid and self._choice_check is not None:
            warnings = self._choice_check(Settings.from_values(values))
            self.choice_warning.setText("\n".join(warnings))
            self.choice_warning.setVisible(bool(warnings))
        if valid and announce:
            self._announce(Settings.from_values(values))

    def _announce(self, settings: Settings) -> None:
        if settings != self._emitted:
            self._emitted = settings
            self.settings_changed.emit(settings)

    # --- the buttons ---------------------------------------------------------------------------

    def apply(self) -> None:
        """Keep what is shown now: Cancel will come back to here rather than to the start."""
        self._baseline = self._emitted
        self._autostart_baseline = self._real_autostart()

    def reset_to_defaults(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset to defaults"),
            self.tr(
                "Put every setting back to its default value? "
                "Cancel will still bring back the settings you had before."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        defaults = Settings.defaults()
        was_starting = self._editors[START_AT_LOGIN].read()
        self._loading = True
        for key, editor in self._editors.items():
            editor.show(defaults.get(key))
        self._loading = False
        if defaults.start_at_login != was_starting:
            self._switch_autostart(defaults.start_at_login)
        self._refresh()

    def reject(self) -> None:
        """Cancel, Esc or closing the window: undo every change, the system's autostart too."""
        baseline = self._autostart_baseline
        changed = baseline is not None and self._editors[START_AT_LOGIN].read() != baseline
        if self._autostart is not None and changed:
            try:
                (self._autostart.enable if baseline else self._autostart.disable)()
            except AutostartError as error:
                log.warning("could not undo the start-at-login change: %s", error)
        self._autostart_problem = None
        self._show_settings(self._baseline)
        self._refresh(announce=False)
        self._announce(self._baseline)
        super().reject()
