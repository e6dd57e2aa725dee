"""The optional soft chimes at the start and end of a break (off by default).

Qt Multimedia is imported only when sound is switched on, and a system without audio (no
libpulse, no device) costs one log line and silence, never an error in the user's face.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from postureapp.paths import assets_dir

log = logging.getLogger(__name__)


class SoundCues(QObject):
    """Plays `start` or `end`; loads Qt Multimedia on first use.

    Signals: none.
    """

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder or assets_dir() / "sounds"
        self._effects: dict[str, Any] | None = None
        self._unavailable = False

    def _load(self) -> dict[str, Any] | None:
        if self._effects is not None or self._unavailable:
            return self._effects
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as exc:
            log.warning("sound is on, but Qt Multimedia cannot load here (%s); staying silent", exc)
            self._unavailable = True
            return None
        self._effects = {}
        for name in ("start", "end"):
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(self._folder / f"{name}.wav")))
            effect.setVolume(0.6)
            self._effects[name] = effect
        return self._effects

    def play(self, which: str) -> None:
        effects = self._load()
        if effects is not None and which in effects:
            effects[which].play()
