"""One editor per kind of setting: a spin box, a check box, a list of choices, a line of text.

Each shows a field's label, help and current problem, and reads its value back through the
field's own checks, so the dialog, the file and `postureapp config` agree on what is valid.
"""

from __future__ import annotations

import abc
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from postureapp.core import terms
from postureapp.core.i18n import Phrase
from postureapp.core.settings import Field, SettingValue
from postureapp.core.settings.kinds import Choice, Choices, Number

ERROR_STYLE = "color: #c62828;"


#: Choices that are words of the domain, and the days: translated with `terms` (one place).
_TERM_CHOICES = {
    member.value: terms.label(member)
    for kind in (terms.Area, terms.Position, terms.Equipment, terms.Weekday)
    for member in kind
}
_DAY_NAMES = frozenset(terms.day_name(day) for day in terms.WEEKDAYS)


def translated(text: str | Phrase) -> str:
    """Words declared in core (labels, help, units, choices) go through the 'settings' context
    (the days' names through 'terms'); a Phrase through its own."""
    if isinstance(text, Phrase):
        return text.text(QCoreApplication.translate)
    context = terms.TR_CONTEXT if text in _DAY_NAMES else "settings"
    return QCoreApplication.translate(context, text)


def choice_text(choice: str) -> str:
    """'upper-back' reads as 'Upper back', 'mon' as 'Mon'."""
    if choice in _TERM_CHOICES:
        return QCoreApplication.translate(terms.TR_CONTEXT, _TERM_CHOICES[choice])
    return translated(choice.replace("-", " ").capitalize())


def escaped(text: str) -> str:
    return text.replace("&", "&&")


def _typed(c: str) -> bool:
    """A letter a keyboard types with one key: not a kana or kanji (typed through an input method)."""
    return c.isalpha() and unicodedata.east_asian_width(c) not in ("W", "F")


def with_mnemonic(text: str, taken: set[str]) -> str:
    """`text` with '&' before its first free letter, word starts first; the letter joins `taken`.

    A text without such a letter (Japanese) gets one in brackets, as its platforms write it:
    '休憩の長さ(&A)'.
    """
    letters = [i for i, c in enumerate(text) if _typed(c)]
    starts = [i for i in letters if i == 0 or not text[i - 1].isalpha()]
    for i in starts + [i for i in letters if i not in starts]:
        letter = text[i].lower()
        if letter not in taken:
            taken.add(letter)
            return escaped(text[:i]) + "&" + escaped(text[i:])
    if not letters:
        free = next((c for c in "abcdefghijklmnopqrstuvwxyz" if c not in taken), None)
        if free is not None:
            taken.add(free)
            return f"{escaped(text)}(&{free.upper()})"
    return escaped(text)


def mnemonics_in(texts: Iterable[str]) -> set[str]:
    """The letters already bound by '&' in these texts."""
    taken = set()
    for text in texts:
        marked = text.replace("&&", "")
        where = marked.find("&")
        if 0 <= where < len(marked) - 1:
            taken.add(marked[where + 1].lower())
    return taken


class Editor(abc.ABC):
    """One field's input, with its help line and an error line the dialog fills in."""

    def __init__(self, field: Field, on_edit: Callable[[], None], input: QWidget) -> None:
        self.field = field
        self.on_edit = on_edit
        self.input = input
        self.label = translated(field.label)
        self.help_text = translated(field.help)
        input.setObjectName(field.key)
        input.setAccessibleName(self.label)
        input.setAccessibleDescription(self.help_text)
        allowed = QCoreApplication.translate("settings", "Allowed: {0}")
        allowed = allowed.format(translated(field.expected_phrase))
        input.setToolTip(self.help_text + "\n" + allowed)
        self.help = QLabel(self.help_text)
        self.help.setWordWrap(True)
        self.help.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.help.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.help.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.help.setFont(font)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        problem = QCoreApplication.translate("settings", "Problem with {0}")
        self.error.setAccessibleName(problem.format(self.label))
        self.error.setVisible(False)

    @property
    def body(self) -> QWidget:
        """What goes in the form's field column above the help line."""
        return self.input

    @property
    def buddy(self) -> QWidget:
        """The widget a mnemonic on the row's label moves to."""
        return self.input

    @property
    def focusable(self) -> list[QWidget]:
        return [self.input]

    @property
    def labels_itself(self) -> bool:
        """Check boxes carry their own text, so the row needs no label of its own."""
        return False

    @abc.abstractmethod
    def read(self) -> SettingValue:
        """The typed value shown now; raises SettingError with the field's own message."""

    @abc.abstractmethod
    def show(self, value: SettingValue) -> None:
        """Display `value` (the dialog keeps this from counting as a user's edit)."""

    def set_error(self, message: str | None) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self.input.setAccessibleDescription(message or self.help_text)


