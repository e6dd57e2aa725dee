"""What every idle-time backend shares."""

from __future__ import annotations

from postureapp.core.ports import Done, IdleSource

#: Every backend is an `IdleSource` (core.ports); the old name stays for readability here.
IdleBackend = IdleSource


class ReadsAtOnce:
    """For backends whose every `idle_seconds()` call asks the system afresh."""

    def refresh(self, done: Done = None) -> None:
        if done is not None:
            done()

    def close(self) -> None:
        """Nothing to release."""
