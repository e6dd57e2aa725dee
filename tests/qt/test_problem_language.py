"""The problems the exercise editor and a pack import show are in the user's language: German
words under the fields while one types, German lines in "Not imported"; English stays English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.core.exercises import Library, load_library
from postureapp.paths import assets_dir
from postureapp.ui import language
from postureapp.ui.exercises_window import ExercisesWindow


def library(folder: Path) -> Library:
    return load_library(assets_dir() / "exercises", assets_dir() / "illustrations", folder)


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    assert language.install(app, ["de_DE", "de"]) == "de"
    yield
    language.remove(app)


def window(qtbot: QtBot, folder: Path) -> ExercisesWindow:
    folder.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(datetime(2025, 3, 4, 9, 30).astimezone())
    shown = ExercisesWindow(library(folder), folder, clock)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_editor_says_what_is_wrong_in_german(
    german: None, qtbot: QtBot, tmp_path: Path
) -> None:
    editor = window(qtbot, tmp_path / "exercises").new_exercise()
    editor.form.title.setText("Ä" * 60)
    editor.form.summary.setText("Öffnet die Brust.")
    editor.check_now()
    title = editor.form.problems["title"]
    assert title.isVisible()
    assert title.text() == "⚠ erwartet Text mit 1 bis 40 Zeichen, gefunden 60 Zeichen"
    editor.step_editor.seconds.setValue(editor.step_editor.seconds.minimum())
    editor.save_button.click()
    shown = [
        label.text()
        for label in [*editor.form.problems.values(), *editor.step_editor.problems.values()]
        if label.isVisible()
    ]
    assert len(shown) >= 4, shown
    for text in shown:
        assert "expected" not in text and "found" not in text, text
        assert "erwartet" in text, text


@pytest.fixture
def german_locale() -> Iterator[None]:
    """QLocale as a German session's LANG makes it in the app."""
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def test_the_editor_names_choices_as_it_shows_them(
    german: None, german_locale: None, qtbot: QtBot, tmp_path: Path
) -> None:
    """Not 'side-bend, neck' and "long", as a file holds them: the labels the user picks."""
    editor = window(qtbot, tmp_path / "exercises").new_exercise()
    editor.form.position.setCurrentIndex(editor.form.position.findData("floor"))
    editor.save_button.click()
    movement = editor.form.problems["movement"].text()
    labels = [editor.form.movement.itemText(n) for n in range(1, editor.form.movement.count())]
    assert labels[3] == "Zur Seite neigen", labels
    assert movement == f"⚠ erwartet eines von {', '.join(labels)}, gefunden nichts ausgewählt"
    suits = editor.form.problems["suits"].text()
    assert '"Lange Pausen"' in suits and "gefunden Kurze Pausen" in suits, suits
    assert "long" not in suits and "side-bend" not in movement
    assert " und " in editor.status.text().splitlines()[0]  # a list as German writes it


def test_the_editor_stays_english_for_english_users(qtbot: QtBot, tmp_path: Path) -> None:
    editor = window(qtbot, tmp_path / "exercises").new_exercise()
    editor.form.title.setText("A" * 60)
    editor.check_now()
    text = editor.form.problems["title"].text()
    assert text == "⚠ expected text of 1 to 40 characters, found 60 characters"


def test_a_broken_pack_is_refused_in_german(german: None, qtbot: QtBot, tmp_path: Path) -> None:
    shown = window(qtbot, tmp_path / "exercises")
    bad = tmp_path / "bad.exercises.zip"
    bad.write_bytes(b"not a zip at all")
    told: list[tuple[str, str]] = []
    shown.tell = lambda title, text: told.append((title, text))
    assert shown.import_from(bad) == 0
    title, text = told[0]
    assert title == QCoreApplication.translate("packs", "Not imported") != "Not imported"
    assert "erwartet ein Paket (eine ZIP-Datei), gefunden keine ZIP-Datei" in text
    assert "expected" not in text and "a pack (a zip file)" not in text


def test_a_skipped_exercise_is_told_in_german(german: None, qtbot: QtBot, tmp_path: Path) -> None:
    from postureapp.runtime.exercise_keeper import ExerciseKeeper
    from postureapp.runtime.messages import Messages

    folder = tmp_path / "exercises"
    folder.mkdir()
    (folder / "loud.toml").write_text('id = "loud"\ntitle = "' + "x" * 60 + '"\n', "utf-8")
    messages = Messages()
    keeper = ExerciseKeeper(library, folder, messages)
    assert "loud" not in keeper.library.exercises
    told = "\n".join(messages.queued)
    assert told.startswith("Übung übersprungen: "), told
    assert f"{folder / 'loud.toml'}:2: title: erwartet Text mit 1 bis 40 Zeichen" in told, told
    assert "expected" not in told and "found" not in told, told
