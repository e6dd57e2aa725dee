"""Files the user owns: written whole or not at all, a bad one kept aside under a free name, and
made owner-only without following a link, blocking on a pipe or taking someone else's file."""

from __future__ import annotations

import errno
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from postureapp.core import files
from postureapp.core.files import (
    PRIVATE_FILE,
    PRIVATE_FOLDER,
    atomic_write_bytes,
    atomic_write_text,
    free_name,
    private_file,
    set_aside,
)

NOW = datetime(2025, 3, 4, 9, 5, 7)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_write_makes_the_missing_folders_and_writes_every_byte(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "notes.txt"
    atomic_write_text(target, "Grüße\n")
    assert target.read_bytes() == "Grüße\n".encode()
    atomic_write_bytes(target, b"again")
    assert target.read_bytes() == b"again"
    assert sorted(p.name for p in target.parent.iterdir()) == ["notes.txt"]


def test_the_data_is_on_disk_in_a_hidden_file_beside_the_target_before_it_replaces_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.txt"
    target.write_bytes(b"old")
    seen: list[tuple[list[str], bytes, bytes]] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        names = sorted(p.name for p in tmp_path.iterdir() if p.name != "notes.txt")
        on_disk = (tmp_path / names[0]).read_bytes() if names else b""
        seen.append((names, on_disk, target.read_bytes()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    atomic_write_bytes(target, b"new data")
    [(names, on_disk, old)] = seen
    [name] = names
    assert name.startswith(".notes.txt.") and name.endswith(".tmp")
    assert on_disk == b"new data", "flushed before it is synced"
    assert old == b"old", "the file is replaced only once the new one is whole"
    assert target.read_bytes() == b"new data"


def test_a_failed_replace_leaves_the_old_file_and_names_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.txt"
    target.write_bytes(b"old")

    def refuse(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError) as caught:
        atomic_write_bytes(target, b"new")
    assert (caught.value.errno, caught.value.strerror) == (errno.ENOSPC, "No space left on device")
    assert (caught.value.filename, caught.value.filename2) == (str(target), None)
    assert isinstance(caught.value.__cause__, OSError)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    assert target.read_bytes() == b"old"


def test_an_error_without_a_number_is_passed_on_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failure = OSError("disk on fire")

    def refuse(src: str, dst: str) -> None:
        raise failure

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError) as caught:
        atomic_write_bytes(tmp_path / "notes.txt", b"new")
    assert caught.value is failure
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_write_leaves_no_temp_file_and_is_not_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(tmp_path / "notes.txt", b"new")
    assert list(tmp_path.iterdir()) == []


def test_a_temp_file_already_gone_does_not_hide_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def vanish(src: str, dst: str) -> None:
        os.unlink(src)
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", vanish)
    with pytest.raises(OSError) as caught:
        atomic_write_bytes(tmp_path / "notes.txt", b"new")
    assert (caught.value.errno, caught.value.filename) == (errno.EIO, str(tmp_path / "notes.txt"))


def test_a_folder_where_no_temp_file_can_be_made_is_named_as_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(**_: object) -> tuple[int, str]:
        raise OSError(errno.EACCES, "Permission denied", str(tmp_path / ".x.tmp"))

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(OSError) as caught:
        atomic_write_bytes(tmp_path / "notes.txt", b"new")
    assert (caught.value.errno, caught.value.strerror) == (errno.EACCES, "Permission denied")
    assert caught.value.filename == str(tmp_path / "notes.txt")


def test_a_bad_file_is_kept_aside_under_a_name_with_the_time_never_over_another(
    tmp_path: Path,
) -> None:
    bad = tmp_path / "settings.toml"
    for n, expected in enumerate(["", "-2", "-3"]):
        bad.write_text(f"bad {n}")
        aside = set_aside(bad, "bad", NOW)
        assert aside == tmp_path / f"settings.toml.bad-20250304-090507{expected}"
        assert aside.read_text() == f"bad {n}" and not bad.exists()
    assert free_name(tmp_path / "other") == tmp_path / "other"


def test_a_file_is_made_owner_only_and_created_when_asked(tmp_path: Path) -> None:
    assert (PRIVATE_FILE, PRIVATE_FOLDER) == (0o600, 0o700)
    old = os.umask(0)
    try:
        fresh = tmp_path / "fresh.log"
        private_file(fresh)
        assert fresh.read_bytes() == b"" and mode(fresh) == 0o600
        loose = tmp_path / "loose.log"
        loose.write_text("kept")
        loose.chmod(0o644)
        private_file(loose)
        assert mode(loose) == 0o600 and loose.read_text() == "kept", "not truncated"
        open_to_me = tmp_path / "mine.log"
        open_to_me.write_text("x")
        open_to_me.chmod(0o400)
        private_file(open_to_me, create=False)
        assert mode(open_to_me) == 0o600
    finally:
        os.umask(old)
    private_file(tmp_path / "absent.log", create=False)
    assert not (tmp_path / "absent.log").exists()


def test_a_link_a_folder_or_a_pipe_is_left_alone(tmp_path: Path) -> None:
    real = tmp_path / "real.log"
    real.write_text("x")
    real.chmod(0o644)
    link = tmp_path / "link.log"
    link.symlink_to(real)
    private_file(link)
    assert mode(real) == 0o644, "a link is not followed"
    folder = tmp_path / "folder"
    folder.mkdir(mode=0o755)
    private_file(folder)
    assert mode(folder) == 0o755
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe, 0o644)
    private_file(pipe)  # with nobody reading, it must not wait for a reader
    assert mode(pipe) == 0o644


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to act as another user"
)
def test_someone_elses_file_is_left_alone(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs.log"
    theirs.write_text("x")
    theirs.chmod(0o644)
    os.chown(theirs, 65534, 65534)
    private_file(theirs)
    assert mode(theirs) == 0o644
