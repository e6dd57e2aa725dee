"""Taking a few pictures: the camera (or a video file) is switched on, the first frames are let
pass while its exposure settles, the pictures are taken, and it is switched off at once.

`FrameGrab` lives on the GUI thread because Qt's capture objects do; everything there is
asynchronous (Qt decodes on its own threads), and the pictures go to the model thread at once.

Signals (FrameGrab):
    grabbed(object): a list of QImage, one per picture asked for.
    failed(str): no picture could be taken; the reason in a sentence.
    active(bool): the camera was switched on (True) or off (False): the in-use indicator.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaPlayer,
    QVideoFrame,
    QVideoSink,
)

log = logging.getLogger(__name__)

#: A camera's first frames are dark or blurred while its exposure settles.
CAMERA_SETTLE_S = 0.7
#: Without a picture this long after switching on, the camera counts as not working.
TIMEOUT_MS = 6000


class NoSource(Exception):
    """There is nothing to take a picture from (no camera); the message says so."""


class Source(Protocol):
    """Something that sends frames to a sink while on (a camera, a video file)."""

    settle_s: float

    def start(self, sink: QVideoSink) -> None: ...

    def accepts(self, frame: QVideoFrame) -> bool:
        """Whether `frame` is one to take (a video's frames from before its resume point are not)."""
        ...

    def stop(self) -> None: ...


class CameraSource:
    """The system's default camera, opened for one grab and closed after it."""

    settle_s = CAMERA_SETTLE_S

    def __init__(self) -> None:
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None

    def start(self, sink: QVideoSink) -> None:
        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            raise NoSource(QCoreApplication.translate("camera", "No camera was found."))
        self._camera = QCamera(device)
        self._session = QMediaCaptureSession()
        self._session.setCamera(self._camera)
        self._session.setVideoSink(sink)
        self._camera.start()

    def accepts(self, frame: QVideoFrame) -> bool:
        return True

    def stop(self) -> None:
        camera, session = self._camera, self._session
        self._camera = self._session = None
        if camera is not None:
            camera.stop()
        if session is not None:
            session.setCamera(None)  # type: ignore[arg-type]
            session.setVideoSink(None)  # type: ignore[arg-type]
        for part in (camera, session):
            if part is not None:
                part.deleteLater()


class FileSource:
    """A video file played as if it were a live camera (the tests, and trying the app without a
    camera: see docs/camera.md): a reading `t` seconds after the first one sees the video's
    frame at `t` (from the start again once it has run out), as a camera would see the scene of
    that moment. Setting `position` (ms) moves the video's clock there."""

    settle_s = 0.0

    def __init__(self, path: Path, clock: Callable[[], float] = time.monotonic) -> None:
        self.path = path
        self.position = 0
        self.duration = 0
        self._clock = clock
        self._origin: float | None = None
        self._set_at = 0
        self._player: QMediaPlayer | None = None

    def _now_ms(self) -> int:
        now = self._clock()
        if self._origin is None or self.position != self._set_at:  # first use, or moved by hand
            self._origin = now - self.position / 1000
        elapsed = int((now - self._origin) * 1000)
        return elapsed % self.duration if self.duration > 0 else elapsed

    def start(self, sink: QVideoSink) -> None:
        if not self.path.is_file():
            raise NoSource(
                QCoreApplication.translate("camera", "No video at {0}.").format(self.path)
            )
        self.position = self._set_at = self._now_ms()
        player = self._player = QMediaPlayer()
        player.setVideoSink(sink)
        player.durationChanged.connect(self._duration)
        player.mediaStatusChanged.connect(self._status)
        player.setSource(QUrl.fromLocalFile(str(self.path)))
        player.play()

    def _duration(self, duration: int) -> None:
        self.duration = max(duration, 0)

    def accepts(self, frame: QVideoFrame) -> bool:
        return frame.startTime() < 0 or frame.startTime() >= self.position * 1000

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        player = self._player
        if player is not None and status == QMediaPlayer.MediaStatus.LoadedMedia:
            player.setPosition(self.position)  # a seek before the file is loaded is ignored
        elif player is not None and status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.position = self._set_at = 0
            player.setPosition(0)
            player.play()

    def stop(self) -> None:
        player, self._player = self._player, None
        if player is not None:
            player.stop()
            player.setVideoSink(None)  # type: ignore[arg-type]
            player.deleteLater()


class FrameGrab(QObject):
    """Takes `count` pictures `spacing_s` apart from a new source for each grab."""

    grabbed = Signal(object)
    failed = Signal(str)
    active = Signal(bool)

    def __init__(self, source: Callable[[], Source], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_source = source
        self._source: Source | None = None
        self._sink: QVideoSink | None = None
        self._images: list[QImage] = []
        self._count = 0
        self._spacing = 0.0
        self._started = 0.0
        self._taken = 0.0
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._timed_out)

    @property
    def busy(self) -> bool:
        return self._source is not None

    def grab(self, count: int, spacing_s: float = 0.0) -> None:
        if self.busy:
            self.failed.emit(QCoreApplication.translate("camera", "The camera is busy."))
            return
        self._images, self._count, self._spacing = [], count, spacing_s
        sink = self._sink = QVideoSink(self)
        sink.videoFrameChanged.connect(self._frame)
        source = self._make_source()
        try:
            source.start(sink)
        except NoSource as problem:
            self._release()
            self.failed.emit(str(problem))
            return
        self._source = source
        self._started = time.monotonic()
        self._timeout.start(TIMEOUT_MS + int(spacing_s * 1000 * count))
        self.active.emit(True)

    def _frame(self, frame: QVideoFrame) -> None:
        source = self._source
        if source is None or not frame.isValid():
            return
        now = time.monotonic()
        if now - self._started < source.settle_s or not source.accepts(frame):
            return
        if self._images and now - self._taken < self._spacing:
            return
        image = frame.toImage()
        if image.isNull():
            return
        self._taken = now
        self._images.append(image)
        if len(self._images) >= self._count:
            images, self._images = self._images, []
            self._release()
            self.grabbed.emit(images)

    def _timed_out(self) -> None:
        if self._source is None:
            return
        log.info("no picture from the camera within %d ms", TIMEOUT_MS)
        self._images = []
        self._release()
        self.failed.emit(QCoreApplication.translate("camera", "The camera gave no picture."))

    def _release(self) -> None:
        """Switch the source off and drop the sink: the device is free again."""
        self._timeout.stop()
        source, sink = self._source, self._sink
        self._source = self._sink = None
        if sink is not None:
            sink.videoFrameChanged.disconnect(self._frame)
        if source is not None:
            source.stop()
            self.active.emit(False)
        if sink is not None:
            sink.deleteLater()

    def close(self) -> None:
        self._images = []
        self._release()
