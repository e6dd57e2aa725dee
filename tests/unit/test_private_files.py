"""Owner-only by construction, and one sentence (not a traceback) when a folder is in the way."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from datetime import datetime
from pathlib import Path

import pytest

from postureapp import cli
from postureapp.core.files import private_file
from postureapp.core.history import BreakLog
from postureapp.core.settings import Settings, save
from postureapp.logsetup import setup_logging
from postureapp.paths import AppPaths, PathsError, private_folder

ROOT = Path(__file__).resolve().parents[2]
OTHER_USER = 65534  # nobody
as_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to act as another user"
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def run_main(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def wide_umask():  # type: ignore[no-untyped-def]
    old = os.umask(0)
    yield
    os.umask(old)


def test_everything_the_app_writes_is_owner_only_whatever_the_umask(
    app_home: Path, wide_umask: None
) -> None:
    """The log, check-ins, state and log file were created 0755/0644: readable by every user."""
    paths = AppPaths.from_environment()
    paths.ensure()
    now = datetime.now().astimezone()
    with BreakLog.open(paths.database_file, now=now)[0] as log:
        log.add_checkin(at=now, feeling="worse", stiffness=8, note="private")
        assert mode(Path(f"{paths.database_file}-wal")) == 0o600
    save(paths.settings_file, Settings.defaults())
    setup_logging(paths)
    import logging

    logging.getLogger("test").warning("a line")
    for handler in logging.getLogger().handlers[:]:
        if getattr(handler, "baseFilename", None) == str(paths.log_file):
            logging.getLogger().removeHandler(handler)
            handler.close()
    seen = {}
    for folder, _dirs, files in os.walk(app_home):
        seen[folder] = mode(Path(folder))
        for name in files:
            seen[os.path.join(folder, name)] = mode(Path(folder, name))
    assert str(paths.database_file) in seen and str(paths.log_file) in seen
    loose = {p: oct(m) for p, m in seen.items() if m & 0o077}
    assert loose == {}, "readable by others"
    assert mode(paths.data_dir) == 0o700 and mode(paths.database_file) == 0o600


def test_a_new_file_is_owner_only_from_the_moment_it_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made with mode 0600, not made open and then narrowed: no moment when others could open it."""
    narrowed: list[int] = []
    monkeypatch.setattr(os, "fchmod", lambda fd, mode: narrowed.append(mode))
    old = os.umask(0o022)
    try:
        private_file(tmp_path / "new.log")
    finally:
        os.umask(old)
    assert mode(tmp_path / "new.log") == 0o600
    assert narrowed == []


def test_an_existing_install_is_made_private_on_start(app_home: Path) -> None:
    paths = AppPaths.from_environment()
    for folder in (paths.config_dir, paths.data_dir, paths.state_dir, paths.log_dir):
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    for file in (paths.database_file, paths.state_file, paths.log_file, paths.settings_file):
        file.write_text("x")
        file.chmod(0o644)
    (paths.data_dir / "breaks.sqlite3.backup-v1-20260101-090000").write_text("old")
    paths.ensure()
    for folder in (paths.config_dir, paths.data_dir, paths.state_dir, paths.log_dir):
        assert mode(folder) == 0o700
    for file in paths.data_dir.iterdir():
        assert mode(file) == 0o600, file
    assert mode(paths.state_file) == mode(paths.log_file) == mode(paths.settings_file) == 0o600


def test_a_file_where_the_data_folder_should_be_is_one_sentence(app_home: Path) -> None:
    """It was FileExistsError with a traceback from paths.ensure()."""
    app_home.mkdir(parents=True)
    (app_home / "data").write_text("not a folder")
    paths = AppPaths.from_environment()
    with pytest.raises(PathsError) as caught:
        paths.ensure()
    assert str(caught.value) == (
        f"{paths.data_dir} cannot be created because {paths.data_dir} is a file, not a folder; "
        "move that file away (or set POSTUREAPP_HOME to use another folder)"
    )
    code, _, err = run_main("config", "set", "breaks.short_interval_minutes", "45")
    assert code == 1 and "Traceback" not in err
    assert err.startswith(f"postureapp config: {paths.data_dir} cannot be created because")


