"""The message a refused import is told with: the file, each problem on its own line, the rest
counted, whether the reading stopped, and every word of it in the user's language."""

from __future__ import annotations

import pytest

from postureapp.core.history.import_words import (
    ImportFileError,
    a_byte,
    a_list_of,
    a_longer_one,
    a_version,
    after_a_key,
    as_deep_as_an_export,
    at_most_characters,
    cannot_import,
    cell_count,
    columns_wrong,
    export_shape,
    hex_uid,
    in_the_list,
    not_before,
    the_end_of_the_file,
)
from postureapp.core.history.importing import parse_export
from postureapp.core.history.transfer import CSV_COLUMNS, EXPORT_COLUMNS
from postureapp.core.i18n import Phrase
from postureapp.core.i18n.qm import Catalogue
from postureapp.core.problems import problem
from postureapp.paths import assets_dir

HEADER = ",".join(EXPORT_COLUMNS) + "\n"
V2_HEADER = ",".join(CSV_COLUMNS) + "\n"


def bad_rows(count: int) -> list:  # type: ignore[type-arg]
    return [problem("old.csv", "kind", "short", f"k{n}", n + 2) for n in range(count)]


def marked(context: str, source: str) -> str:
    """A 'translation' that shows which words went through it, and in which context."""
    return f"<{context}:{source}>"


def test_twenty_problems_are_all_listed_and_nothing_more_is_said() -> None:
    message = cannot_import("old.csv", bad_rows(20), stopped=False)
    lines = message.splitlines()
    assert lines[0] == "old.csv: cannot import, nothing was added:"
    assert lines[1] == "  old.csv:2: kind: expected short, found k0"
    assert lines[20] == "  old.csv:21: kind: expected short, found k19"
    assert len(lines) == 21


def test_past_twenty_the_rest_are_counted() -> None:
    lines = cannot_import("old.csv", bad_rows(21), stopped=False).splitlines()
    assert lines[20:] == ["  old.csv:21: kind: expected short, found k19", "  … and 1 more"]


def test_a_stopped_reading_says_after_how_many_problems() -> None:
    lines = cannot_import("old.csv", bad_rows(2), stopped=True).splitlines()
    assert lines[3:] == ["  (reading stopped after 2 problems)"]


def test_every_word_of_the_message_is_translated() -> None:
    error = ImportFileError("old.csv", bad_rows(22), stopped=True)
    assert str(error) == cannot_import("old.csv", bad_rows(22), stopped=True)
    assert (error.source, error.stopped, len(error.problems)) == ("old.csv", True, 22)
    lines = error.text(marked).splitlines()
    assert lines[0] == "<problems:old.csv: cannot import, nothing was added:>"
    assert lines[1] == "  old.csv:2: kind: <problems:expected short, found k0>"
    assert lines[-2:] == [
        "  <problems:… and 2 more>",
        "  <problems:(reading stopped after 22 problems)>",
    ]


def test_a_refused_import_is_not_stopped_unless_told() -> None:
    error = ImportFileError("old.csv", bad_rows(1))
    assert error.stopped is False
    assert (
        str(error)
        == "old.csv: cannot import, nothing was added:\n  old.csv:2: kind: expected short, found k0"
    )


@pytest.mark.parametrize(
    ("missing", "unknown", "said"),
    [
        (["kind"], [], "missing column kind (expected id, kind; id is optional)"),
        ([], ["colour", "size"], "unknown column colour, size (expected id, kind; id is optional)"),
        (["kind"], ["colour"], "missing column kind; unknown column colour (expected id, kind; id is optional)"),
    ],
)  # fmt: skip
def test_columns_name_what_is_missing_and_what_is_unknown(
    missing: list[str], unknown: list[str], said: str
) -> None:
    words = columns_wrong(missing, unknown, ["id", "kind"])
    assert words is not None and str(words) == said
    column_words = [f"<problems:{part}>" for part in said.partition(" (")[0].split("; ")]
    both = column_words[0] if len(column_words) == 1 else f"<problems:{'; '.join(column_words)}>"
    assert words.text(marked) == f"<problems:{both} (expected id, kind; id is optional)>"


def test_columns_in_order_are_nothing_to_say() -> None:
    assert columns_wrong([], [], ["id"]) is None


def test_limits_are_written_with_thousands_separators() -> None:
    assert str(at_most_characters("line", 1048576)) == "a line of at most 1,048,576 characters"
    assert str(at_most_characters("cell", 131072)) == "a cell of at most 131,072 characters"
    assert str(at_most_characters("value", 1000)) == "a value of at most 1,000 characters"


def test_a_byte_is_written_in_hex_with_two_digits() -> None:
    assert str(a_byte(0x9)) == "byte 0x09"
    assert str(a_byte(0xE9)) == "byte 0xe9"


