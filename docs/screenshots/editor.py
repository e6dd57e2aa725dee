"""Show the exercise windows for screenshots, with a three-step routine of one's own in a fresh
home: the list, the editor on a posed step, the editor on a step with one's own picture, and a
new exercise being filled in.

    python docs/screenshots/editor.py list|pose|image|new|settings [--theme light|dark]

The widgets are the app's own (`postureapp open exercises` shows the same list); the routine is
written with the editor's own model and saved as the app saves it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from postureapp.core.clock import SystemClock
from postureapp.core.exercises import load_library
from postureapp.core.exercises.draft import Draft, DraftStep, check, save
from postureapp.core.pose import Pose, PoseSpec
from postureapp.paths import assets_dir
from postureapp.ui import theme

SIT = Pose.of("seated")
SQUEEZE = Pose.of("seated", {"shoulders.reach": -5, "thoracic.flex": -8})
TURN = Pose.of("seated", {"thoracic.turn": 30, "neck.turn": 20}, right_hand="chair-back")


def routine(picture: Path) -> Draft:
    return Draft(
        id="desk-reset",
        title="Desk reset",
        summary="Sit tall, draw the shoulder blades back, then turn gently.",
        areas=["upper-back", "shoulders"],
        movement="shoulder-blades",
        position="seated",
        sides="both",
        rounds=2,
        cautions=["Stay in a comfortable range; stop if you feel pain, numbness or tingling."],
        sources=["from my physiotherapist"],
        steps=[
            DraftStep(
                "Sit upright, feet flat. Breathe in.",
                5,
                "inhale",
                pose=PoseSpec("side", SIT, SQUEEZE, props=("chair",), arrow=("shoulders",)),
            ),
            DraftStep(
                "Breathing out, draw your shoulder blades back and down. Hold.",
                8,
                "exhale",
                pose=PoseSpec("three-quarter", SQUEEZE, TURN, props=("chair",)),
            ),
            DraftStep(
                "Turn as in the picture, then come back.",
                8,
                "breathe",
                image=picture,
                use_image=True,
            ),
        ],
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("window", choices=("list", "pose", "image", "new", "settings"))
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="postureapp-shot-"))
    os.environ["POSTUREAPP_HOME"] = str(home)
    folder = home / "config" / "exercises"
    app = QApplication(sys.argv[:1])
    app.setApplicationName("postureapp")
    from postureapp.ui import language

    language.install(app)  # the session's language (LANG), as the app chooses it
    theme.apply_colour_scheme(args.theme)
    exercise, problems = check(routine(assets_dir() / "icons" / "postureapp.svg"), folder)
    assert exercise is not None, problems
    save(exercise, folder)
    from postureapp.ui.exercises_window import ExercisesWindow

    library = load_library(
        assets_dir() / "exercises", assets_dir() / "illustrations", folder
    ).localized(language.content_languages())
    if args.window == "settings":
        from postureapp.core.settings import Settings
        from postureapp.ui.settings_dialog import SettingsDialog

        settings = Settings.defaults().replace(
            weights=(("desk-reset", 3), ("head-turn", 0), ("chin-tuck", 2))
        )
        titles = {key: exercise.title for key, exercise in library.exercises.items()}
        dialog = SettingsDialog(settings, exercise_titles=titles)
        dialog.tabs.setCurrentIndex(2)
        dialog.resize(720, 700)
        dialog.show()
        scroll = dialog.tabs.currentWidget()
        QTimer.singleShot(
            200, lambda: scroll.ensureWidgetVisible(dialog.editor("exercises.weights"))
        )
        return app.exec()
    window = ExercisesWindow(library, folder, SystemClock())
    window.select("desk-reset")
    window.show()
    if args.window == "list":
        return app.exec()
    if args.window == "new":
        editor = window.new_exercise()
        editor.form.title.setText("Chin glide")
        editor.form.areas["neck"].setChecked(True)
        editor.form.cautions.setPlainText("")
        editor.step_editor.text.setPlainText("Glide the chin straight back, eyes level.")
    else:
        editor = window.edit_selected()
        assert editor is not None
        editor.tabs.setCurrentIndex(1 if args.window == "pose" else 2)
        if args.window == "pose":
            editor.step_editor.pose.canvas.selected = "right_hand"
            editor.step_editor.pose._handle_chosen("right_hand")
    QTimer.singleShot(300, editor.check_now)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
