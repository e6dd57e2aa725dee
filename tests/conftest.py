"""Every test runs with its own POSTUREAPP_HOME, so nothing touches the real user's files."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("POSTUREAPP_HOME", str(home))
    return home
