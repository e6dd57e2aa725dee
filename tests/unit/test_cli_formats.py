"""The command line keeps the user's formats when the system has not generated their locale (a
fresh Debian has only C.UTF-8): weekday names, dates and numbers come from our own table, which
says what the C library's locales say."""

from __future__ import annotations

import ast
import locale
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from postureapp.cli import local
from postureapp.cli.formats import FORMATS
from postureapp.cli.remote import when

#: The C library's locale for each language we ship.
GLIBC = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "pt_BR": "pt_BR", "it": "it_IT",
         "nl": "nl_NL", "pl": "pl_PL", "ja": "ja_JP"}  # fmt: skip
MONDAY = date(2026, 11, 30)


@pytest.fixture
def no_locales(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A system with no locale generated (LOCPATH names an empty folder)."""
    empty = tmp_path / "no-locales"
    empty.mkdir()
    monkeypatch.setenv("LOCPATH", str(empty))
    yield empty
    local.setup({})


def test_german_formats_without_the_german_locale(no_locales: Path) -> None:
    assert local.setup({"LANG": "de_DE.UTF-8"}) == "de"
    assert locale.setlocale(locale.LC_TIME) == "C"  # the system could not give it
    assert local.long_date(date(2026, 12, 1)) == "Dienstag 01.12.2026"
    assert local.number(1234.5, 1) == "1.234,5"
    now = datetime(2026, 12, 1, 14, 5).astimezone()
    assert when((now + timedelta(days=2, hours=1)).isoformat(), now) == "Do 03.12.2026 15:05"


def test_each_shipped_language_and_a_regional_variant(no_locales: Path) -> None:
    local.setup({"LANG": "ja_JP.UTF-8"})
    assert (
        local.day_and_clock(datetime(2026, 12, 3, 9, 30).astimezone()) == "木 2026年12月03日 09:30"
    )
    local.setup({"LANG": "fr_CA.UTF-8"})  # French, though not France's
    assert local.long_date(date(2026, 12, 1)) == "mardi 01/12/2026"
    assert local.number(1234567.25, 2) == "1\u202f234\u202f567,25"
    local.setup({"LANG": "pt_PT.UTF-8"})
    assert local.weekday(date(2026, 12, 1)) == "ter"
    local.setup({"LANG": "sv_SE.UTF-8"})  # a language we do not ship: the C formats
    assert local.long_date(date(2026, 12, 1)) == "Tuesday 2026-12-01"
    local.setup({"LANG": "de_DE.UTF-8", "LC_TIME": "C.UTF-8"})  # the user asked for C dates
    assert local.short_date(date(2026, 12, 1)) == "2026-12-01"
    assert local.number(1234.5, 1) == "1.234,5"


@pytest.fixture(scope="module")
def glibc_locales(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = Path("/usr/share/i18n/locales")
    if shutil.which("localedef") is None or not (sources / "de_DE").exists():
        pytest.skip("needs localedef and Debian's locales package (.ci/quickstart installs it)")
    folder = tmp_path_factory.mktemp("glibc")
    for name in GLIBC.values():
        subprocess.run(
            ["localedef", "-i", name, "-f", "UTF-8", str(folder / f"{name}.UTF-8")],
            check=True,
            capture_output=True,
        )
    return folder


def test_our_table_says_what_the_c_library_says(glibc_locales: Path) -> None:
    assert set(GLIBC) == set(FORMATS)
    code = (
        "import locale, sys\nfrom datetime import date, timedelta\n"
        "locale.setlocale(locale.LC_ALL, sys.argv[1])\n"
        "days = [date(2026, 11, 30) + timedelta(days=n) for n in range(7)]\n"
        "conv = locale.localeconv()\n"
        "print(repr(([d.strftime('%A') for d in days], [d.strftime('%a') for d in days],"
        " locale.nl_langinfo(locale.D_FMT), conv['decimal_point'], conv['thousands_sep'])))"
    )
    for language, name in GLIBC.items():
        result = subprocess.run(
            [sys.executable, "-c", code, f"{name}.UTF-8"],
            env={**os.environ, "LOCPATH": str(glibc_locales)},
            capture_output=True,
            text=True,
            check=True,
        )
        days, short, date_format, decimal, thousands = ast.literal_eval(result.stdout)
        ours = FORMATS[language]
        assert (list(ours.days), list(ours.short_days)) == (days, short), language
        assert (ours.date, ours.decimal, ours.thousands) == (date_format, decimal, thousands)


def test_stats_speak_german_on_a_system_without_the_german_locale(no_locales: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_TIME")}
    env.update(LANG="de_DE.UTF-8", POSTUREAPP_HOME=str(no_locales.parent / "home"))
    result = subprocess.run(
        [sys.executable, "-m", "postureapp", "stats"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    days = "|".join(FORMATS["de"].days)
    head = result.stdout.splitlines()[0]
    assert re.fullmatch(rf"Pausen, Stand ({days}) \d\d\.\d\d\.\d{{4}}", head), head
    short = "|".join(FORMATS["de"].short_days)
    rows = [line for line in result.stdout.splitlines() if re.match(rf"  ({short}) \d\d\.", line)]
    assert len(rows) == 30, result.stdout
    assert not re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\d{4}-\d\d-\d\d", result.stdout)
