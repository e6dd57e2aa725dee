"""Settings are one truth: the login entry follows the setting, and the commands read the file."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from test_exercises import write_file

from postureapp import cli
from postureapp.paths import AppPaths


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("sys.platform", "linux")
    return tmp_path / "xdg-config" / "autostart" / "postureapp.desktop"


def test_config_set_start_at_login_switches_the_login_entry(entry: Path) -> None:
    """The setting changed, but no login entry was made, so the two disagreed."""
    code, out, _ = run("config", "set", "behaviour.start_at_login", "true")
    assert code == 0 and entry.exists()
    assert out == (
        f"behaviour.start_at_login: false -> true\npostureapp starts at login ({entry}).\n"
    )
    assert run("autostart", "status")[1] == f"postureapp starts at login ({entry}).\n"
    code, out, _ = run("config", "set", "behaviour.start_at_login", "false")
    assert code == 0 and not entry.exists()
    assert run("autostart", "status")[1] == "postureapp does not start at login.\n"
    run("config", "set", "behaviour.start_at_login", "true")
    run("config", "reset")
    assert not entry.exists(), "a reset to the defaults switches it off too"


def test_autostart_on_and_off_change_the_setting_too(entry: Path) -> None:
    """`autostart on` left the setting false."""
    assert run("autostart", "on")[0] == 0 and entry.exists()
    assert run("config", "get", "behaviour.start_at_login")[1] == "true\n"
    assert run("autostart", "off")[0] == 0 and not entry.exists()
    assert run("config", "get", "behaviour.start_at_login")[1] == "false\n"


def test_exercises_list_reads_the_configured_folder(tmp_path: Path) -> None:
    """It listed the default folder whatever exercises.custom_folder said."""
    mine = tmp_path / "my-pack"
    write_file(mine, "my-own-twist", title="My own twist")
    assert run("config", "set", "exercises.custom_folder", str(mine))[0] == 0
    code, out, _ = run("exercises", "list", "--json")
    listed = {e["id"]: e for e in json.loads(out)["exercises"]}
    assert code == 0 and listed["my-own-twist"]["origin"] == "custom"
    assert listed["my-own-twist"]["file"] == str((mine / "my-own-twist.toml").resolve())


@pytest.mark.parametrize("command", [("stats",), ("exercises", "list"), ("config", "show")])
def test_a_settings_file_nested_a_thousand_deep_is_one_sentence(
    app_home: Path, command: tuple[str, ...]
) -> None:
    paths = AppPaths.from_environment()
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text("a = " + "[" * 1000 + "]" * 1000 + "\n")
    code, _, err = run(*command)
    assert code in (0, 1) and "Traceback" not in err and "RecursionError" not in err
    assert len(err.splitlines()) <= 1, err


def test_exercises_validate_of_a_deep_file_is_one_sentence(tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 1000 + "]" * 1000)
    code, out, err = run("exercises", "validate", str(deep))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"{deep}: expected tables and lists nested at most 20 deep, found deeper nesting",
        "1 problem(s) in 1 file(s)",
    ]
