"""What posture sensing costs: CPU per reading and memory over many readings (issue 24).

    QT_QPA_PLATFORM=offscreen PYTHON -m benchmarks.camera_cost [--reads 600] [--json OUT]

Needs the camera extra (and scikit-image for the photo): `.venv-camera/bin/python` after
`bash .ci/quickstart camera`. Run it from the repository's folder.

It drives the real pipeline the app uses (`CameraSensor`: the call check, Qt Multimedia frames,
the model thread handing each picture to the model's child process, `ChildModel`) with a generated Motion-JPEG video of the scikit-image astronaut
standing in for the camera, and takes `--reads` readings back to back (one picture each, as the
timer asks). It reports the process's CPU time (all threads: `utime + stime`) per reading after
the first (which loads the model), the average share of one core that this means at 1, 3 (the
default) and 12 readings a minute, the RSS after 20 readings and at the end, and the growth per
1000 readings. A day of 8 hours at 3 readings a minute is 1440 readings. The model runs in a
child process, so CPU is the app's and the child's together, and memory is given for both: the
app's RSS before sensing, while on, and after switching off (the child ended), and the child's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

WARM = 20


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child_cpu_s(pid: int) -> float:
    """utime + stime of a running child, from /proc/PID/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def child_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reads", type=int, default=600)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from postureapp.platform.camera.frames import FileSource
    from postureapp.platform.camera.model_process import ChildModel
    from postureapp.platform.camera.sensor import CameraSensor
    from tests.camera.photos import astronaut
    from tests.camera.video import write_avi

    app = QApplication(sys.argv)
    photo = astronaut()
    height, width, _ = photo.shape
    image = QImage(photo.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    folder = Path(tempfile.mkdtemp(prefix="postureapp-camera-bench-"))
    video = write_avi(folder / "sitting.avi", [image] * 100, fps=10)
    source = FileSource(video)
    rss_before = rss_mib()
    sensor = CameraSensor(lambda: False, ChildModel, lambda: source)

    seen = 0

    def one() -> float:
        nonlocal seen
        loop = QEventLoop()
        result: list[Any] = []

        def done(sight: Any) -> None:
            result.append(sight)
            loop.quit()

        QTimer.singleShot(60_000, loop.quit)
        started = time.monotonic()
        sensor.read(1, done)
        if not result:
            loop.exec()
        if result and result[0].landmarks and result[0].landmarks[0] is not None:
            seen += 1
        return time.monotonic() - started

    first = one()  # loads the model
    pid = sensor._worker._model.pid  # the child process
    cpu0, rss0, child0 = cpu_s(), 0.0, child_cpu_s(pid)
    walls = []
    for n in range(1, args.reads):
        walls.append(one())
        if n == WARM:
            rss0 = rss_mib()
    child1 = child_cpu_s(pid)
    cpu_per = (cpu_s() - cpu0 + child1 - child0) / (args.reads - 1)
    rss1, child_rss = rss_mib(), child_rss_mib(pid)
    sensor.close()
    rss_off = rss_mib()
    child_gone = not Path(f"/proc/{pid}").exists()
    video.unlink()
    folder.rmdir()
    figures = {
        "reads": args.reads,
        "person_found": seen,
        "first_read_s": round(first, 2),
        "wall_per_read_ms": round(1000 * sorted(walls)[len(walls) // 2], 1),
        "cpu_per_read_ms": round(1000 * cpu_per, 1),
        "core_share_percent": {
            str(per_minute): round(100 * cpu_per * per_minute / 60, 3) for per_minute in (1, 3, 12)
        },
        "app_rss_mib_before_sensing": round(rss_before, 1),
        "child_rss_mib_at_end": round(child_rss, 1),
        "app_rss_mib_after_switching_off": round(rss_off, 1),
        "child_ended_when_switched_off": child_gone,
        "rss_mib_after_warm_up": round(rss0, 1),
        "rss_mib_at_end": round(rss1, 1),
        "rss_growth_mib_per_1000_reads": round(
            (rss1 - rss0) * 1000 / max(args.reads - 1 - WARM, 1), 2
        ),
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
