"""What goes wrong with a calendar reads in the user's language: a source written wrong, a file
that is missing or not iCalendar, a server that cannot be reached; `calendar test` under a German
locale, as a process, prints German lines only."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from postureapp.core.calendar.reader import read_one
from postureapp.core.calendar.source import FILE, CalendarSource, SourceRefused, checked
from postureapp.core.calendar.words import told
from postureapp.core.i18n.qm import Catalogue
from postureapp.paths import assets_dir
from postureapp.platform.calendars import fetch


def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


def test_a_source_written_wrong_is_refused_in_german() -> None:
    with pytest.raises(SourceRefused) as caught:
        checked("work", FILE, "calendar.ics")
    assert str(caught.value) == "work: 'calendar.ics' is not an absolute path"
    assert told(caught.value, german().translate) == "work: 'calendar.ics' ist kein absoluter Pfad"


def test_a_calendar_that_cannot_be_read_says_why_in_german(tmp_path: Path) -> None:
    now = datetime(2026, 12, 1, 9, 0).astimezone()
    missing = CalendarSource("work", FILE, str(tmp_path / "gone.ics"))
    reading = read_one(missing, fetch, tmp_path / "cache", now)
    assert reading.problem == f"{tmp_path / 'gone.ics'} does not exist"
    assert reading.problem_in(german().translate) == f"{tmp_path / 'gone.ics'} gibt es nicht"
    broken = tmp_path / "broken.ics"
    broken.write_text("BEGIN:VCALENDAR\nxx", encoding="utf-8")
    reading = read_one(CalendarSource("b", FILE, str(broken)), fetch, tmp_path / "cache", now)
    assert reading.problem_in(german().translate) == "Teil 1 sind keine iCalendar-Daten"


def test_calendar_test_speaks_german_as_a_process(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="de_DE.UTF-8", POSTUREAPP_HOME=str(tmp_path / "home"))

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "postureapp", "calendar", *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    assert run("add", "web", "https://127.0.0.1:9/cal.ics").returncode == 0
    result = run("test", "web")
    assert result.stdout.strip() == (
        "web: konnte nicht gelesen werden: https://127.0.0.1:9/cal.ics konnte nicht gelesen "
        "werden: der Server hat die Verbindung abgelehnt (läuft er?)"
    ), result.stdout
    refused = run("add", "b@d!", "/x.ics")
    assert refused.stderr.strip() == (
        "postureapp calendar: der Name 'b@d!' muss aus 1 bis 40 Buchstaben, Ziffern, "
        "Leerzeichen, Punkten, - oder _ bestehen"
    ), refused.stderr
