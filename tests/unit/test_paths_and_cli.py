"""The command line outside the GUI: paths, no display, no instance, and a Qt-free core."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from postureapp.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "postureapp", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


@pytest.fixture
def bare_env(app_home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["POSTUREAPP_HOME"] = str(app_home)
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_postureapp_home_puts_every_folder_under_one_root(tmp_path: Path) -> None:
    paths = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path)})
    for folder in (
        paths.config_dir,
        paths.data_dir,
        paths.state_dir,
        paths.log_dir,
        paths.runtime_dir,
    ):
        assert folder.is_relative_to(tmp_path)
    assert not any(tmp_path.iterdir()), "nothing is created before ensure()"
    paths.ensure()
    assert oct(paths.runtime_dir.stat().st_mode & 0o777) == "0o700"


def test_without_postureapp_home_platformdirs_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.from_environment({})
    assert "postureapp" in str(paths.config_dir) and "postureapp" in str(paths.data_dir)


def test_a_deep_home_still_gets_a_socket_path_that_fits(tmp_path: Path) -> None:
    deep = tmp_path / ("x" * 120)
    paths = AppPaths.from_environment({"POSTUREAPP_HOME": str(deep)})
    assert len(os.fsencode(paths.socket_path)) <= 104
    again = AppPaths.from_environment({"POSTUREAPP_HOME": str(deep)})
    assert again.socket_path == paths.socket_path


def test_no_display_exits_2_with_one_line(bare_env: dict[str, str]) -> None:
    result = run_cli(env=bare_env)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "no display found" in result.stderr


def test_status_without_an_instance_says_so_and_exits_1(bare_env: dict[str, str]) -> None:
    result = run_cli("status", "--json", env=bare_env)
    assert result.returncode == 1
    assert json.loads(result.stdout) == {"running": False}
    assert "not running" in result.stderr
    for command in (["break-now"], ["pause", "30m"], ["resume"], ["quit"]):
        result = run_cli(*command, env=bare_env)
        assert result.returncode == 1, command
        assert "postureapp is not running" in result.stderr


def test_a_bad_pause_duration_is_a_usage_error(bare_env: dict[str, str]) -> None:
    result = run_cli("pause", "lunch", env=bare_env)
    assert result.returncode == 2 and "expected 30m, 1h" in result.stderr


def test_version_and_help_need_no_display(bare_env: dict[str, str]) -> None:
    version = run_cli("--version", env=bare_env)
    assert version.returncode == 0 and version.stdout.startswith("postureapp ")
    helptext = run_cli("--help", env=bare_env)
    assert helptext.returncode == 0
    for command in ("status", "break-now", "pause", "resume", "quit"):
        assert command in helptext.stdout


def test_the_core_and_the_command_line_do_not_load_qt(bare_env: dict[str, str]) -> None:
    code = (
        "import sys, postureapp.core.plan, postureapp.core.protocol, postureapp.core.settings, "
        "postureapp.core.history, postureapp.core.exercises, postureapp.core.stats, postureapp.cli\n"
        "postureapp.cli.build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=bare_env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