class NumberEditor(Editor):
    def __init__(self, field: Field, on_edit: Callable[[], None]) -> None:
        self.spin = QSpinBox()
        super().__init__(field, on_edit, self.spin)
        kind = field.kind
        assert isinstance(kind, Number)
        self.spin.setRange(kind.low, kind.high)
        if kind.unit:
            self.spin.setSuffix(" " + translated(kind.unit))
        # Typed digits count when the user leaves the box or presses Enter, not per keystroke.
        self.spin.setKeyboardTracking(False)
        self.spin.setAccelerated(True)
        self.spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.spin.valueChanged.connect(on_edit)

    def read(self) -> SettingValue:
        return self.field.parse(self.spin.value())

    def show(self, value: SettingValue) -> None:
        assert isinstance(value, int)
        self.spin.setValue(value)


class SwitchEditor(Editor):
    def __init__(self, field: Field, on_edit: Callable[[], None], text: str) -> None:
        self.box = QCheckBox(text)
        super().__init__(field, on_edit, self.box)
        self.box.toggled.connect(on_edit)

    @property
    def labels_itself(self) -> bool:
        return True

    def read(self) -> SettingValue:
        return self.box.isChecked()

    def show(self, value: SettingValue) -> None:
        self.box.setChecked(bool(value))


class ChoiceEditor(Editor):
    def __init__(self, field: Field, on_edit: Callable[[], None]) -> None:
        self.combo = QComboBox()
        super().__init__(field, on_edit, self.combo)
        assert isinstance(field.kind, Choice)
        for choice in field.kind.options:
            self.combo.addItem(choice_text(choice), choice)
        self.combo.currentIndexChanged.connect(on_edit)

    def read(self) -> SettingValue:
        return self.field.parse(self.combo.currentData())

    def show(self, value: SettingValue) -> None:
        self.combo.setCurrentIndex(self.combo.findData(value))


class ChoicesEditor(Editor):
    def __init__(self, field: Field, on_edit: Callable[[], None]) -> None:
        super().__init__(field, on_edit, QWidget())
        row = QHBoxLayout(self.input)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        assert isinstance(field.kind, Choices)
        for choice in field.kind.options:
            box = QCheckBox(choice_text(choice))
            box.setObjectName(f"{field.key}.{choice}")
            box.setAccessibleName(f"{self.label}: {choice_text(choice)}")
            box.setAccessibleDescription(self.help_text)
            box.toggled.connect(on_edit)
            row.addWidget(box)
            self.boxes[choice] = box
        row.addStretch(1)

    @property
    def buddy(self) -> QWidget:
        return next(iter(self.boxes.values()))

    @property
    def focusable(self) -> list[QWidget]:
        return list(self.boxes.values())

    def read(self) -> SettingValue:
        return self.field.parse([choice for choice, box in self.boxes.items() if box.isChecked()])

    def show(self, value: SettingValue) -> None:
        assert isinstance(value, frozenset)
        for choice, box in self.boxes.items():
            box.setChecked(choice in value)


class TextEditor(Editor):
    """Time ranges, times and folders: typed text, checked with `parse_text` at each keystroke."""

    def __init__(self, field: Field, on_edit: Callable[[], None], placeholder: str) -> None:
        self.line = QLineEdit()
        super().__init__(field, on_edit, self.line)
        self.line.setPlaceholderText(placeholder)
        self.line.setClearButtonEnabled(True)
        self.line.textChanged.connect(on_edit)

    def read(self) -> SettingValue:
        return self.field.parse_text(self.line.text())

    def show(self, value: SettingValue) -> None:
        self.line.setText(self.field.format_text(value))


class FolderEditor(TextEditor):
    def __init__(
        self,
        field: Field,
        on_edit: Callable[[], None],
        placeholder: str,
        browse_text: str,
        browse_name: str,
    ) -> None:
        super().__init__(field, on_edit, placeholder)
        self.browse = QPushButton(browse_text)
        self.browse.setObjectName(f"{field.key}.browse")
        self.browse.setAccessibleName(browse_name)
        self.browse.setAutoDefault(False)  # Enter in the folder box still means OK
        self.browse.clicked.connect(self._browse)
        self._body = QWidget()
        row = QHBoxLayout(self._body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.browse)

    @property
    def body(self) -> QWidget:
        return self._body

    @property
    def focusable(self) -> list[QWidget]:
        return [self.line, self.browse]

    def _browse(self) -> None:
        start = self.line.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self.line.window(), self.label, start)
        if chosen:
            self.line.setText(chosen)
