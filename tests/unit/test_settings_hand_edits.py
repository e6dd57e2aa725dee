"""A settings file edited by hand: every slip costs one value, never the app or the file.

Each test here is written against a mutant that once passed the whole suite (issue 23): a
quoted number that crashed, a fraction taken as minutes, a minute of 60 that crashed, the last
hour of the day refused, and the fallbacks for a file that cannot be read or moved aside.
"""

from __future__ import annotations

import errno
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from postureapp.core.settings import Settings, load, save
from postureapp.core.settings import file as settings_file

NOW = datetime(2025, 3, 4, 9, 30, 15, tzinfo=UTC)


def load_text(tmp_path: Path, text: str) -> settings_file.LoadResult:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return load(path, now=NOW)


@pytest.mark.parametrize(
    ("written", "found"),
    [('"45"', 'got "45"'), ("30.5", "got 30.5"), ("true", "got true"), ("[45]", "got [45]")],
)
def test_a_number_of_the_wrong_type_costs_that_value_only(
    tmp_path: Path, written: str, found: str
) -> None:
    result = load_text(
        tmp_path, f"[breaks]\nshort_interval_minutes = {written}\nshort_break_seconds = 60\n"
    )
    assert result.settings.short_interval_minutes == 30, "the default, not the slip"
    assert result.settings.short_break_seconds == 60, "the line after it still counts"
    [problem] = result.problems
    assert (problem.line, problem.field) == (2, "breaks.short_interval_minutes")
    assert found in problem.message and "the default 30 is used instead" in problem.message
    assert result.read_only is False


@pytest.mark.parametrize(("low", "high"), [(5, 180)])
def test_the_bounds_themselves_are_allowed_and_one_past_them_is_not(
    tmp_path: Path, low: int, high: int
) -> None:
    for good in (low, high):
        result = load_text(tmp_path, f"[breaks]\nshort_interval_minutes = {good}\n")
        assert (result.settings.short_interval_minutes, result.problems) == (good, [])
    for bad in (low - 1, high + 1):
        result = load_text(tmp_path, f"[breaks]\nshort_interval_minutes = {bad}\n")
        assert result.settings.short_interval_minutes == 30
        assert f"from {low} to {high}" in result.problems[0].message


@pytest.mark.parametrize(
    "hours", ['"12:60-13:00"', '"24:00-24:30"', '"9:5-10:00"', '"noon-13:00"', '"12:00-"']
)
def test_a_time_that_is_not_on_the_clock_costs_that_day_only(tmp_path: Path, hours: str) -> None:
    result = load_text(tmp_path, f'[schedule]\ntue = {hours}\nwed = "10:00-16:00"\n')
    assert result.settings.tue == Settings.defaults().tue
    assert result.settings.wed == ((time(10), time(16)),)
    [problem] = result.problems
    assert (problem.line, problem.field) == (2, "schedule.tue")


def test_the_last_hour_of_the_day_is_a_working_hour(tmp_path: Path) -> None:
    result = load_text(
        tmp_path,
        '[schedule]\nfri = "00:00-00:59, 23:00-23:59"\n'
        'fixed_times = ["23:30", "00:00"]\nfixed_days = ["fri"]\n',
    )
    assert result.problems == []
    assert result.settings.fri == ((time(0), time(0, 59)), (time(23), time(23, 59)))
    assert result.settings.fixed_times == (time(0), time(23, 30))


def test_fixed_times_of_the_wrong_kind_fall_back_with_their_line(tmp_path: Path) -> None:
    result = load_text(tmp_path, '[schedule]\n\nfixed_times = ["11:00", 1500]\n')
    assert result.settings.fixed_times == Settings.defaults().fixed_times
    [problem] = result.problems
    assert (problem.line, problem.field) == (3, "schedule.fixed_times")


def test_a_file_that_cannot_be_read_gives_defaults_and_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.mkdir()  # a folder where the file should be: reading fails as for a file without rights
    result = load(path, now=NOW)
    assert result.settings == Settings.defaults()
    assert result.read_only is True and result.set_aside is None
    [problem] = result.problems
    assert problem.line is None
    assert problem.message.startswith("cannot be read (it is a folder)")
    assert path.is_dir(), "nothing was moved or replaced"


def test_a_broken_file_that_cannot_be_moved_aside_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object) -> Path:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(settings_file, "set_aside", refuse)
    path = tmp_path / "settings.toml"
    path.write_text("[breaks\n", encoding="utf-8")
    result = load(path, now=NOW)
    assert result.settings == Settings.defaults()
    assert (result.read_only, result.set_aside) == (True, None)
    [problem] = result.problems
    assert "could not be moved aside (the disk is read-only)" in problem.message
    assert problem.line == 1
    assert path.read_text(encoding="utf-8") == "[breaks\n"


def test_a_file_too_big_to_be_settings_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("# " + "x" * 2_000_000 + "\n", encoding="utf-8")
    result = load(path, now=NOW)
    assert result.settings == Settings.defaults() and result.read_only is False
    assert result.set_aside is not None and result.set_aside.name.startswith("settings.toml.bad-")
    assert "cannot be used as a settings file" in result.problems[0].message


def test_a_newer_file_keeps_its_unknown_keys_quietly_and_a_later_save_is_refused(
    tmp_path: Path,
) -> None:
    result = load_text(
        tmp_path, "schema_version = 2\nglow = 3\n[breaks]\nshort_interval_minutes = 20\n"
    )
    assert result.read_only is True and result.settings.short_interval_minutes == 20
    assert result.unknown == {"glow": 3}
    assert [p.field for p in result.problems] == ["schema_version"], "no complaint about glow"
    with pytest.raises(settings_file.SettingsReadOnly):
        save(tmp_path / "settings.toml", result.settings)


def test_a_schema_version_below_one_is_read_as_this_version(tmp_path: Path) -> None:
    result = load_text(tmp_path, "schema_version = 0\n[breaks]\nstrict = true\n")
    assert result.settings.strict is True and result.read_only is False
    [problem] = result.problems
    assert problem.field == "schema_version" and "got 0" in problem.message
