"""The break window: one step at a time, its picture, what to do, and a countdown to read from afar.

It shows what the running `core.session.BreakSession` says at each tick and reports what the
user chose; it never ends a break by itself. Four promises shape it:

* Keystrokes are never stolen. It opens without the keyboard and takes it only once the user
  has stopped typing for a while; no button has focus then, no bare letter or space does
  anything, and keys in the first half second after it takes the keyboard are ignored. Esc
  skips (outside strict mode), Alt+ a button's underlined letter presses it, Tab moves between
  the buttons and Enter presses the one with focus.
* It holds still: the picture, the texts and the countdowns keep their place and size from the
  first step to the last, because every text box is as tall as the longest text it will show.
* Safety is always in reach: the exercise's main caution as it starts (all of them one click
  away), a line saying to stop if anything hurts, and "This hurts — stop", in strict mode too.
* A screen reader hears the content: labels expose their text, and each new step is announced.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPropertyAnimation, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QCloseEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.clock import Clock
from postureapp.core.exercises import Exercise, PlannedStep
from postureapp.core.ports import IdleSource
from postureapp.core.session import BreakSession, StepView, format_seconds
from postureapp.core.terms import BreakKind, Outcome
from postureapp.ui import theme
from postureapp.ui.break_choices import ExerciseChoices
from postureapp.ui.countdown_ring import CountdownRing
from postureapp.ui.figure import FigureView
from postureapp.ui.placement import cursor_screen, place

TICK_MS = 200
#: The window takes the keyboard once the user has not typed for this long: longer than a
#: pause to think, so words typed elsewhere always go where they were meant to.
FOCUS_AFTER_IDLE_S = 6.0
#: Keys pressed this soon after the window took the keyboard were meant for another window.
KEY_GUARD_S = 0.5
#: How often (in ticks) idle time is read while the window waits to take the keyboard.
IDLE_EVERY_TICKS = 5
#: How long the closing "well done" stays before the window goes.
FAREWELL_MS = 1200

Cue = Callable[[str], None]


class BreakWindow(QWidget):
    """Shows a running `BreakSession`.

    Signals:
        chosen(outcome): the user ended the break: skipped, snoozed, completed (Done), stopped
            (it hurts), or partial (the window was closed).
        painted(): the window has been painted for the first time.
    """

    chosen = Signal(str)
    painted = Signal()

    def __init__(
        self,
        session: BreakSession,
        clock: Clock,
        *,
        strict: bool = False,
        can_snooze: bool = True,
        idle: IdleSource | None = None,
        cue: Cue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._strict = strict
        self._idle = idle
        self._cue = cue
        self._ticks = 0
        self._index = -1
        self._done = False
        self._painted = False
        self._keyboard_since: float | None = None
        self.setObjectName("BreakWindow")
        self.setWindowTitle(self.tr("postureapp — time for a break"))
        self.setWindowFlags(
            Qt.WindowType.Dialog
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        # Never grab the keyboard from someone who is typing: it is taken once they stop.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build(can_snooze)
        theme.polish(self)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # --- construction --------------------------------------------------------------------------

    def _build(self, can_snooze: bool) -> None:
        palette = self.palette()
        self.kicker = theme.label("small", bold=True, wrap=False)
        theme.colour_text(self.kicker, theme.accent(palette))
        self.kicker.setAccessibleDescription(self.tr("Kind of break and progress"))
        self.total_label = theme.label("small", wrap=False)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        theme.colour_text(self.total_label, theme.muted(palette))
        self.total_label.setAccessibleDescription(self.tr("Time left in this break"))
        header = QHBoxLayout()
        header.addWidget(self.kicker, 1)
        header.addWidget(self.total_label)

        self.title = theme.label("title", bold=True)
        self.title.setAccessibleDescription(self.tr("Exercise"))
        self.progress_line = theme.label("body")
        theme.colour_text(self.progress_line, theme.muted(palette))
        self.progress_line.setAccessibleDescription(self.tr("Where you are in the break"))

        self.picture = FigureView()
        self.picture.setAccessibleName(self.tr("Picture of the step"))
        self.picture_card = QFrame()
        self.picture_card.setObjectName("pictureCard")
        self.picture_card.setStyleSheet(
            f"#pictureCard {{ background: {theme.card(palette).name()}; border-radius: 14px; }}"
        )
        card = QVBoxLayout(self.picture_card)
        card.setContentsMargins(theme.MEDIUM, theme.MEDIUM, theme.MEDIUM, theme.MEDIUM)
        card.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignCenter)

        self.countdown = CountdownRing()
        self.countdown.setAccessibleDescription(self.tr("Time left in this step"))
        self.instruction = theme.label("lead")
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.instruction.setAccessibleDescription(self.tr("What to do"))
        self.cue_label = theme.label("body", bold=True, wrap=False)
        theme.colour_text(self.cue_label, theme.accent(palette))
        self.cue_label.setAccessibleDescription(self.tr("Breathing"))
        self.next_label = theme.label("small")
        theme.colour_text(self.next_label, theme.muted(palette))
        self.next_label.setAccessibleDescription(self.tr("What comes next"))
        words = QVBoxLayout()
        words.setSpacing(theme.MEDIUM)
        words.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignLeft)
        words.addWidget(self.instruction)
        words.addWidget(self.cue_label)
        words.addWidget(self.next_label)
        words.addStretch(1)
        self.choices = ExerciseChoices()  # "Not this one again", "More like this"
        words.addWidget(self.choices)
        step_row = QHBoxLayout()
        step_row.setSpacing(theme.XLARGE)
        step_row.addWidget(self.picture_card, 0, Qt.AlignmentFlag.AlignTop)
        step_row.addLayout(words, 1)

        self.caution = theme.label("small")
        theme.colour_text(self.caution, palette.windowText().color())
        self.caution.setAccessibleDescription(self.tr("Caution for this exercise"))
        self.cautions_button = QPushButton(self.tr("All cautions"))
        self.cautions_button.setObjectName("quiet")
        self.cautions_button.setAccessibleName(self.tr("All cautions"))
        self.cautions_button.setAccessibleDescription(
            self.tr("Read every caution for this exercise")
        )
        self.cautions_button.clicked.connect(self.show_cautions)
        caution_row = QHBoxLayout()
        caution_row.addWidget(self.caution, 1)
        caution_row.addWidget(self.cautions_button, 0, Qt.AlignmentFlag.AlignTop)

        self.stop_note = theme.label("small")
        self.stop_note.setText(
            self.tr(
                "Move gently and only as far as is comfortable. Stop at once if anything hurts."
            )
        )
        theme.colour_text(self.stop_note, theme.muted(palette))

        self.hurt_button = QPushButton(self.tr("This &hurts — stop"))
        self.hurt_button.setObjectName("hurt")
        self.hurt_button.setAccessibleName(self.tr("This hurts — stop"))
        self.hurt_button.setAccessibleDescription(
            self.tr("End the break at once and see when to get help")
        )
        self.hurt_button.clicked.connect(lambda: self._choose(Outcome.STOPPED))
        self.skip_button = QPushButton(self.tr("S&kip (Esc)"))
        self.skip_button.setAccessibleName(self.tr("Skip"))
        self.skip_button.setAccessibleDescription(self.tr("Skip this break"))
        self.skip_button.clicked.connect(lambda: self._choose(Outcome.SKIPPED))
        self.snooze_button = QPushButton(self.tr("&Snooze"))
        self.snooze_button.setAccessibleName(self.tr("Snooze"))
        self.snooze_button.setAccessibleDescription(self.tr("Put this break off for a few minutes"))
        self.snooze_button.clicked.connect(lambda: self._choose(Outcome.SNOOZED))
        self.snooze_button.setEnabled(can_snooze)
        if not can_snooze:
            self.snooze_button.setToolTip(self.tr("You have snoozed as often as allowed in a row."))
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName("primary")
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.setAccessibleDescription(
            self.tr("End the break now; before its end it counts as ended early")
        )
        self.done_button.clicked.connect(lambda: self._choose(Outcome.COMPLETED))
        for button in (self.skip_button, self.snooze_button, self.done_button):
            button.setVisible(not self._strict)  # in strict mode only "it hurts" ends it early
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        footer = QHBoxLayout()
        footer.setSpacing(theme.SMALL)
        footer.addWidget(self.hurt_button)
        footer.addStretch(1)
        footer.addWidget(self.skip_button)
        footer.addWidget(self.snooze_button)
        footer.addWidget(self.done_button)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.XLARGE, theme.LARGE, theme.XLARGE, theme.LARGE)
        layout.setSpacing(theme.MEDIUM)
        layout.addLayout(header)
        layout.addWidget(self.title)
        layout.addWidget(self.progress_line)
        layout.addLayout(step_row)
        layout.addLayout(caution_row)
        layout.addWidget(self.stop_note)
        layout.addLayout(footer)

    # --- size: steady from the first step to the last -------------------------------------------

    def lay_out(self, area: QRect) -> None:
        """Fix the window's size and every text box's height from the whole break's texts.

        The picture sits on the left and the step's words on the right, so the window fits a
        wide screen of 768 pixels' height with room to spare.
        """
        side = max(min(int(area.height() * 0.44), int(area.width() * 0.3), 400), 200)
        words_width = max(min(int(side * 1.15), 440), 300)
        self.picture.setFixedSize(side, side)
        inner = side + 2 * theme.MEDIUM + theme.XLARGE + words_width
        steps = self._session.plan.steps
        self.title.setFixedHeight(
            theme.text_height(self.title.font(), inner, (s.title for s in steps))
        )
        lines = [self._progress_text(self._session.view_at_step(i)) for i in range(len(steps))]
        self.progress_line.setFixedHeight(
            theme.text_height(self.progress_line.font(), inner, lines)
        )
        for label in (self.instruction, self.next_label):
            label.setFixedWidth(words_width)
        self.instruction.setFixedHeight(
            theme.text_height(self.instruction.font(), words_width, (s.text for s in steps))
        )
        upcoming = [self._next_text(self._session.view_before(i)) for i in range(1, len(steps))]
        upcoming.append(self.tr("Nearly done — well done."))
        self.next_label.setFixedHeight(
            theme.text_height(self.next_label.font(), words_width, upcoming)
        )
        caution_width = inner - self.cautions_button.sizeHint().width() - theme.SMALL
        cautions = [self._caution_text(ex) for ex in self._session.plan.exercises] or [""]
        self.caution.setFixedHeight(theme.text_height(self.caution.font(), caution_width, cautions))
        self.stop_note.setFixedHeight(
            theme.text_height(self.stop_note.font(), inner, [self.stop_note.text()])
        )
        width = inner + 2 * theme.XLARGE
        self.setFixedSize(width, min(self._layout.sizeHint().height(), area.height() - 32))

    # --- showing -------------------------------------------------------------------------------

    def present(self) -> None:
        """Show on top, centred on the screen with the mouse, without taking the keyboard."""
        screen = cursor_screen()
        self.lay_out(screen.availableGeometry())
        self.tick()
        place(self, "center", screen)
        # Wayland clients cannot set a window's opacity (Qt warns at every step of a fade).
        fade = not QApplication.platformName().startswith("wayland")
        if fade:
            self.setWindowOpacity(0.0)
        self.show()
        self.raise_()
        if fade:
            self._fade = QPropertyAnimation(self, b"windowOpacity", self)
            self._fade.setDuration(400)
            self._fade.setStartValue(0.0)
            self._fade.setEndValue(1.0)
            self._fade.start()
        self._timer.start()
        if self._cue is not None:
            self._cue("start")

    def _take_keyboard_when_typing_stops(self) -> None:
        """Take the keyboard once the user has stopped typing, so Esc works without a click."""
        idle = self._idle
        if idle is None or self.isActiveWindow() or self._ticks % IDLE_EVERY_TICKS:
            return

        def check() -> None:
            seconds = idle.idle_seconds()
            if not self._done and seconds is not None and seconds >= FOCUS_AFTER_IDLE_S:
                self.activateWindow()

        idle.refresh(check)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._keyboard_since = self._clock.monotonic()
            self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)  # the window, not a button
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.activateWindow()
        super().mousePressEvent(event)

    # --- keys ----------------------------------------------------------------------------------

    def _mine(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys for this window: none in the first half second, Enter presses the focused button."""
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not self._mine(watched):
            return False
        since = self._keyboard_since
        if since is None or self._clock.monotonic() - since < KEY_GUARD_S:
            event.accept()  # also keeps Alt+letter shortcuts from firing
            return True
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and focused.window() is self:
                focused.click()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc skips (unless strict); every other key does nothing here."""
        if event.key() == Qt.Key.Key_Escape and not self._strict:
            self._choose(Outcome.SKIPPED)
        event.accept()

    # --- what the session says -----------------------------------------------------------------

    def _progress_text(self, view: StepView) -> str:
        step = view.step
        side = {"left": self.tr("left side"), "right": self.tr("right side")}.get(step.side or "")
        within = self.tr("step {0} of {1}").format(step.step_number, step.step_count)
        parts = [side, within] if side else [within]
        if view.exercise_count > 1:
            names = " · ".join(ex.title for ex in self._session.plan.exercises)
            parts.insert(0, names)
        return "  —  ".join(p[:1].upper() + p[1:] for p in parts if p)

    def _next_text(self, view: StepView) -> str:
        upcoming = view.upcoming
        if upcoming is None:
            return self.tr("Nearly done — well done.") if view.last_step else ""
        if view.upcoming_starts_exercise:
            return self.tr("Next: {0} — {1}").format(upcoming.title, upcoming.text)
        return self.tr("Next: {0}").format(upcoming.text)

    @staticmethod
    def _caution_text(exercise: Exercise) -> str:
        return f"⚠  {exercise.cautions[0]}" if exercise.cautions else ""

    def _exercise(self, view: StepView) -> Exercise | None:
        exercises = self._session.plan.exercises
        index = view.exercise_number - 1
        return exercises[index] if 0 <= index < len(exercises) else None

    def _show_step(self, view: StepView) -> None:
        step: PlannedStep = view.step
        kind = self._session.plan.kind
        if kind == BreakKind.LONG:
            kicker = self.tr("LONG BREAK · EXERCISE {0} OF {1}").format(
                view.exercise_number, view.exercise_count
            )
        else:
            kicker = self.tr("SHORT BREAK")
        self.kicker.setText(kicker)
        self.title.setText(step.title)
        self.progress_line.setText(self._progress_text(view))
        self.picture.show_step(step.picture, step.mirrored, step.seconds, step.cue)
        self.instruction.setText(step.text)
        cues = {
            "inhale": self.tr("Breathe in"),
            "exhale": self.tr("Breathe out"),
            "breathe": self.tr("Breathe slowly"),
        }
        self.cue_label.setText(cues.get(step.cue or "", ""))
        exercise = self._exercise(view)
        self.caution.setText(self._caution_text(exercise) if exercise else "")
        self.choices.show_exercise(exercise.id if exercise else None)
        self.cautions_button.setVisible(bool(exercise and len(exercise.cautions) > 1))
        announcement = QAccessibleAnnouncementEvent(
            self, f"{step.title}. {self.progress_line.text()}. {step.text}"
        )
        QAccessible.updateAccessibility(announcement)

    def tick(self) -> None:
        """Show what the session says now; a suspended laptop wakes to the right figure."""
        if self._done:
            return
        self._ticks += 1
        self._take_keyboard_when_typing_stops()
        view = self._session.view(self._clock.monotonic())
        if view.index != self._index:
            self._index = view.index
            self._show_step(view)
        fraction_left = view.step_left / view.step.seconds if view.step.seconds else 0.0
        self.countdown.set_time(format_seconds(view.step_left), fraction_left)
        self.total_label.setText(self.tr("{0} left").format(format_seconds(view.total_left)))
        self.next_label.setText(self._next_text(view))

    def show_cautions(self) -> None:
        view = self._session.view(self._clock.monotonic())
        exercise = self._exercise(view)
        if exercise is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, exercise.title, "", parent=self)
        box.setWindowTitle(self.tr("Cautions: {0}").format(exercise.title))
        box.setText("\n\n".join(f"•  {caution}" for caution in exercise.cautions))
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    # --- ending --------------------------------------------------------------------------------

    def _choose(self, outcome: Outcome) -> None:
        if not self._done:
            self.chosen.emit(outcome.value)

    def end(self, outcome: str) -> None:
        """The break ended (whoever ended it): a moment of "well done" if completed, then close."""
        if self._done:
            return
        self._done = True
        self._timer.stop()
        self.picture.freeze()
        if outcome != Outcome.COMPLETED or not self.isVisible():
            self.close()
            return
        if self._cue is not None:
            self._cue("end")
        self.countdown.set_time("✓", 0.0)
        self.next_label.setText(self.tr("Well done. Back to it."))
        for button in self.findChildren(QPushButton):
            button.setEnabled(False)
        QTimer.singleShot(FAREWELL_MS, self, self.close)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._done:
            if self._strict:
                event.ignore()
                return
            self._done = True
            self._timer.stop()
            self.chosen.emit(Outcome.PARTIAL.value)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
