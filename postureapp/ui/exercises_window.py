"""Your exercises: every exercise the app knows, your own first, and what you can do with them:
make a new one, copy one (a built-in one too) to change it, edit or delete your own, and share
some as a pack file or bring one in (by the button, or by dropping the file on the window).

Everything is written into the custom exercise folder as the documented TOML; the window asks
the app to read the folder again (`changed`), so the next break already sees it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.clock import Clock
from postureapp.core.exercises import CUSTOM, Exercise, Library
from postureapp.core.exercises.draft import Draft, copy_of, delete
from postureapp.core.exercises.packs import SUFFIX, export_pack
from postureapp.core.i18n import QT_TRANSLATE_NOOP
from postureapp.core.library_words import os_reason
from postureapp.core.pose import PoseSpec
from postureapp.ui import theme
from postureapp.ui.exercise_editor import ExerciseEditor
from postureapp.ui.pack_import import AskClash, ask_clash, import_file

ID_ROLE = Qt.ItemDataRole.UserRole
POSITION_WORDS = {
    "seated": QT_TRANSLATE_NOOP("ExercisesWindow", "sitting"),
    "standing": QT_TRANSLATE_NOOP("ExercisesWindow", "standing"),
    "floor": QT_TRANSLATE_NOOP("ExercisesWindow", "on the floor"),
}


def templates_of(library: Library) -> list[tuple[str, PoseSpec]]:
    """Every built-in step's posed picture, as a starting point for a new one."""
    out = []
    for exercise in sorted(library.exercises.values(), key=lambda ex: ex.title):
        for number, step in enumerate(exercise.steps, start=1):
            if step.pose is not None and exercise.origin != CUSTOM:
                out.append((f"{exercise.title} — {number}", step.pose))
    return out


