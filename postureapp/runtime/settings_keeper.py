"""The settings in effect: loaded at start, saved when changed, and re-read when the file changes.

The file may change three ways while the app runs: the settings dialog (saved from here),
`postureapp config set` (another process replaces the file), and a person with an editor (which
either replaces the file or writes it in place). Both the folder and the file are watched, so
every way is seen; a replaced file is watched again; and what this process wrote itself is not
read back as a change.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Signal

from postureapp.core import settings as store
from postureapp.core.clock import Clock
from postureapp.core.i18n.phrase import Said, told
from postureapp.core.library_words import os_reason
from postureapp.core.problems import Problem
from postureapp.runtime.messages import Messages

log = logging.getLogger(__name__)


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


class SettingsKeeper(QObject):
    """Owns the settings in effect.

    Signals:
        changed(object, object): the settings went from the first to the second `Settings`.
    """

    changed = Signal(object, object)

    def __init__(
        self, path: Path, clock: Clock, messages: Messages, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._clock = clock
        self._messages = messages
        self._settings = store.Settings.defaults()
        self._unknown: dict[str, object] = {}
        self._seen: bytes | None = None
        self._watcher: QFileSystemWatcher | None = None

    @property
    def settings(self) -> store.Settings:
        return self._settings

    @property
    def path(self) -> Path:
        return self._path

    def load(self) -> store.Settings:
        """Read the file (reporting every problem in it) and make its settings the ones in effect."""
        loaded = store.load(self._path, now=self._clock.now())
        self._unknown = loaded.unknown
        self._seen = _read_bytes(self._path)
        if loaded.problems:
            self._messages.tell(_told(loaded.problems))
        self._settings = loaded.settings
        return loaded.settings

    def apply(self, settings: store.Settings) -> None:
        """Save `settings` (atomically, keeping keys this version does not know) and use them."""
        try:
            store.save(self._path, settings, unknown=self._unknown)
        except (store.SettingsReadOnly, OSError) as error:
            self._messages.tell(
                self.tr("Your settings could not be saved: {0}").format(_why(error)), key="save"
            )
        else:
            self._seen = _read_bytes(self._path)
        self._use(settings)

    def _use(self, settings: store.Settings) -> None:
        previous, self._settings = self._settings, settings
        changed = store.diff(previous, settings)
        if changed:
            log.info("settings changed: %s", ", ".join(changed))
            self.changed.emit(previous, settings)

    # --- watching the file ---------------------------------------------------------------------

    def watch(self) -> None:
        """Notice changes made outside this process, from now on."""
        self._path.parent.mkdir(parents=True, exist_ok=True)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPath(str(self._path.parent))
        self._watcher.directoryChanged.connect(self.reload)
        self._watcher.fileChanged.connect(self.reload)
        self._watch_file()

    def _watch_file(self) -> None:
        """Watch the file itself (an edit in place changes no folder entry); again once replaced."""
        watcher = self._watcher
        if watcher is not None and self._path.exists() and str(self._path) not in watcher.files():
            watcher.addPath(str(self._path))

    def reload(self) -> None:
        """Re-read the file if its content changed since it was last read or written here."""
        self._watch_file()
        content = _read_bytes(self._path)
        if content is None or content == self._seen:
            return
        log.info("the settings file changed on disk; applying it")
        loaded = store.load(self._path, now=self._clock.now())
        self._seen = _read_bytes(self._path)
        self._unknown = loaded.unknown
        if loaded.problems:
            self._messages.tell(_told(loaded.problems))
        self._use(loaded.settings)


def _told(problems: Iterable[Problem]) -> str:
    """The settings file's problems, one a line, in the user's language."""
    return "\n".join(problem.text(QCoreApplication.translate) for problem in problems)


def _why(error: Said | OSError) -> str:
    """Why saving failed, in the user's language (a newer file, or the system's reason)."""
    if isinstance(error, Said):
        return told(error, QCoreApplication.translate)
    where = f"{error.filename}: " if isinstance(error, OSError) and error.filename else ""
    return where + os_reason(error).text(QCoreApplication.translate)
