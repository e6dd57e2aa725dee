"""Exercises made for end-to-end tests, put in the custom exercise folder of a POSTUREAPP_HOME."""

from __future__ import annotations

import shutil
from pathlib import Path

from postureapp.paths import assets_dir

#: The one instruction every step of a test exercise shows, so a test can look for it.
STEP_TEXT = "Let your shoulders drop and breathe out slowly."


def add_exercise(home: Path, exercise_id: str, *, seconds: int, steps: int = 1) -> None:
    """A seated exercise of `steps` steps of `seconds` each, for short and long breaks."""
    pack = home / "config" / "exercises"
    pack.mkdir(parents=True, exist_ok=True)
    # a custom pack's own SVG picture (the app icon will do)
    shutil.copy(assets_dir() / "icons" / "postureapp.svg", pack / "pose.svg")
    step = f"""
[[steps]]
text = "{STEP_TEXT}"
seconds = {seconds}
illustration = "pose.svg"
cue = "exhale"
"""
    (pack / f"{exercise_id}.toml").write_text(
        f"""\
id = "{exercise_id}"
title = "Test shoulder drop"
summary = "An exercise made for the end-to-end tests."
areas = ["shoulders"]
movement = "shoulder-blades"
position = "seated"
equipment = []
suits = ["short", "long"]
sides = "none"
cautions = ["Stop if anything hurts."]
"""
        + step * steps
    )
