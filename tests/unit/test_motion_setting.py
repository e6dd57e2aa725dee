"""Moving pictures follow the settings, and "auto" follows the desktop's animation setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from postureapp.core.settings import FIELDS_BY_KEY, Settings
from postureapp.platform import motion


def test_moving_pictures_default_to_following_the_desktop() -> None:
    assert Settings.defaults().motion == "auto"
    assert FIELDS_BY_KEY["behaviour.motion"].kind.options == ("auto", "reduced", "full")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("kdeglobals", "reduced"),
    [
        ("[KDE]\nAnimationDurationFactor=0\n", True),
        ("[KDE]\nAnimationDurationFactor=0.5\n", False),
        ("[General]\nColorScheme=Breeze\n", False),
        ("not an ini file at all [", False),
    ],
)
def test_kde_instant_animations_ask_for_reduced_motion(
    tmp_path: Path, kdeglobals: str, reduced: bool
) -> None:
    (tmp_path / "kdeglobals").write_text(kdeglobals)
    assert motion._kde_animations_off(tmp_path) is reduced


def test_without_gsettings_gnome_is_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(motion.shutil, "which", lambda name: None)
    assert motion._gnome_animations_off() is False
