"""The real model in its child process (with the camera extra): the same landmarks as the model
run in the process itself, the app's process never imports mediapipe nor grows by the model's
memory, and closing ends the child, so switching sensing off gives the memory back."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("mediapipe", reason="the camera extra is not installed")
pytest.importorskip("skimage", reason="scikit-image (the astronaut photo) is not installed")

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication
    from postureapp.core.posture import measure
    from postureapp.platform.camera.model_process import ChildModel
    from tests.camera.photos import astronaut

    def rss(pid="self"):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024

    app = QApplication([])
    photo = astronaut()
    h, w, _ = photo.shape
    image = QImage(photo.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    before = rss()
    model = ChildModel()
    found = model.landmarks(image)
    during, child = rss(), rss(model.pid)
    model.close()
    print(json.dumps({
        "head_height": measure(found).head_height,
        "nose": [found.nose.x, found.nose.y],
        "mediapipe_here": "mediapipe" in sys.modules,
        "grew_mib": during - before,
        "child_mib": child,
        "child_gone": not Path(f"/proc/{model.pid}").exists(),
    }))
    """
)


def test_the_child_reads_as_the_model_does_and_takes_its_memory_with_it() -> None:
    from postureapp.core.posture import measure
    from postureapp.platform.camera.model import PoseModel
    from tests.camera.photos import astronaut

    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    here = PoseModel()
    try:
        direct = here.landmarks_of(astronaut())
    finally:
        here.close()
    assert direct is not None
    assert abs(found["head_height"] - measure(direct).head_height) < 0.02
    assert abs(found["nose"][0] - direct.nose.x) < 5 and abs(found["nose"][1] - direct.nose.y) < 5
    assert found["mediapipe_here"] is False, "the app's process never imports the model"
    assert found["child_mib"] > 150, "the model's memory is the child's"
    assert found["grew_mib"] < 40, "and the app's own memory hardly moves"
    assert found["child_gone"], "closing (switching off) ends the child"
