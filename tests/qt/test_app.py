"""The composed app, offscreen: settings, damaged files and safety, as a user meets them."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QSpinBox
from pytestqt.qtbot import QtBot

from postureapp import app as app_module
from postureapp.core.clock import FakeClock
from postureapp.core.history import Outcome
from postureapp.paths import AppPaths


@pytest.fixture
def paths(app_home: Path) -> AppPaths:
    paths = AppPaths.from_environment()
    paths.ensure()
    return paths


@pytest.fixture
def make_app(qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Builds and starts the real app on a fake clock set to now (so real timers stay far off)."""
    built: list[app_module.PostureApp] = []

    def make(*, welcome_seen: bool = True) -> app_module.PostureApp:
        if welcome_seen:
            (paths.state_dir / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        clock = FakeClock(datetime.now().astimezone())
        app = app_module.PostureApp(qapp, paths, clock, idle=lambda: None, tray_wait_ms=0)
        assert app.claim()
        app.build()
        app.start()
        built.append(app)
        return app

    yield make
    for app in built:
        app.controller.stop()
        app.server.close()
        app.breaks.close()
        app.status_window.close()
        for box in list(app.message_boxes):
            box.close()


def message_boxes(app: app_module.PostureApp) -> list[str]:
    return [box.text() for box in app.message_boxes]


def test_the_dialog_moves_the_next_break_and_cancel_restores_it(make_app, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    start = app.controller.state.interval_start
    assert app.controller.next_break().at == start + timedelta(minutes=30)
    app.actions.settings.trigger()
    dialog = app.windows.get("settings")
    assert dialog is not None and dialog.isVisible()
    box = dialog.editor("breaks.short_interval_minutes")
    assert isinstance(box, QSpinBox)
    for _ in range(5):
        QTest.keyClick(box, Qt.Key.Key_Up)
    assert app.controller.next_break().at == start + timedelta(minutes=35), "applied at once"
    assert "short_interval_minutes = 35" in paths.settings_file.read_text(), "and saved"
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert app.controller.next_break().at == start + timedelta(minutes=30)
    assert "short_interval_minutes = 30" in paths.settings_file.read_text()


def test_a_corrupt_settings_file_is_kept_reported_and_defaults_are_used(
    make_app, paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    paths.settings_file.write_text("[breaks]\nshort_interval_minutes = = 12\n")
    app = make_app()
    kept = list(paths.config_dir.glob("settings.toml.bad-*"))
    assert len(kept) == 1 and "= = 12" in kept[0].read_text(), "the user's file is kept aside"
    text = "\n".join(message_boxes(app))
    assert "settings.toml:2: is not valid TOML" in text, "told precisely, with the line"
    assert kept[0].name in text and text.count(kept[0].name) == 1, "told once where it went"
    assert app.controller.settings.short_interval_minutes == 30


def test_an_out_of_range_value_falls_back_for_that_key_only(make_app, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    paths.settings_file.write_text(
        "schema_version = 1\n[breaks]\nshort_interval_minutes = 500\nsnooze_minutes = 7\n"
    )
    app = make_app()
    assert app.controller.settings.short_interval_minutes == 30
    assert app.controller.settings.snooze_minutes == 7
    assert any("5 to 180" in text for text in message_boxes(app))


def test_a_corrupt_database_is_kept_and_the_app_runs(make_app, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    paths.database_file.write_bytes(b"this is not a database, it is a shopping list" * 100)
    app = make_app()
    kept = list(paths.data_dir.glob("breaks.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    assert any(str(kept[0]) in text for text in message_boxes(app))
    assert app.controller.take_break()
    app.clock.advance(app.controller.active.session.total_seconds)  # type: ignore[union-attr]
    app.controller.check_break()
    assert [row.outcome for row in app.breaks.rows()] == [Outcome.COMPLETED]


def test_first_start_shows_the_welcome_once(make_app, paths: AppPaths, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    app = make_app(welcome_seen=False)
    welcome = app.safety_windows.dialog("welcome")
    assert welcome is not None and welcome.isVisible()
    with qtbot.waitSignal(welcome.acknowledged):
        QTest.keyClick(welcome, Qt.Key.Key_Return)
    assert '"welcome_shown": true' in (paths.state_dir / "safety.json").read_text()


def test_a_completed_break_brings_one_check_in_and_a_warning_pauses_exercises(
    make_app, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    assert app.controller.take_break()
    app.clock.advance(app.controller.active.session.total_seconds)  # type: ignore[union-attr]
    app.controller.check_break()  # the break ran to its end
    popup = app.safety_windows.dialog("checkin")
    assert popup is not None and popup.isVisible(), "asked after the first completed break"
    with qtbot.waitSignal(popup.warning_reported):
        popup.warning_button.click()  # type: ignore[attr-defined]
    assert app.controller.exercises_paused
    assert app.controller.status()["exercises_paused"] is True
    pause = app.safety_windows.dialog("pause")
    assert pause is not None and pause.isVisible()
    # While paused, a break is a plain "stand up and move" reminder.
    assert app.controller.take_break()
    assert app.controller.active is not None
    assert app.controller.active.plan.exercise_ids == ("stand-and-move",)
    app.window.done_button.click()  # type: ignore[union-attr]
    assert app.safety_windows.dialog("checkin") is popup, "no second check-in the same day"
    with qtbot.waitSignal(app.safety.exercises_paused_changed):
        app.safety.resume_exercises()
    assert not app.controller.exercises_paused
    feelings = [c.feeling for c in app.breaks.checkins()]
    assert feelings == ["warning"]


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_about_and_safety_is_in_the_tray_menu(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    assert app.tray.icon is None, "no tray host here: no icon is made"
    app.tray.create()
    assert app.tray.icon is not None
    menu_texts = [a.text().replace("&&", "&") for a in app.tray.icon.contextMenu().actions()]
    assert "About & safety…" in menu_texts
    app.actions.about.trigger()
    about = app.safety_windows.dialog("about")
    assert about is not None and about.isVisible()


def test_the_notice_offers_start_now_and_postpone(make_app, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    clock = app.clock
    app.controller.on_notice("short", 30)
    notice = app.notice
    assert notice is not None and notice.isVisible()
    assert notice.headline.text() == "A short break in 30 s"
    notice.postpone_button.click()
    row = app.breaks.rows()[0]
    assert row.outcome is Outcome.SNOOZED
    assert app.controller.next_break().at == clock.now() + timedelta(minutes=5)
    app.controller.on_notice("short", 30)
    assert app.notice is not None
    with qtbot.waitSignal(app.controller.break_started):
        app.notice.start_button.click()
    assert app.window is not None and app.controller.status()["in_break"] is True


@pytest.mark.parametrize(
    ("button", "outcome", "after"),
    [
        ("skip_button", Outcome.SKIPPED, 7),
        ("snooze_button", Outcome.SNOOZED, 4),
        ("done_button", Outcome.PARTIAL, 12),  # Done before the end: the minutes count
    ],
)
def test_clicking_skip_snooze_or_done_logs_the_outcome_and_the_seconds(  # type: ignore[no-untyped-def]
    make_app, button: str, outcome: Outcome, after: int
) -> None:
    app = make_app()
    assert app.controller.take_break()
    window = app.window
    assert window is not None
    app.clock.advance(after)
    QTest.mouseClick(getattr(window, button), Qt.MouseButton.LeftButton)
    row = app.breaks.rows()[0]
    assert (row.outcome, row.seconds_done) == (outcome, after)


def test_the_two_week_suggestion_comes_once(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    now = app.clock.now()
    for days_ago in range(16, -1, -1):
        day = now - timedelta(days=days_ago)
        app.breaks.record(
            kind="short",
            trigger="schedule",
            due_at=day,
            started_at=day,
            ended_at=day + timedelta(seconds=40),
            outcome=Outcome.COMPLETED,
            exercise_ids=("chin-tuck",),
            seconds_done=40,
        )
        if days_ago % 2 == 0:
            app.breaks.add_checkin(at=day, feeling="same", stiffness=6)
    app.safety.assess()
    suggestion = app.safety_windows.dialog("suggestion")
    assert suggestion is not None and suggestion.isVisible()
    suggestion.close()
    app.safety.assess()
    assert app.safety_windows.dialog("suggestion") is suggestion, "not shown again within a month"
    assert not suggestion.isVisible()
    assert app.safety.state.last_suggestion_at is not None


def test_this_hurts_stops_at_once_shows_the_signs_and_offers_a_pause(
    make_app, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    assert app.controller.take_break()
    app.clock.advance(9)
    QTest.mouseClick(app.window.hurt_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    row = app.breaks.rows()[0]
    assert (row.outcome, row.seconds_done) == (Outcome.STOPPED, 9)
    assert app.controller.active is None, "the break ended at once"
    hurt = app.safety_windows.dialog("hurt")
    assert hurt is not None and hurt.isVisible()
    assert "Numbness" in hurt.text.toPlainText() and "Emergency" in hurt.text.toPlainText()
    assert not app.actions.resume_exercises.isVisible()
    with qtbot.waitSignal(app.safety.exercises_paused_changed):
        hurt.pause_button.click()
    assert app.controller.exercises_paused
    assert app.actions.resume_exercises.isVisible(), "the tray menu offers to resume"
    assert app.status_window.safety_banner.isVisibleTo(app.status_window)
    app.actions.resume_exercises.trigger()
    confirm = app.safety_windows.dialog("pause")
    assert confirm is not None and not confirm.resume_button.isEnabled(), "it asks to confirm"
    confirm.confirm.setChecked(True)
    with qtbot.waitSignal(app.safety.exercises_paused_changed):
        confirm.resume_button.click()
    assert not app.controller.exercises_paused and not app.actions.resume_exercises.isVisible()


def test_this_hurts_works_in_strict_mode_too(make_app, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    paths.settings_file.write_text("[breaks]\nstrict = true\n")
    app = make_app()
    assert app.controller.take_break()
    window = app.window
    assert window is not None and not window.done_button.isVisible()
    app.clock.advance(4)
    QTest.mouseClick(window.hurt_button, Qt.MouseButton.LeftButton)
    assert app.breaks.rows()[0].outcome is Outcome.STOPPED


def test_resume_during_a_safety_pause_opens_about_and_says_so(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.safety.pause_for_hurt()
    reply = app.commands.run("resume")
    assert reply == {"resumed": False, "exercises_paused": True}
    about = app.safety_windows.dialog("about")
    assert about is not None and about.isVisible()
    assert about.paused_box.isVisibleTo(about) and about.resume_button.isEnabled()


def test_a_second_safety_pause_keeps_the_first_and_is_not_announced_again(make_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.safety.pause_for_hurt()
    began = app.safety.state.exercises_paused_since
    assert began is not None
    app.clock.advance(3 * 24 * 3600)
    with qtbot.assertNotEmitted(app.safety.exercises_paused_changed):
        app.safety.pause_for_hurt()  # "This hurts" again, from a stand-up break
    assert app.safety.state.exercises_paused_since == began, "paused since the first time"
