"""What `postureapp status` says about posture sensing: why a break came early, what the camera
saw today, or why sensing is not running (in the command line's language)."""

from __future__ import annotations

from datetime import datetime

from postureapp.cli import local
from postureapp.core.i18n import QT_TRANSLATE_NOOP, translate

#: How each slouch is named in a sentence (core.posture.baseline.LABELS names them alone).
SLOUCHES = {
    "forward-head": QT_TRANSLATE_NOOP("cli", "your head forward and down"),
    "rounded-shoulders": QT_TRANSLATE_NOOP("cli", "your shoulders rounded"),
    "leaning": QT_TRANSLATE_NOOP("cli", "your body leaning to one side"),
}
#: What the last reading saw, besides a slouch (whose label is in the 'posture' context).
SEEN = {
    "upright": QT_TRANSLATE_NOOP("cli", "upright"),
    "in view": QT_TRANSLATE_NOOP("cli", "in view"),
    None: QT_TRANSLATE_NOOP("cli", "nobody in view"),
}

Reply = dict[str, object]


def _slouch(slouch: str) -> str:
    return translate("cli", SLOUCHES[slouch]) if slouch in SLOUCHES else slouch


def posture_lines(reply: Reply) -> list[str]:
    """The lines about posture, under the next break's line (none while sensing is off)."""
    lines = []
    slouch = reply.get("slouch")
    posture = reply.get("posture")
    if reply.get("reason") == "posture" and isinstance(slouch, str):
        minutes = posture.get("slouch_minutes") if isinstance(posture, dict) else None
        if minutes:
            text = translate(
                "cli", "It comes early: you have sat with {0} for {1} minutes; its exercise "
                "answers that.",
            ).format(_slouch(slouch), minutes)  # fmt: skip
        else:
            text = translate(
                "cli", "It comes early: you have sat with {0}; its exercise answers that."
            ).format(_slouch(slouch))
        lines.append(text)
    elif isinstance(slouch, str):
        lines.append(translate("cli", "Its exercise answers this: {0}.").format(_slouch(slouch)))
    if not isinstance(posture, dict):
        return lines
    if posture.get("problem"):
        lines.append(
            translate("cli", "Posture sensing is not running: {0}").format(posture["problem"])
        )
        return lines
    if not posture.get("calibrated"):
        lines.append(
            translate("cli", "Posture sensing is on but not calibrated yet (Settings → Camera).")
        )
    share = posture.get("upright_share")
    if isinstance(share, int | float):
        lines.append(
            translate("cli", "Today you sat upright {0} of the time the camera saw you.").format(
                f"{share:.0%}"
            )
        )
    last = posture.get("last_reading")
    if isinstance(last, str):
        seen = posture.get("last_seen")
        words = (
            translate("cli", SEEN[seen])
            if seen in SEEN or seen is None
            else translate("posture", str(seen))
        )
        lines.append(
            translate("cli", "Last camera reading {0}: {1}.").format(
                local.clock(datetime.fromisoformat(last).astimezone()), words
            )
        )
    return lines
