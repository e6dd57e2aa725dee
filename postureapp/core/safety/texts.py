"""The safety texts: what the app is, that it is not medical advice, cracking, the pages they make.

English source strings marked for Qt's lupdate; the UI passes them through
`QCoreApplication.translate(TR_CONTEXT, ...)`. Every fact comes from the reference articles, in
our own words.
"""

from __future__ import annotations

from collections.abc import Callable

from postureapp.core.safety.signs import (
    before_you_start_html,
    escape,
    warning_signs_html,
)

#: The translation context of every text in this module.
TR_CONTEXT = "safety"

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation without importing Qt (lupdate looks for this very name)."""
    return source


def _same(text: str) -> str:
    return text


WELCOME_TITLE = QT_TRANSLATE_NOOP("safety", "Welcome to postureapp")


ABOUT_TITLE = QT_TRANSLATE_NOOP("safety", "About postureapp and your safety")


WHAT_IT_DOES = QT_TRANSLATE_NOOP(
    "safety",
    "postureapp reminds you to take a short break at the intervals you choose and guides you "
    "through gentle movements for the upper back, neck and shoulders. Every break is logged, so "
    "you can look back and see how you are getting on.",
)


NOT_MEDICAL_ADVICE = QT_TRANSLATE_NOOP(
    "safety",
    "postureapp is not medical advice. It cannot tell what is behind your stiffness or pain, and "
    "it does not replace a doctor or a physical therapist.",
)


STOP_IF_IT_HURTS = QT_TRANSLATE_NOOP(
    "safety",
    "Move slowly and stay within what feels comfortable. If a movement hurts, stop it; you can "
    "always skip the rest of a break.",
)


SLOW_PROGRESS = QT_TRANSLATE_NOOP(
    "safety",
    "If your stiffness has not eased after two to six weeks of gentle, regular movement, show it "
    "to a physical therapist.",
)


CRACKING_TITLE = QT_TRANSLATE_NOOP("safety", "About cracking")


CRACKING_NOTE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "safety",
        "The pop you sometimes hear from your back or neck is gas leaving the fluid that bathes "
        "the joint, much like cracking your knuckles. Nothing slips back into place when it "
        "happens.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "So a pop is not a fix. Any relief it brings tends to fade, and the joint needs a while, "
        "often around twenty minutes, before it can pop again.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Forcing a crack, by twisting hard, jerking, or levering against a towel or a wall, can "
        "strain muscles and ligaments or irritate a nerve. The neck is the riskiest place to try: "
        "the arteries that feed the brain run through it, and a rough twist can, rarely, damage "
        "one.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Gentle, regular movement is the better habit. It loosens stiff joints without force, and "
        "none of the exercises in postureapp ask you to aim for a pop.",
    ),
)


PAUSE_TITLE = QT_TRANSLATE_NOOP("safety", "Exercise breaks are paused")


PAUSE_REASON_WARNING = QT_TRANSLATE_NOOP(
    "safety", "You told postureapp that something is wrong beyond ordinary stiffness."
)


PAUSE_REASON_WORSE = QT_TRANSLATE_NOOP(
    "safety", "Your upper back has felt worse on three check-in days in a row."
)


PAUSE_EXPLANATION: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "safety",
        "This can be a sign that something other than ordinary stiffness is going on. Only a "
        "clinician can tell, so please have a doctor or a physical therapist look at it.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Until then the exercise breaks are paused. postureapp can still remind you now and then "
        "to stand up and walk about.",
    ),
)


PAUSED_BREAK_TEXT = QT_TRANSLATE_NOOP(
    "safety", "Time to stand up, walk about and rest your eyes until the countdown ends."
)


PROFESSIONAL_TITLE = QT_TRANSLATE_NOOP("safety", "Worth a visit to a physical therapist")


PROFESSIONAL_REASON_STIFFNESS = QT_TRANSLATE_NOOP(
    "safety",
    "You have taken breaks on most days for two weeks or more, and your stiffness ratings have "
    "not come down.",
)


PROFESSIONAL_REASON_NO_BETTER = QT_TRANSLATE_NOOP(
    "safety",
    "You have taken breaks on most days for two weeks or more, and none of your check-ins in "
    "that time said 'better'.",
)


PROFESSIONAL_TEXT = QT_TRANSLATE_NOOP(
    "safety",
    "Stiffness that stays despite weeks of gentle, regular movement is worth showing to a "
    "physical therapist, who can find out what is behind it and what would help. You can keep "
    "using postureapp in the meantime.",
)


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def welcome_html(tr: Translate = _same) -> str:
    """What the first start shows (and the tray's "About & safety" again)."""
    return (
        _paragraph(tr(WHAT_IT_DOES))
        + f"<p><b>{escape(tr(NOT_MEDICAL_ADVICE))}</b></p>"
        + _paragraph(tr(STOP_IF_IT_HURTS))
        + before_you_start_html(tr)
        + warning_signs_html(tr)
        + _paragraph(tr(SLOW_PROGRESS))
    )


def cracking_html(tr: Translate = _same) -> str:
    """The note on joint cracking, reachable from the welcome and about pages."""
    return f"<h3>{escape(tr(CRACKING_TITLE))}</h3>" + "".join(
        _paragraph(tr(text)) for text in CRACKING_NOTE
    )


def pause_html(reason: str, tr: Translate = _same) -> str:
    """Why the exercise breaks stopped, what that can mean, and the signs that need care now."""
    return (
        f"<p><b>{escape(tr(reason))}</b></p>"
        + "".join(_paragraph(tr(text)) for text in PAUSE_EXPLANATION)
        + warning_signs_html(tr)
    )


def professional_html(reason: str, tr: Translate = _same) -> str:
    return _paragraph(tr(reason)) + _paragraph(tr(PROFESSIONAL_TEXT))


# --- after "this hurts" ----------------------------------------------------------------------

HURT_TITLE = QT_TRANSLATE_NOOP("safety", "You stopped because it hurt")
HURT_TEXT: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "safety",
        "Stopping was the right thing to do. Rest now, and leave out the movement that hurt.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "If the pain stays or gets worse, have a physical therapist or a doctor look at it.",
    ),
)
HURT_OFFER = QT_TRANSLATE_NOOP(
    "safety",
    "You can pause the exercise breaks until then. postureapp will only remind you now and then "
    "to stand up and walk about.",
)
PAUSE_REASON_HURT = QT_TRANSLATE_NOOP("safety", "You stopped a break because a movement hurt.")
PAUSED_NOTE = QT_TRANSLATE_NOOP(
    "safety",
    "Exercise breaks are paused for your safety. Breaks only remind you to stand up and move.",
)


def hurt_html(tr: Translate = _same) -> str:
    """What follows "This hurts — stop": what to do now, and the signs that need a clinician."""
    return (
        "".join(_paragraph(tr(text)) for text in HURT_TEXT)
        + warning_signs_html(tr)
        + _paragraph(tr(HURT_OFFER))
    )
