"""The exercise windows, for the layout probe (layout_probe.py runs this in its app).

The list of exercises, the editor on a new exercise (calm, then after Save with every problem
under its field, in the language), on a copy of a built-in one (a posed
step, the pose editor beside it), on a step with the user's own picture, and the question a
pack's exercise asks when its id is taken. Settings' exercises page is one of the settings pages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

#: The names these checks give the windows (test_layouts.py expects every one of them).
NAMES = (
    "exercises",
    "new exercise",
    "new exercise, what to fix",
    "exercise editor, a posed step",
    "exercise editor, the user's own picture",
    "a pack's exercise is already there",
)

Check = Callable[[str, "QWidget | None"], None]


def check_exercise_windows(app, check: Check) -> None:  # type: ignore[no-untyped-def]
    from postureapp.core.exercises.packs import Clash
    from postureapp.ui.pack_import import ask_clash

    app.open("exercises")
    window = app.windows.get("exercises")
    check("exercises", window)

    editor = window.new_exercise()
    check("new exercise", editor)
    editor.form.title.setText("W" * 60)
    editor.save_button.click()
    labels = [*editor.form.problems.values(), *editor.step_editor.problems.values()]
    assert sum(label.isVisible() for label in labels) >= 5, "Save shows what to fix"
    check("new exercise, what to fix", editor)
    _close(editor)

    posed = [ex for ex in app.library.exercises.values() if ex.steps[0].pose is not None]
    chosen = sorted(posed or app.library.exercises.values(), key=lambda ex: ex.id)[0]
    window.select(chosen.id)
    editor = window.copy_selected()
    check("exercise editor, a posed step", editor)
    editor.step_editor.own.setChecked(True)
    check("exercise editor, the user's own picture", editor)
    _close(editor)

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        shown = [box for box in boxes if box.isVisible()]
        try:
            check("a pack's exercise is already there", shown[-1] if shown else None)
        finally:
            for box in shown:
                box.reject()

    QTimer.singleShot(0, look)
    ask_clash(window)(chosen, chosen, Clash.CUSTOM)
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _close(editor) -> None:  # type: ignore[no-untyped-def]
    """Close without the 'Leave without saving?' question: nothing here is meant to be kept."""
    editor._dirty = False
    editor.close()
