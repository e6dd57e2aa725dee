"""Settings → Schedule → Calendars: the list of calendars, with Add… and Remove.

Add… asks for a name, the kind (a file or folder, a web address, a CalDAV account), where it is
and, for CalDAV, the user and password. The password goes straight to the keyring through
`store_password` (handed in by the app; this view never touches the platform); when there is no
keyring the dialog says so and the account is not added.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.calendar.source import (
    CALDAV,
    FILE,
    URL,
    CalendarSource,
    SourceRefused,
    checked,
    unique,
)
from postureapp.core.calendar.words import told
from postureapp.core.settings import Field, SettingValue
from postureapp.ui.setting_editors import ERROR_STYLE, Editor

#: (source, password) -> None; raises with a sentence when the keyring cannot keep it.
StorePassword = Callable[[CalendarSource, str], None]


class AddCalendarDialog(QDialog):
    """Asks for one calendar; `source` holds it once accepted."""

    def __init__(
        self,
        existing: tuple[CalendarSource, ...],
        store_password: StorePassword | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a calendar"))
        self._existing = existing
        self._store = store_password
        self.source: CalendarSource | None = None
        self.name = QLineEdit()
        self.name.setObjectName("calendar.name")
        self.kind = QComboBox()
        self.kind.setObjectName("calendar.kind")
        self.kind.addItem(self.tr("A file or folder of .ics files"), FILE)
        self.kind.addItem(self.tr("A web address (iCalendar subscription)"), URL)
        self.kind.addItem(self.tr("A CalDAV account (read only)"), CALDAV)
        self.location = QLineEdit()
        self.location.setObjectName("calendar.location")
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        self.user = QLineEdit()
        self.user.setObjectName("calendar.user")
        self.password = QLineEdit()
        self.password.setObjectName("calendar.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setVisible(False)

        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.location, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Where"), where)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        note = QLabel(self.tr("The password is kept in your desktop keyring, never in a file."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.setMinimumWidth(480)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.browse.setEnabled(kind == FILE)
        self.user.setEnabled(kind == CALDAV)
        self.password.setEnabled(kind == CALDAV)
        self.location.setPlaceholderText(
            "/home/me/calendar.ics" if kind == FILE else "https://calendar.example.org/…"
        )

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a calendar file"), str(Path.home()), "iCalendar (*.ics)"
        )
        if chosen:
            self.location.setText(chosen)

    def _say(self, text: str) -> None:
        self.problem.setText(f"⚠ {text[:1].upper()}{text[1:]}")
        self.problem.setVisible(True)

    def accept(self) -> None:
        kind = self.kind.currentData()
        user = self.user.text().strip() if kind == CALDAV else ""
        try:
            source = checked(self.name.text().strip(), kind, self.location.text(), user)
            unique([*self._existing, source])
        except SourceRefused as refused:
            self._say(told(refused, QCoreApplication.translate))
            return
        if source.needs_password:
            if self._store is None:
                self._say(self.tr("Passwords cannot be kept here: no keyring is available."))
                return
            try:
                self._store(source, self.password.text())
            except Exception as error:  # the keyring's sentence, in the user's language
                self._say(told(error, QCoreApplication.translate))
                return
        self.source = source
        super().accept()


def described(source: CalendarSource) -> str:
    """One line per calendar: its name, what kind it is, where, and as whom."""
    if source.kind == FILE:
        text = QCoreApplication.translate("CalendarSourcesEditor", "{0}: file {1}")
    elif source.kind == URL:
        text = QCoreApplication.translate("CalendarSourcesEditor", "{0}: web address {1}")
    elif source.user:
        text = QCoreApplication.translate("CalendarSourcesEditor", "{0}: CalDAV {1} as {2}")
    else:
        text = QCoreApplication.translate("CalendarSourcesEditor", "{0}: CalDAV {1}")
    return text.format(source.name, source.location, source.user)


class CalendarSourcesEditor(Editor):
    """The calendars as a list; Add… and Remove change it (and apply at once, like every edit)."""

    def __init__(
        self,
        field: Field,
        on_edit: Callable[[], None],
        store_password: StorePassword | None,
    ) -> None:
        self.list = QListWidget()
        super().__init__(field, on_edit, self.list)
        self._store = store_password
        self._sources: tuple[CalendarSource, ...] = ()
        self.list.setMaximumHeight(110)
        self.add = QPushButton(QCoreApplication.translate("CalendarSourcesEditor", "Add…"))
        self.add.setObjectName(f"{field.key}.add")
        self.add.setAutoDefault(False)
        self.add.setAccessibleName(
            QCoreApplication.translate("CalendarSourcesEditor", "Add a calendar")
        )
        self.remove = QPushButton(QCoreApplication.translate("CalendarSourcesEditor", "Remove"))
        self.remove.setObjectName(f"{field.key}.remove")
        self.remove.setAutoDefault(False)
        self.remove.setAccessibleName(
            QCoreApplication.translate("CalendarSourcesEditor", "Remove the chosen calendar")
        )
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(lambda _row: self._buttons())
        self._body = QWidget()
        column = QVBoxLayout(self._body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addStretch(1)
        column.addLayout(row)
        self._buttons()

    @property
    def body(self) -> QWidget:
        return self._body

    @property
    def focusable(self) -> list[QWidget]:
        return [self.list, self.add, self.remove]

    def _buttons(self) -> None:
        self.remove.setEnabled(0 <= self.list.currentRow() < len(self._sources))

    def _add(self) -> None:
        dialog = AddCalendarDialog(self._sources, self._store, self.list.window())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.source is not None:
            self.show((*self._sources, dialog.source))
            self.on_edit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._sources):
            return
        self.show(self._sources[:row] + self._sources[row + 1 :])
        self.on_edit()

    def read(self) -> SettingValue:
        return self.field.parse(self._sources)

    def show(self, value: SettingValue) -> None:
        assert isinstance(value, tuple)
        self._sources = tuple(s for s in value if isinstance(s, CalendarSource))
        self.list.clear()
        for source in self._sources:
            item = QListWidgetItem(described(source))
            item.setToolTip(source.location)
            self.list.addItem(item)
        if not self._sources:
            placeholder = QListWidgetItem(
                QCoreApplication.translate(
                    "CalendarSourcesEditor", "No calendars: breaks follow the clock alone."
                )
            )
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        self._buttons()
