"""The exercises in effect: loaded at start, and loaded again when the custom folder changes.

The folder changes when the editor saves, when a pack is imported (from the app or from
`postureapp exercises import` in another process) and when a person edits a file by hand. The
folder and every exercise file in it are watched, and a burst of changes (an import writes
several files) is read once, a moment after it settles, so an edit takes effect at the next
break. Problems are told once each, not at every reload.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from postureapp.core.exercises import Library
from postureapp.runtime.messages import Messages

log = logging.getLogger(__name__)

#: How long the folder must be quiet before it is read again.
SETTLE_MS = 300


class ExerciseKeeper(QObject):
    """Owns the exercise library; `load(folder)` reads the built-ins and the custom folder.

    Signals:
        changed(object): a new `Library` after the custom folder changed.
    """

    changed = Signal(object)

    def __init__(
        self,
        load: Callable[[Path], Library],
        folder: Path,
        messages: Messages,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._folder = folder
        self._messages = messages
        self._told: set[str] = set()
        self._watcher: QFileSystemWatcher | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.reload)
        self.library = self._read()

    @property
    def folder(self) -> Path:
        return self._folder

    def _read(self) -> Library:
        library = self._load(self._folder)
        for problem in library.problems:
            text = problem.text(QCoreApplication.translate)
            if text not in self._told:
                self._told.add(text)
                self._messages.tell(self.tr("Exercise skipped: {0}").format(text))
        told = {problem.text(QCoreApplication.translate) for problem in library.problems}
        self._told &= told  # told again if it returns
        for note in library.notes:
            log.info("%s", note)
        return library

    def reload(self) -> None:
        """Read the library again now and announce it."""
        self._settle.stop()
        self.library = self._read()
        self._watch_files()
        log.info("exercises reloaded from %s: %d in all", self._folder, len(self.library.exercises))
        self.changed.emit(self.library)

    def set_folder(self, folder: Path) -> None:
        """The settings name another custom folder: watch that one and read it."""
        if self._watcher is not None:
            paths = self._watcher.directories() + self._watcher.files()
            if paths:
                self._watcher.removePaths(paths)
        self._folder = folder
        if self._watcher is not None:
            self._watch_folder()
        self.reload()

    # --- watching ------------------------------------------------------------------------------

    def watch(self) -> None:
        """Notice changes to the custom folder from now on (it is created when missing)."""
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)
        self._watch_folder()

    def _watch_folder(self) -> None:
        assert self._watcher is not None
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("cannot watch the exercise folder %s: %s", self._folder, error)
            return
        self._watcher.addPath(str(self._folder))
        self._watch_files()

    def _watch_files(self) -> None:
        """Each exercise file too: an edit in place changes no folder entry."""
        watcher = self._watcher
        if watcher is None or not self._folder.is_dir():
            return
        watched = set(watcher.files())
        for path in self._folder.glob("*.toml"):
            if str(path) not in watched:
                watcher.addPath(str(path))

    def _changed(self, _path: str = "") -> None:
        self._settle.start()
