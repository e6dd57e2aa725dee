"""The safety dialogs: welcome and about, the daily check-in, the exercise pause, a suggestion.

They show texts from `postureapp.core.safety` and report what the user chose; what follows
(recording, pausing, saving the state) is decided elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from postureapp.core import safety
from postureapp.core.terms import Feeling


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

    def __init__(self, parent: QWidget | None = None, *, later: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr(safety.ABOUT_TITLE if later else safety.WELCOME_TITLE))
        self.text = _reading_view(safety.welcome_html(_tr), self.tr("About postureapp and safety"))
        self.cracking = _reading_view(safety.cracking_html(_tr), self.tr("About cracking"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.text)
        self.pages.addWidget(self.cracking)

        self.cracking_button = _button(self.tr("About cracking"), self.tr("About cracking"))
        self.cracking_button.setCheckable(True)
        self.cracking_button.toggled.connect(self._show_cracking)
        self.ok_button = _button(self.tr("Got it"), self.tr("Got it, close this window"))
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
        self.cracking_button.setText(self.tr("Back") if on else self.tr("About cracking"))
        self.cracking_button.setAccessibleName(
            self.tr("Back to safety information") if on else self.tr("About cracking")
        )

    def accept(self) -> None:
        self.acknowledged.emit()
        super().accept()


class AboutSafetyDialog(WelcomeDialog):
    """The welcome content again, for the tray's "About & safety" action.

    Signals:
        acknowledged(): the user pressed "Got it".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, later=True)


class CheckInPopup(QWidget):
    """A small corner window asking how the upper back feels; it never takes the keyboard.

    One click on Better / Same / Worse answers, with the slider's value if the user set it.

    Signals:
        answered(feeling, stiffness): 'better', 'same' or 'worse'; stiffness 0-10, or -1 when
            the slider was left alone.
        dismissed(): "Not now", Esc or the window's close button.
        warning_reported(): "Something else is wrong"; the popup then shows the warning signs.
    """

    answered = Signal(str, int)
    dismissed = Signal()
    warning_reported = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._done = False
        self._stiffness_set = False
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
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.question_page)
        layout.addWidget(self.signs_page)
        self.setMinimumWidth(340)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.close)

    def _question_page(self) -> QWidget:
        question = QLabel(self.tr("How does your upper back feel today?"))
        question.setWordWrap(True)
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        question.setAccessibleName(self.tr("Question"))

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

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setValue(5)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(self.tr("Stiffness, from 0 (none) to 10 (very stiff)"))
        self.slider.valueChanged.connect(self._stiffness_changed)
        self.slider.sliderPressed.connect(lambda: self._stiffness_changed(self.slider.value()))
        self.stiffness_label = QLabel(self.tr("Stiffness from 0 to 10 (optional): not set"))
        self.stiffness_label.setAccessibleName(self.tr("Stiffness rating"))
        self.stiffness_label.setBuddy(self.slider)

        self.warning_button = _button(
            self.tr("Something else is wrong"), self.tr("Something else is wrong: show the signs")
        )
        self.warning_button.setFlat(True)
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
        layout.addWidget(question)
        layout.addLayout(answers)
        layout.addWidget(self.stiffness_label)
        layout.addWidget(self.slider)
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
        intro.setAccessibleName(self.tr("What to do now"))
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
        """The slider's value once the user has touched it, otherwise -1."""
        return self.slider.value() if self._stiffness_set else -1

    def _stiffness_changed(self, value: int) -> None:
        self._stiffness_set = True
        self.stiffness_label.setText(
            self.tr("Stiffness from 0 to 10 (optional): {0} of 10").format(value)
        )

    def _answer(self, feeling: str) -> None:
        self._done = True
        self.answered.emit(feeling, self.stiffness)
        self.close()

    def _report_warning(self) -> None:
        self._done = True
        self.question_page.hide()
        self.signs_page.show()
        self.resize(max(self.width(), 400), 380)
        self.close_button.setFocus()
        self.warning_reported.emit()

    def present(self) -> None:
        """Show in the bottom-right corner of the screen with the mouse, without taking focus."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.adjustSize()
        self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)
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