def test_a_refused_import_reads_in_german_word_for_word() -> None:
    """Every phrase an import is refused with is in the German catalogue, under "problems"."""
    german = Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm").translate
    said = {
        "line": at_most_characters("line", 1048576),
        "cell": at_most_characters("cell", 131072),
        "value": at_most_characters("value", 1000),
        "longer": a_longer_one(),
        "end": the_end_of_the_file(),
        "deep": as_deep_as_an_export(),
        "shape": export_shape(),
        "list": a_list_of("breaks"),
        "colon": after_a_key(),
        "in list": in_the_list("','", "breaks"),
        "version": a_version(2),
        "cells": cell_count(10),
        "byte": a_byte(0xE9),
        "not before": not_before("started_at", "09:00"),
        "uid": hex_uid(),
    }
    assert {key: words.text(german) for key, words in said.items()} == {
        "line": "eine Zeile mit höchstens 1,048,576 Zeichen",
        "cell": "eine Zelle mit höchstens 131,072 Zeichen",
        "value": "einen Wert mit höchstens 1,000 Zeichen",
        "longer": "einen längeren",
        "end": "das Dateiende",
        "deep": "JSON, nicht tiefer verschachtelt als ein Export",
        "shape": "ein JSON-Objekt mit einer Liste 'breaks', wie der Export es schreibt",
        "list": "eine Liste breaks",
        "colon": "':' nach einem Schlüssel",
        "in list": "',' in der Liste breaks",
        "version": "1 bis 2 (eine neuere Version braucht ein neueres postureapp)",
        "cells": "10 Zellen",
        "byte": "Byte 0xe9",
        "not before": "eine Zeit nicht vor started_at (09:00)",
        "uid": "32 Hexadezimalziffern in Kleinbuchstaben",
    }
    assert {words.context for words in said.values()} == {"problems"}


def test_the_whole_refusal_reads_in_german() -> None:
    german = Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm").translate
    error = ImportFileError("old.csv", bad_rows(21), stopped=True)
    lines = error.text(german).splitlines()
    assert lines[0] == "old.csv: Import nicht möglich, nichts wurde hinzugefügt:"
    assert lines[-2:] == ["  … und 1 weitere", "  (Lesen nach 21 Problemen abgebrochen)"]
    words = columns_wrong(["kind"], ["colour"], ["id", "kind"])
    assert words is not None
    assert words.text(german) == (
        "fehlende Spalte kind; unbekannte Spalte colour (erwartet id, kind; id ist optional)"
    )


def phrases_of(words: object) -> list[Phrase]:
    if not isinstance(words, Phrase):
        return []
    return [words, *(p for arg in words.args for p in phrases_of(arg))]


#: Exports wrong in every way a reader of them names, each phrase of theirs at least once.
WRONG_EXPORTS = [
    ("csv", ""),
    ("csv", "uid,colour\n"),
    ("csv", "," * 1_048_576 + "\n"),
    ("csv", HEADER + "x" * 140_000 + "\n"),
    ("csv", V2_HEADER + "note\n".rjust(len(V2_HEADER.split(",")) + 4, ",")),
    ("csv", HEADER + "1,A,medium,later,x,x,x,gone,a b,-1\n"),
    (
        "json",
        '{"breaks": [], "checkins": [{"uid": 1, "at": 2, "feeling": "x", "stiffness": 11, '
        '"note": 3}], "posture_days": [{"day": "x", "upright_seconds": -1, "slouched_seconds": 0, '
        '"readings": 0, "unseen": 0}]}',
    ),
    (
        "json",
        '{"breaks": [5, {"uid": "' + "0" * 32 + '", "kind": "short", "trigger": "manual",'
        ' "due_at": "2024-05-10T09:00:00+02:00", "started_at": "2024-05-10T09:00:00+02:00",'
        ' "ended_at": "2024-05-10T08:00:00+02:00", "outcome": "completed", "exercise_ids": 3,'
        ' "seconds_done": 0}]}',
    ),
    ("json", '{"breaks": [], "version": 9, "format": "x"} x'),
    ("json", '{"breaks": [tru]}'),
    ("json", '{"breaks": [' + "[" * 100_000),
    ("json", '{"breaks": [{"uid": "' + "a" * 70_000 + '"}]}'),
    ("json", "{5: 1}"),
    ("json", '{"breaks" 1}'),
    ("json", '{"checkins": []}'),
    ("json", '{"breaks": [1 2]}'),
]


def test_every_phrase_a_refused_import_is_told_with_is_in_the_german_catalogue() -> None:
    german = Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")
    said: set[tuple[str, str]] = set()
    for fmt, text in WRONG_EXPORTS:
        with pytest.raises(ImportFileError) as refused:
            parse_export(text, "x", fmt=fmt)
        for found in refused.value.problems:
            said |= {(p.context, p.source) for p in phrases_of(found.said)}
    assert len(said) >= 30
    missing = sorted(source for source in said if source not in german.messages)
    assert not missing, missing