class ExercisesWindow(QWidget):
    """The list of exercises and the buttons that change the custom folder.

    Signals:
        changed(): this window wrote to the custom folder; read it again now.
    """

    changed = Signal()

    def __init__(
        self,
        library: Library,
        folder: Path,
        clock: Clock,
        *,
        break_seconds: int = 40,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._folder = folder
        self._clock = clock
        self._break_seconds = break_seconds
        self.editor: ExerciseEditor | None = None
        self.ask: AskClash = ask_clash(self)
        self.tell: Callable[[str, str], None] = self._tell
        self.setWindowTitle(self.tr("postureapp — Your exercises"))
        self.setAcceptDrops(True)
        self._build()
        self.set_library(library)
        self.resize(760, 560)

    def _build(self) -> None:
        heading = theme.label("title", bold=True)
        heading.setText(self.tr("Exercises"))
        intro = QLabel(
            self.tr(
                "Make your own, for example the routine your physiotherapist gave you, or copy a "
                "built-in one to change it. Yours are saved in {0} and come up in your breaks. "
                "Drop a pack file here to add the exercises in it."
            ).format(self._folder)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Exercise"), self.tr("Position"), self.tr("Length")])
        self.tree.setAccessibleName(self.tr("Exercises, your own first"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setRootIsDecorated(False)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.new_button = QPushButton(self.tr("&New exercise…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_exercise)
        self.copy_button = QPushButton(self.tr("&Copy to a new one…"))
        self.copy_button.clicked.connect(self.copy_selected)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save the chosen exercises as one file to share"))
        self.export_button.clicked.connect(self._ask_export)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Add the exercises of a pack file"))
        self.import_button.clicked.connect(self._ask_import)
        column = QVBoxLayout()
        for button in (self.new_button, self.copy_button, self.edit_button, self.delete_button):
            column.addWidget(button)
        column.addSpacing(theme.LARGE)
        column.addWidget(self.export_button)
        column.addWidget(self.import_button)
        column.addStretch(1)
        for button in self.findChildren(QPushButton):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        middle = QHBoxLayout()
        middle.addWidget(self.tree, 1)
        middle.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        theme.polish(self)

    # --- the list ------------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        """Show `library`, keeping the selection."""
        chosen = set(self.selected_ids())
        self._library = library
        self.tree.clear()
        groups = (
            (self.tr("Yours"), [ex for ex in library.exercises.values() if ex.origin == CUSTOM]),
            (self.tr("Built in"), [ex for ex in library.exercises.values() if ex.origin != CUSTOM]),
        )
        for title, exercises in groups:
            group = QTreeWidgetItem([title])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            if not exercises and title == self.tr("Yours"):
                group.setText(0, self.tr("Yours (none yet: press New exercise)"))
            self.tree.addTopLevelItem(group)
            for exercise in sorted(exercises, key=lambda ex: ex.title.lower()):
                position = self.tr(POSITION_WORDS.get(str(exercise.position), exercise.position))
                seconds = exercise.duration_seconds
                row = QTreeWidgetItem(
                    [exercise.title, position, f"{seconds // 60}:{seconds % 60:02d}"]
                )
                row.setData(0, ID_ROLE, exercise.id)
                row.setToolTip(0, f"{exercise.summary}\n{exercise.path}")
                group.addChild(row)
                row.setSelected(exercise.id in chosen)
            group.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self._selection_changed()

    def selected_ids(self) -> list[str]:
        return [
            str(item.data(0, ID_ROLE))
            for item in self.tree.selectedItems()
            if item.data(0, ID_ROLE) is not None
        ]

    def select(self, *exercise_ids: str) -> None:
        self.tree.clearSelection()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            assert group is not None
            for child in range(group.childCount()):
                item = group.child(child)
                assert item is not None
                item.setSelected(item.data(0, ID_ROLE) in exercise_ids)

    def _selected(self) -> list[Exercise]:
        return [self._library.exercises[i] for i in self.selected_ids()]

    def _selection_changed(self) -> None:
        chosen = self._selected()
        own = len(chosen) == 1 and chosen[0].origin == CUSTOM
        self.copy_button.setEnabled(len(chosen) == 1)
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(bool(chosen) and all(ex.origin == CUSTOM for ex in chosen))
        self.export_button.setEnabled(bool(chosen))

    # --- new, copy, edit, delete ---------------------------------------------------------------

    def _open_editor(self, draft: Draft, new: bool) -> ExerciseEditor:
        if self.editor is not None:
            self.editor.close()
        editor = ExerciseEditor(
            draft,
            self._folder,
            self._clock,
            new=new,
            taken=[*self._library.exercises, *(p.stem for p in self._folder.glob("*.toml"))],
            templates=templates_of(self._library),
            preview_seconds=self._break_seconds,
            parent=self,
        )
        editor.setWindowModality(Qt.WindowModality.NonModal)
        editor.saved.connect(self._saved)
        self.editor = editor
        editor.present()
        return editor

    def new_exercise(self) -> ExerciseEditor:
        return self._open_editor(Draft(), new=True)

    def copy_selected(self) -> ExerciseEditor | None:
        chosen = self._selected()
        if len(chosen) != 1:
            return None
        original = chosen[0]
        words = self.tr("{0} (copy)") if original.origin == CUSTOM else self.tr("{0} (mine)")
        title = words.format(original.title)
        taken = [*self._library.exercises, *(p.stem for p in self._folder.glob("*.toml"))]
        return self._open_editor(copy_of(original, taken, title), new=True)

    def edit_selected(self) -> ExerciseEditor | None:
        chosen = self._selected()
        if len(chosen) != 1:
            return None
        if chosen[0].origin != CUSTOM:
            return self.copy_selected()  # a built-in one is changed by making it yours
        return self._open_editor(Draft.of(chosen[0]), new=False)

    def delete_selected(self, *, confirm: bool = True) -> int:
        chosen = [ex for ex in self._selected() if ex.origin == CUSTOM]
        if not chosen:
            return 0
        if confirm:
            names = ", ".join(f"“{ex.title}”" for ex in chosen)
            answer = QMessageBox.question(
                self,
                self.tr("Delete exercises"),
                self.tr("Delete {0}? The file is kept aside as .deleted in {1}.").format(
                    names, self._folder
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        for exercise in chosen:
            delete(exercise, self._clock.now())
        self.changed.emit()
        return len(chosen)

    def _saved(self, exercise: Exercise) -> None:
        self.changed.emit()
        self.select(exercise.id)

    # --- packs ---------------------------------------------------------------------------------

    def export_to(self, path: Path, exercises: Sequence[Exercise] | None = None) -> Path:
        return export_pack(list(exercises or self._selected()), path)

    def _ask_export(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        name = chosen[0].id if len(chosen) == 1 else "my-exercises"
        start = str(Path.home() / f"{name}{SUFFIX}")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export exercises"), start, self.tr("Exercise packs (*.zip)")
        )
        if not target:
            return
        try:
            path = self.export_to(Path(target), chosen)
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            self.tell(
                self.tr("Not exported"), where + os_reason(error).text(QCoreApplication.translate)
            )
            return
        self.tell(
            self.tr("Exported"),
            self.tr("{0} exercise(s) saved in {1}. Send that file to share them.").format(
                len(chosen), path
            ),
        )

    def import_from(self, path: Path) -> int:
        """Import a pack file; returns how many exercises were added or replaced."""
        results = import_file(
            self, path, self._folder, self._library.exercises, self.ask, self.tell
        )
        if results:
            self.changed.emit()
        return sum(result.action in ("added", "replaced", "kept both") for result in results)

    def _ask_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import exercises"), str(Path.home()), self.tr("Exercise packs (*.zip)")
        )
        if chosen:
            self.import_from(Path(chosen))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() and url.toLocalFile().endswith(".zip") for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.import_from(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
