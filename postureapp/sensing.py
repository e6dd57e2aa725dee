"""Posture sensing put together while its setting is on, and taken apart when it goes off.

A small composition root beside `app.py`: it builds the camera sensor (platform), the watch
(runtime) and hands the watch to the controller as its `PostureView`; the settings dialog gets
the camera panel (ui). While the setting is off, none of those modules is imported, no timer
runs and the camera is never touched; turning it off stops the timer, releases the camera,
unloads the model and ends its thread.

Set POSTUREAPP_CAMERA_VIDEO to a video file to read it instead of the camera (docs/camera.md).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from postureapp.core.history import BreakLog, PostureDay
from postureapp.core.posture import DaySummary
from postureapp.core.settings import Settings

if TYPE_CHECKING:
    from postureapp.platform.camera.sensor import CameraSensor
    from postureapp.runtime.posture_watch import PostureWatch
    from postureapp.ui.posture_panel import PosturePanel

log = logging.getLogger(__name__)

VIDEO_ENV = "POSTUREAPP_CAMERA_VIDEO"


class Sensing(QObject):
    """Follows the `camera.posture_sensing` setting for the app it was made for."""

    def __init__(self, app: Any, model: Any = None) -> None:
        """`app` is the `PostureApp` (its settings, controller, log, paths, clock and messages);
        `model` makes the pose model (tests hand in a fake; by default mediapipe's)."""
        super().__init__(app)
        self._app = app
        self._model = model
        self.watch: PostureWatch | None = None
        self.sensor: CameraSensor | None = None
        self._panels: list[PosturePanel] = []
        self._camera_on = False
        self._shown_problem: str | None = None
        app.settings.changed.connect(lambda _old, new: self.follow(new))
        app.qapp.aboutToQuit.connect(self.stop)
        self.follow(app.controller.settings)

    def problem(self) -> str | None:
        """Why sensing cannot run here; None when it can (always, with a model handed in)."""
        from postureapp.platform.camera import unavailable

        return None if self._model is not None else unavailable()

    def follow(self, settings: Settings) -> None:
        on = settings.posture_sensing
        if on and self.watch is None:
            problem = self.problem()
            if problem is not None:
                log.info("posture sensing is switched on but cannot run: %s", problem)
                self._app.messages.tell(problem)
            else:
                self._start(settings)
        elif not on and self.watch is not None:
            self.stop()
        elif self.watch is not None:
            self.watch.apply_settings(settings)
        self._show_state()

    def _start(self, settings: Settings) -> None:
        from postureapp.platform.blockers import default_probes
        from postureapp.platform.camera.frames import CameraSource, FileSource
        from postureapp.platform.camera.sensor import CameraSensor
        from postureapp.runtime.posture_watch import PostureWatch

        app, controller = self._app, self._app.controller
        video = os.environ.get(VIDEO_ENV)
        file_source = FileSource(Path(video)) if video else None
        model = self._model
        if model is None:
            # In a child process: switching off ends it and gives all its memory back.
            from postureapp.platform.camera.model_process import ChildModel

            model = ChildModel
        self.sensor = CameraSensor(
            default_probes().call,
            model,
            (lambda: file_source) if file_source else CameraSource,
            parent=self,
        )
        self.sensor.active.connect(self._camera_active)
        baseline = app.paths.state_dir / "posture.json"
        self.watch = PostureWatch(app.clock, settings, self.sensor, baseline, self._record, self)
        self.watch.held_changed.connect(controller.on_calendar_changed)
        self.watch.changed.connect(controller.status_changed)
        self.watch.changed.connect(self._watch_changed)
        self.watch.calibrated.connect(self._calibrated)
        controller.break_started.connect(self._break_started)
        controller.break_finished.connect(self._break_finished)
        controller.posture = controller.watch.camera = self.watch
        self.watch.start()
        controller.on_calendar_changed()  # re-plan: the camera may now be the sign of an absence
        log.info("posture sensing on: %d readings a minute", settings.readings_per_minute)

    def stop(self) -> None:
        """Stop reading, release the camera, end the model thread; the plan forgets the slouch."""
        watch, sensor = self.watch, self.sensor
        if watch is None or sensor is None:
            return
        controller = self._app.controller
        controller.break_started.disconnect(self._break_started)
        controller.break_finished.disconnect(self._break_finished)
        controller.posture = controller.watch.camera = None
        watch.stop()
        self.watch = self.sensor = None
        watch.deleteLater()
        sensor.deleteLater()
        self._camera_active(False)
        controller.on_calendar_changed()
        log.info("posture sensing off: the camera is released")

    def _break_started(self, _active: object) -> None:
        if self.watch is not None:
            self.watch.paused = True

    def _break_finished(self, outcome: str) -> None:
        if self.watch is not None:
            self.watch.paused = False
            self.watch.on_break_finished(outcome)

    def _record(self, summary: DaySummary) -> None:
        """The day's figures into the break log (numbers only), replacing the day's last ones."""
        breaks: BreakLog = self._app.breaks
        day = PostureDay(
            summary.day,
            summary.upright_seconds,
            summary.slouched_seconds,
            summary.readings,
            summary.unseen,
        )
        try:
            breaks.record_posture_day(day)
        except sqlite3.Error as error:  # a busy or damaged log must not stop sensing
            log.warning("could not keep the posture figures of %s: %s", summary.day, error)

    def _camera_active(self, on: bool) -> None:
        self._camera_on = on
        self._app.tray.set_camera(on)
        self._app.lazy_status.set_camera(on)
        for panel in self._panels:
            panel.set_camera_active(on)

    def _calibrated(self, problem: str | None) -> None:
        for panel in self._panels:
            panel.show_result(problem)

    def _watch_changed(self) -> None:
        """A reading came in: the panel changes only when the camera's problem does."""
        problem = self.watch.problem if self.watch is not None else None
        if problem != self._shown_problem:
            self._shown_problem = problem
            self._show_state()

    def _show_state(self) -> None:
        watch = self.watch
        for panel in self._panels:
            panel.show_state(
                running=watch is not None,
                calibrated=bool(watch and watch.baseline),
                problem=watch.problem if watch is not None else None,
            )

    # --- the settings dialog -------------------------------------------------------------------

    def attach(self, dialog: Any) -> None:
        """Add the camera panel to an open settings dialog (`SettingsDialog.add_panel`)."""
        from postureapp.ui.posture_panel import PosturePanel

        panel = PosturePanel()
        problem = self.problem()
        panel.show_problem(problem)
        if problem is not None and not self._app.controller.settings.posture_sensing:
            # Nothing to switch on here; a switch left on (in the file) can still go off.
            dialog.editor("camera.posture_sensing").setEnabled(False)
        panel.set_camera_active(self._camera_on)
        panel.calibrate.connect(self.calibrate)
        panel.destroyed.connect(lambda: self._panels.remove(panel))
        self._panels.append(panel)
        dialog.add_panel("camera", panel)
        self._show_state()

    def calibrate(self) -> None:
        if self.watch is None:
            for panel in self._panels:
                panel.show_result(self.tr("Switch posture sensing on first."))
            return
        self.watch.calibrate()
