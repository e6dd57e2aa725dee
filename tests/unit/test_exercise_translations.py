"""Exercise texts in other languages: read and checked like the English, English the fallback per
text, kept by the writer, complete for every shipped language in the built-in pack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from postureapp.core.exercises import (
    BUILTIN,
    CUSTOM,
    load_exercise,
    load_library,
    localized,
    read_exercise,
    translations,
    validate_path,
    write_exercise,
)
from postureapp.core.exercises.model import STEP_TEXT_MAX, TITLE_MAX
from postureapp.core.exercises.translations import english
from postureapp.core.i18n import SHIPPED
from postureapp.paths import assets_dir
from tests.unit.catalogue_marks import check_marks
from tests.unit.test_exercises import write_file


@pytest.fixture(autouse=True)
def marked_in_the_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text a translation check shows is found in the catalogue under its context."""
    check_marks(monkeypatch, translations)


TWO_STEPS = [
    {"text": "Sit tall.", "seconds": 5, "illustration": "pose.svg"},
    {"text": "Turn to the side.", "seconds": 8, "illustration": "pose.svg"},
]
GERMAN = {
    "title": "Testbewegung",
    "summary": "Eine kleine Bewegung für Tests.",
    "cautions": ["Hör auf, wenn es wehtut."],
    "steps": ["Aufrecht sitzen.", "Zur Seite drehen."],
}


def pack(tmp_path: Path, translations: dict[str, Any]) -> Path:
    return write_file(tmp_path, "move", steps=TWO_STEPS, translations=translations)


def test_a_translated_exercise_reads_in_the_first_language_it_has(tmp_path: Path) -> None:
    path = pack(tmp_path, {"de": GERMAN, "fr": {"title": "Mouvement d’essai"}})
    exercise = load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)
    assert exercise.title == "Test move", "the exercise itself is the English of the file"
    german = localized(exercise, ["de_AT", "en"])
    assert german.language == "de"
    assert (german.title, german.summary) == ("Testbewegung", "Eine kleine Bewegung für Tests.")
    assert german.cautions == ("Hör auf, wenn es wehtut.",)
    assert [step.text for step in german.steps] == ["Aufrecht sitzen.", "Zur Seite drehen."]
    assert [step.seconds for step in german.steps] == [5, 8], "only the words change"
    assert [s.text for s in german.expand()] == ["Aufrecht sitzen.", "Zur Seite drehen."]
    assert localized(exercise, ["sv", "fr"]).title == "Mouvement d’essai"
    assert localized(exercise, ["en_GB", "de"]).title == "Test move", "English asked for first"
    assert localized(exercise, ["ja"]) == exercise


def test_what_a_translation_leaves_out_stays_english(tmp_path: Path) -> None:
    path = pack(tmp_path, {"fr": {"title": "Mouvement d’essai"}})
    french = localized(load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM), ["fr"])
    assert french.title == "Mouvement d’essai"
    assert french.summary == "A small movement for tests."
    assert french.cautions == ("Stop if it hurts.",)
    assert [step.text for step in french.steps] == ["Sit tall.", "Turn to the side."]


def test_a_custom_pack_may_carry_a_language_the_app_does_not_ship(tmp_path: Path) -> None:
    path = pack(tmp_path, {"sv": {"title": "Teströrelse"}})
    exercise = load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)
    assert localized(exercise, ["sv_SE"]).title == "Teströrelse"


@pytest.mark.parametrize(
    ("translations", "field", "expected"),
    [
        ({"de": {**GERMAN, "steps": ["Nur einer."]}}, "translations.de.steps", "a list of 2"),
        ({"de": {**GERMAN, "cautions": []}}, "translations.de.cautions", "a list of 1"),
        ({"de": {"title": "x" * (TITLE_MAX + 1)}}, "translations.de.title", f"1 to {TITLE_MAX}"),
        (
            {"de": {"steps": ["Gut.", "y" * (STEP_TEXT_MAX + 1)]}},
            "translations.de.steps[2]",
            f"at most {STEP_TEXT_MAX} characters",
        ),
        ({"de": {"titel": "Testbewegung"}}, "translations.de.titel", "title"),
        ({"German": {"title": "Testbewegung"}}, "translations.German", "a language like de"),
        ({"de": "Testbewegung"}, "translations.de", "a table of title"),
    ],
)
def test_a_translation_is_checked_like_the_english(
    tmp_path: Path, translations: dict[str, Any], field: str, expected: str
) -> None:
    problems = validate_path(pack(tmp_path, translations))
    assert len(problems) == 1, [str(p) for p in problems]
    assert problems[0].field == field
    assert expected in problems[0].expected
    assert problems[0].line is not None, "the line is named too"


def test_the_writer_keeps_every_translation_and_writes_a_translated_copy_as_its_source(
    tmp_path: Path,
) -> None:
    path = pack(tmp_path, {"de": GERMAN, "fr": {"title": "Mouvement d’essai"}})
    exercise = load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)
    out = tmp_path / "out"
    written = write_exercise(out, localized(exercise, ["de"]))
    again, problems = read_exercise(written, [out], CUSTOM)
    assert not problems and again is not None
    assert again.title == "Test move" and again.language is None
    assert dict(again.translations) == dict(exercise.translations)
    assert english(localized(again, ["de"])) == again


def test_the_library_is_read_in_one_language(tmp_path: Path) -> None:
    pack(tmp_path / "custom", {"de": GERMAN})
    empty = tmp_path / "none"
    empty.mkdir()
    library = load_library(empty, empty, tmp_path / "custom").localized(["de"])
    assert library.exercises["move"].title == "Testbewegung"


# --- the built-in pack -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def builtins() -> dict[str, Any]:
    library = load_library(assets_dir() / "exercises", assets_dir() / "illustrations", None)
    assert not library.problems, [str(p) for p in library.problems]
    return library.exercises


@pytest.mark.parametrize("language", SHIPPED)
def test_every_built_in_exercise_is_complete_in_every_shipped_language(
    builtins: dict[str, Any], language: str
) -> None:
    missing = []
    for exercise in builtins.values():
        text = dict(exercise.translations).get(language)
        fields = ("title", "summary", "cautions", "steps")
        left_out = [f for f in fields if text is None or getattr(text, f) is None]
        if left_out:
            missing.append(f"  {exercise.id}: {', '.join(left_out)}")
        else:
            shown = localized(exercise, [language])
            assert shown.language == language and shown.origin == BUILTIN
            assert shown.title != exercise.title, exercise.id
    assert not missing, f"{language} is missing:\n" + "\n".join(missing)
