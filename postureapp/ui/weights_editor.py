"""The settings editor for "how often each exercise comes": one row per exercise, built-in or
your own, with a box to switch it off and a choice of how often it comes when on.

It reads and writes the `exercises.weights` table through the field's own checks, like every
other editor in the settings dialog: 0 (box unticked) never offers the exercise, 1 as usual,
2 and 3 more often.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.i18n import QT_TRANSLATE_NOOP
from postureapp.core.settings import Field, SettingValue
from postureapp.core.settings.kinds import WEIGHT_NEVER, WEIGHT_USUAL, Weights
from postureapp.ui.setting_editors import Editor, translated

#: The rows' choices when an exercise is on: (weight, words).
HOW_OFTEN = (
    (1, QT_TRANSLATE_NOOP("settings", "As usual")),
    (2, QT_TRANSLATE_NOOP("settings", "More often")),
    (3, QT_TRANSLATE_NOOP("settings", "Most often")),
)
ID_ROLE = Qt.ItemDataRole.UserRole


class WeightsEditor(Editor):
    """A table: Offer (a box), the exercise's title, and how often it comes."""

    def __init__(
        self, field: Field, on_edit: Callable[[], None], titles: Mapping[str, str]
    ) -> None:
        self.table = QTableWidget(0, 3)
        super().__init__(field, on_edit, self.table)
        self._titles = dict(titles)
        self._loading = False
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("settings", "Offer"),
                QCoreApplication.translate("settings", "Exercise"),
                QCoreApplication.translate("settings", "How often"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(220)
        header = self.table.horizontalHeader()
        # Wide enough for its heading in any language and script (contents size it too tightly).
        heading = QCoreApplication.translate("settings", "Offer")
        offer = self.table.fontMetrics().horizontalAdvance(heading) + 24
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, max(header.sectionSizeHint(0), offer))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.find = QLineEdit()
        self.find.setObjectName(f"{field.key}.find")
        self.find.setPlaceholderText(QCoreApplication.translate("settings", "Find an exercise"))
        self.find.setAccessibleName(QCoreApplication.translate("settings", "Find an exercise"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._filter)
        self._body = QWidget()
        column = QVBoxLayout(self._body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.find)
        column.addWidget(self.table)
        self._fill(())

    @property
    def body(self) -> QWidget:
        return self._body

    @property
    def focusable(self) -> list[QWidget]:
        return [self.find, self.table]

    # --- rows ----------------------------------------------------------------------------------

    def _fill(self, weights: Weights) -> None:
        """One row per known exercise, and per id in `weights` the app does not know (yet)."""
        named = dict(weights)
        ids = sorted(
            set(self._titles) | set(named), key=lambda i: (self._titles.get(i) or i).lower()
        )
        self._loading = True
        self.table.setRowCount(len(ids))
        for row, exercise_id in enumerate(ids):
            title = self._titles.get(exercise_id)
            offer = QTableWidgetItem()
            offer.setData(ID_ROLE, exercise_id)
            offer.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            name = QTableWidgetItem(
                title
                or QCoreApplication.translate("settings", "{0} (not found)").format(exercise_id)
            )
            name.setToolTip(exercise_id)
            offer.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                QCoreApplication.translate("settings", "Offer {0}").format(title or exercise_id),
            )
            self.table.setItem(row, 0, offer)
            self.table.setItem(row, 1, name)
            combo = QComboBox()
            combo.setObjectName(f"weight.{exercise_id}")
            combo.setAccessibleName(
                QCoreApplication.translate("settings", "How often {0} comes").format(
                    title or exercise_id
                )
            )
            for weight, words in HOW_OFTEN:
                combo.addItem(translated(words), weight)
            combo.currentIndexChanged.connect(self._combo_changed)
            self.table.setCellWidget(row, 2, combo)
        self._loading = False
        self._apply(weights)
        self._filter(self.find.text())

    def _rows(self) -> list[tuple[str, QTableWidgetItem, QComboBox]]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            combo = self.table.cellWidget(row, 2)
            assert item is not None and isinstance(combo, QComboBox)
            out.append((str(item.data(ID_ROLE)), item, combo))
        return out

    def set_titles(self, titles: Mapping[str, str]) -> None:
        """Exercises were added or renamed: show them, keeping what is ticked now."""
        current: Weights = self.read()  # type: ignore[assignment]
        self._titles = dict(titles)
        self._fill(current)

    def _filter(self, text: str) -> None:
        words = text.strip().lower()
        for row, (exercise_id, _, _) in enumerate(self._rows()):
            title = self._titles.get(exercise_id, exercise_id).lower()
            self.table.setRowHidden(row, bool(words) and words not in f"{title} {exercise_id}")

    # --- the Editor interface -----------------------------------------------------------------------

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 0:
            return
        combo = self.table.cellWidget(item.row(), 2)
        combo.setEnabled(item.checkState() == Qt.CheckState.Checked)
        self.on_edit()

    def _combo_changed(self) -> None:
        if not self._loading:
            self.on_edit()

    def read(self) -> SettingValue:
        table: dict[str, int] = {}
        for exercise_id, item, combo in self._rows():
            on = item.checkState() == Qt.CheckState.Checked
            table[exercise_id] = int(combo.currentData()) if on else WEIGHT_NEVER
        return self.field.parse(table)

    def show(self, value: SettingValue) -> None:
        assert isinstance(value, tuple)
        weights: Weights = value  # type: ignore[assignment]
        shown = {exercise_id for exercise_id, _, _ in self._rows()}
        if not {exercise_id for exercise_id, _ in weights} <= shown:
            self._fill(weights)  # never lose a choice about an exercise not loaded right now
        else:
            self._apply(weights)

    def _apply(self, value: Weights) -> None:
        weights = dict(value)
        self._loading = True
        for exercise_id, item, combo in self._rows():
            weight = weights.get(exercise_id, WEIGHT_USUAL)
            on = weight != WEIGHT_NEVER
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            combo.setCurrentIndex(max(0, combo.findData(weight if on else WEIGHT_USUAL)))
            combo.setEnabled(on)
        self._loading = False
