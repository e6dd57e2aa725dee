"""Before the tray icon shows, postureapp loads only what the icon and its socket need.

Tray-up is measured against a bare PySide6 tray (benchmarks/run.py, target 1.15x), so every
module on the icon's path counts. The scheduler, the presence rules and the calendar model are
pure Python with many dataclasses (about 40 ms to import on a loaded machine); the launcher
imports them with the composition root, once the icon is up. `ui.tray` names `core.ports` for
an annotation only: an import there at run time would bring them all back before the icon.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: What runs before the icon: the launcher's own imports and the socket it claims.
ICON_PATH = "import postureapp.launcher\nimport postureapp.platform.ipc.unix_server\n"

AFTER_THE_ICON = (
    "postureapp.app",
    "postureapp.core.ports",
    "postureapp.core.plan",
    "postureapp.core.presence",
    "postureapp.core.calendar.model",
    "postureapp.runtime.scheduling",
    "apscheduler",
    "sqlite3",
)


def test_the_icon_path_leaves_the_scheduler_presence_and_calendar_for_later() -> None:
    code = ICON_PATH + "import json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    env = {  # unmeasured: coverage's own data file would load sqlite3 in the probe
        **{k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS_")},
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert "postureapp.ui.tray" in loaded, "the probe did not load the icon's path"
    early = sorted(name for name in AFTER_THE_ICON if name in loaded)
    assert not early, f"loaded before the tray icon shows: {early}"
