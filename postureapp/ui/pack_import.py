"""Importing a pack from the app: the pack is checked whole first; an exercise whose id the user
already has is never replaced without asking (keep both, the default; replace; or skip)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from postureapp.core.exercises import Exercise
from postureapp.core.exercises.packs import (
    Choice,
    Clash,
    Imported,
    clash,
    describe,
    import_pack,
    open_pack,
)

#: Asks what to do with one exercise whose id is taken.
AskClash = Callable[[Exercise, Exercise | None, Clash], Choice]


def ask_clash(parent: QWidget) -> AskClash:
    """A question box per clash: Keep both (the default), Replace, or Skip."""

    def ask(incoming: Exercise, present: Exercise | None, met: Clash) -> Choice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(
            QCoreApplication.translate("packs", "An exercise with this name is already there")
        )
        whose = (
            QCoreApplication.translate("packs", "one of your own")
            if met == Clash.CUSTOM
            else QCoreApplication.translate("packs", "a built-in exercise")
        )
        theirs = present.title if present is not None else f"{incoming.id}.toml"
        box.setText(
            QCoreApplication.translate(
                "packs", "The pack's “{0}” has the same id as “{1}”, {2}. What should happen?"
            ).format(incoming.title, theirs, whose)
        )
        keep = box.addButton(
            QCoreApplication.translate("packs", "Keep both"), QMessageBox.ButtonRole.AcceptRole
        )
        replace = box.addButton(
            QCoreApplication.translate("packs", "Replace mine")
            if met == Clash.CUSTOM
            else QCoreApplication.translate("packs", "Use the pack's instead"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("packs", "Skip it"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return Choice.KEEP_BOTH
        return Choice.REPLACE if clicked is replace else Choice.SKIP

    return ask


def import_file(
    parent: QWidget,
    path: Path,
    folder: Path,
    library: Mapping[str, Exercise],
    ask: AskClash,
    tell: Callable[[str, str], None],
) -> list[Imported]:
    """Check the pack in `path`, ask about each clash, write it into `folder`; tell the outcome.

    `tell(title, text)` shows a message. Returns what was imported (empty when nothing was).
    """
    with open_pack(path) as pack:
        if not pack.ok:
            lines = [problem.text(QCoreApplication.translate) for problem in pack.problems[:8]]
            if len(pack.problems) > 8:
                lines.append(
                    QCoreApplication.translate("packs", "… and {0} more").format(
                        len(pack.problems) - 8
                    )
                )
            tell(
                QCoreApplication.translate("packs", "Not imported"),
                QCoreApplication.translate(
                    "packs", "{0} was not imported, and nothing was written:"
                ).format(path.name)
                + "\n\n"
                + "\n".join(lines),
            )
            return []
        choices: dict[str, Choice] = {}
        for exercise in pack.exercises:
            met = clash(exercise, library, folder)
            if met in (Clash.CUSTOM, Clash.BUILT_IN):
                choices[exercise.id] = ask(exercise, library.get(exercise.id), met)
        try:
            results = import_pack(pack, folder, library, choices)
        except OSError as error:
            tell(
                QCoreApplication.translate("packs", "Not imported"),
                QCoreApplication.translate("packs", "Could not write to {0}: {1}").format(
                    folder, error
                ),
            )
            return []
    tell(
        QCoreApplication.translate("packs", "Imported"),
        "\n".join(describe(results, QCoreApplication.translate)),
    )
    return results
