"""The break window: one exercise step at a time, with its picture and a countdown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.clock import Clock
from postureapp.core.exercises import PlannedStep
from postureapp.core.ports import IdleSource
from postureapp.core.session import BreakSession, format_seconds
from postureapp.core.terms import Outcome
from postureapp.ui.illustration import IllustrationView

TICK_MS = 200
#: The window takes the keyboard once the user has not typed for this long.
FOCUS_AFTER_IDLE_S = 2.0
#: How often (in ticks) idle time is read while the window waits to take the keyboard.
IDLE_EVERY_TICKS = 5
#: How long the closing "well done" stays before the window goes.
FAREWELL_MS = 1200

Cue = Callable[[str], None]


class BreakWindow(QWidget):
    """Shows a running `BreakSession`: each tick reads the session's view of the clock.

    The window never ends a break by itself: it reports what the user chose, and closes when
    told that the break ended (`end`), whoever ended it.

    Signals:
        chosen(outcome): the user chose to end the break: skipped, snoozed, completed (Done), or
            partial (the window was closed).
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
        self._idle = idle
        self._cue = cue
        self._ticks = 0
        self._session = session
        self._clock = clock
        self._strict = strict
        self._index = -1
        self._done = False
        self._painted = False
        self.setObjectName("BreakWindow")
        self.setWindowTitle(self.tr("postureapp — time for a break"))
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        # Never grab the keyboard from someone who is typing: a click gives the window focus.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build(can_snooze)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self.tick()

    # --- construction --------------------------------------------------------------------------

    def _build(self, can_snooze: bool) -> None:
        self.title = QLabel()
        self.title.setObjectName("title")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAccessibleName(self.tr("Exercise"))

        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total_label.setAccessibleName(self.tr("Time left in this break"))

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.total_label)

        self.picture = IllustrationView()
        self.picture.setAccessibleName(self.tr("Illustration of the step"))

        self.step_label = QLabel()
        self.step_label.setObjectName("step")
        self.step_label.setAccessibleName(self.tr("Step and side"))
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.instruction = QLabel()
        self.instruction.setObjectName("instruction")
        self.instruction.setWordWrap(True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        instruction_font = QFont(self.font())
        instruction_font.setPointSizeF(instruction_font.pointSizeF() * 1.25)
        self.instruction.setFont(instruction_font)
        self.instruction.setAccessibleName(self.tr("What to do"))
        self.instruction.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.cue_label = QLabel()
        self.cue_label.setObjectName("cue")
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue_label.setAccessibleName(self.tr("Breathing cue"))

        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 3.2)
        big.setBold(True)
        self.countdown.setFont(big)
        self.countdown.setAccessibleName(self.tr("Time left in this step"))

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName(self.tr("Progress through this step"))

        self.next_label = QLabel()
        self.next_label.setObjectName("next")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(self.tr("Next step"))

        self.skip_button = QPushButton(self.tr("Skip (Esc)"))
        self.skip_button.setAccessibleName(self.tr("Skip this break"))
        self.skip_button.clicked.connect(lambda: self._choose(Outcome.SKIPPED))
        self.skip_button.setEnabled(not self._strict)
        self.skip_button.setVisible(not self._strict)

        self.snooze_button = QPushButton(self.tr("Snooze (S)"))
        self.snooze_button.setAccessibleName(self.tr("Snooze this break"))
        self.snooze_button.clicked.connect(lambda: self._choose(Outcome.SNOOZED))
        self.snooze_button.setEnabled(can_snooze and not self._strict)
        self.snooze_button.setVisible(not self._strict)
        if not can_snooze and not self._strict:
            self.snooze_button.setToolTip(self.tr("You have snoozed as often as allowed in a row."))

        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Finish the break now"))
        self.done_button.clicked.connect(lambda: self._choose(Outcome.COMPLETED))

        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.snooze_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.step_label)
        layout.addWidget(self.instruction)
        layout.addWidget(self.cue_label)
        layout.addWidget(self.countdown)
        layout.addWidget(self.progress)
        layout.addWidget(self.next_label)
        layout.addWidget(line)
        layout.addLayout(buttons)

    # --- showing -------------------------------------------------------------------------------

    def present(self) -> None:
        """Show on top, centred on the screen that has the mouse cursor, without taking focus."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        width = max(520, min(int(area.width() * 0.36), 760))
        height = max(600, min(int(area.height() * 0.82), 820))
        self.resize(min(width, area.width()), min(height, area.height()))
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())
        self.setWindowOpacity(0.0)
        self.show()
        self.raise_()
        self._fade = QPropertyAnimation(self, b"windowOpacity", self)
        self._fade.setDuration(400)
        self._fade.setStartValue(0.0)
        self._fade.setEndValue(1.0)
        self._fade.start()
        self._timer.start()
        if self._cue is not None:
            self._cue("start")

    def _take_keyboard_when_typing_stops(self) -> None:
        """Take focus once the user pauses typing, so Esc and S work without a click."""
        idle = self._idle
        if idle is None or self.isActiveWindow() or self._ticks % IDLE_EVERY_TICKS:
            return

        def check() -> None:
            seconds = idle.idle_seconds()
            if not self._done and seconds is not None and seconds >= FOCUS_AFTER_IDLE_S:
                self.activateWindow()

        idle.refresh(check)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc skips (unless strict), S snoozes; only once the window has the keyboard."""
        if event.key() == Qt.Key.Key_Escape and not self._strict:
            self._choose(Outcome.SKIPPED)
        elif event.key() == Qt.Key.Key_S and self.snooze_button.isEnabled():
            self._choose(Outcome.SNOOZED)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.activateWindow()
        super().mousePressEvent(event)

    # --- state ---------------------------------------------------------------------------------

    @property
    def current(self) -> PlannedStep:
        return self._session.plan.steps[max(self._index, 0)]

    def _show_step(self, step: PlannedStep) -> None:
        self.title.setText(step.title)
        self.picture.show_picture(step.illustration, step.mirrored)
        side = ""
        if step.side == "left":
            side = self.tr("Left side")
        elif step.side == "right":
            side = self.tr("Right side")
        counter = self.tr("Step {0} of {1}").format(step.step_number, step.step_count)
        self.step_label.setText(f"{counter}  ·  {side}" if side else counter)
        self.instruction.setText(step.text)
        cues = {
            "inhale": self.tr("Breathe in"),
            "exhale": self.tr("Breathe out"),
            "breathe": self.tr("Breathe slowly"),
        }
        self.cue_label.setText(cues.get(step.cue or "", ""))
        self.cue_label.setVisible(bool(step.cue))
        self.progress.setRange(0, step.seconds * 1000)

    def tick(self) -> None:
        """Show what the session says now; a suspended laptop wakes to the right figure."""
        if self._done:
            return
        self._ticks += 1
        self._take_keyboard_when_typing_stops()
        view = self._session.view(self._clock.monotonic())
        if view.index != self._index:
            self._index = view.index
            self._show_step(view.step)
        self.countdown.setText(format_seconds(view.step_left))
        self.progress.setValue(int((view.step.seconds - view.step_left) * 1000))
        self.total_label.setText(self.tr("Break: {0} left").format(format_seconds(view.total_left)))
        if view.upcoming is not None:
            self.next_label.setText(self.tr("Next: {0}").format(view.upcoming.text))
        elif view.last_step and view.step_left <= 4:
            self.next_label.setText(self.tr("Nearly done — well done."))
        else:
            self.next_label.setText("")

    def _choose(self, outcome: Outcome) -> None:
        if not self._done:
            self.chosen.emit(outcome.value)

    def end(self, outcome: str) -> None:
        """The break ended (whoever ended it): a moment of "well done" if completed, then close."""
        if self._done:
            return
        self._done = True
        self._timer.stop()
        if outcome != Outcome.COMPLETED or not self.isVisible():
            self.close()
            return
        if self._cue is not None:
            self._cue("end")
        self.countdown.setText("✓")
        self.next_label.setText(self.tr("Well done. Back to it."))
        for button in (self.skip_button, self.snooze_button, self.done_button):
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
        super().closeEvent(event)


class _Dim(QWidget):
    """A dark veil over one screen during a long break."""

    def __init__(self, screen: QScreen, owner: QWidget) -> None:
        # A separate top-level window, owned by the break window so that it goes with it.
        super().__init__(owner, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Tool)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("background: black;")
        self.setWindowOpacity(0.55)
        self.setGeometry(screen.geometry())


def dim_other_screens(window: BreakWindow) -> None:
    """Dim every screen but the break window's while a long break runs; undone when it closes."""
    own = window.screen()
    for screen in QGuiApplication.screens():
        if screen is own:
            continue
        _Dim(screen, window).show()
