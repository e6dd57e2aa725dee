"""What an author reads about a translation table they got wrong: the whole message, and the line
of their file it points at, wherever and however the table is written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from postureapp.core.exercises import (
    CUSTOM,
    load_exercise,
    localized,
    validate_path,
    write_exercise,
)
from postureapp.core.exercises.translations import english
from tests.unit.test_exercise_translations import (  # noqa: F401 (an autouse fixture)
    TWO_STEPS,
    marked_in_the_catalogue,
)
from tests.unit.test_exercises import write_file

STEPS_EXPECTED = (
    "expected a list of 2 non-empty strings of at most 110 characters, in the order of the English"
)
CAUTIONS_EXPECTED = "expected a list of 1 non-empty strings, in the order of the English"


def messages(tmp_path: Path, translations: Any) -> list[str]:
    path = write_file(tmp_path, "move", steps=TWO_STEPS, translations=translations)
    return [str(p).removeprefix(f"{path}:").split(": ", 1)[1] for p in validate_path(path)]


@pytest.mark.parametrize(
    ("translations", "message"),
    [
        (
            {"de": {"steps": ["Nur einer."]}},
            f"translations.de.steps: {STEPS_EXPECTED}, found 1 items",
        ),
        ({"de": {"steps": "Alles."}}, f"translations.de.steps: {STEPS_EXPECTED}, found 'Alles.'"),
        (
            {"de": {"steps": ["Gut.", " "]}},
            f"translations.de.steps[2]: {STEPS_EXPECTED}, found ' '",
        ),
        ({"de": {"steps": [3, "Gut."]}}, f"translations.de.steps[1]: {STEPS_EXPECTED}, found 3"),
        (
            {"de": {"steps": ["Gut.", "y" * 111]}},
            f"translations.de.steps[2]: {STEPS_EXPECTED}, found 111 characters",
        ),
        ({"de": {"cautions": []}}, f"translations.de.cautions: {CAUTIONS_EXPECTED}, found 0 items"),
        (
            {"de": {"cautions": ["Vorsicht."] * 2}},
            f"translations.de.cautions: {CAUTIONS_EXPECTED}, found 2 items",
        ),
        (
            {"German": {"title": "x"}},
            "translations.German: expected a language like de or pt_BR, found 'German'",
        ),
        (
            {"de": "x"},
            "translations.de: expected a table of title, summary, cautions and steps, found 'x'",
        ),
        (
            {"de": {"summary": " "}},
            "translations.de.summary: expected text of 1 to 90 characters, found 0 characters",
        ),
        (
            {"de": {"title": "x" * 41}},
            "translations.de.title: expected text of 1 to 40 characters, found 41 characters",
        ),
        (
            "x",
            "translations: expected a table of languages like [translations.de], found 'x'",
        ),
    ],
)
def test_a_wrong_translation_says_what_was_expected_and_found(
    tmp_path: Path, translations: Any, message: str
) -> None:
    assert messages(tmp_path, translations) == [message]


def test_every_language_and_text_at_its_limit_is_read(tmp_path: Path) -> None:
    texts = {
        "title": "t" * 40,
        "summary": " s ",
        "cautions": ["Vorsicht."],
        "steps": ["Gut.", "y" * 110],
    }
    path = write_file(
        tmp_path, "move", steps=TWO_STEPS, translations={"pt_BR": texts, "fil": {"title": "T"}}
    )
    assert validate_path(path) == []
    exercise = load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)
    assert [language for language, _ in exercise.translations] == ["fil", "pt_BR"]
    shown = localized(exercise, ["pt_BR"])
    assert (shown.title, shown.summary, shown.cautions) == ("t" * 40, "s", ("Vorsicht.",))
    assert [s.text for s in shown.steps] == ["Gut.", "y" * 110]


def test_a_translation_of_the_title_alone_is_written_back_as_the_title_alone(
    tmp_path: Path,
) -> None:
    path = write_file(
        tmp_path,
        "move",
        steps=TWO_STEPS,
        translations={"fr": {"title": "Mouvement"}, "de": {"cautions": ["Vorsicht."]}},
    )
    exercise = load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)
    written = write_exercise(tmp_path / "out", exercise).read_text()
    assert '[translations.fr]\ntitle = "Mouvement"\n' in written
    assert '[translations.de]\ncautions = [\n    "Vorsicht.",\n]\n' in written
    assert "summary" not in written.partition("[translations")[2]


HEAD = """id = "move"
title = "Test move"
summary = "A small movement for tests."
areas = ["upper-back"]
movement = "rotation"
position = "seated"
suits = ["short", "long"]
sides = "none"
cautions = ["Stop if it hurts."]
"""  # 9 lines
STEPS = """
[[steps]]
text = "Sit tall."
seconds = 5
illustration = "pose.svg"

