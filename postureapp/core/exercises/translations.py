"""An exercise's texts in other languages: `[translations.<language>]` tables in its own file.

    [translations.de]
    title = "Drehung im Sitzen"
    summary = "..."
    cautions = ["...", "...", "..."]     # as many as the English, in the same order
    steps = ["...", "...", "..."]        # one per [[steps]] table, in order

Every key may be left out: what is missing stays English. Each text is checked with the English
one's limits. A custom pack carries its own translations the same way, in any language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from postureapp.core.exercises.model import (
    STEP_TEXT_MAX,
    SUMMARY_MAX,
    TITLE_MAX,
    Exercise,
    ExerciseText,
)
from postureapp.core.i18n.languages import pick
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP
from postureapp.core.problem_words import characters, items, say
from postureapp.core.problems import MISSING, Collector, show

#: A language as catalogues name it: de, pt_BR, zh_TW.
LANGUAGE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")
KEYS = ("title", "summary", "cautions", "steps")


def _texts(
    check: Collector, table: Mapping[str, Any], name: str, label: str, count: int, limit: int | None
) -> tuple[str, ...] | None:
    value = table.get(name, MISSING)
    if value is MISSING:
        return None
    expected = (
        say(
            QT_TRANSLATE_NOOP(
                "problems",
                "a list of {0} non-empty strings of at most {1} characters,"
                " in the order of the English",
            ),
            count,
            limit,
        )
        if limit
        else say(
            QT_TRANSLATE_NOOP(
                "problems", "a list of {0} non-empty strings, in the order of the English"
            ),
            count,
        )
    )
    if not isinstance(value, list) or len(value) != count:
        found = items(len(value)) if isinstance(value, list) else show(value)
        check.fail(label, expected, found)
        return None
    for number, item in enumerate(value, 1):
        if not isinstance(item, str) or not item.strip():
            check.fail(f"{label}[{number}]", expected, show(item))
            return None
        if limit is not None and len(item.strip()) > limit:
            check.fail(f"{label}[{number}]", expected, characters(len(item.strip())))
            return None
    return tuple(item.strip() for item in value)


def read_translations(
    check: Collector, data: Mapping[str, Any], cautions: int, steps: int
) -> tuple[tuple[str, ExerciseText], ...]:
    """The `translations` table, every problem reported to `check` with its place."""
    raw = data.get("translations", MISSING)
    if raw is MISSING:
        return ()
    if not isinstance(raw, dict):
        expected = say(QT_TRANSLATE_NOOP("problems", "a table of languages like [translations.de]"))
        check.fail("translations", expected, show(raw))
        return ()
    out = []
    for language, table in raw.items():
        label = f"translations.{language}"
        if not LANGUAGE.fullmatch(language):
            expected = say(QT_TRANSLATE_NOOP("problems", "a language like de or pt_BR"))
            check.fail(label, expected, show(language))
            continue
        if not isinstance(table, dict):
            expected = say(
                QT_TRANSLATE_NOOP("problems", "a table of title, summary, cautions and steps")
            )
            check.fail(label, expected, show(table))
            continue
        check.unknown_keys(table, KEYS, label + ".")
        text = ExerciseText(
            title=check.text(table, "title", TITLE_MAX, f"{label}.title")
            if "title" in table
            else None,
            summary=check.text(table, "summary", SUMMARY_MAX, f"{label}.summary")
            if "summary" in table
            else None,
            cautions=_texts(check, table, "cautions", f"{label}.cautions", cautions, None),
            steps=_texts(check, table, "steps", f"{label}.steps", steps, STEP_TEXT_MAX),
        )
        out.append((language, text))
    return tuple(sorted(out))


def translations_table(exercise: Exercise) -> dict[str, dict[str, Any]]:
    """The `translations` table as the file holds it (for the writer)."""
    table: dict[str, dict[str, Any]] = {}
    for language, text in exercise.translations:
        entry: dict[str, Any] = {}
        for key in KEYS:
            value = getattr(text, key)
            if value is not None:
                entry[key] = value  # tomli_w writes a tuple as an array, as it does a list
        table[language] = entry
    return table


def languages_of(exercise: Exercise) -> list[str]:
    return [language for language, _text in exercise.translations]


def localized(exercise: Exercise, languages: Sequence[str]) -> Exercise:
    """The exercise in the first of `languages` it has (English where a text is missing)."""
    source = english(exercise)
    language = pick(languages, languages_of(source))
    if language is None:
        return source
    text = dict(source.translations)[language]
    steps = source.steps
    if text.steps is not None:
        steps = tuple(
            replace(step, text=words) for step, words in zip(steps, text.steps, strict=True)
        )
    return replace(
        source,
        title=text.title or source.title,
        summary=text.summary or source.summary,
        cautions=text.cautions or source.cautions,
        steps=steps,
        language=language,
        english=ExerciseText(
            source.title,
            source.summary,
            source.cautions,
            tuple(step.text for step in source.steps),
        ),
    )


def english(exercise: Exercise) -> Exercise:
    """The exercise as its file has it: a translated copy turned back."""
    original = exercise.english
    if exercise.language is None or original is None:
        return exercise
    assert original.title and original.summary and original.cautions and original.steps
    return replace(
        exercise,
        title=original.title,
        summary=original.summary,
        cautions=original.cautions,
        steps=tuple(
            replace(step, text=words)
            for step, words in zip(exercise.steps, original.steps, strict=True)
        ),
        language=None,
        english=None,
    )


def translation_line(text: str, field_name: str) -> int | None:
    """The line of a field such as `translations.de.steps[2]`: its key in the language's table,
    else the table's header (for error messages)."""
    match = re.fullmatch(r"translations\.([^.\[]+)(?:\.(\w+))?.*", field_name)
    if match is None:
        return None
    language, key = re.escape(match.group(1)), match.group(2)
    header = re.compile(rf"\s*\[\s*translations\s*\.\s*[\"']?{language}[\"']?\s*\]\s*(#.*)?")
    inline = re.compile(rf"\s*[\"']?{language}[\"']?\s*=")
    found, in_table = None, False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip().startswith("["):
            in_table = header.fullmatch(line) is not None
            found = number if in_table else found
            continue
        if in_table and key and re.match(rf"\s*{key}\s*=", line):
            return number
        if found is None and inline.match(line):
            found = number
    return found
