"""The running app keeps the login entry in step with behaviour.start_at_login."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_app

from postureapp.paths import AppPaths

paths = test_app.paths  # the composed app's fixtures, shared
make_app = test_app.make_app


def test_a_change_in_the_settings_file_switches_the_login_entry(
    make_app, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.platform", "linux")
    entry = tmp_path / "xdg-config" / "autostart" / "postureapp.desktop"
    app = make_app()
    paths.settings_file.write_text("[behaviour]\nstart_at_login = true\n")
    app.settings.reload()  # what the file watcher calls
    assert app.controller.settings.start_at_login and entry.exists()
    paths.settings_file.write_text("[behaviour]\nstart_at_login = false\n")
    app.settings.reload()
    assert not entry.exists()
