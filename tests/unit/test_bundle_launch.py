"""A bundle starts itself at login and from the menu: its windowed executable, not a console twin."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from postureapp.platform.autostart import base, launch_command


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "postureapp"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    # Another install on PATH must not win over the bundle the user is running.
    monkeypatch.setattr(base.shutil, "which", lambda name: "/usr/local/bin/postureapp")
    return folder


def test_a_bundle_launches_its_own_executable(
    bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(bundle / "postureapp"))
    assert launch_command() == [str(bundle / "postureapp")]


def test_the_console_twin_launches_the_windowed_executable_beside_it(
    bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (bundle / "postureapp.exe").write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(bundle / "postureapp-cli.exe"))
    assert launch_command() == [str(bundle / "postureapp.exe")]


def test_a_twin_alone_launches_itself(bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", str(bundle / "postureapp-cli.exe"))
    assert launch_command() == [str(bundle / "postureapp-cli.exe")]
