"""The report's long notes and its paper: a note too long for its place says how many words
are left out, and a US locale gets Letter paper with everything still on the one page."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from test_report import NEEDS_POPPLER, NOW, fill, pages, pdf_text, run

from postureapp.core.history import BreakLog
from postureapp.paths import AppPaths
from postureapp.ui.report_pdf import page_size_for

LONG = " ".join(f"word{n}" for n in range(400))  # far longer than a note's place on the page


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "home")})
    paths.ensure()
    log, _ = BreakLog.open(paths.database_file, now=NOW)
    with log:
        fill(log)
        log.add_checkin(at=NOW - timedelta(days=2), feeling="worse", note="Short one.")
        log.add_checkin(at=NOW - timedelta(days=3), feeling="same", note=LONG)
    return paths


@pytest.fixture
def locale() -> Iterator[None]:
    """The test chooses the locale (QLocale.setDefault); the one before comes back after."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return next(ln for ln in info.stdout.splitlines() if ln.startswith("Page size:"))


def report(paths: AppPaths, output: Path) -> str:
    code, _, err = run(
        paths, "report", "--since", "2026-11-14", "--until", "2026-11-27", "-o", str(output)
    )
    assert (code, err) == (0, "")
    assert pages(output) == 1
    return " ".join(pdf_text(output).split())


@NEEDS_POPPLER
def test_a_long_note_is_cut_at_a_word_and_says_how_many_words_are_left_out(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    text = report(paths, tmp_path / "report.pdf")
    shown = [n for n in range(400) if f"word{n} " in text or f"word{n}…" in text]
    assert shown == list(range(len(shown))) and 10 < len(shown) < 390, "its first words, in order"
    assert f"… ({400 - len(shown)} more words in the app)" in text
    assert "Short one." in text and "Tingling down the left arm while turning." in text
    assert "Mornings are easier." in text, "the other notes keep their place"


@NEEDS_POPPLER
def test_a_us_locale_gets_letter_paper_with_the_whole_page_on_it(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, locale: None
) -> None:
    QLocale.setDefault(QLocale("en_US"))
    assert page_size_for(QLocale()).id().name == "Letter"
    text = report(paths, tmp_path / "letter.pdf")
    assert "(letter)" in page_size(tmp_path / "letter.pdf")
    assert "Self-reported with postureapp. Not a diagnosis. Page 1 of 1." in text, "the footer"
    assert "Tingling down the left arm while turning." in text and "Minutes by body area" in text


@NEEDS_POPPLER
def test_elsewhere_the_paper_is_a4(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, locale: None
) -> None:
    QLocale.setDefault(
        QLocale("en_GB")
    )  # British English: A4 (a German locale would load German words)
    report(paths, tmp_path / "a4.pdf")
    assert "(A4)" in page_size(tmp_path / "a4.pdf")
