"""Settings → Camera in the composed app, as a new user meets it: without the camera extra it
says why and how to install it, the switch cannot be turned on, and nothing of the camera is
loaded; the tab explains what is read and kept before anything is switched on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QTabWidget

from postureapp.platform import camera
from tests.qt import test_app

#: The composed app's fixtures (tests/qt/test_app.py).
make_app, paths = test_app.make_app, test_app.paths


def camera_tab(app):  # type: ignore[no-untyped-def]
    app.actions.settings.trigger()
    dialog = app.windows.get("settings")
    tabs = dialog.findChild(QTabWidget)
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    tabs.setCurrentIndex(titles.index("Camera"))
    return dialog


def test_without_the_extra_the_tab_says_why_and_the_switch_stays_off(  # type: ignore[no-untyped-def]
    make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    why = "The camera extra is not installed. Install it with: pip install 'postureapp[camera]'"
    monkeypatch.setattr(camera, "unavailable", lambda: why)
    app = make_app()
    dialog = camera_tab(app)
    problem = dialog.findChild(QLabel, "posture_problem")
    assert problem.isVisible() and problem.text() == why
    switch = dialog.findChild(QCheckBox, "camera.posture_sensing")
    assert not switch.isEnabled() and not switch.isChecked()
    assert not dialog.findChild(QLabel, "posture_state").isVisible(), "no 'switch it on below'"
    explanation = dialog.findChild(QLabel, "posture_state").parent().explanation.text()
    assert "no picture is ever kept or sent" in explanation
    assert not dialog.findChild(QLabel, "camera_in_use").isVisible()
    assert app.sensing.watch is None  # and nothing loaded: tests/unit/test_startup_imports.py


def test_with_the_extra_the_switch_turns_sensing_on_and_off(  # type: ignore[no-untyped-def]
    make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(camera, "unavailable", lambda: None)
    app = make_app()
    app.sensing._model = lambda: None  # never loaded: no reading is taken in this test
    dialog = camera_tab(app)
    switch = dialog.findChild(QCheckBox, "camera.posture_sensing")
    assert switch.isEnabled()
    switch.click()
    dialog.apply()
    assert app.sensing.watch is not None and app.controller.posture is app.sensing.watch
    assert dialog.findChild(QLabel, "posture_state").text().startswith("Not calibrated yet")
    switch.click()
    dialog.apply()
    assert app.sensing.watch is None and app.controller.posture is None
    assert dialog.findChild(QLabel, "posture_state").text().startswith("Switch posture sensing on")


def test_a_computer_without_a_camera_is_told_plainly(  # type: ignore[no-untyped-def]
    make_app, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    from postureapp.platform.camera import frames

    class NoCamera:
        settle_s = 0.0

        def start(self, sink: object) -> None:
            raise frames.NoSource("No camera was found.")

        def stop(self) -> None:
            pass

    monkeypatch.setattr(camera, "unavailable", lambda: None)
    monkeypatch.setattr(frames, "CameraSource", NoCamera)
    app = make_app()
    app.sensing._model = lambda: None
    dialog = camera_tab(app)
    dialog.findChild(QCheckBox, "camera.posture_sensing").click()
    dialog.apply()
    app.sensing.watch.read_now()
    state = dialog.findChild(QLabel, "posture_state")
    qtbot.waitUntil(lambda: "No camera was found." in state.text(), timeout=5000)
    assert state.text() == "The camera could not be read: No camera was found."
    app.sensing.stop()  # as quitting does: the model thread ends
    assert app.sensing.sensor is None


def test_the_history_shows_time_upright_over_the_range_only_with_posture_figures(
    qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from postureapp.core.history import BreakLog, Outcome, PostureDay
    from tests.qt.test_history_window import NOW, add, open_window

    log, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=NOW)
    add(log, 0, Outcome.COMPLETED, ("chin-tuck",))
    window = open_window(qtbot, log)
    upright = window.cards.upright_card
    assert not upright.isVisible(), "no posture sensing, no card"
    today = NOW.date()
    log.record_posture_day(PostureDay(today, 1800, 600, 120, 4))
    log.record_posture_day(PostureDay(today - timedelta(days=3), 600, 600, 60, 0))
    log.record_posture_day(PostureDay(today - timedelta(days=60), 0, 9600, 400, 0))
    window.refresh()
    assert window.range.presets.currentText() == "Last 30 days"
    assert upright.isVisible()
    assert upright.value.text() == "67%"  # 2400 of 3600 seconds seen; 60 days ago is outside
    assert upright.detail.text() == "of the time the camera saw you in this range"
    window.range.presets.setFocus()
    QTest.keyClick(window.range.presets, Qt.Key.Key_Down)  # Last 30 days -> Last 3 months
    assert window.range.presets.currentText() == "Last 3 months"
    assert upright.value.text() == "18%", "the slouched day 60 days ago now counts: 2400 of 13200"
    log.close()


def test_without_a_tray_the_status_window_shows_the_camera_sign(  # type: ignore[no-untyped-def]
    make_app, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    """The offscreen platform has no tray: the status window stands in for the icon, so it is
    where the red dot must show while a reading has the camera on."""
    monkeypatch.setattr(camera, "unavailable", lambda: None)
    app = make_app()
    app.sensing._model = lambda: None
    window = app.status_window
    qtbot.waitUntil(window.isVisible, timeout=5000)  # standing in for the missing tray
    plain = window.windowIcon().pixmap(32, 32).toImage()
    dialog = camera_tab(app)
    dialog.findChild(QCheckBox, "camera.posture_sensing").click()
    dialog.apply()
    app.sensing.sensor.active.emit(True)  # as the sensor does while it takes a picture
    assert window.camera_sign.isVisible() and window.camera_sign.text() == "● The camera is on"
    assert window.windowIcon().pixmap(32, 32).toImage() != plain, "the red dot on its icon"
    app.sensing.sensor.active.emit(False)
    assert not window.camera_sign.isVisible()
    assert window.windowIcon().pixmap(32, 32).toImage() == plain
    app.sensing.sensor.active.emit(True)
    app.sensing.stop()  # switching off releases the camera: the sign goes
    assert not window.camera_sign.isVisible()
