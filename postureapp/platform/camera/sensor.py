"""The sensor the runtime reads posture through (`core.ports.PostureSensor`): first, on the model
thread, is a call using the camera or the microphone? If not, a few pictures (FrameGrab, GUI
thread, asynchronous), then the model on the model thread, and the landmarks back by a signal.
Each picture is dropped as soon as its landmarks are read.

Signals (CameraSensor):
    active(bool): the camera is on (True) or off again (False).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from postureapp.core.posture import Sight
from postureapp.platform.camera.frames import CameraSource, FrameGrab, Source

log = logging.getLogger(__name__)

#: Seconds between the pictures of one read (a calibration takes several).
SPACING_S = 0.8

Done = Callable[[Sight], None]


class ModelWorker(QObject):
    """Lives on the model thread: the call check, and the model, loaded at first use."""

    checked = Signal(bool)
    read = Signal(object)

    def __init__(self, in_call: Callable[[], bool], model: Callable[[], Any]) -> None:
        super().__init__()
        self._in_call = in_call
        self._make_model = model
        self._model: Any = None

    @Slot()
    def check(self) -> None:
        try:
            busy = self._in_call()
        except Exception:  # a probe that fails must not stop sensing for good
            log.exception("the call check failed; taking it as no call")
            busy = False
        self.checked.emit(busy)

    @Slot(object)
    def process(self, images: list[Any]) -> None:
        try:
            if self._model is None:
                self._model = self._make_model()
            found = tuple(self._model.landmarks(image) for image in images)
        except Exception as error:  # the extra half installed, a model that fails to load
            log.exception("the posture model failed")
            self.unload()  # the next reading loads it afresh
            why = QCoreApplication.translate("camera", "The posture model failed: {0}")
            self.read.emit(Sight(skipped=why.format(error)))
            return
        finally:
            images.clear()
        self.read.emit(Sight(found))

    @Slot()
    def unload(self) -> None:
        model, self._model = self._model, None
        if model is not None:
            try:
                model.close()
            except Exception:
                log.exception("the posture model did not close cleanly")


class CameraSensor(QObject):
    """Reads through a `FrameGrab` and a `ModelWorker` on its own thread."""

    active = Signal(bool)
    _check = Signal()
    _process = Signal(object)
    _unload = Signal()

    def __init__(
        self,
        in_call: Callable[[], bool],
        model: Callable[[], Any],
        source: Callable[[], Source] = CameraSource,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._done: Done | None = None
        self._count = 1
        self._grab = FrameGrab(source, self)
        self._grab.grabbed.connect(self._grabbed)
        self._grab.failed.connect(lambda problem: self._finish(Sight(skipped=problem)))
        self._grab.active.connect(self.active)
        self._thread = QThread()
        self._thread.setObjectName("posture model")
        self._worker = ModelWorker(in_call, model)
        self._worker.moveToThread(self._thread)
        self._check.connect(self._worker.check)
        self._process.connect(self._worker.process)
        self._unload.connect(self._worker.unload)
        self._worker.checked.connect(self._checked)
        self._worker.read.connect(self._finish)
        self._thread.start(QThread.Priority.LowPriority)

    def read(self, count: int, done: Done) -> None:
        if self._done is not None:
            done(Sight(skipped=QCoreApplication.translate("camera", "The camera is busy.")))
            return
        self._done, self._count = done, count
        self._check.emit()

    def _checked(self, in_call: bool) -> None:
        if self._done is None:
            return
        if in_call:
            self._finish(Sight(skipped="call"))
            return
        self._grab.grab(self._count, SPACING_S if self._count > 1 else 0.0)

    def _grabbed(self, images: list[Any]) -> None:
        self._process.emit(images)

    def _finish(self, sight: Sight) -> None:
        done, self._done = self._done, None
        if done is not None:
            done(sight)

    def close(self) -> None:
        """Release the camera, unload the model and end the thread."""
        self._done = None
        self._grab.close()
        if self._thread.isRunning():
            self._unload.emit()
            self._thread.quit()
            self._thread.wait(5000)
