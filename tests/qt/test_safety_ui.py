"""The safety dialogs, driven through their real buttons and keys (QTest, which is typed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QSlider, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from postureapp.core import safety
from postureapp.ui.safety import (
    AboutSafetyDialog,
    CheckInPopup,
    ProfessionalSuggestion,
    WarningPauseDialog,
    WelcomeDialog,
)


def click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def key(widget: QWidget, which: Qt.Key) -> None:
    QTest.keyClick(widget, which)


def shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def test_first_start_shows_the_warning_signs_and_got_it_acknowledges(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    shown(qtbot, dialog)
    text = dialog.text.toPlainText()
    for sign in safety.WARNING_SIGNS:
        assert sign.text in text
    assert safety.NOT_MEDICAL_ADVICE in text
    with qtbot.waitSignal(dialog.acknowledged, timeout=1000):
        click(dialog.ok_button)
    assert not dialog.isVisible()


def test_enter_acknowledges_the_welcome(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    shown(qtbot, dialog)
    with qtbot.waitSignal(dialog.acknowledged, timeout=1000):
        key(dialog, Qt.Key.Key_Return)


def test_closing_the_welcome_with_escape_is_not_an_acknowledgement(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    shown(qtbot, dialog)
    with qtbot.assertNotEmitted(dialog.acknowledged):
        key(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_about_cracking_opens_the_note_and_back_returns(qtbot: QtBot) -> None:
    dialog = AboutSafetyDialog()
    shown(qtbot, dialog)
    assert dialog.windowTitle() == safety.ABOUT_TITLE
    click(dialog.cracking_button)
    assert dialog.pages.currentWidget() is dialog.cracking
    assert safety.CRACKING_NOTE[1] in dialog.cracking.toPlainText()
    assert dialog.cracking_button.text() == "Back"
    click(dialog.cracking_button)
    assert dialog.pages.currentWidget() is dialog.text


def test_a_check_in_click_sends_the_feeling_and_the_rating(qtbot: QtBot) -> None:
    popup = CheckInPopup()
    shown(qtbot, popup)
    click(popup.ratings.button(7))
    assert popup.ratings.button(7).isChecked()
    assert popup.ratings.button(7).accessibleName() == "Stiffness 7 of 10"
    with qtbot.waitSignal(popup.answered, timeout=1000) as signal:
        click(popup.worse_button)
    assert signal.args == ["worse", 7]
    assert not popup.isVisible()


def test_no_rating_is_chosen_until_the_user_chooses_and_none_is_sent_as_minus_one(
    qtbot: QtBot,
) -> None:
    popup = CheckInPopup()
    shown(qtbot, popup)
    assert popup.ratings.checkedButton() is None, "nothing looks chosen that was not"
    assert len(popup.ratings.buttons()) == 11
    with qtbot.waitSignal(popup.answered, timeout=1000) as signal:
        click(popup.better_button)
    assert signal.args == ["better", -1]


def test_not_now_dismisses_without_an_answer(qtbot: QtBot) -> None:
    popup = CheckInPopup()
    shown(qtbot, popup)
    with (
        qtbot.assertNotEmitted(popup.answered),
        qtbot.waitSignal(popup.dismissed, timeout=1000),
    ):
        click(popup.not_now_button)
    assert not popup.isVisible()


def test_closing_the_popup_window_dismisses_it_once(qtbot: QtBot) -> None:
    popup = CheckInPopup()
    shown(qtbot, popup)
    dismissals: list[bool] = []
    popup.dismissed.connect(lambda: dismissals.append(True))
    popup.close()
    popup.show()
    popup.close()
    assert dismissals == [True]


def test_something_else_is_wrong_shows_the_signs_and_reports_a_warning(qtbot: QtBot) -> None:
    popup = CheckInPopup()
    shown(qtbot, popup)
    with qtbot.waitSignal(popup.warning_reported, timeout=1000):
        click(popup.warning_button)
    assert popup.signs.isVisible() and not popup.worse_button.isVisible()
    signs = popup.signs.toPlainText()
    assert all(sign.text in signs for sign in safety.WARNING_SIGNS)
    assert safety.EMERGENCY_LABEL in signs
    with qtbot.assertNotEmitted(popup.dismissed):
        click(popup.close_button)
    assert not popup.isVisible()


def test_resuming_needs_the_confirmation_first(qtbot: QtBot) -> None:
    dialog = WarningPauseDialog(safety.PAUSE_REASON_WARNING)
    shown(qtbot, dialog)
    assert safety.PAUSE_REASON_WARNING in dialog.text.toPlainText()
    with qtbot.assertNotEmitted(dialog.resume_requested):
        click(dialog.resume_button)
    assert dialog.isVisible()
    click(dialog.confirm)
    with qtbot.waitSignal(dialog.resume_requested, timeout=1000):
        click(dialog.resume_button)
    assert not dialog.isVisible()


def test_keep_paused_and_enter_do_not_resume(qtbot: QtBot) -> None:
    dialog = WarningPauseDialog(safety.PAUSE_REASON_WORSE)
    shown(qtbot, dialog)
    with qtbot.assertNotEmitted(dialog.resume_requested):
        key(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    again = WarningPauseDialog(safety.PAUSE_REASON_WORSE)
    shown(qtbot, again)
    with qtbot.assertNotEmitted(again.resume_requested):
        click(again.keep_button)
    assert not again.isVisible()


def test_the_professional_suggestion_gives_the_reason_and_is_acknowledged(qtbot: QtBot) -> None:
    note = ProfessionalSuggestion(safety.PROFESSIONAL_REASON_STIFFNESS)
    shown(qtbot, note)
    assert safety.PROFESSIONAL_REASON_STIFFNESS in note.text.toPlainText()
    with qtbot.waitSignal(note.acknowledged, timeout=1000):
        click(note.ok_button)


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    widgets: list[QWidget] = [
        WelcomeDialog(),
        CheckInPopup(),
        WarningPauseDialog(safety.PAUSE_REASON_WARNING),
        ProfessionalSuggestion(safety.PROFESSIONAL_REASON_NO_BETTER),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        controls = [
            child
            for kind in (QAbstractButton, QSlider, QTextBrowser)
            for child in widget.findChildren(kind)
        ]
        assert controls
        assert [type(c).__name__ for c in controls if not c.accessibleName()] == []


def test_a_check_in_a_day_leaves_no_popup_behind(qtbot: QtBot) -> None:
    """Each day's check-in replaces the last; the old popup is deleted, not kept hidden.

    Before, the window keeper's slot held the popup it watched, so no closed popup was ever
    freed: memory grew with every day the app ran.
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from postureapp.ui.safety_windows import SafetyWindows

    def popups() -> list[QWidget]:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, CheckInPopup)]
        return [w for w in found if w not in earlier]  # other tests' popups do not count

    earlier = [w for w in QApplication.topLevelWidgets() if isinstance(w, CheckInPopup)]
    views = SafetyWindows()
    for _ in range(20):
        views.ask_checkin()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    (shown,) = popups()
    assert shown.isVisible()
    shown.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert popups() == []
