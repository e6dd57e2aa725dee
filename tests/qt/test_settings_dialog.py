"""The settings dialog, driven through its real widgets with the keyboard and the mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from postureapp.core.settings import FIELDS, Settings
from postureapp.platform.autostart import AutostartError
from postureapp.ui.settings_dialog import SettingsDialog

Button = QDialogButtonBox.StandardButton
START = "behaviour.start_at_login"


class FakeAutostart:
    def __init__(self, enabled: bool, *, fails: bool = False) -> None:
        self.enabled = enabled
        self.fails = fails
        self.calls: list[str] = []

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        self._switch("enable", True)

    def disable(self) -> None:
        self._switch("disable", False)

    def _switch(self, call: str, on: bool) -> None:
        self.calls.append(call)
        if self.fails:
            raise AutostartError("cannot write /x/autostart/postureapp.desktop: Permission denied")
        self.enabled = on

    def location(self) -> str:
        return "/x/autostart/postureapp.desktop"


def open_dialog(
    qtbot: QtBot, settings: Settings | None = None, autostart: FakeAutostart | None = None
) -> tuple[SettingsDialog, list[Settings]]:
    dialog = SettingsDialog(settings or Settings.defaults(), autostart=autostart)
    qtbot.addWidget(dialog)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog, emitted


def spin(dialog: SettingsDialog, key: str) -> QSpinBox:
    widget = dialog.editor(key)
    assert isinstance(widget, QSpinBox)
    return widget


def line(dialog: SettingsDialog, key: str) -> QLineEdit:
    widget = dialog.editor(key)
    assert isinstance(widget, QLineEdit)
    return widget


def check(dialog: SettingsDialog, key: str) -> QCheckBox:
    widget = dialog.editor(key)
    assert isinstance(widget, QCheckBox)
    return widget


def tick(box: QCheckBox) -> None:
    """Click the box itself: a check box only reacts to clicks on its square and its text."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def focused(dialog: SettingsDialog) -> QWidget:
    """The widget with keyboard focus; QTest aborts the process when handed None."""
    widget = dialog.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def show_tab(dialog: SettingsDialog, title: str) -> None:
    titles = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
    dialog.tabs.setCurrentIndex(titles.index(title))


def test_typing_a_new_interval_and_enter_applies_it_and_closes(qtbot: QtBot) -> None:
    dialog, emitted = open_dialog(qtbot)
    box = spin(dialog, "breaks.short_interval_minutes")
    assert box.value() == 30 and box.suffix() == " minutes"
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(box, "45")
    assert emitted == [], "nothing is applied while the number is half typed"
    with qtbot.waitSignal(dialog.settings_changed) as signal:
        QTest.keyClick(box, Qt.Key.Key_Return)
    assert signal.args[0] == Settings.defaults().replace(short_interval_minutes=45)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert emitted == [signal.args[0]], "OK keeps what was applied; nothing more is sent"


def test_arrow_key_applies_at_once_within_the_bounds(qtbot: QtBot) -> None:
    dialog, emitted = open_dialog(qtbot, Settings.defaults().replace(snooze_minutes=60))
    box = spin(dialog, "breaks.snooze_minutes")
    assert (box.minimum(), box.maximum()) == (1, 60)
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert [s.snooze_minutes for s in emitted] == [59]
    QTest.keyClick(box, Qt.Key.Key_Up)
    QTest.keyClick(box, Qt.Key.Key_Up)
    assert [s.snooze_minutes for s in emitted] == [59, 60], "60 is the most allowed"


