"""The command line in the user's language and formats, without Qt.

Words come from the compiled catalogues; times, dates and numbers from the C library's locale
data. The formats are checked against locales compiled here with `localedef` (Debian's `locales`
package has their sources), since a test machine has only the C locale generated.
"""

from __future__ import annotations

import locale
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from postureapp.cli import local, main
from postureapp.cli.history import format_stats
from postureapp.cli.remote import when
from postureapp.core.stats import compute
from tests.unit.test_cli_remote import FakeInstance, instance, paths  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ("de_DE", "ja_JP")


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    local.setup({})


@pytest.fixture(scope="session")
def locales(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """German and Japanese locale data, compiled once (about two seconds each)."""
    sources = Path("/usr/share/i18n/locales")
    if shutil.which("localedef") is None or not all((sources / n).exists() for n in LOCALES):
        pytest.skip("needs localedef and Debian's locales package (.ci/quickstart installs it)")
    folder = tmp_path_factory.mktemp("locales")
    for name in LOCALES:
        subprocess.run(
            ["localedef", "-i", name, "-f", "UTF-8", str(folder / f"{name}.UTF-8")],
            check=True,
            capture_output=True,
        )
    return folder


@pytest.fixture
def german(locales: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("LOCPATH", str(locales))
    assert local.setup({"LANG": "de_DE.UTF-8"}) == "de"
    yield
    monkeypatch.delenv("LOCPATH")


# --- words --------------------------------------------------------------------------------------


def test_the_help_is_german_under_a_german_locale(capsys: pytest.CaptureFixture[str]) -> None:
    local.setup({"LANG": "de_DE.UTF-8"})
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: postureapp")
    assert "Optionen:" in out and "diese Hilfe zeigen und beenden" in out
    assert "jetzt eine Pause beginnen" in out and "Rückgabewerte:" in out
    assert "show this help" not in out and "start a break now" not in out


def test_argparse_s_own_errors_are_translated(capsys: pytest.CaptureFixture[str]) -> None:
    local.setup({"LANG": "fr_FR.UTF-8"})
    with pytest.raises(SystemExit):
        main(["open", "nowhere"])
    err = capsys.readouterr().err
    assert "erreur\u00a0: argument WINDOW\u00a0: choix invalide\u00a0: 'nowhere'" in err


def test_status_speaks_german(
    instance: FakeInstance,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    local.setup({"LANG": "de_DE.UTF-8"})
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert "Nächste kurze Pause um " in out and "(Intervall)." in out
    assert "Übungspausen sind zu deiner Sicherheit ausgesetzt" in out
    assert "Verschoben in Folge: 1" in out
    assert "Next" not in out and "Snoozes" not in out


def test_not_running_is_said_in_japanese(capsys: pytest.CaptureFixture[str]) -> None:
    local.setup({"LANG": "ja_JP.UTF-8"})
    assert main(["skip"]) == 1
    assert capsys.readouterr().err.startswith("postureapp は動いていません")


def test_english_stays_english_and_an_unknown_language_falls_back_to_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for environ in ({}, {"LANG": "C.UTF-8"}, {"LANG": "sv_SE.UTF-8"}, {"LANG": "en_US.UTF-8"}):
        assert local.setup(environ) is None
        assert main(["skip"]) == 1
        assert capsys.readouterr().err.startswith("postureapp is not running")


def test_german_needs_no_qt() -> None:
    code = (
        "import sys\nfrom postureapp.cli import main\nmain(['config', 'path'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    env = {**os.environ, "LANG": "de_DE.UTF-8", "POSTUREAPP_HOME": str(ROOT / "no-home")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("[]")


# --- formats ------------------------------------------------------------------------------------


def test_times_dates_and_numbers_follow_the_german_locale(german: None) -> None:
    now = datetime(2026, 12, 1, 14, 5).astimezone()
    later = now + timedelta(days=2, hours=1)
    assert when(later.isoformat(), now) == "Do 03.12.2026 15:05"
    assert when((now + timedelta(minutes=12)).isoformat(), now) == "14:17 (in 12 min)"
    assert local.number(1234.5, 1) == "1.234,5"
    assert local.long_date(date(2026, 12, 1)) == "Dienstag 01.12.2026"


def test_stats_read_as_a_german_table(german: None) -> None:
    stats = compute((), today=date(2026, 12, 1), streak_min=4)
    text = format_stats(stats)
    assert text.startswith("Pausen, Stand Dienstag 01.12.2026\n")
    assert "noch keine Pausen (natürliche Pausen nicht gezählt)" in text
    assert "Di 01.12.2026" in text


def test_japanese_dates_and_clock(locales: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCPATH", str(locales))
    local.setup({"LANG": "ja_JP.UTF-8"})
    moment = datetime(2026, 12, 3, 9, 30).astimezone()
    assert local.day_and_clock(moment) == "木 2026年12月03日 09:30"


def test_a_12_hour_locale_reads_am_and_pm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(locale, "nl_langinfo", lambda item: "%r" if item == locale.T_FMT else "AM")
    assert local.clock(datetime(2026, 12, 3, 15, 5)) == "03:05 PM"


def test_a_locale_the_system_lacks_keeps_the_c_formats() -> None:
    local.setup({"LANG": "xx_XX.UTF-8"})
    assert local.short_date(date(2026, 12, 1)) == "2026-12-01"
    assert when((datetime.now().astimezone() + timedelta(days=3)).isoformat()).count(" ") == 3
