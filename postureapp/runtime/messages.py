"""The one road by which a message reaches the user: logged, queued until it can be shown.

Start-up problems (a damaged settings file, a log kept aside) are found before any window can
show them; they wait here until the views attach, and are then shown together, once. Messages
with a `key` (an error that may repeat) are shown once per run however often they come.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

Show = Callable[[str], None]


class Messages:
    """Collects what the user must read and hands it to the view that shows it."""

    def __init__(self) -> None:
        self._show: Show | None = None
        self._queued: list[str] = []
        self._keys: set[str] = set()
        self.told: list[str] = []

    @property
    def queued(self) -> list[str]:
        return list(self._queued)

    def tell(self, text: str, *, key: str | None = None, level: int = logging.WARNING) -> None:
        """Show `text` now, or as soon as a view attaches; with a `key`, only once per run."""
        if key is not None:
            if key in self._keys:
                log.log(level, "not told again: %s", text)
                return
            self._keys.add(key)
        log.log(level, "told the user: %s", text)
        if self._show is None:
            self._queued.append(text)
            return
        self._deliver(text)

    def attach(self, show: Show) -> None:
        """From now on messages are shown with `show`; what waited is shown at once, together."""
        self._show = show
        queued, self._queued = self._queued, []
        if queued:
            self._deliver("\n\n".join(queued))

    def _deliver(self, text: str) -> None:
        assert self._show is not None
        self.told.append(text)
        self._show(text)