def test_invalid_working_hours_show_an_error_and_block_ok_until_fixed(qtbot: QtBot) -> None:
    dialog, emitted = open_dialog(qtbot)
    show_tab(dialog, "Schedule")
    monday, error = line(dialog, "schedule.mon"), dialog.error_label("schedule.mon")
    ok, apply = dialog.buttons.button(Button.Ok), dialog.buttons.button(Button.Apply)
    assert not error.isVisible() and ok.isEnabled()

    monday.clear()
    QTest.keyClicks(monday, "09:00-12:00, 11:00-14:00")
    assert error.isVisible()
    assert '"09:00-12:00" and "11:00-14:00" overlap' in error.text()
    assert not ok.isEnabled() and not apply.isEnabled()
    QTest.keyClick(monday, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter does not accept a dialog with an error in it"

    QTest.keyClick(monday, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(monday, "09:00-11:00, 11:00-14:00")
    assert not error.isVisible() and ok.isEnabled() and apply.isEnabled()
    assert emitted[-1] == Settings.defaults().replace(mon="09:00-11:00, 11:00-14:00")


def test_unticking_every_body_area_is_refused(qtbot: QtBot) -> None:
    dialog, emitted = open_dialog(qtbot)
    show_tab(dialog, "Exercises")
    boxes = dialog.editor("exercises.areas").findChildren(QCheckBox)
    assert [box.text() for box in boxes] == [
        "Upper back",
        "Neck",
        "Shoulders",
        "Chest",
        "Lower back",
    ]
    for box in boxes:
        tick(box)
    assert dialog.error_label("exercises.areas").isVisible()
    assert not dialog.buttons.button(Button.Ok).isEnabled()
    assert emitted[-1].areas == frozenset({"lower-back"}), "the last valid choice was applied"
    tick(boxes[1])
    assert emitted[-1].areas == frozenset({"neck"})
    assert dialog.buttons.button(Button.Ok).isEnabled()


def test_browse_fills_in_the_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    dialog, emitted = open_dialog(qtbot)
    show_tab(dialog, "Exercises")
    browse = dialog.findChild(QPushButton, "exercises.custom_folder.browse")
    assert isinstance(browse, QPushButton)
    QTest.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert line(dialog, "exercises.custom_folder").text() == str(tmp_path)
    assert emitted[-1].custom_folder == tmp_path


def test_cancel_emits_the_original_settings_and_closes(qtbot: QtBot) -> None:
    original = Settings.defaults().replace(long_every=2)
    dialog, emitted = open_dialog(qtbot, original)
    QTest.keyClick(spin(dialog, "breaks.long_every"), Qt.Key.Key_Up)
    tick(check(dialog, "breaks.strict"))
    assert emitted[-1] == original.replace(long_every=3, strict=True)
    QTest.mouseClick(dialog.buttons.button(Button.Cancel), Qt.MouseButton.LeftButton)
    assert emitted[-1] == original
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_esc_cancels(qtbot: QtBot) -> None:
    dialog, emitted = open_dialog(qtbot)
    QTest.keyClick(spin(dialog, "breaks.notice_seconds"), Qt.Key.Key_Up)
    assert emitted[-1].notice_seconds == 31
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert emitted[-1] == Settings.defaults()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_cancel_after_apply_goes_back_to_what_was_applied(qtbot: QtBot) -> None:
    dialog, emitted = open_dialog(qtbot)
    box = spin(dialog, "breaks.snooze_cap")
    QTest.keyClick(box, Qt.Key.Key_Up)
    QTest.mouseClick(dialog.buttons.button(Button.Apply), Qt.MouseButton.LeftButton)
    QTest.keyClick(box, Qt.Key.Key_Up)
    assert [s.snooze_cap for s in emitted] == [3, 4]
    dialog.reject()
    assert emitted[-1].snooze_cap == 3


def test_reset_asks_first_and_only_yes_resets(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = Settings.defaults().replace(short_interval_minutes=50, sound=True, mon=())
    dialog, emitted = open_dialog(qtbot, changed)
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *rest):  # type: ignore[no-untyped-def]
            asked.append(title)
            return reply

        return question

    reset = dialog.buttons.button(Button.RestoreDefaults)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    QTest.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert asked == ["Reset to defaults"]
    assert emitted == [] and spin(dialog, "breaks.short_interval_minutes").value() == 50

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    QTest.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert emitted == [Settings.defaults()]
    assert spin(dialog, "breaks.short_interval_minutes").value() == 30
    assert not check(dialog, "behaviour.sound").isChecked()
    assert line(dialog, "schedule.mon").text() == "09:00-17:00"


def test_every_field_has_a_named_editor_showing_its_value_and_help(qtbot: QtBot) -> None:
    dialog, _ = open_dialog(qtbot)
    defaults = Settings.defaults()
    for field in FIELDS:
        widget = dialog.editor(field.key)
        assert widget.accessibleName() == field.label, field.key
        assert field.help in widget.accessibleDescription(), field.key
        if isinstance(widget, QSpinBox):
            assert widget.value() == defaults.get(field.key)
        elif isinstance(widget, QCheckBox):
            assert widget.isChecked() == defaults.get(field.key)
        elif isinstance(widget, QLineEdit):
            assert widget.text() == field.format_text(defaults.get(field.key))
        elif isinstance(widget, QComboBox):
            assert widget.currentData() == defaults.get(field.key), field.key
            assert widget.count() == len(field.kind.options)  # type: ignore[attr-defined]
        elif isinstance(widget, QListWidget):  # the calendars: none, and a line that says so
            assert widget.count() == 1 and widget.item(0).text().startswith("No calendars")
        elif isinstance(widget, QTableWidget):  # one row per exercise: none were given here
            assert widget.rowCount() == 0, field.key
        else:
            boxes = widget.findChildren(QCheckBox)
            assert len(boxes) == len(field.kind.options), field.key  # type: ignore[attr-defined]
            assert all(box.accessibleName().startswith(f"{field.label}: ") for box in boxes)
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName(), button.text()


def test_autostart_box_shows_the_real_state_and_switches_it(qtbot: QtBot) -> None:
    autostart = FakeAutostart(enabled=True)
    dialog, emitted = open_dialog(qtbot, Settings.defaults(), autostart)
    box = check(dialog, START)
    assert box.isChecked(), "the system says on, whatever the stored setting says"
    assert emitted == []

    show_tab(dialog, "Behaviour")
    tick(box)
    assert autostart.calls == ["disable"] and not autostart.enabled
    assert emitted[-1].start_at_login is False
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert autostart.calls == ["disable", "enable"] and autostart.enabled
    assert emitted[-1].start_at_login is True


def test_autostart_failure_is_reported_beside_the_box(qtbot: QtBot) -> None:
    autostart = FakeAutostart(enabled=False, fails=True)
    dialog, _ = open_dialog(qtbot, autostart=autostart)
    show_tab(dialog, "Behaviour")
    box = check(dialog, START)
    tick(box)
    assert autostart.calls == ["enable"]
    assert not box.isChecked(), "the box goes back to what the system really does"
    error = dialog.error_label(START)
    assert error.isVisible() and "Permission denied" in error.text()
    assert dialog.buttons.button(Button.Ok).isEnabled(), "a system error blocks no other change"


def test_cancel_undoes_the_autostart_switch_too(qtbot: QtBot) -> None:
    autostart = FakeAutostart(enabled=False)
    dialog, _ = open_dialog(qtbot, autostart=autostart)
    tick(check(dialog, START))
    assert autostart.enabled
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert autostart.calls == ["enable", "disable"] and not autostart.enabled


def test_tab_walks_the_breaks_page_in_order(qtbot: QtBot) -> None:
    dialog, _ = open_dialog(qtbot)
    first = spin(dialog, "breaks.short_interval_minutes")
    first.setFocus()
    order = [field.key for field in FIELDS if field.section == "breaks"]
    seen = [first.objectName()]
    for _ in order[1:]:
        QTest.keyClick(focused(dialog), Qt.Key.Key_Tab)
        seen.append(focused(dialog).objectName())
    assert seen == order
    QTest.keyClick(focused(dialog), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.editor(order[-2])


def test_mnemonics_reach_tabs_and_fields_without_clashes(qtbot: QtBot) -> None:
    dialog, _ = open_dialog(qtbot)
    dialog.tabs.tabBar().setFocus()
    shared = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    shared += [button.text() for button in dialog.buttons.buttons()]
    for index in range(dialog.tabs.count()):
        page = dialog.tabs.widget(index)
        assert page is not None
        texts = shared + [
            w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
        ]
        letters = [
            t.replace("&&", "")[t.replace("&&", "").find("&") + 1].lower()
            for t in texts
            if "&" in t.replace("&&", "")
        ]
        assert len(letters) == len(set(letters)), f"clashing Alt keys on {shared[index]}"

    QTest.keyClick(focused(dialog), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 1
    QTest.keyClick(focused(dialog), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.editor("schedule.mon")


def test_on_every_tab_the_fields_of_all_boxes_start_in_one_column(qtbot: QtBot) -> None:
    dialog, _ = open_dialog(qtbot)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        page = dialog.tabs.currentWidget()
        qtbot.waitUntil(page.isVisible)
        starts = {
            label.text(): label.buddy().mapTo(page, QPoint(0, 0)).x()
            for label in page.findChildren(QLabel)
            if label.buddy() is not None
            and label.isVisibleTo(page)
            and isinstance(label.parentWidget(), QGroupBox)
        }
        for field in FIELDS:  # switches name themselves and keep to the same column
            box = dialog.editor(field.key)
            if isinstance(box, QCheckBox) and box.isVisibleTo(page):
                cell = box.parentWidget()
                if cell is not None and isinstance(cell.parentWidget(), QGroupBox):
                    starts[field.key] = box.mapTo(page, QPoint(0, 0)).x()
        assert len(set(starts.values())) <= 1, (dialog.tabs.tabText(index), starts)
