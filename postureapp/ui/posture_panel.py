"""The top of Settings → Camera: what posture sensing does in plain words, whether it can run
here, calibration, and a sign that shows while the camera is on.

Signals:
    calibrate(): the user asked to calibrate (sit tall for a few seconds).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from postureapp.ui import theme


class PosturePanel(QWidget):
    calibrate = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("posture_panel")
        self.explanation = QLabel(
            self.tr(
                "When this is on, postureapp switches the camera on a few times a minute, for "
                "about a second, and reads from one picture where your ears and shoulders are. "
                "The picture is dropped at once; no picture is ever kept or sent, and nothing "
                "leaves this computer. What is kept are numbers: how you sit when upright, and "
                "each day's time upright and slouched. While the camera is on, the tray icon "
                "shows a red dot. The camera is not used while another program uses it or the "
                "microphone."
            )
        )
        self.explanation.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("posture_problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setObjectName("posture_state")
        self.state.setWordWrap(True)
        self.indicator = QLabel(self.tr("● The camera is on"))
        self.indicator.setObjectName("camera_in_use")
        self.indicator.setAccessibleName(self.tr("The camera is on"))
        theme.colour_text(self.indicator, theme.warning(self.palette()))
        self.indicator.setVisible(False)
        self.button = QPushButton(self.tr("Calibrate: sit tall for a few seconds"))
        self.button.setObjectName("calibrate")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._calibrate)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.indicator)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, theme.MEDIUM)
        column.addWidget(self.explanation)
        column.addWidget(self.problem)
        column.addLayout(row)
        column.addWidget(self.state)
        self.show_state(running=False, calibrated=False)

    def _calibrate(self) -> None:
        self.button.setEnabled(False)
        self.state.setText(
            self.tr("Sit tall, facing the screen, shoulders relaxed, and keep still for a moment…")
        )
        self.calibrate.emit()

    def show_problem(self, problem: str | None) -> None:
        """Why posture sensing cannot run here (no extra, an unsupported Python), or None."""
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        self.state.setVisible(problem is None)  # "switch it on below" would mislead then

    def show_state(self, *, running: bool, calibrated: bool, problem: str | None = None) -> None:
        """Whether sensing runs and is calibrated; `problem`: why the last reading failed."""
        self.button.setEnabled(running)
        self.button.setText(
            self.tr("Recalibrate: sit tall for a few seconds")
            if calibrated
            else self.tr("Calibrate: sit tall for a few seconds")
        )
        if not running:
            self.state.setText(self.tr("Switch posture sensing on below to calibrate."))
        elif problem is not None:
            self.state.setText(self.tr("The camera could not be read: {0}").format(problem))
        elif calibrated:
            self.state.setText(
                self.tr("Calibrated. Recalibrate when you move the camera or chair.")
            )
        else:
            self.state.setText(
                self.tr(
                    "Not calibrated yet: sit tall and press Calibrate, so slouches can be told."
                )
            )

    def show_result(self, problem: str | None) -> None:
        """How the calibration went: None when it worked."""
        self.button.setEnabled(True)
        if problem is None:
            self.button.setText(self.tr("Recalibrate: sit tall for a few seconds"))
            self.state.setText(self.tr("Calibrated: this is your upright posture now."))
        else:
            self.state.setText(problem)

    def set_camera_active(self, on: bool) -> None:
        self.indicator.setVisible(on)
