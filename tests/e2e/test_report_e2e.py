"""`postureapp report --since … --until … -o FILE.pdf`: the installed command in a real X session.

A year of breaks and check-ins goes in through `postureapp import`, as a new user's history
from another computer would; the report of its last quarter must be one page that names the
period and says it is a self-report, in British and US English (A4 and Letter) and in German (read back with poppler's
pdfinfo and pdftotext, as a clinician's PDF reader would).
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from .desktops import XDesktop

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]

LAST_DAY = date(2025, 11, 28)
ZONE = timezone(timedelta(hours=1))


def year_export(path: Path) -> None:
    """About 2,000 breaks over the year up to LAST_DAY and a check-in most weekdays; the last
    quarter holds a note and a warning sign."""
    rng = random.Random(19)
    breaks, checkins = [], []
    day = LAST_DAY - timedelta(days=364)
    while day <= LAST_DAY:
        for n in range(0 if day.weekday() >= 5 else 8):
            started = datetime(day.year, day.month, day.day, 9, tzinfo=ZONE) + timedelta(hours=n)
            outcome = rng.choice(("completed", "completed", "completed", "skipped", "partial"))
            done = {"completed": 90, "partial": 40}.get(outcome, 0)
            breaks.append(
                {
                    "uid": f"{rng.getrandbits(128):032x}",
                    "kind": "short",
                    "trigger": "schedule",
                    "due_at": started.isoformat(),
                    "started_at": started.isoformat(),
                    "ended_at": (started + timedelta(seconds=max(done, 1))).isoformat(),
                    "outcome": outcome,
                    "exercise_ids": [rng.choice(("chin-tuck", "seated-twist", "shoulder-rolls"))],
                    "seconds_done": done,
                }
            )
        if day.weekday() < 5:
            at = datetime(day.year, day.month, day.day, 17, tzinfo=ZONE)
            checkins.append(
                {
                    "uid": f"{rng.getrandbits(128):032x}",
                    "at": at.isoformat(),
                    "feeling": "warning" if day == LAST_DAY - timedelta(days=20) else "same",
                    "stiffness": None
                    if day == LAST_DAY - timedelta(days=20)
                    else rng.randint(2, 7),
                    "note": "Sore neck after the long drive."
                    if day == LAST_DAY - timedelta(days=3)
                    else None,
                }
            )
        day += timedelta(days=1)
    document = {"format": "postureapp-breaks", "version": 2, "breaks": breaks, "checkins": checkins}
    path.write_text(json.dumps(document))


def pdf_info(path: Path, field: str) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return next(ln for ln in info.stdout.splitlines() if ln.startswith(field + ":")).split(":")[1]


def pdf_words(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(text.stdout.split())


@pytest.fixture
def session_with_a_year(x_desktop: Callable[..., XDesktop], tmp_path: Path) -> XDesktop:
    desk = x_desktop()  # Xvfb and a session bus: DISPLAY is set, as in a desktop's terminal
    export = tmp_path / "a-year.json"
    year_export(export)
    imported = desk.run("import", str(export), timeout=120)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("added 2088, already present 0")
    return desk


@pytest.mark.parametrize(
    ("language", "period", "statement", "footer", "paper", "first_day"),
    [
        (
            "en_GB.UTF-8",
            "30 August 2025 to 28 November 2025 (91 days)",
            "It is not a diagnosis and not medical advice.",
            "Self-reported with postureapp. Not a diagnosis. Page 1 of 1.",
            "(A4)",
            "2025-08-30",
        ),
        (
            "en_US.UTF-8",
            "August 30, 2025 to November 28, 2025 (91 days)",
            "It is not a diagnosis and not medical advice.",
            "Self-reported with postureapp. Not a diagnosis. Page 1 of 1.",
            "(letter)",
            "2025-08-30",
        ),
        (
            "de_DE.UTF-8",
            "30. August 2025 bis 28. November 2025 (91 Tage)",
            "Es ist keine Diagnose und keine medizinische Beratung.",
            "Selbstauskunft mit postureapp. Keine Diagnose. Seite 1 von 1.",
            "(A4)",
            "30.08.2025",  # the command line's own line gives local dates too
        ),
    ],
)
def test_the_report_of_the_last_quarter_is_one_page_in_the_user_s_language(
    session_with_a_year: XDesktop,
    tmp_path: Path,
    language: str,
    period: str,
    statement: str,
    footer: str,
    paper: str,
    first_day: str,
) -> None:
    desk = session_with_a_year
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        desk.env.pop(name, None)
    desk.env["LANG"] = language
    output = tmp_path / "for the physio.pdf"
    done = desk.run(
        "report", "--since", "2025-08-30", "--until", "2025-11-28", "-o", str(output), timeout=60
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert str(output) in done.stdout and first_day in done.stdout
    assert pdf_info(output, "Pages").strip() == "1"
    assert pdf_info(output, "Page size").endswith(paper), "Letter for the US, A4 elsewhere"
    words = pdf_words(output)
    assert period in words
    assert statement in words and footer in words
    assert "Sore neck after the long drive." in words, "the user's note"
    assert not list(tmp_path.glob(".*")), "no temporary file left beside the report"
