"""Posture sensing as it runs: a few camera readings a minute, judged by `core.posture`.

Built only while the setting is on (the composition, `postureapp.sensing`, makes it and throws
it away). It asks the sensor for one picture's landmarks per period and never looks at a
picture itself; what it keeps is numbers: the calibrated baseline (a small file beside the
schedule) and the day's time upright and slouched (handed to `record` for the log).

Signals:
    held_changed(): a slouch became held, or stopped being held: the plan may change.
    calibrated(object): None when a calibration worked, else the problem in words.
    changed(): the last reading, the baseline or the day's figures changed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from postureapp.core.clock import Clock
from postureapp.core.files import atomic_write_text
from postureapp.core.ports import PostureSensor
from postureapp.core.posture import (
    Baseline,
    CalibrationFailed,
    DaySummary,
    Held,
    Posture,
    Sight,
    calibrate,
    held,
    judge,
    measure,
    observe,
    restart,
)
from postureapp.core.posture.baseline import LABELS, TR_CONTEXT
from postureapp.core.posture.hold import gap, period
from postureapp.core.posture.in_view import InView, idle_with_camera, track
from postureapp.core.settings import Settings

log = logging.getLogger(__name__)

#: How many pictures a calibration takes (over about as many seconds).
CALIBRATION_PICTURES = 5
#: The day's figures are handed to the log at most this often (and at a new day, and at the end).
RECORD_EVERY_S = 300.0


class PostureWatch(QObject):
    """The running side of posture sensing; `held` and `report` are what the controller asks."""

    held_changed = Signal()
    calibrated = Signal(object)
    changed = Signal()

    def __init__(
        self,
        clock: Clock,
        settings: Settings,
        sensor: PostureSensor,
        baseline_file: Path,
        record: Callable[[DaySummary], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._sensor = sensor
        self._baseline_file = baseline_file
        self._record = record
        self._posture = Posture()
        self._held: Held | None = None
        self._last: tuple[datetime, str | None] | None = None
        self._view: InView | None = None  # whether the latest readings saw anyone
        self._recorded_at: float | None = None
        self.problem: str | None = None
        self.reading = False
        self.paused = False
        self._calibrate_next = False
        self.baseline = self._load_baseline()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.read_now)

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        self._timer.start(int(period(self._settings).total_seconds() * 1000))

    def stop(self) -> None:
        """Stop reading and release the camera; the day's figures go to the log."""
        self._timer.stop()
        self._sensor.close()
        self._store(force=True)

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        if self._timer.isActive():
            self.start()

    def on_break_finished(self, _outcome: str = "") -> None:
        """A break was taken (or skipped): the slouch it came for is over."""
        self._posture = restart(self._posture)
        self._check_held()

    # --- reading -------------------------------------------------------------------------------

    def read_now(self) -> None:
        """One reading (the timer calls this); skipped while one is under way or a break runs."""
        if self.reading or self.paused:
            return
        self.reading = True
        self._sensor.read(1, self._read)

    def _read(self, sight: Sight) -> None:
        self.reading = False
        self._take(sight)
        if self._calibrate_next:  # asked for during this reading
            self._calibrate_next = False
            self.calibrate()

    def _take(self, sight: Sight) -> None:
        now = self._clock.now()
        if sight.skipped is not None:
            self.problem = None if sight.skipped == "call" else sight.skipped
            self._check_held()
            self.changed.emit()
            return
        self.problem = None
        landmarks = sight.landmarks[0] if sight.landmarks else None
        measured = measure(landmarks)
        self._view = track(self._view, now, someone=measured is not None)
        reading = None
        if measured is not None and self.baseline is not None:
            reading = judge(measured, self.baseline, self._settings.slouch_percent / 100)
        if self.baseline is not None:
            self._posture, finished = observe(self._posture, now, reading, self._settings)
            if finished is not None and self._record is not None:
                self._record(finished)
            self._store()
        seen = None if measured is None else "upright" if self.baseline else "in view"
        if reading is not None and reading.slouch is not None:
            seen = LABELS[reading.slouch]
        self._last = (now, seen)
        self._check_held()
        self.changed.emit()

    def _check_held(self) -> None:
        now = self._clock.now()
        found = held(self._posture, now, self._settings) if self.baseline else None
        if found != self._held:
            self._held = found
            if found is not None:
                log.info("slouch held since %s (%s)", found.since.isoformat(), found.kind)
            self.held_changed.emit()

    def _store(self, force: bool = False) -> None:
        today = self._posture.today
        if today is None or self._record is None:
            return
        now = self._clock.monotonic()
        if force or self._recorded_at is None or now - self._recorded_at >= RECORD_EVERY_S:
            self._recorded_at = now
            self._record(today)

    # --- calibration ---------------------------------------------------------------------------

    def calibrate(self) -> None:
        """Take a few pictures while the user sits tall; `calibrated` says how it went. Asked for
        while a reading is under way (the first one loads the model), it follows that one."""
        if self.reading:
            self._calibrate_next = True
            return
        self.reading = True
        self._sensor.read(CALIBRATION_PICTURES, self._calibrate)

    def _calibrate(self, sight: Sight) -> None:
        self.reading = False
        if sight.skipped is not None:
            problem = sight.skipped
            if problem == "call":
                problem = self.tr("Another program is using the camera or the microphone.")
            self.calibrated.emit(problem)
            return
        try:
            baseline = calibrate([measure(landmarks) for landmarks in sight.landmarks])
        except CalibrationFailed as failed:
            self.calibrated.emit(QCoreApplication.translate(TR_CONTEXT, str(failed)))
            return
        self.baseline = baseline
        self._posture = restart(self._posture)
        try:
            self._baseline_file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self._baseline_file, json.dumps(baseline.to_dict()))
        except OSError as error:
            log.warning("could not keep the posture baseline in %s: %s", self._baseline_file, error)
        log.info("posture calibrated: %s", baseline)
        self.calibrated.emit(None)
        self.changed.emit()

    def _load_baseline(self) -> Baseline | None:
        try:
            return Baseline.from_dict(json.loads(self._baseline_file.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            log.warning("the posture baseline %s is unusable (%s)", self._baseline_file, error)
            return None

    # --- what the controller and the status ask ------------------------------------------------

    def held(self, now: datetime) -> Held | None:
        return held(self._posture, now, self._settings) if self.baseline else None

    def amend_idle(self, idle_seconds: float | None, now: datetime) -> float | None:
        """Idle time as the away rules read it: nobody in view since the first reading that saw
        nobody counts as away (unless input came later), someone in view as here; readings older
        than three periods (at least 2 min) say nothing."""
        return idle_with_camera(idle_seconds, now, self._view, gap(self._settings))

    def report(self, now: datetime) -> dict[str, object]:
        today = self._posture.today
        share = today.upright_share if today is not None and today.day == now.date() else None
        last = self._last
        return {
            "calibrated": self.baseline is not None,
            "problem": self.problem,
            "readings_per_minute": self._settings.readings_per_minute,
            "slouch_minutes": self._settings.slouch_minutes,
            "upright_share": None if share is None else round(share, 3),
            "last_reading": last[0].isoformat() if last else None,
            "last_seen": last[1] if last else None,
            "nobody_in_view_since": (
                self._view.unseen_since.isoformat()
                if self._view is not None and self._view.unseen_since is not None
                else None
            ),
            "held": self._held.kind.value if self._held else None,
        }
