"""The safety pages as a reader meets them, block by block: each heading, paragraph and list item
in order, every one of them in the user's language, and nothing else on the page."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser

from postureapp.core import safety
from postureapp.core.safety.signs import (
    BEFORE_HEADING,
    CONDITIONS,
    HEADINGS,
    WARNING_SIGNS,
    Urgency,
    before_you_start_html,
    warning_signs_html,
)
from postureapp.core.safety.texts import (
    CRACKING_NOTE,
    CRACKING_TITLE,
    HURT_OFFER,
    HURT_TEXT,
    NOT_MEDICAL_ADVICE,
    PAUSE_EXPLANATION,
    PAUSE_REASON_WORSE,
    PROFESSIONAL_REASON_STIFFNESS,
    PROFESSIONAL_TEXT,
    SLOW_PROGRESS,
    STOP_IF_IT_HURTS,
    WHAT_IT_DOES,
)

BLOCKS = {"h3", "p", "li"}


class Reader(HTMLParser):
    """The blocks of a page as lines: 'p: text', 'p*: text' (a paragraph in bold), 'li: text',
    'h3: text', and '[emergency' / 'emergency]' around the part set apart. Text outside any
    block is kept as 'stray: text', so nothing on the page goes unseen."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.open: str | None = None
        self.bold = False
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.open, self.bold, self.text = tag, False, ""
        elif tag == "b" and self.open == "p" and not self.text:
            self.bold = True
        elif tag == "div" and ("class", "emergency") in attrs:
            self.lines.append("[emergency")

    def handle_endtag(self, tag: str) -> None:
        if tag == self.open:
            self.lines.append(f"{tag}{'*' if self.bold else ''}: {self.text}")
            self.open = None
        elif tag == "div":
            self.lines.append("emergency]")

    def handle_data(self, data: str) -> None:
        if self.open:
            self.text += data
        else:
            self.lines.append(f"stray: {data}")


def read(html: str) -> list[str]:
    reader = Reader()
    reader.feed(html)
    reader.close()
    return reader.lines


def german(text: str) -> str:
    """A stand-in translator: every text it was given shows it."""
    return f"de({text})"


def signs_read(tr: Callable[[str], str] = german) -> list[str]:
    """The warning signs as the pages must show them: the emergency set apart first, then each
    urgency's heading in bold and its signs as a list."""
    lines: list[str] = []
    for urgency in Urgency:
        signs = [f"li: {tr(s.text)}" for s in WARNING_SIGNS if s.urgency == urgency]
        block = [f"p*: {tr(HEADINGS[urgency])}", *signs]
        lines += ["[emergency", *block, "emergency]"] if urgency == Urgency.EMERGENCY else block
    return lines


def test_the_warning_signs_read_by_urgency_the_emergency_set_apart_first() -> None:
    assert read(warning_signs_html(german)) == signs_read()
    assert read(warning_signs_html())[:2] == ["[emergency", f"p*: {HEADINGS[Urgency.EMERGENCY]}"]


def test_before_starting_reads_its_heading_then_each_condition() -> None:
    assert read(before_you_start_html(german)) == [
        f"p*: de({BEFORE_HEADING})",
        *(f"li: de({c})" for c in CONDITIONS),
    ]


def test_the_welcome_reads_what_the_app_is_then_the_advice_the_conditions_and_the_signs() -> None:
    assert read(safety.welcome_html(german)) == [
        f"p: de({WHAT_IT_DOES})",
        f"p*: de({NOT_MEDICAL_ADVICE})",
        f"p: de({STOP_IF_IT_HURTS})",
        *read(before_you_start_html(german)),
        *signs_read(),
        f"p: de({SLOW_PROGRESS})",
    ]


def test_the_cracking_note_reads_its_title_then_each_paragraph() -> None:
    assert read(safety.cracking_html(german)) == [
        f"h3: de({CRACKING_TITLE})",
        *(f"p: de({text})" for text in CRACKING_NOTE),
    ]


def test_the_pause_page_reads_its_reason_in_bold_then_what_it_means_then_the_signs() -> None:
    assert read(safety.pause_html(PAUSE_REASON_WORSE, german)) == [
        f"p*: de({PAUSE_REASON_WORSE})",
        *(f"p: de({text})" for text in PAUSE_EXPLANATION),
        *signs_read(),
    ]


def test_after_a_hurt_the_page_says_what_to_do_the_signs_and_last_the_offer_to_pause() -> None:
    assert read(safety.hurt_html(german)) == [
        *(f"p: de({text})" for text in HURT_TEXT),
        *signs_read(),
        f"p: de({HURT_OFFER})",
    ]
    assert "stray" not in " ".join(read(safety.hurt_html()))


def test_the_therapist_suggestion_reads_its_reason_then_what_a_therapist_can_do() -> None:
    assert read(safety.professional_html(PROFESSIONAL_REASON_STIFFNESS, german)) == [
        f"p: de({PROFESSIONAL_REASON_STIFFNESS})",
        f"p: de({PROFESSIONAL_TEXT})",
    ]


def test_texts_with_markup_characters_are_shown_as_written() -> None:
    def odd(text: str) -> str:
        return "Knee <& elbow>"

    assert set(read(safety.professional_html("x", odd))) == {"p: Knee <& elbow>"}
