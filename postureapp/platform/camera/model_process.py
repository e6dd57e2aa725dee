"""The pose model in a child process, so that switching posture sensing off gives its memory back.

mediapipe brings OpenCV, TensorFlow Lite and matplotlib: about 360 MB that Python can never
unload from a process once imported. So the app never imports it. `ChildModel` starts
`python -m postureapp.platform.camera.model_process` when the first reading needs the model,
sends it each picture through a pipe (raw RGB bytes, never a file) and reads five landmarks back
as numbers; `close` (switching off, quitting) ends the child, and all its memory goes with it.

The pipe speaks lines: the child first writes `ready` (or `failed <reason>`); then for each
`<width> <height>` line followed by width × height × 3 bytes it answers one JSON line, `null` when
nobody was found or the landmarks as [x, y, visibility] triples (nose, ears, shoulders).
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Callable
from typing import IO, Any

from PySide6.QtGui import QImage

from postureapp.core.posture import Landmarks, Point

#: Pictures are scaled down to at most this width before they go to the child.
MAX_WIDTH = 640


class ModelProcessError(RuntimeError):
    """The child could not load the model, or stopped answering."""


def rgb_bytes(image: QImage) -> tuple[int, int, bytes]:
    """(width, height, the picture as packed RGB bytes), scaled down to MAX_WIDTH."""
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH)
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = bytes(image.constBits())
    if stride == width * 3:
        return width, height, raw[: stride * height]
    rows = (raw[row * stride : row * stride + width * 3] for row in range(height))
    return width, height, b"".join(rows)


class ChildModel:
    """The `PoseModel` interface (`landmarks`, `close`) over a child process."""

    def __init__(self) -> None:
        self._child = subprocess.Popen(
            # -P: the working folder is not searched first, so a folder named postureapp
            # there cannot stand in for this package (seen when started from /tmp).
            [sys.executable, "-P", "-m", "postureapp.platform.camera.model_process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # mediapipe's own log lines; problems come on stdout
        )
        first = self._line()
        if first != "ready":
            self.close()
            raise ModelProcessError(first.removeprefix("failed ").strip() or "no answer")

    @property
    def pid(self) -> int:
        return self._child.pid

    def _pipes(self) -> tuple[IO[bytes], IO[bytes]]:
        stdin, stdout = self._child.stdin, self._child.stdout
        if stdin is None or stdout is None:
            raise ModelProcessError("the model process has ended")
        return stdin, stdout

    def _line(self) -> str:
        return self._pipes()[1].readline().decode("utf-8", "replace").strip()

    def landmarks(self, image: QImage) -> Landmarks | None:
        width, height, data = rgb_bytes(image)
        stdin, _stdout = self._pipes()
        try:
            stdin.write(f"{width} {height}\n".encode() + data)
            stdin.flush()
        except (BrokenPipeError, OSError) as error:
            raise ModelProcessError("the model process has ended") from error
        answer = self._line()
        if not answer:
            raise ModelProcessError("the model process has ended")
        return landmarks_from(json.loads(answer), width, height)

    def close(self) -> None:
        """End the child (its memory goes with it); wait a moment, then make sure."""
        child = self._child
        if child.poll() is None:
            if child.stdin is not None:
                with contextlib.suppress(OSError):
                    child.stdin.close()  # the child ends at the end of its input
            try:
                child.wait(5)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait(5)
        if child.stdout is not None:
            child.stdout.close()


def landmarks_from(found: Any, width: int, height: int) -> Landmarks | None:
    if found is None:
        return None
    points = [Point(float(x), float(y), float(v)) for x, y, v in found]
    nose, left_ear, right_ear, left_shoulder, right_shoulder = points
    return Landmarks(
        nose=nose,
        left_ear=left_ear,
        right_ear=right_ear,
        left_shoulder=left_shoulder,
        right_shoulder=right_shoulder,
        width=width,
        height=height,
    )


def _pose_model() -> Any:
    from postureapp.platform.camera.model import PoseModel

    return PoseModel()


def serve(stdin: IO[bytes], stdout: IO[bytes], make_model: Callable[[], Any] = _pose_model) -> int:
    """The child's side: load the model, then answer each picture until the input ends."""
    try:
        import numpy as np

        model = make_model()
    except Exception as error:  # the extra half installed, a model that fails to load
        stdout.write(f"failed {type(error).__name__}: {error}\n".encode())
        stdout.flush()
        return 1
    stdout.write(b"ready\n")
    stdout.flush()
    while True:
        header = stdin.readline()
        if not header:
            model.close()
            return 0
        width, height = (int(part) for part in header.split())
        data = stdin.read(width * height * 3)
        rgb = np.frombuffer(data, dtype=np.uint8).reshape(height, width, 3)
        found = model.landmarks_of(rgb)
        del rgb, data  # the picture is not kept
        answer = None
        if found is not None:
            answer = [
                [point.x, point.y, point.visibility]
                for point in (
                    found.nose,
                    found.left_ear,
                    found.right_ear,
                    found.left_shoulder,
                    found.right_shoulder,
                )
            ]
        stdout.write(json.dumps(answer).encode() + b"\n")
        stdout.flush()


if __name__ == "__main__":
    sys.exit(serve(sys.stdin.buffer, sys.stdout.buffer))