def test_the_app_will_not_start_half_way_over_a_file_in_the_way(app_home: Path) -> None:
    app_home.mkdir(parents=True)
    (app_home / "state").write_text("not a folder")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "postureapp"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line == (
        f"postureapp: {app_home / 'state'} cannot be created because {app_home / 'state'} is a "
        "file, not a folder; move that file away (or set POSTUREAPP_HOME to use another folder)"
    )


def test_without_xdg_runtime_dir_every_command_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With XDG_RUNTIME_DIR unset and /tmp/runtime-<uid> made by someone else, platformdirs
    refuses the runtime folder, and every command, even `config path`, died with a traceback."""
    import platformdirs

    def refused(self: object) -> str:
        raise PermissionError("/tmp/runtime-1000 is owned by uid 1001, not 1000")

    monkeypatch.setattr(platformdirs.PlatformDirs, "user_runtime_dir", property(refused))
    monkeypatch.delenv("POSTUREAPP_HOME")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    code, out, err = run_main("config", "path")
    assert (code, err) == (0, "")
    assert out.strip() == str(tmp_path / ".config" / "postureapp" / "settings.toml")
    paths = AppPaths.from_environment()
    assert paths.runtime_dir == tmp_path / ".local" / "state" / "postureapp" / "run"
    code, _, err = run_main("status")
    assert code == 1 and err.strip() == "postureapp is not running (start it with: postureapp)"


def test_an_xdg_runtime_dir_of_someone_else_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After `su`, XDG_RUNTIME_DIR still names the first user's folder."""
    other = tmp_path / "run-user-1000"
    other.mkdir()
    monkeypatch.delenv("POSTUREAPP_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(other))
    assert AppPaths.from_environment().runtime_dir == other / "postureapp"
    if os.geteuid() == 0:
        os.chown(other, OTHER_USER, OTHER_USER)
        assert AppPaths.from_environment().runtime_dir.is_relative_to(tmp_path / "home")


def test_the_socket_folder_is_made_0700(tmp_path: Path) -> None:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    private_folder(folder)
    assert mode(folder) == 0o700


@as_root
def test_a_socket_folder_planted_as_a_symlink_by_someone_else_is_refused(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    theirs.chmod(0o777)
    os.chown(theirs, OTHER_USER, OTHER_USER)
    planted = tmp_path / "run"
    planted.symlink_to(theirs)
    os.lchown(planted, OTHER_USER, OTHER_USER)
    with pytest.raises(PathsError, match=f"{planted} is a link made by user {OTHER_USER}"):
        private_folder(planted)
    planted.unlink()
    planted.symlink_to(theirs)  # a link of the user's own, to someone else's folder
    with pytest.raises(PathsError, match=f"{planted} belongs to user {OTHER_USER}, not to you"):
        private_folder(planted)
    assert stat.S_IMODE(theirs.stat().st_mode) == 0o777, "never changed through the link"


@as_root
def test_the_long_path_fallback_is_a_private_folder_nobody_else_can_take(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was a predictable socket name in /tmp: another user could make it first."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir(mode=0o1777)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    paths = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / ("x" * 120))})
    first = paths.socket_path
    assert first.parent.parent == tmp_path / "tmp" and first.name == "s"
    first.parent.mkdir()
    os.chown(first.parent, OTHER_USER, OTHER_USER)  # someone else got there first
    second = paths.socket_path
    assert second != first and second.parent.name == first.parent.name + "-2"
    private_folder(second.parent)
    assert mode(second.parent) == 0o700
    assert paths.socket_path == second, "the app and every command agree on it"


@as_root
def test_commands_are_not_sent_through_a_socket_folder_someone_else_made(
    app_home: Path,
) -> None:
    """Another user who made the folder first would receive the commands and answer them."""
    import socket

    paths = AppPaths.from_environment()
    paths.runtime_dir.mkdir(parents=True)
    fake = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    fake.bind(str(paths.socket_path))
    fake.listen(1)
    try:
        os.chown(paths.runtime_dir, OTHER_USER, OTHER_USER)
        code, out, err = run_main("status", "--json")
        assert code == 1
        assert f"{paths.runtime_dir} belongs to user {OTHER_USER}, not to you" in err
        assert "commands are not sent through it" in err and '"running": null' in out
        fake.settimeout(0.2)
        with pytest.raises(TimeoutError):
            fake.accept()  # nothing ever connected
        code, _, err = run_main("pause", "1h")
        assert code == 1 and "not to you" in err
    finally:
        fake.close()
