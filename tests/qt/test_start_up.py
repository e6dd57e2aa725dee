"""Start fully or stop clearly: what cannot be used makes the app run degraded and say so, or
stop with one sentence; never the half-started app that answers every command "still starting"."""

from __future__ import annotations

import pytest
import test_app
from test_app import message_boxes

from postureapp import app as app_module
from postureapp import launcher
from postureapp.core.protocol import Request
from postureapp.core.terms import Outcome
from postureapp.paths import AppPaths

paths = test_app.paths  # the composed app's fixtures, shared
make_app = test_app.make_app


def test_a_log_that_cannot_be_opened_leaves_the_app_running_and_saying_so(
    make_app, paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    """A folder named breaks.sqlite3 left the app half-started, answering "still starting"."""
    paths.database_file.mkdir()
    app = make_app()
    (told,) = [t for t in message_boxes(app) if "break log" in t]
    assert told.startswith(f"The break log {paths.database_file} cannot be opened (")
    assert "Breaks still run" in told
    reply = app.commands.handle(Request("status"))
    assert "next_break_at" in reply and reply["breaks_logged"] == 0
    assert app.controller.take_break()
    app.clock.advance(app.controller.active.session.total_seconds)  # type: ignore[union-attr]
    app.controller.check_break()
    assert '"outcome": "completed"' in (paths.data_dir / "breaks.sqlite3.journal.json").read_text()
    paths.database_file.rmdir()  # the user moves the folder away: the journal goes in
    assert app.breaks.flush()
    assert [row.outcome for row in app.breaks.rows()] == [Outcome.COMPLETED]


def test_a_settings_file_nested_a_thousand_deep_is_kept_aside_and_the_app_runs(
    make_app, paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    paths.settings_file.write_text("a = " + "[" * 1000 + "]" * 1000 + "\n")
    app = make_app()
    assert list(paths.config_dir.glob("settings.toml.bad-*"))
    assert any("nested at most 20 deep" in text for text in message_boxes(app))
    assert "next_break_at" in app.commands.handle(Request("status"))


def test_a_custom_exercise_nested_a_thousand_deep_is_skipped_and_the_app_runs(
    make_app, paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    paths.custom_exercises_dir.mkdir(parents=True)
    (paths.custom_exercises_dir / "deep.toml").write_text("a = " + "[" * 1000 + "]" * 1000)
    app = make_app()
    assert any("deep.toml" in t and "nested at most 20" in t for t in message_boxes(app))
    assert "next_break_at" in app.commands.handle(Request("status"))


def test_a_start_that_fails_stops_with_one_sentence_and_frees_the_socket(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    def broken(self: app_module.PostureApp) -> None:
        raise PermissionError(13, "Permission denied", str(paths.state_dir / "safety.json"))

    monkeypatch.setattr(app_module.PostureApp, "build", broken)
    from postureapp.runtime import errors

    monkeypatch.setattr(launcher, "setup_logging", lambda *args: None)
    monkeypatch.setattr(errors, "install", lambda *args: None)  # keep pytest-qt's own hooks
    assert launcher.launch(paths) == 1
    err = capsys.readouterr().err
    assert err == (
        f"postureapp could not start ({paths.state_dir / 'safety.json'}: permission denied); "
        f"fix or move it away and start postureapp again. The details are in {paths.log_file}.\n"
    )
    from postureapp.platform.ipc.client import is_alive

    assert not is_alive(paths.socket_path), "no instance is left holding the socket"
