""" "Not this one again" and "More like this" from the break window, kept as settings.

Each is a change to `exercises.weights` made through the settings keeper (saved at once, so it
survives a restart and shows in Settings → Exercises, where it can be undone later). Pressing
a toggle again in the same break takes the choice back, to what the weight was before the break;
"More like this" in a later break raises it one step more.
"""

from __future__ import annotations

from postureapp.core.settings.kinds import WEIGHT_MOST, WEIGHT_NEVER, weight_of, with_weight
from postureapp.runtime.settings_keeper import SettingsKeeper


class ChoiceKeeper:
    """Turns the break window's toggles into weights."""

    def __init__(self, settings: SettingsKeeper) -> None:
        self._settings = settings
        #: The weight each exercise had before this session's first toggle about it.
        self._before: dict[str, int] = {}

    def forget(self) -> None:
        """A new break: its toggles start from the weights as they are now."""
        self._before.clear()

    def _set(self, exercise_id: str, weight: int) -> None:
        settings = self._settings.settings
        weights = with_weight(settings.weights, exercise_id, weight)
        if weights != settings.weights:
            self._settings.apply(settings.replace(weights=weights))

    def _original(self, exercise_id: str) -> int:
        current = weight_of(self._settings.settings.weights, exercise_id)
        return self._before.setdefault(exercise_id, current)

    def not_again(self, exercise_id: str, on: bool) -> None:
        """Never offer `exercise_id` again (on), or take that back."""
        before = self._original(exercise_id)
        self._set(exercise_id, WEIGHT_NEVER if on else max(before, 1))

    def more_like_this(self, exercise_id: str, on: bool) -> None:
        """Offer `exercise_id` more often (one step, up to the most), or take that back."""
        before = self._original(exercise_id)
        self._set(exercise_id, min(WEIGHT_MOST, max(before, 1) + 1) if on else max(before, 1))
