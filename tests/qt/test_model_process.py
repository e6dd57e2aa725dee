"""The pose model's child process, without the model (CI has no camera extra): the picture goes
through the pipe as packed RGB bytes, the answer comes back as five landmarks; without the
extra the child says why and ends, and nothing of it is left running."""

from __future__ import annotations

import importlib.util
import io
import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from postureapp.platform.camera import model_process
from postureapp.platform.camera.model_process import (
    ChildModel,
    ModelProcessError,
    landmarks_from,
    rgb_bytes,
)


def test_a_picture_goes_as_packed_rgb_scaled_to_640() -> None:
    image = QImage(1281, 720, QImage.Format.Format_ARGB32)  # odd rows pad in RGB888
    image.fill(QColor(10, 20, 30))
    width, height, data = rgb_bytes(image)
    assert (width, height) == (640, 360)
    assert len(data) == 640 * 360 * 3
    assert data[:6] == bytes([10, 20, 30, 10, 20, 30])
    small = QImage(5, 3, QImage.Format.Format_RGB888)  # 15 bytes a row, padded to 16
    small.fill(QColor(1, 2, 3))
    assert rgb_bytes(small) == (5, 3, bytes([1, 2, 3]) * 15)


def test_the_answer_is_five_points_in_pixels_or_nobody() -> None:
    points = [[100.0 + n, 50.0, 0.9] for n in range(5)]
    found = landmarks_from(points, 640, 480)
    assert found is not None
    assert (found.nose.x, found.right_shoulder.x, found.left_ear.visibility) == (100, 104, 0.9)
    assert (found.width, found.height) == (640, 480)
    assert landmarks_from(None, 640, 480) is None


@pytest.mark.skipif(
    importlib.util.find_spec("mediapipe") is not None, reason="the extra is installed here"
)
def test_without_the_extra_the_child_says_why_and_is_gone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Started from a folder that holds another 'postureapp' folder (as /tmp may), the child
    still finds this package, and says what is missing."""
    (tmp_path / "postureapp").mkdir()
    (tmp_path / "postureapp" / "__init__.py").write_text("")
    monkeypatch.chdir(tmp_path)
    started: list[subprocess.Popen[bytes]] = []
    real = subprocess.Popen

    def popen(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(real(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(model_process.subprocess, "Popen", popen)
    with pytest.raises(ModelProcessError, match=r"No module named '(numpy|mediapipe)"):
        ChildModel()
    assert started[0].poll() is not None, "the child has ended"
    assert not Path(f"/proc/{started[0].pid}").exists() or started[0].returncode is not None


def test_the_serving_side_speaks_the_protocol() -> None:
    """serve() with a stand-in model: a header line and the bytes in, one JSON line out."""
    np = pytest.importorskip("numpy", reason="the child's side needs numpy (the camera extra)")
    seen: list[tuple[int, ...]] = []

    class Model:
        def landmarks_of(self, rgb):  # type: ignore[no-untyped-def]
            seen.append(rgb.shape)
            return None if rgb[0, 0, 0] == 0 else landmarks_from([[1, 2, 1]] * 5, 4, 2)

        def close(self) -> None:
            seen.append(("closed",))

    picture = bytes(np.full((2, 4, 3), 7, dtype=np.uint8))
    stdin = io.BytesIO(b"4 2\n" + picture + b"4 2\n" + bytes(24))
    stdout = io.BytesIO()
    assert model_process.serve(stdin, stdout, Model) == 0
    lines = stdout.getvalue().decode().splitlines()
    assert lines[0] == "ready"
    assert json.loads(lines[1]) == [[1, 2, 1]] * 5 and json.loads(lines[2]) is None
    assert seen == [(2, 4, 3), (2, 4, 3), ("closed",)]
