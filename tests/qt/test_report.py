"""The one-page report as a clinician gets it: `postureapp report` and the window's Report…
button write a PDF whose text (pdftotext) and page image (pdftoppm) are checked.

A made-up log: a fortnight of breaks, check-ins with ratings, a warning sign and notes.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from postureapp.cli.report import register
from postureapp.core.clock import FakeClock
from postureapp.core.history import BreakLog, Outcome, Trigger
from postureapp.paths import AppPaths
from postureapp.ui.history_window import HistoryWindow

PLUS1 = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 27, 18, 0, tzinfo=PLUS1)
NEEDS_POPPLER = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext, pdftoppm)"
)


def fill(log: BreakLog) -> None:
    """14 days: chin tucks done, a twist ended early, one stopped because it hurt, skips."""
    for days_ago in range(14):
        day = NOW - timedelta(days=days_ago)
        for n, (outcome, exercises) in enumerate(
            (
                (Outcome.COMPLETED, ("chin-tuck",)),
                (Outcome.COMPLETED, ("chin-tuck", "seated-twist")),
                (Outcome.PARTIAL, ("seated-twist",)),
                (Outcome.SKIPPED, ("head-turn",)),
            )
        ):
            started = day.replace(hour=9 + n)
            log.record(
                kind="short",
                trigger=Trigger.SCHEDULE,
                due_at=started,
                started_at=started,
                ended_at=started + timedelta(seconds=60),
                outcome=outcome,
                exercise_ids=exercises,
                seconds_done={Outcome.COMPLETED: 60, Outcome.PARTIAL: 30}.get(outcome, 0),
            )
        log.add_checkin(
            at=day.replace(hour=17),
            feeling="better",
            stiffness=7 if days_ago > 7 else 3,
        )
    stopped = (NOW - timedelta(days=5)).replace(hour=15)
    log.record(
        kind="short",
        trigger=Trigger.SCHEDULE,
        due_at=stopped,
        started_at=stopped,
        ended_at=stopped + timedelta(seconds=20),
        outcome=Outcome.STOPPED,
        exercise_ids=("seated-twist",),
        seconds_done=20,
    )
    log.add_checkin(
        at=stopped + timedelta(minutes=1),
        feeling="warning",
        note="Tingling down the left arm while turning.",
    )
    log.add_checkin(at=NOW - timedelta(days=1), feeling="better", note="Mornings are easier.")


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "home")})
    paths.ensure()
    log, _ = BreakLog.open(paths.database_file, now=NOW)
    with log:
        fill(log)
    return paths


def run(paths: AppPaths, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="postureapp")
    register(parser.add_subparsers(required=True))
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    code = args.handler(paths, args, out, err)
    return code, out.getvalue(), err.getvalue()


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def pages(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln for ln in done.stdout.splitlines() if ln.startswith("Pages:")).split()[1])


@NEEDS_POPPLER
def test_the_command_writes_one_page_with_everything_a_clinician_reads(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    output = tmp_path / "for the physio.pdf"
    code, out, err = run(
        paths, "report", "--since", "2026-11-14", "--until", "2026-11-27", "-o", str(output)
    )
    assert (code, err) == (0, "")
    assert out.startswith(f"wrote {output}: 2026-11-14 to 2026-11-27, 28 breaks completed")
    assert pages(output) == 1
    text = " ".join(pdf_text(output).split())
    assert "14 November 2026 to 27 November 2026 (14 days)" in text
    assert "It is not a diagnosis and not medical advice." in text
    # Six figures across the page (pdftotext reads them row by row).
    assert "of 57 reminders" in text  # 28 done, 14 ended early, 1 stopped, 14 skipped
    assert "28 15" in text and "1 because it hurt" in text  # ended early counts the stopped one
    assert "6.4 → 3.0" in text, "stiffness: the first week rated (six 7s, a 3), the last (3s)"
    assert "Days with a" in text and "22 Nov 2026" in text
    assert "Breaks per day" in text and "Minutes by body area" in text
    assert "Chin tuck 28 0 21" in text, "done, ended early, minutes (the built-in's title)"
    assert "Seated twist 14 15 14" in text
    assert "Tingling down the left arm while turning." in text
    assert text.index("Mornings are easier.") < text.index("Tingling"), "newest note first"
    assert "Self-reported with postureapp. Not a diagnosis. Page 1 of 1." in text


@NEEDS_POPPLER
def test_the_page_renders_as_an_image_with_ink_from_top_to_bottom(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    output = tmp_path / "report.pdf"
    assert (
        run(paths, "report", "--since", "2026-11-01", "--until", "2026-11-27", "-o", str(output))[0]
        == 0
    )
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-singlefile", str(output), str(tmp_path / "page")],
        check=True,
    )
    image = QImage(str(tmp_path / "page.png"))
    assert image.width() < image.height(), "portrait"
    white = image.pixelColor(2, 2)
    assert (white.red(), white.green(), white.blue()) == (255, 255, 255)
    # Every fifth of the page has something on it: header, charts, areas, notes, footer.
    fifths = [0] * 5
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).lightness() < 200:
                fifths[y * 5 // image.height()] += 1
    assert all(count > 20 for count in fifths), fifths


def test_the_command_refuses_what_it_cannot_do(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    code, _out, err = run(paths, "report", "-o", str(tmp_path / "report.txt"))
    assert code == 2 and "the report is a PDF" in err
    code, _out, err = run(paths, "report", "--last", "week", "--since", "2026-11-01", "-o", "a.pdf")
    assert code == 2 and "--last cannot be combined" in err
    empty = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "empty")})
    code, _out, err = run(empty, "report", "-o", str(tmp_path / "none.pdf"))
    assert code == 1 and "no breaks logged yet" in err
    assert not (tmp_path / "none.pdf").exists()


@NEEDS_POPPLER
def test_report_button_saves_the_range_shown(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log, _ = BreakLog.open(paths.database_file, now=NOW)
    window = HistoryWindow(
        log,
        FakeClock(NOW),
        2,
        exercise_titles={"chin-tuck": "Chin tuck", "seated-twist": "Seated twist"},
        exercise_areas={"chin-tuck": ("neck",), "seated-twist": ("upper-back",)},
        version="9.9",
    )
    qtbot.addWidget(window)
    window.show()
    window.range.choose_days(date(2026, 11, 21), date(2026, 11, 27))
    chosen = tmp_path / "week"
    offered: list[str] = []

    def save_as(*args: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(chosen), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    QTest.mouseClick(window.report_button, Qt.MouseButton.LeftButton)
    assert offered[0].endswith("postureapp-report-2026-11-21-2026-11-27.pdf")
    assert "week.pdf" in window.status.text() and "Report saved" in window.status.text()
    text = " ".join(pdf_text(chosen.with_suffix(".pdf")).split())
    assert "21 November 2026 to 27 November 2026 (7 days)" in text
    assert "with postureapp 9.9" in text
    assert "Chin tuck 14" in text and "Neck" in text and "Upper back" in text
    log.close()


@NEEDS_POPPLER
def test_a_note_with_a_warning_sign_is_never_left_out(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    log, _ = BreakLog.open(paths.database_file, now=NOW)
    with log:
        for n in range(40):  # far more notes than a page holds, all newer than the warning
            log.add_checkin(
                at=NOW - timedelta(hours=n + 1), feeling="same", note=f"Ordinary day {n}."
            )
    output = tmp_path / "report.pdf"
    assert (
        run(paths, "report", "--since", "2026-11-14", "--until", "2026-11-27", "-o", str(output))[0]
        == 0
    )
    text = " ".join(pdf_text(output).split())
    assert pages(output) == 1
    assert "Tingling down the left arm while turning." in text
    assert "Ordinary day 0." in text, "the newest ordinary note fills the room"
    assert "Mornings are easier." not in text, "an older ordinary note gives way"
    assert "more notes are in the app and its export." in text


@NEEDS_POPPLER
def test_the_command_needs_no_display(paths: AppPaths, tmp_path: Path) -> None:
    """As from a terminal over ssh: no DISPLAY, no WAYLAND_DISPLAY, no Qt platform chosen."""
    import os
    import sys

    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["POSTUREAPP_HOME"] = str(tmp_path / "home")  # where the fixture logged the breaks
    output = tmp_path / "report.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "postureapp",
            "report",
            "--since",
            "2026-11-14",
            "--until",
            "2026-11-27",
            "-o",
            str(output),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith(f"wrote {output}: 2026-11-14 to 2026-11-27")
    assert "Tingling down the left arm" in pdf_text(output)


@NEEDS_POPPLER
def test_the_report_speaks_german_to_a_german_user(paths: AppPaths, tmp_path: Path) -> None:
    """LANG=de_DE: the headings, the self-report statement, the dates and the command's line are
    German, as the user reads the app (the locale need not be generated for the page)."""
    import os
    import sys

    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL")
        and not key.startswith("LC_")
    }
    env["POSTUREAPP_HOME"] = str(tmp_path / "home")
    env["LANG"] = "de_DE.UTF-8"
    output = tmp_path / "bericht.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "postureapp", "report", "--since", "2026-11-14", "--until",
         "2026-11-27", "-o", str(output)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert f"{output} geschrieben: 14.11.2026 bis 27.11.2026" in done.stdout  # German dates
    text = " ".join(pdf_text(output).split())
    assert pages(output) == 1
    assert "Pausen und Nachfragen: Bericht für Arzt oder Therapeut" in text
    assert "14. November 2026 bis 27. November 2026 (14 Tage)" in text
    assert "Es ist keine Diagnose und keine medizinische Beratung." in text
    assert "Minuten nach Körperbereich" in text and "Notizen aus den Nachfragen" in text
    assert "Breaks per" not in text and "self-report" not in text
