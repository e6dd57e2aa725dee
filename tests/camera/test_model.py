"""The real pose model (the `camera` extra) on photos that ship in packages and on their warped
"slouched" versions; and the proof that the sensing path needs and opens no network connection.

Skipped without the extra (and scikit-image for the astronaut). Run them with
`bash .ci/quickstart camera` (README: "Posture sensing").
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mediapipe", reason="the camera extra is not installed")
pytest.importorskip("skimage", reason="scikit-image (the astronaut photo) is not installed")

from postureapp.core.posture import Slouch, calibrate, judge, measure
from postureapp.platform.camera.model import PoseModel
from tests.camera.photos import astronaut, grace_hopper, narrow_shoulders, sink_head

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def model() -> Any:
    loaded = PoseModel()
    yield loaded
    loaded.close()


#: photo, the row through the neck (between the ears and the shoulders), and a sink in rows.
#: The warps are crude: much larger ones and the model no longer finds a person at all (for
#: Grace Hopper a sink of 80 rows, or 40 through a row 30 lower), so these are the sizes measured
#: to give a clear slouch of the kind made (the model is deterministic on one picture).
PHOTOS = {"astronaut": (astronaut, 175, 40), "grace-hopper": (grace_hopper, 330, 60)}
#: Shoulders drawn in to this share of their width (0.8 gives the astronaut only a 10 % change).
NARROWED = 0.75


@pytest.mark.parametrize("name", sorted(PHOTOS))
def test_ears_and_shoulders_are_found_with_confidence(model: Any, name: str) -> None:
    photo, _neck, _by = PHOTOS[name]
    found = model.landmarks_of(photo())
    assert found is not None and found.seen(0.9)
    measured = measure(found)
    assert measured is not None and 0.3 < measured.head_height < 1.5


@pytest.mark.parametrize("name", sorted(PHOTOS))
def test_a_sunk_head_and_narrowed_shoulders_are_told_from_upright(model: Any, name: str) -> None:
    photo, neck, by = PHOTOS[name]
    upright = photo()
    baseline = calibrate([measure(model.landmarks_of(upright))] * 3)
    same = measure(model.landmarks_of(upright))
    sunk = measure(model.landmarks_of(sink_head(upright, neck, by)))
    narrow = measure(model.landmarks_of(narrow_shoulders(upright, neck, NARROWED)))
    assert same and sunk and narrow
    assert judge(same, baseline, 0.15).slouch is None
    assert judge(sunk, baseline, 0.15).slouch == Slouch.FORWARD_HEAD
    assert judge(narrow, baseline, 0.15).slouch == Slouch.ROUNDED_SHOULDERS


def test_a_shift_of_a_few_pixels_is_well_inside_the_threshold(model: Any) -> None:
    """The noise of one picture: the same scene a few pixels off moves the measure little."""
    photo = astronaut()
    heights = [
        measure(model.landmarks_of(photo[dy : dy + 480, dx : dx + 480])).head_height  # type: ignore[union-attr]
        for dx, dy in ((0, 0), (4, 0), (0, 4), (8, 8), (16, 12))
    ]
    assert max(heights) - min(heights) < 0.05


def test_an_empty_picture_has_nobody_in_it(model: Any) -> None:
    import numpy as np

    assert measure(model.landmarks_of(np.full((480, 640, 3), 200, dtype=np.uint8))) is None


def test_only_the_model_in_the_wheel_is_used() -> None:
    import mediapipe

    modules = Path(mediapipe.__file__).parent / "modules"
    assert (modules / "pose_landmark" / "pose_landmark_full.tflite").is_file()
    assert (modules / "pose_detection" / "pose_detection.tflite").is_file()
    from postureapp.platform.camera import model

    assert model.MODEL_COMPLEXITY == 1, "0 and 2 would download a model at run time"


def test_the_sensing_path_opens_no_network_connection(model: Any) -> None:
    """Every socket, name lookup and URL opened from Python while the model loads and reads."""
    attempts: list[str] = []

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in {"socket.connect", "socket.getaddrinfo", "socket.sendto", "urllib.Request"}:
            attempts.append(f"{event} {args[1:] if event == 'socket.connect' else args}")

    sys.addaudithook(hook)  # audit hooks cannot be removed: it only records
    fresh = PoseModel()
    try:
        assert fresh.landmarks_of(grace_hopper()) is not None
    finally:
        fresh.close()
    mine = [a for a in attempts if "127.0.0.1" not in a and "localhost" not in a]
    assert mine == []


@pytest.mark.skipif(sys.platform != "linux", reason="network namespaces are Linux's")
def test_the_model_works_with_no_network_at_all(tmp_path: Path) -> None:
    """In a new network namespace (no interface but a loopback that is down) it loads and reads."""
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("cannot make a network namespace here (needs root or user namespaces)")
    code = textwrap.dedent(
        """
        from postureapp.core.posture import measure
        from postureapp.platform.camera.model import PoseModel
        from tests.camera.photos import astronaut
        print(measure(PoseModel().landmarks_of(astronaut())) is not None)
        """
    )
    done = subprocess.run(
        ["unshare", "--net", sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "True"
    interfaces = subprocess.run(
        ["unshare", "--net", sys.executable, "-c", "import socket; print(socket.if_nameindex())"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert interfaces.stdout.strip() == "[(1, 'lo')]", "the namespace has no way out"