[[steps]]
text = "Turn to the side."
seconds = 8
illustration = "pose.svg"
"""


def lines(tmp_path: Path, text: str) -> list[tuple[str, int | None]]:
    path = tmp_path / "move.toml"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "pose.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    return [(p.field, p.line) for p in validate_path(path)]


def test_a_problem_points_at_its_key_or_else_its_language_table(tmp_path: Path) -> None:
    text = (
        HEAD
        + '\n[translations.de]\ntitle = ""\nsteps = ["Gut."]\n'  # 11, 12, 13
        + '\n[ translations . "fr" ]  # French\nsummary = ""\n'  # 15, 16
        + "\n[translations.it]\ncautions = []\n"  # 18, 19
        + STEPS
    )
    assert lines(tmp_path, text) == [
        ("translations.de.title", 12),
        ("translations.de.steps", 13),
        ("translations.fr.summary", 16),
        ("translations.it.cautions", 19),
    ]


def test_a_key_of_the_same_name_in_a_later_table_is_not_taken_for_it(tmp_path: Path) -> None:
    text = (
        HEAD
        + '\n[translations.de]\n"summary" = ""\n'  # 11, 12: a quoted key is not looked for
        + '\n[translations.fr]\nsummary = "Resume"\nde = 1\n'  # 14, 15, 16
        + STEPS
    )
    assert lines(tmp_path, text) == [
        ("translations.de.summary", 11),
        ("translations.fr.de", 16),
    ], "nor a key named like the language, once its table was found"


def test_a_problem_in_an_inline_language_table_points_at_its_line(tmp_path: Path) -> None:
    text = (
        HEAD
        + '\n[translations]\nde = { title = "Test" }\n"fr" = { title = "" }\n'  # 11, 12, 13
        + STEPS
    )
    assert lines(tmp_path, text) == [("translations.fr.title", 13)]


def test_translated_steps_that_no_longer_match_the_exercise_are_refused(tmp_path: Path) -> None:
    path = write_file(
        tmp_path, "move", steps=TWO_STEPS, translations={"de": {"steps": ["Sitzen.", "Drehen."]}}
    )
    exercise = load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)
    one_step = replace(exercise, steps=exercise.steps[:1])
    with pytest.raises(ValueError):
        localized(one_step, ["de"])
    shown = localized(exercise, ["de"])
    with pytest.raises(ValueError):
        english(replace(shown, steps=shown.steps[:1]))


def test_a_translated_copy_is_written_back_with_all_its_english(tmp_path: Path) -> None:
    german = {
        "title": "Testbewegung",
        "summary": "Eine kleine Bewegung.",
        "cautions": ["Vorsicht."],
        "steps": ["Sitzen.", "Drehen."],
    }
    path = write_file(tmp_path, "move", steps=TWO_STEPS, translations={"de": german})
    exercise = load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)
    written = write_exercise(tmp_path / "out", localized(exercise, ["de"]))
    again = load_exercise(written, illustration_dirs=[tmp_path / "out"], origin=CUSTOM)
    assert (again.title, again.summary, again.cautions) == (
        "Test move",
        "A small movement for tests.",
        ("Stop if it hurts.",),
    )
    assert [step.text for step in again.steps] == ["Sit tall.", "Turn to the side."]
    assert again.language is None and again.english is None


def test_every_wrong_language_table_is_reported_not_only_the_first(tmp_path: Path) -> None:
    translations = {"German": {"title": "x"}, "French": {"title": "y"}, "de": "x", "fr": "y"}
    table = "expected a table of title, summary, cautions and steps"
    assert sorted(messages(tmp_path, translations)) == [
        "translations.French: expected a language like de or pt_BR, found 'French'",
        "translations.German: expected a language like de or pt_BR, found 'German'",
        f"translations.de: {table}, found 'x'",
        f"translations.fr: {table}, found 'y'",
    ]
