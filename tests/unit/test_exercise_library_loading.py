"""Loading the exercise library: what the app is told about files it could not use, about custom
exercises standing in for built-in ones, and that switching the language loses none of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import tomli_w

from postureapp.core.exercises import load_library

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>\n'


def write(folder: Path, exercise_id: str, title: str, **extra: object) -> Path:
    data = {
        "id": exercise_id,
        "title": title,
        "summary": "A small movement.",
        "areas": ["upper-back"],
        "movement": "rotation",
        "position": "seated",
        "suits": ["short", "long"],
        "sides": "none",
        "cautions": ["Stop if it hurts."],
        **extra,
        "steps": [{"text": "Turn.", "seconds": 5, "illustration": "pose.svg"}],
    }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pose.svg").write_text(SVG, encoding="utf-8")
    path = folder / f"{exercise_id}.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def test_the_library_in_another_language_keeps_its_problems_and_notes(tmp_path: Path) -> None:
    builtin, custom = tmp_path / "builtin", tmp_path / "custom"
    write(builtin, "twist", "Twist", translations={"de": {"title": "Drehung"}})
    write(custom, "twist", "My twist", translations={"de": {"title": "Meine Drehung"}})
    (custom / "broken.toml").write_text('id = "broken"\n', encoding="utf-8")
    library = load_library(builtin, builtin, custom)

    german = library.localized(["de"])

    assert german.exercises["twist"].title == "Meine Drehung"
    assert german.problems == library.problems and len(german.problems) > 1
    assert [p.path.name for p in german.problems] == ["broken.toml"] * len(german.problems)
    assert german.notes == library.notes
    assert german.notes == [
        f"custom exercise 'twist' ({(custom / 'twist.toml').resolve()}) replaces the built-in one"
    ]


def test_a_custom_folder_that_cannot_be_listed_is_reported_and_the_built_ins_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builtin, custom = tmp_path / "builtin", tmp_path / "custom"
    write(builtin, "twist", "Twist")
    custom.mkdir()
    listing = Path.glob

    def refuse(self: Path, pattern: str) -> Iterator[Path]:
        if self == custom:
            raise PermissionError(13, "Permission denied", str(custom))
        return listing(self, pattern)

    monkeypatch.setattr(Path, "glob", refuse)

    library = load_library(builtin, builtin, custom)

    assert list(library.exercises) == ["twist"]
    assert [problem.text() for problem in library.problems] == [
        f"{custom}: cannot be read: permission denied"
    ]
    assert library.problems[0].as_dict()["field"] == ""
