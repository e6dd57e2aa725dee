"""The warning signs, each at the urgency the reference articles give it, and the conditions to
check with a clinician before starting.

Where each comes from (facts only, in our own words):
  emergency care: a sudden severe headache, dizziness or a spinning feeling, or trouble seeing,
    after neck movement or an injury (002);
  a doctor without delay: pain spreading into an arm or hand, new numbness, lasting pins and
    needles or weakness in the arms or hands (002: "immediate" evaluation); fever, chills or
    unexplained weight loss with neck pain (002: "without delay");
  a clinician's check: numbness, tingling or weakness down the legs, bowel or bladder trouble
    (003: "medical attention"); sharp or shooting pain, or pain that worsens (000, 001, 003);
  before starting: osteoporosis or another bone condition (000, 003), a herniated disc or another
    spinal condition (001), arthritis (003).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

Translate = Callable[[str], str]


def escape(text: str) -> str:
    """html.escape, imported when a safety text is first shown: `import html` loads its table
    of entities (about 0.5 MiB, for good), and most days no such text is shown."""
    import html

    return html.escape(text)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation without importing Qt (lupdate looks for this very name)."""
    return source


def _same(text: str) -> str:
    return text


class Urgency(StrEnum):
    """How soon a warning sign needs care, most urgent first."""

    EMERGENCY = "emergency"
    WITHOUT_DELAY = "without-delay"
    CHECK = "check"


#: Each urgency's heading: what to do, then the signs it covers.
HEADINGS: dict[Urgency, str] = {
    Urgency.EMERGENCY: QT_TRANSLATE_NOOP(
        "safety",
        "Emergency: stop and get emergency care now (call your local emergency number or go to "
        "an emergency department) if you have:",
    ),
    Urgency.WITHOUT_DELAY: QT_TRANSLATE_NOOP(
        "safety", "Stop the exercises and see a doctor without delay if you have:"
    ),
    Urgency.CHECK: QT_TRANSLATE_NOOP(
        "safety",
        "Stop the exercises and have a doctor or physical therapist check it if you have:",
    ),
}
#: The emergency line's heading (the words every list of signs shows first).
EMERGENCY_LABEL = HEADINGS[Urgency.EMERGENCY]
SIGNS_HEADING = HEADINGS[Urgency.WITHOUT_DELAY]


@dataclass(frozen=True)
class WarningSign:
    """One symptom that means the exercises should stop, and how soon it needs care."""

    key: str
    text: str
    urgency: Urgency = Urgency.CHECK

    @property
    def emergency(self) -> bool:
        return self.urgency == Urgency.EMERGENCY


WARNING_SIGNS: tuple[WarningSign, ...] = (
    WarningSign(
        "after-neck-movement-or-injury",
        QT_TRANSLATE_NOOP(
            "safety",
            "A sudden, severe headache, dizziness or a spinning feeling, or trouble seeing, "
            "after moving your neck or after a fall or another injury.",
        ),
        Urgency.EMERGENCY,
    ),
    WarningSign(
        "spreading-pain",
        QT_TRANSLATE_NOOP(
            "safety", "Pain that spreads from your neck or upper back into an arm or a hand."
        ),
        Urgency.WITHOUT_DELAY,
    ),
    WarningSign(
        "nerve-signs",
        QT_TRANSLATE_NOOP(
            "safety",
            "New numbness, pins and needles that do not go away, or weakness in your arms or "
            "hands.",
        ),
        Urgency.WITHOUT_DELAY,
    ),
    WarningSign(
        "feeling-ill",
        QT_TRANSLATE_NOOP(
            "safety",
            "Neck or back pain together with a fever, chills, or weight loss you cannot explain.",
        ),
        Urgency.WITHOUT_DELAY,
    ),
    WarningSign(
        "leg-nerve-signs",
        QT_TRANSLATE_NOOP("safety", "Numbness, tingling or weakness that runs down your legs."),
    ),
    WarningSign(
        "bowel-bladder",
        QT_TRANSLATE_NOOP("safety", "Any new trouble controlling your bowel or bladder."),
    ),
    WarningSign(
        "sharp-pain",
        QT_TRANSLATE_NOOP(
            "safety",
            "Sharp or shooting pain, or pain that keeps getting worse, for example when you move "
            "or after sitting for a long time.",
        ),
    ),
)

BEFORE_HEADING = QT_TRANSLATE_NOOP(
    "safety", "Check with a doctor or physical therapist before you start if you have:"
)
CONDITIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("safety", "Osteoporosis or another condition of the bones."),
    QT_TRANSLATE_NOOP("safety", "A herniated (slipped) disc or another problem with your spine."),
    QT_TRANSLATE_NOOP("safety", "Arthritis."),
)


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def warning_signs_html(tr: Translate = _same) -> str:
    """The signs grouped by urgency, the emergency first and set apart, each saying what to do."""
    parts = []
    for urgency in Urgency:
        signs = [tr(sign.text) for sign in WARNING_SIGNS if sign.urgency == urgency]
        heading = f"<b>{escape(tr(HEADINGS[urgency]))}</b>"
        if urgency == Urgency.EMERGENCY:
            parts.append(f'<div class="emergency"><p>{heading}</p>{_list(signs)}</div>')
        else:
            parts.append(f"<p>{heading}</p>{_list(signs)}")
    return "".join(parts)


def before_you_start_html(tr: Translate = _same) -> str:
    """The conditions to check with a clinician before doing the exercises at all."""
    return f"<p><b>{escape(tr(BEFORE_HEADING))}</b></p>" + _list([tr(c) for c in CONDITIONS])
