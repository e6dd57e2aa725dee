"""The frame pipeline for real, offscreen: a short generated video played through QMediaPlayer
stands in for the camera (a fake V4L2 camera cannot be made on this kernel), the pictures go
to the model thread, the landmarks come back by a signal. The model is a stand-in that reads
the picture's pixels, so these run without the camera extra; tests/camera runs the real one."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtGui import QColor, QImage

from postureapp.core.posture import Landmarks, Point, Sight
from postureapp.platform.camera.frames import FileSource, FrameGrab
from postureapp.platform.camera.sensor import CameraSensor
from tests.camera.video import write_avi


class PixelModel:
    """Says where a person is only when the picture is green, and which thread it ran on."""

    threads: ClassVar[list[int]] = []

    def __init__(self) -> None:
        PixelModel.threads.append(threading.get_ident())

    def landmarks(self, image: QImage) -> Landmarks | None:
        PixelModel.threads.append(threading.get_ident())
        if image.pixelColor(image.width() // 2, image.height() // 2).green() < 128:
            return None
        p = Point(1, 1)
        return Landmarks(p, p, p, p, p, image.width(), image.height())

    def close(self) -> None:
        pass


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two seconds nobody there (grey), then two seconds someone (bright green), at 10 frames a second."""
    frames = []
    for index in range(40):
        image = QImage(320, 240, QImage.Format.Format_RGB32)
        image.fill(QColor("grey") if index < 20 else QColor("lime"))
        frames.append(image)
    return write_avi(tmp_path_factory.mktemp("video") / "desk.avi", frames)


def read(qtbot, sensor: CameraSensor, count: int = 1) -> Sight:  # type: ignore[no-untyped-def]
    got: list[Sight] = []
    sensor.read(count, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    return got[0]


def test_a_read_takes_a_picture_reads_it_off_the_gui_thread_and_switches_off(
    qtbot, video: Path
) -> None:  # type: ignore[no-untyped-def]
    source = FileSource(video)
    sensor = CameraSensor(lambda: False, PixelModel, lambda: source)
    switched: list[bool] = []
    sensor.active.connect(switched.append)
    PixelModel.threads.clear()
    try:
        first = read(qtbot, sensor)
        assert first.skipped is None and first.landmarks == (None,), "grey: nobody in view"
        assert switched == [True, False], "the source is on only for the picture"
        assert PixelModel.threads and threading.get_ident() not in PixelModel.threads
        source.position = 2500  # later in the video, as after a few readings
        second = read(qtbot, sensor)
        assert second.landmarks[0] is not None and second.landmarks[0].width == 320
        several = read(qtbot, sensor, 3)
        assert len(several.landmarks) == 3
    finally:
        sensor.close()
    assert not sensor._thread.isRunning(), "closing ends the model thread"


def test_during_a_call_the_camera_is_not_touched(qtbot, video: Path) -> None:  # type: ignore[no-untyped-def]
    sensor = CameraSensor(lambda: True, PixelModel, lambda: FileSource(video))
    switched: list[bool] = []
    sensor.active.connect(switched.append)
    try:
        assert read(qtbot, sensor).skipped == "call"
        assert switched == []
    finally:
        sensor.close()


def test_no_video_or_no_camera_is_said_plainly(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sensor = CameraSensor(lambda: False, PixelModel, lambda: FileSource(tmp_path / "none.avi"))
    try:
        assert read(qtbot, sensor).skipped == f"No video at {tmp_path / 'none.avi'}."
    finally:
        sensor.close()


def test_a_model_that_fails_is_reported_not_raised(qtbot, video: Path) -> None:  # type: ignore[no-untyped-def]
    def broken() -> Any:
        raise ImportError("no module named mediapipe")

    sensor = CameraSensor(lambda: False, broken, lambda: FileSource(video))
    try:
        sight = read(qtbot, sensor)
        assert sight.skipped == "The posture model failed: no module named mediapipe"
    finally:
        sensor.close()


def test_grabbing_twice_at_once_is_refused(qtbot, video: Path) -> None:  # type: ignore[no-untyped-def]
    grab = FrameGrab(lambda: FileSource(video))
    failed: list[str] = []
    grabbed: list[object] = []
    grab.failed.connect(failed.append)
    grab.grabbed.connect(grabbed.append)
    grab.grab(1)
    grab.grab(1)
    assert failed == ["The camera is busy."]
    qtbot.waitUntil(lambda: bool(grabbed), timeout=10_000)
    assert not grab.busy


def test_a_video_plays_on_like_a_live_camera_between_readings(qtbot, video: Path) -> None:  # type: ignore[no-untyped-def]
    """Each reading sees the frame of its moment, as a camera would: nobody for the first two
    seconds, someone for the next two, then the video starts over."""
    now = [100.0]
    source = FileSource(video, clock=lambda: now[0])
    sensor = CameraSensor(lambda: False, PixelModel, lambda: source)
    seen = []
    try:
        for at in (0.0, 1.0, 2.6, 3.5, 4.2):  # seconds after the first reading
            now[0] = 100.0 + at
            seen.append(read(qtbot, sensor).landmarks[0] is not None)
    finally:
        sensor.close()
    assert seen == [False, False, True, True, False]


def test_a_reading_far_into_a_long_video_seeks_there(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A minute of video, someone in view only in its second half: a reading 45 s after the
    first gets its picture at once (played from the start, it would miss the camera's timeout)."""
    frames = []
    for index in range(60):
        image = QImage(64, 48, QImage.Format.Format_RGB32)
        image.fill(QColor("grey") if index < 30 else QColor("lime"))
        frames.append(image)
    now = [0.0]
    source = FileSource(write_avi(tmp_path / "minute.avi", frames, fps=1), clock=lambda: now[0])
    sensor = CameraSensor(lambda: False, PixelModel, lambda: source)
    try:
        assert read(qtbot, sensor).landmarks == (None,)
        now[0] = 45.0
        later = read(qtbot, sensor)
        assert later.skipped is None and later.landmarks[0] is not None
    finally:
        sensor.close()
