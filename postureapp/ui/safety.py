"""The safety dialogs: welcome and about, the daily check-in, the exercise pause, a suggestion.

They show texts from `postureapp.core.safety` and report what the user chose; what follows
(recording, pausing, saving the state) is decided elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from postureapp.core import safety
from postureapp.core.terms import Feeling
from postureapp.ui import theme
from postureapp.ui.placement import place


def _tr(text: str) -> str:
    """Translate a text that core/safety.py marked for translation."""
    return QCoreApplication.translate(safety.TR_CONTEXT, text)


def _reading_view(html: str, name: str) -> QTextBrowser:
    """Read-only, scrollable and reachable with the keyboard (Tab, then arrows and Page keys)."""
    view = QTextBrowser()
    view.setHtml(html)
    view.setOpenLinks(False)
    view.setAccessibleName(name)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return view


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    return button


class WelcomeDialog(QDialog):
    """What the app does, that it is not medical advice, the warning signs; and a note on cracking.

    Shown once at first start; `AboutSafetyDialog` shows the same from the tray.

    Signals:
        acknowledged(): the user pressed "Got it" (closing the window otherwise does not count).
    """

    acknowledged = Signal()

    # Its words are asked for in the "WelcomeDialog" context by name: `self.tr` in the subclass
    # AboutSafetyDialog would ask in that class's context, which lupdate does not know.

    def __init__(self, parent: QWidget | None = None, *, later: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr(safety.ABOUT_TITLE if later else safety.WELCOME_TITLE))
        self.text = _reading_view(
            safety.welcome_html(_tr),
            QCoreApplication.translate("WelcomeDialog", "About postureapp and safety"),
        )
        self.cracking = _reading_view(
            safety.cracking_html(_tr), QCoreApplication.translate("WelcomeDialog", "About cracking")
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.text)
        self.pages.addWidget(self.cracking)

        self.cracking_button = _button(
            QCoreApplication.translate("WelcomeDialog", "About cracking"),
            QCoreApplication.translate("WelcomeDialog", "About cracking"),
        )
        self.cracking_button.setCheckable(True)
        self.cracking_button.toggled.connect(self._show_cracking)
        self.ok_button = _button(
            QCoreApplication.translate("WelcomeDialog", "Got it"),
            QCoreApplication.translate("WelcomeDialog", "Got it, close this window"),
        )
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cracking_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(560, 560)
        self.ok_button.setFocus()

    def _show_cracking(self, on: bool) -> None:
        self.pages.setCurrentWidget(self.cracking if on else self.text)
        self.cracking_button.setText(
            QCoreApplication.translate("WelcomeDialog", "Back")
            if on
            else QCoreApplication.translate("WelcomeDialog", "About cracking")
        )
        self.cracking_button.setAccessibleName(
            QCoreApplication.translate("WelcomeDialog", "Back to safety information")
            if on
            else QCoreApplication.translate("WelcomeDialog", "About cracking")
        )

    def accept(self) -> None:
        self.acknowledged.emit()
        super().accept()


class AboutSafetyDialog(WelcomeDialog):
    """The welcome content again, for the tray's "About & safety" action; while exercise breaks
    are paused for safety, it says so and offers to resume them.

    Signals:
        acknowledged(): the user pressed "Got it".
        resume_requested(): "Resume exercise breaks…" (the confirmation comes next).
    """

    resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, paused: bool = False) -> None:
        super().__init__(parent, later=True)
        self.paused_note = QLabel(_tr(safety.PAUSED_NOTE))
        self.paused_note.setWordWrap(True)
        self.resume_button = _button(
            self.tr("Resume exercise breaks…"), self.tr("Resume exercise breaks")
        )
        self.resume_button.clicked.connect(self.resume_requested)
        row = QHBoxLayout()
        row.addWidget(self.paused_note, 1)
        row.addWidget(self.resume_button)
        box = QWidget()
        box.setLayout(row)
        box.setVisible(paused)
        self.paused_box = box
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, box)


class CheckInPopup(QWidget):
    """A small corner card asking how the upper back feels; it never takes the keyboard.

    One click on Better / Same / Worse answers, with the stiffness rating if the user chose one
    (the rating starts unset: none of its buttons is pressed).

    Signals:
        answered(feeling, stiffness): 'better', 'same' or 'worse'; stiffness 0-10, or -1 when
            no rating was chosen.
        dismissed(): "Not now", Esc or the window's close button.
        warning_reported(): "Something else is wrong"; the popup then shows the warning signs.
    """

    answered = Signal(str, int)
    dismissed = Signal()
    warning_reported = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._done = False
        self.setWindowTitle(self.tr("postureapp — check-in"))
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.signs = _reading_view(safety.warning_signs_html(_tr), self.tr("Warning signs"))
        # Two pages shown one at a time; hidden rather than stacked so each keeps its own size.
        self.question_page = self._question_page()
        self.signs_page = self._signs_page()
        self.signs_page.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.LARGE, theme.MEDIUM, theme.LARGE, theme.MEDIUM)
        layout.addWidget(self.question_page)
        layout.addWidget(self.signs_page)
        self.setFixedWidth(400)
        theme.polish(self)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.close)

    def _question_page(self) -> QWidget:
        question = QLabel(self.tr("How does your upper back feel today?"))
        question.setWordWrap(True)
        question.setFont(theme.font(question.font(), "lead", bold=True))

        self.better_button = _button(self.tr("Better"), self.tr("Better than before"))
        self.same_button = _button(self.tr("Same"), self.tr("About the same"))
        self.worse_button = _button(self.tr("Worse"), self.tr("Worse than before"))
        answers = QHBoxLayout()
        for feeling, button in (
            (Feeling.BETTER, self.better_button),
            (Feeling.SAME, self.same_button),
            (Feeling.WORSE, self.worse_button),
        ):
            button.clicked.connect(lambda _checked=False, f=feeling: self._answer(f))
            answers.addWidget(button)

        self.stiffness_label = QLabel(self.tr("How stiff, from 0 (not at all) to 10? Optional."))
        self.stiffness_label.setWordWrap(True)
        theme.colour_text(self.stiffness_label, theme.muted(self.palette()))
        self.ratings = QButtonGroup(self)
        self.ratings.setExclusive(True)
        scale = QHBoxLayout()
        scale.setSpacing(2)
        for value in range(11):
            rating = QPushButton(str(value))
            rating.setCheckable(True)
            rating.setObjectName("rating")
            rating.setFixedWidth(30)
            rating.setAccessibleName(self.tr("Stiffness {0} of 10").format(value))
            rating.setAccessibleDescription(self.tr("0 is not stiff at all, 10 is very stiff"))
            self.ratings.addButton(rating, value)
            scale.addWidget(rating)
        scale.addStretch(1)

        self.warning_button = _button(
            self.tr("Something else is wrong"), self.tr("Something else is wrong: show the signs")
        )
        self.warning_button.setObjectName("quiet")
        self.warning_button.clicked.connect(self._report_warning)
        self.not_now_button = _button(self.tr("Not now"), self.tr("Not now, close the check-in"))
        self.not_now_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        footer.addWidget(self.warning_button)
        footer.addStretch(1)
        footer.addWidget(self.not_now_button)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.MEDIUM)
        layout.addWidget(question)
        layout.addLayout(answers)
        layout.addWidget(self.stiffness_label)
        layout.addLayout(scale)
        layout.addLayout(footer)
        return page

    def _signs_page(self) -> QWidget:
        intro = QLabel(
            self.tr(
                "Thank you for telling us. If any of these fit, please see a clinician; "
                "the emergency one needs care straight away."
            )
        )
        intro.setWordWrap(True)
        self.close_button = _button(self.tr("Close"), self.tr("Close the warning signs"))
        self.close_button.clicked.connect(self.close)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.signs, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    @property
    def stiffness(self) -> int:
        """The rating the user chose, or -1 when none was."""
        return self.ratings.checkedId()

    def _answer(self, feeling: str) -> None:
        self._done = True
        self.answered.emit(feeling, self.stiffness)
        self.close()

    def _report_warning(self) -> None:
        self._done = True
        self.question_page.hide()
        self.signs_page.show()
        self.setFixedSize(440, 420)
        self.warning_reported.emit()
        place(self, "corner")

    def present(self) -> None:
        """Show in the bottom-right corner of the screen with the mouse, without taking focus."""
        self.adjustSize()
        place(self, "corner")
        self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._done:
            self._done = True
            self.dismissed.emit()
        super().closeEvent(event)


class WarningPauseDialog(QDialog):
    """Says why the exercise breaks stopped; resuming takes a deliberate confirmation.

    Signals:
        resume_requested(): the user confirmed and pressed "Resume exercise breaks".
    """

    resume_requested = Signal()

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr(safety.PAUSE_TITLE))
        self.text = _reading_view(safety.pause_html(reason, _tr), _tr(safety.PAUSE_TITLE))
        self.confirm = QCheckBox(self.tr("I have checked this with a clinician, or it has passed"))
        self.confirm.setAccessibleName(self.tr("Confirm it is safe to resume"))
        self.resume_button = _button(
            self.tr("Resume exercise breaks"), self.tr("Resume exercise breaks")
        )
        self.resume_button.setEnabled(False)
        self.confirm.toggled.connect(self.resume_button.setEnabled)
        self.resume_button.clicked.connect(self._resume)
        self.keep_button = _button(self.tr("Keep paused"), self.tr("Keep exercise breaks paused"))
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.confirm)
        layout.addLayout(buttons)
        self.resize(520, 480)
        self.keep_button.setFocus()

    def _resume(self) -> None:
        self.resume_requested.emit()
        self.accept()


class ProfessionalSuggestion(QDialog):
    """A gentle, one-time note that a physical therapist could help, with the reason.

    Signals:
        acknowledged(): the user closed it with "OK".
    """

    acknowledged = Signal()

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr(safety.PROFESSIONAL_TITLE))
        self.text = _reading_view(
            safety.professional_html(reason, _tr), _tr(safety.PROFESSIONAL_TITLE)
        )
        self.ok_button = _button(self.tr("OK"), self.tr("OK, close this note"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(460, 280)
        self.ok_button.setFocus()

    def accept(self) -> None:
        self.acknowledged.emit()
        super().accept()


class HurtDialog(QDialog):
    """After "This hurts — stop": what to do now, the warning signs, and an offer to pause.

    Signals:
        pause_requested(): the user chose to pause exercise breaks.
    """

    pause_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr(safety.HURT_TITLE))
        heading = QLabel(_tr(safety.HURT_TITLE))
        heading.setFont(theme.font(heading.font(), "lead", bold=True))
        self.text = _reading_view(safety.hurt_html(_tr), _tr(safety.HURT_TITLE))
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.pause_button = _button(
            self.tr("Pause exercise breaks"), self.tr("Pause exercise breaks until it is better")
        )
        self.pause_button.setObjectName("primary")
        self.pause_button.clicked.connect(self._pause)
        self.keep_button = _button(self.tr("Keep them on"), self.tr("Keep exercise breaks on"))
        self.keep_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.XLARGE, theme.LARGE, theme.XLARGE, theme.LARGE)
        layout.setSpacing(theme.MEDIUM)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.resize(540, 500)
        theme.polish(self)
        self.pause_button.setFocus()

    def present(self) -> None:
        place(self, "center")
        self.show()
        self.raise_()

    def _pause(self) -> None:
        self.pause_requested.emit()
        self.accept()
