"""Settings → Schedule → Calendars: adding a CalDAV account puts its password in the keyring (never
in the settings), a missing keyring is said in a sentence, and Remove takes a calendar away."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from postureapp.core.calendar.source import CALDAV, FILE, CalendarSource
from postureapp.core.settings import Settings
from postureapp.ui.calendar_editor import AddCalendarDialog
from postureapp.ui.settings_dialog import SettingsDialog

KEY = "schedule.calendars"


class FakeKeyring:
    def __init__(self, refuses: str | None = None) -> None:
        self.kept: dict[str, str] = {}
        self.refuses = refuses

    def store(self, source: CalendarSource, password: str) -> None:
        if self.refuses:
            raise RuntimeError(self.refuses)
        self.kept[source.name] = password


def fill(
    dialog: AddCalendarDialog, name: str, kind: str, where: str, user: str = "", pw: str = ""
) -> None:
    QTest.keyClicks(dialog.name, name)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    QTest.keyClicks(dialog.location, where)
    if user:
        QTest.keyClicks(dialog.user, user)
        QTest.keyClicks(dialog.password, pw)


def ok(dialog: AddCalendarDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_caldav_account_is_added_with_its_password_in_the_keyring(qtbot: QtBot) -> None:
    keyring = FakeKeyring()
    dialog = AddCalendarDialog((), keyring.store)
    qtbot.addWidget(dialog)
    fill(dialog, "work", CALDAV, "https://dav.example.org/alice/", "alice", "s3cret")
    ok(dialog)
    assert dialog.source == CalendarSource(
        "work", CALDAV, "https://dav.example.org/alice/", "alice"
    )
    assert keyring.kept == {"work": "s3cret"}


def test_without_a_keyring_the_account_is_refused_with_the_reason(qtbot: QtBot) -> None:
    keyring = FakeKeyring(refuses="no keyring is available to keep the password of work")
    dialog = AddCalendarDialog((), keyring.store)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "work", CALDAV, "https://dav.example.org/alice/", "alice", "s3cret")
    ok(dialog)
    assert dialog.source is None and dialog.isVisible()
    assert dialog.problem.isVisible() and "No keyring" in dialog.problem.text()


def test_a_mistake_is_shown_in_the_dialog_and_nothing_is_added(qtbot: QtBot) -> None:
    dialog = AddCalendarDialog((CalendarSource("work", FILE, "/a.ics"),), None)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "work", FILE, "/b.ics")
    ok(dialog)
    assert dialog.source is None and "Two calendars" in dialog.problem.text()


def test_add_and_remove_in_the_settings_dialog_apply_at_once(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keyring = FakeKeyring()
    dialog = SettingsDialog(Settings.defaults(), store_password=keyring.store)
    qtbot.addWidget(dialog)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    dialog.show()
    calendar = tmp_path / "team.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")

    def answer() -> None:
        added = QApplication.activeModalWidget()
        assert isinstance(added, AddCalendarDialog)
        fill(added, "team", FILE, str(calendar))
        ok(added)

    QTimer.singleShot(0, answer)
    add = dialog.findChild(QPushButton, f"{KEY}.add")
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    assert emitted[-1].calendars == (CalendarSource("team", FILE, str(calendar)),)
    listing = dialog.editor(KEY)
    assert isinstance(listing, QListWidget) and listing.item(0).text().startswith("team: file")

    listing.setCurrentRow(0)
    QTest.mouseClick(dialog.findChild(QPushButton, f"{KEY}.remove"), Qt.MouseButton.LeftButton)
    assert emitted[-1].calendars == ()
    assert keyring.kept == {}


def test_the_tray_line_says_when_a_break_was_moved_for_a_meeting() -> None:
    from datetime import datetime, timedelta, timezone

    from postureapp.core.calendar.model import BusyEvent
    from postureapp.core.plan import PlannedBreak, ScheduleState
    from postureapp.core.terms import BreakKind
    from postureapp.ui.status_text import describe

    at = datetime(2026, 3, 23, 11, 0, tzinfo=timezone(timedelta(hours=1)))
    meeting = BusyEvent(at - timedelta(hours=1), at, "Planning", "work")
    state = ScheduleState.fresh(at)
    moved = PlannedBreak(at, BreakKind.SHORT, "interval", meeting, "after")
    assert describe(False, state, moved) == (
        "normal",
        "Next short break at 11:00 (after a meeting)",
    )
    plain = PlannedBreak(at, BreakKind.SHORT, "interval")
    assert describe(False, state, plain) == ("normal", "Next short break at 11:00")
