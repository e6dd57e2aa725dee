"""The pose model is an optional extra: never in the base install nor in what CI's test command
installs, pinned to the mediapipe releases that carry their model inside the wheel, and the
app says why sensing cannot run where the extra is missing or cannot be installed."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from postureapp.platform.camera import MEDIAPIPE, unavailable

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def test_the_camera_extra_pins_the_releases_with_the_model_inside() -> None:
    camera = PROJECT["optional-dependencies"]["camera"]
    assert f"{MEDIAPIPE}; python_version < '3.13'" in camera
    assert all("python_version < '3.13'" in requirement for requirement in camera)


def test_neither_the_base_install_nor_the_test_command_pulls_the_model() -> None:
    installed = " ".join(PROJECT["dependencies"] + PROJECT["optional-dependencies"]["test"]).lower()
    assert "mediapipe" not in installed and "numpy" not in installed
    assert "camera" not in installed


def test_a_python_the_model_has_no_wheels_for_is_named() -> None:
    why = unavailable((3, 13))
    assert why is not None and "Python 3.13" in why and "3.12" in why


def test_without_the_extra_it_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "mediapipe" else real(name)
    )
    why = unavailable((3, 11))
    assert why is not None and "pip install 'postureapp[camera]'" in why
