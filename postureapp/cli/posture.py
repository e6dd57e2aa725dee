"""What `postureapp status` says about posture sensing: why a break came early, what the camera
saw today, or why sensing is not running."""

from __future__ import annotations

from datetime import datetime

#: How each slouch is named in a sentence (core.posture.baseline.LABELS, without Qt).
SLOUCHES = {
    "forward-head": "your head forward and down",
    "rounded-shoulders": "your shoulders rounded",
    "leaning": "leaning to one side",
}

Reply = dict[str, object]


def posture_lines(reply: Reply) -> list[str]:
    """The lines about posture, under the next break's line (none while sensing is off)."""
    lines = []
    slouch = reply.get("slouch")
    posture = reply.get("posture")
    if reply.get("reason") == "posture" and isinstance(slouch, str):
        minutes = posture.get("slouch_minutes") if isinstance(posture, dict) else None
        held = f" for {minutes} minutes" if minutes else ""
        lines.append(
            f"It comes early: you have sat with {SLOUCHES.get(slouch, slouch)}{held}; "
            "its exercise answers that."
        )
    elif isinstance(slouch, str):
        lines.append(f"Its exercise answers {SLOUCHES.get(slouch, slouch)}.")
    if not isinstance(posture, dict):
        return lines
    if posture.get("problem"):
        lines.append(f"Posture sensing is not running: {posture['problem']}")
        return lines
    if not posture.get("calibrated"):
        lines.append("Posture sensing is on but not calibrated yet (Settings → Camera).")
    share = posture.get("upright_share")
    if isinstance(share, int | float):
        lines.append(f"Today you sat upright {share:.0%} of the time the camera saw you.")
    last = posture.get("last_reading")
    if isinstance(last, str):
        seen = posture.get("last_seen") or "nobody in view"
        lines.append(
            f"Last camera reading {datetime.fromisoformat(last).astimezone():%H:%M}: {seen}."
        )
    return lines
