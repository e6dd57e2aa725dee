"""Starting postureapp loads only what the tray and a break need.

Every module loaded at start-up costs start-up time and stays in memory for the whole day, so
what only the history, settings, charts, sound or check-ins use is imported when first opened.
benchmarks/run.py measures the cost; this keeps the lazy imports from quietly coming back.
Each start-up path runs in a fresh interpreter, so nothing imported by other tests can hide a
regression, and PySide6 is never imported into this process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: module -> what needs it. None of these may load before the tray is up.
NOT_AT_START = {
    "PySide6.QtCharts": "the history chart",
    "PySide6.QtMultimedia": "the chime",
    "postureapp.ui.history_window": "the history window",
    "postureapp.ui.history_model": "the history window",
    "postureapp.ui.settings_dialog": "the settings dialog",
    "postureapp.ui.safety": "the welcome, check-in and safety dialogs",
    "postureapp.platform.autostart": "the settings dialog's start-at-login switch",
    "icalendar": "reading a configured calendar",
    "recurring_ical_events": "reading a configured calendar",
    "postureapp.core.calendar.ics": "reading a configured calendar",
    "caldav": "a configured CalDAV account",
    "keyring": "the password of a CalDAV account",
    "postureapp.ui.break_window": "a break",
    "postureapp.ui.illustration": "a break's pictures",
    "PySide6.QtSvg": "a break's pictures",
    "postureapp.ui.notice": "the notice before a break",
    "postureapp.ui.status_window": "the status window (shown without a tray, or on a click)",
    "html": "the safety texts (its entity table is about 0.5 MiB)",
    "postureapp.ui.theme": "the windows' look (fonts, palettes), or a light or dark theme chosen",
    "postureapp.platform.camera": "posture sensing, only while it is switched on",
    "postureapp.platform.camera.sensor": "posture sensing, only while it is switched on",
    "postureapp.platform.camera.model": "posture sensing, only while it is switched on",
    "postureapp.platform.camera.frames": "posture sensing, only while it is switched on",
    "postureapp.runtime.posture_watch": "posture sensing, only while it is switched on",
    "postureapp.ui.posture_panel": "the settings dialog's camera page",
    "mediapipe": "the posture model, only while posture sensing is on",
    "numpy": "the posture model, only while posture sensing is on",
    "cv2": "the posture model, only while posture sensing is on",
}
# asyncio, ssl and importlib.metadata (which APScheduler would load) are checked, with the
# workaround that keeps them out, in test_lean_imports.py.

#: name -> code that loads exactly what that start-up path loads before the event loop runs.
START_PATHS = {
    # The GUI's own module graph: the composition root and everything it imports.
    "import postureapp.app": "import postureapp.app",
    # What `postureapp` with no command does first: parse the (empty) command line, then the GUI.
    "the postureapp command": (
        "from postureapp import cli\ncli.build_parser().parse_args([])\nimport postureapp.app"
    ),
}

# Records, for each watched module, the postureapp frames on the stack when it is first found.
PROBE = """
import json, sys
watched = set(json.loads(sys.argv[1]))
chains = {}

class Spy:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name in watched and name not in chains:
            chain, frame = [], sys._getframe(1)
            while frame is not None:
                module = frame.f_globals.get("__name__", "")
                if module.startswith("postureapp") and module not in chain:
                    chain.append(module)
                frame = frame.f_back
            chains[name] = chain[::-1]
        return None

sys.meta_path.insert(0, Spy)
exec(sys.argv[2])
print(json.dumps({
    "started": "postureapp.app" in sys.modules,
    "loaded": {name: chains.get(name, []) for name in watched if name in sys.modules},
}))
"""


def load(code: str) -> dict[str, object]:
    env = {
        # Not measured by coverage: it would load modules of its own (README, coverage).
        **{k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS_")},
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(sorted(NOT_AT_START)), code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize("path", sorted(START_PATHS))
def test_starting_the_app_leaves_history_settings_charts_sound_and_checkins_unloaded(
    path: str,
) -> None:
    result = load(START_PATHS[path])
    assert result["started"], "the probe did not load the start-up path"
    loaded = result["loaded"]
    assert isinstance(loaded, dict)
    problems = [
        f"{name} (only {NOT_AT_START[name]} needs it), imported via "
        + (" -> ".join(chain) or "a module outside postureapp")
        for name, chain in sorted(loaded.items())
    ]
    assert not problems, f"{path} loads at start-up:\n" + "\n".join(problems)
