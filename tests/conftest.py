"""Every test runs with its own POSTUREAPP_HOME and XDG config folder: the real user's files
are never touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from coverage_gate import pytest_runtestloop  # noqa: F401  (the coverage floor, with --cov)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("POSTUREAPP_HOME", str(home))
    # Start-at-login entries follow the setting: never the real user's, whatever a test does.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return home
