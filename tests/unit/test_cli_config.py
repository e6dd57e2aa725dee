"""`postureapp config`: what a user sees and what ends up in the file."""

from __future__ import annotations

import argparse
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from postureapp.cli import config as cli_config
from postureapp.core.settings import FIELDS, SCHEMA_VERSION, Settings, load, save
from postureapp.paths import AppPaths

NOW = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path)})


def config(paths: AppPaths, *argv: str) -> Run:
    parser = argparse.ArgumentParser(prog="postureapp")
    cli_config.register(parser.add_subparsers())
    args = parser.parse_args(["config", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = args.handler(paths, args, out, err)
    return Run(code, out.getvalue(), err.getvalue())


def current(paths: AppPaths) -> Settings:
    return load(paths.settings_file, now=NOW).settings


def test_path_prints_the_settings_file(paths: AppPaths) -> None:
    assert config(paths, "path").out == f"{paths.settings_file}\n"


def test_set_get_reset_round_trip(paths: AppPaths) -> None:
    run = config(paths, "set", "breaks.short_interval_minutes", "45")
    assert (run.code, run.out, run.err) == (0, "breaks.short_interval_minutes: 30 -> 45\n", "")
    assert current(paths).short_interval_minutes == 45
    assert config(paths, "get", "breaks.short_interval_minutes").out == "45\n"

    run = config(paths, "set", "schedule.mon", "13:30-18:00, 08:00-12:00")
    assert run.out == 'schedule.mon: "09:00-17:00" -> "08:00-12:00, 13:30-18:00"\n'
    assert config(paths, "get", "schedule.mon").out == "08:00-12:00, 13:30-18:00\n"

    run = config(paths, "reset", "breaks.short_interval_minutes")
    assert run.out == "breaks.short_interval_minutes: 45 -> 30\n"
    assert current(paths) == Settings.defaults().with_value(
        "schedule.mon", "08:00-12:00, 13:30-18:00"
    )


def test_set_out_of_bounds_is_refused_with_the_bounds_and_file_unchanged(paths: AppPaths) -> None:
    config(paths, "set", "breaks.snooze_minutes", "10")
    before = paths.settings_file.read_bytes()
    run = config(paths, "set", "breaks.snooze_minutes", "90")
    assert run.code == 1 and run.out == ""
    assert "breaks.snooze_minutes: must be a whole number from 1 to 60 (minutes), got 90" in run.err
    assert paths.settings_file.read_bytes() == before


def test_set_unknown_key_suggests_the_right_one(paths: AppPaths) -> None:
    run = config(paths, "set", "short_interval_minutes", "45")
    assert run.code == 1
    assert "did you mean breaks.short_interval_minutes?" in run.err
    assert not paths.settings_file.exists()


def test_set_to_the_same_value_writes_nothing(paths: AppPaths) -> None:
    run = config(paths, "set", "breaks.strict", "no")
    assert (run.code, run.out) == (0, "Nothing to change.\n")
    assert not paths.settings_file.exists()


def test_show_lists_every_key_and_marks_changes(paths: AppPaths) -> None:
    config(paths, "set", "exercises.areas", "neck,shoulders")
    run = config(paths, "show")
    lines = run.out.splitlines()
    assert len(lines) == len(FIELDS)
    assert 'exercises.areas = ["neck", "shoulders"]  # changed; default [' in run.out
    assert "breaks.short_interval_minutes = 30\n" in run.out
    assert [line for line in lines if "# changed" in line] == [
        line for line in lines if line.startswith("exercises.areas")
    ]
    assert config(paths).out == run.out


def test_show_reports_problems_on_stderr(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text("[breaks]\nlong_every = 99\n", encoding="utf-8")
    run = config(paths, "show")
    assert run.code == 0
    assert "breaks.long_every = 4\n" in run.out
    assert f"{paths.settings_file}:2: breaks.long_every: must be a whole number" in run.err


def test_reset_all_keeps_a_copy_and_unknown_keys(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    original = "[breaks]\nlong_every = 2\nfuture_thing = 1\n"
    paths.settings_file.write_text(original, encoding="utf-8")
    run = config(paths, "reset")
    assert run.code == 0
    [copy] = paths.config_dir.glob("settings.toml.before-reset-*")
    assert copy.read_text(encoding="utf-8") == original
    assert "breaks.long_every: 2 -> 4" in run.out
    result = load(paths.settings_file, now=NOW)
    assert result.settings == Settings.defaults()
    assert result.unknown == {"breaks.future_thing": 1}


def test_reset_all_with_nothing_changed_makes_no_copy(paths: AppPaths) -> None:
    save(paths.settings_file, Settings.defaults())
    run = config(paths, "reset")
    assert run.code == 0 and "already" in run.out
    assert list(paths.config_dir.glob("*before-reset*")) == []


def test_file_from_a_newer_version_is_left_alone(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    original = f"schema_version = {SCHEMA_VERSION + 1}\n"
    paths.settings_file.write_text(original, encoding="utf-8")
    for argv in (("set", "behaviour.sound", "true"), ("reset",)):
        run = config(paths, *argv)
        assert run.code == 1
        assert "newer postureapp" in run.err and "left unchanged" in run.err
    assert paths.settings_file.read_text(encoding="utf-8") == original
    assert list(paths.config_dir.glob("*before-reset*")) == []
