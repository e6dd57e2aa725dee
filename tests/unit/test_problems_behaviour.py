"""What a person reads when a file they wrote is wrong: the place, the field, what was expected and
what was found, for every reader that checks through `core.problems` (settings, exercises,
packs, the saved state). Each test pins the whole sentence a user sees."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from postureapp.core.i18n.phrase import Phrase
from postureapp.core.problems import (
    MAX_TOML_DEPTH,
    MISSING,
    Collector,
    Problem,
    ProblemError,
    noted,
    problem,
    read_json,
    read_toml,
    show,
)


def shout(context: str, source: str) -> str:
    """A stand-in language: every phrase in capitals, so a test sees what was translated."""
    return source.upper()


def lines_of(collector: Collector) -> list[str]:
    return [str(p) for p in collector.problems]


# --- how a found value is written ----------------------------------------------------------------


def test_found_values_are_written_the_way_the_author_wrote_them() -> None:
    assert str(show(MISSING)) == "nothing (the field is missing)"
    assert show(True) == "true" and show(False) == "false"
    assert str(show({"a": 1})) == "a table"
    assert show({"a": 1}).text(shout) == "A TABLE"  # type: ignore[union-attr]
    assert show(datetime(2026, 5, 1, 9, 30, tzinfo=UTC)) == "2026-05-01T09:30:00+00:00"
    assert show(date(2026, 5, 1)) == "2026-05-01"
    assert show(time(23, 5)) == "23:05:00"
    assert show("five") == "'five'"
    assert show(3) == "3"


def test_a_long_found_value_is_cut_to_sixty_characters_with_an_ellipsis() -> None:
    exactly = "x" * 58  # repr adds two quotes: 60 characters, shown whole
    assert show(exactly) == repr(exactly)
    longer = "y" * 59  # 61 with its quotes
    shown = str(show(longer))
    assert len(shown) == 60 and shown == "'" + "y" * 56 + "..."


def test_the_missing_marker_says_what_it_is_when_printed() -> None:
    assert repr(MISSING) == "MISSING"


# --- one problem, as printed -----------------------------------------------------------------------


def test_a_problem_names_file_line_column_field_and_what_is_wrong() -> None:
    p = problem("/home/ann/twist.toml", "steps[2].seconds", "an integer", "'five'", 18, 4)
    assert (
        str(p) == "/home/ann/twist.toml:18:4: steps[2].seconds: expected an integer, found 'five'"
    )
    assert p.path == Path("/home/ann/twist.toml")
    assert p.where == "/home/ann/twist.toml:18:4"


def test_a_problem_without_line_or_field_is_just_the_file_and_the_words() -> None:
    assert str(problem("a.toml", "", "x", "y")) == "a.toml: expected x, found y"
    assert str(problem("a.toml", "f", "x", "y", None, 7)) == "a.toml: f: expected x, found y"
    assert str(problem("a.toml", "f", "x", "y", 3)) == "a.toml:3: f: expected x, found y"


def test_a_problem_made_of_plain_strings_still_translates_its_frame() -> None:
    plain = Problem("a.toml", "rounds", expected="1 to 10", found="'two'", line=2)
    assert plain.what == "expected 1 to 10, found 'two'"
    assert plain.text(shout) == "a.toml:2: rounds: EXPECTED 1 to 10, FOUND 'two'"


def test_a_problem_made_of_phrases_is_shown_in_the_readers_language() -> None:
    p = problem("a.toml", "cue", Phrase("problems", "one of {0}", ("hum, breathe",)), "'x'")
    assert p.text(shout) == "a.toml: cue: EXPECTED ONE OF hum, breathe, FOUND 'x'"
    assert p.text() == "a.toml: cue: expected one of hum, breathe, found 'x'"


def test_a_noted_problem_says_its_message_in_the_readers_language() -> None:
    said = noted("s.json", "paused", Phrase("problems", "left out"), line=5)
    assert str(said) == "s.json:5: paused: left out"
    assert said.text(shout) == "s.json:5: paused: LEFT OUT"
    plain = noted(Path("s.json"), "", "kept the defaults")
    assert str(plain) == "s.json: kept the defaults"
    assert plain.text(shout) == "s.json: kept the defaults"
    assert Problem("s.json", message="as written").what_in(shout) == "as written"


def test_a_problem_as_json_carries_every_part_and_the_whole_sentence() -> None:
    p = problem("a.toml", "rounds", "1 to 10", "'two'", 2, 9)
    assert p.as_dict() == {
        "file": "a.toml",
        "line": 2,
        "column": 9,
        "field": "rounds",
        "expected": "1 to 10",
        "found": "'two'",
        "message": "a.toml:2:9: rounds: expected 1 to 10, found 'two'",
    }


def test_a_problem_error_reads_as_its_problem_and_keeps_every_part() -> None:
    p = problem("/x/a.toml", "rounds", "1 to 10", "'two'", 2, 9)
    error = ProblemError(p)
    assert str(error) == str(p)
    assert error.problem is p
    assert error.path == Path("/x/a.toml")
    assert (error.field, error.expected, error.found) == ("rounds", "1 to 10", "'two'")
    assert (error.line, error.column) == (2, 9)
    assert isinstance(error, ValueError)


# --- the collector: every problem of a record, each with its line ------------------------------


def test_the_collector_finds_each_fields_line_and_keeps_every_problem() -> None:
    lines = {"title": 1, "rounds": 4}
    c = Collector(Path("ex.toml"), locate=lines.get)
    assert c.ok
    assert c.source == "ex.toml"
    c.fail("rounds", "a number", "'two'")
    c.note("title", "too loud")
    c.extend([problem("other.toml", "", "a", "b")])
    assert not c.ok
    assert lines_of(c) == [
        "ex.toml:4: rounds: expected a number, found 'two'",
        "ex.toml:1: title: too loud",
        "other.toml: expected a, found b",
    ]


def test_without_a_locator_problems_have_no_line() -> None:
    c = Collector("ex.toml")
    c.fail("rounds", "a", "b")
    c.note("title", "m")
    assert [p.line for p in c.problems] == [None, None]


def test_an_unknown_key_suggests_the_nearest_known_one_or_lists_them_all() -> None:
    c = Collector("ex.toml")
    c.unknown_keys({"title": 1, "summery": 2, "zzz": 3}, ["title", "summary"], prefix="steps[1].")
    assert lines_of(c) == [
        "ex.toml: steps[1].summery: expected a known key (did you mean 'summary'?),"
        " found unknown key 'summery'",
        "ex.toml: steps[1].zzz: expected one of the keys title, summary, found unknown key 'zzz'",
    ]


def test_text_is_trimmed_and_must_have_one_to_limit_characters() -> None:
    c = Collector("ex.toml")
    assert c.text({"title": "  Twist  "}, "title", 5) == "Twist"
    assert c.text({"title": "abcde"}, "title", 5) == "abcde"
    assert c.ok
    assert c.text({"title": "abcdef"}, "title", 5) is None
    assert c.text({"title": "   "}, "title", 5, label="steps[1].text") is None
    assert c.text({}, "title", 5) is None
    assert c.text({"title": 7}, "title", 5) is None
    assert lines_of(c) == [
        "ex.toml: title: expected text of 1 to 5 characters, found 6 characters",
        "ex.toml: steps[1].text: expected text of 1 to 5 characters, found 0 characters",
        "ex.toml: title: expected text of 1 to 5 characters, found nothing (the field is missing)",
        "ex.toml: title: expected text of 1 to 5 characters, found 7",
    ]


def test_a_choice_must_be_one_of_the_allowed_words() -> None:
    c = Collector("ex.toml")
    assert c.choice({"cue": "breathe"}, "cue", ["breathe", "hold"]) == "breathe"
    assert c.choice({}, "cue", ["breathe", "hold"], default="hold") == "hold"
    assert c.ok
    assert c.choice({"cue": "hum"}, "cue", ["breathe", "hold"], label="steps[1].cue") is None
    assert c.choice({}, "cue", ["breathe"]) is None
    assert c.choice({"cue": 3}, "cue", ["3"]) is None
    assert lines_of(c) == [
        "ex.toml: steps[1].cue: expected one of breathe, hold, found 'hum'",
        "ex.toml: cue: expected one of breathe, found nothing (the field is missing)",
        "ex.toml: cue: expected one of 3, found 3",
    ]


def test_a_list_of_choices_refuses_unknown_words_an_empty_list_and_repeats() -> None:
    c = Collector("ex.toml")
    allowed = ["neck", "upper-back", "shoulders"]
    assert c.choices({"areas": ["neck", "shoulders"]}, "areas", allowed, 1) == (
        "neck",
        "shoulders",
    )
    assert c.choices({}, "equipment", allowed, 0) == ()
    assert c.ok
    assert c.choices({"areas": ["neck", "knees"]}, "areas", allowed, 1) is None
    assert c.choices({"areas": []}, "areas", allowed, 1) is None
    assert c.choices({"areas": ["neck", "neck"]}, "areas", allowed, 1) is None
    assert c.choices({"areas": "neck"}, "areas", allowed, 1) is None
    assert c.choices({}, "areas", allowed, 1) is None
    assert c.choices({"equipment": [1]}, "equipment", allowed, 0) is None
    expected = "expected a list of at least one of neck, upper-back, shoulders (no repeats)"
    assert lines_of(c) == [
        f"ex.toml: areas: {expected}, found 'knees'",
        f"ex.toml: areas: {expected}, found an empty list",
        f"ex.toml: areas: {expected}, found 'neck' twice",
        f"ex.toml: areas: {expected}, found 'neck'",
        f"ex.toml: areas: {expected}, found nothing (the field is missing)",
        "ex.toml: equipment: expected a list of any of neck, upper-back, shoulders (no repeats),"
        " found 1",
    ]


def test_a_list_of_strings_has_a_size_and_no_blank_entries() -> None:
    c = Collector("ex.toml")
    assert c.strings({"cautions": [" a ", "b"]}, "cautions", (1, 2)) == ("a", "b")
    assert c.strings({}, "sources", (0, None)) == ()
    assert c.strings({"sources": ["x"] * 30}, "sources", (0, None)) == ("x",) * 30
    assert c.ok
    assert c.strings({"cautions": ["a", "b", "c"]}, "cautions", (1, 2)) is None
    assert c.strings({"cautions": []}, "cautions", (1, 2)) is None
    assert c.strings({"cautions": ["a", " "]}, "cautions", (1, 2)) is None
    assert c.strings({"cautions": ["a", 5]}, "cautions", (1, 2)) is None
    assert c.strings({}, "cautions", (1, 2)) is None
    assert c.strings({"sources": "x"}, "sources", (0, None)) is None
    expected = "expected a list of 1 to 2 non-empty strings"
    assert lines_of(c) == [
        f"ex.toml: cautions: {expected}, found 3 items",
        f"ex.toml: cautions: {expected}, found 0 items",
        f"ex.toml: cautions: {expected}, found ' '",
        f"ex.toml: cautions: {expected}, found 5",
        f"ex.toml: cautions: {expected}, found nothing (the field is missing)",
        "ex.toml: sources: expected a list of any number of non-empty strings, found 'x'",
    ]


def test_an_integer_within_bounds_inclusive_and_never_a_boolean_or_a_fraction() -> None:
    c = Collector("ex.toml")
    assert c.integer({"rounds": 1}, "rounds", (1, 10)) == 1
    assert c.integer({"rounds": 10}, "rounds", (1, 10)) == 10
    assert c.integer({}, "rounds", (1, 10), default=3) == 3
    assert c.ok
    for wrong in (0, 11, True, 2.5, "2"):
        assert c.integer({"rounds": wrong}, "rounds", (1, 10), label="steps[1].rounds") is None
    assert c.integer({}, "rounds", (1, 10)) is None
    found = [p.found for p in c.problems]
    assert found == ["0", "11", "true", "2.5", "'2'", "nothing (the field is missing)"]
    assert str(c.problems[0]) == (
        "ex.toml: steps[1].rounds: expected an integer from 1 to 10, found 0"
    )


def test_true_or_false_and_nothing_else() -> None:
    c = Collector("ex.toml")
    assert c.boolean({"mirror": False}, "mirror", True) is False
    assert c.boolean({}, "mirror", True) is True
    assert c.ok
    assert c.boolean({"mirror": "yes"}, "mirror", True, label="steps[2].mirror") is None
    assert c.boolean({"mirror": 1}, "mirror", True) is None
    assert lines_of(c) == [
        "ex.toml: steps[2].mirror: expected true or false, found 'yes'",
        "ex.toml: mirror: expected true or false, found 1",
    ]


def test_a_moment_needs_an_iso_time_with_an_offset() -> None:
    c = Collector("state.json")
    when = c.moment({"since": "2026-05-10T09:30:00+02:00"}, "since")
    assert when is not None and when.utcoffset() is not None and when.hour == 9
    assert c.moment({}, "until", optional=True) is None
    assert c.moment({"until": None}, "until", optional=True) is None
    assert c.moment({"until": ""}, "until", optional=True) is None
    assert c.ok
    assert c.moment({"since": "2026-05-10T09:30:00"}, "since") is None
    assert c.moment({"since": "tomorrow"}, "since") is None
    assert c.moment({"since": 5}, "since") is None
    assert c.moment({}, "since") is None
    assert c.moment({"until": "later"}, "until", optional=True) is None
    expected = "expected an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00"
    assert lines_of(c) == [
        f"state.json: since: {expected}, found '2026-05-10T09:30:00'",
        f"state.json: since: {expected}, found 'tomorrow'",
        f"state.json: since: {expected}, found 5",
        f"state.json: since: {expected}, found nothing (the field is missing)",
        f"state.json: until: {expected}, found 'later'",
    ]


# --- reading a TOML or JSON file a person wrote ----------------------------------------------


def refused(call: object) -> str:
    with pytest.raises(ProblemError) as caught:
        call()  # type: ignore[operator]
    return str(caught.value)


def test_a_good_toml_file_gives_its_table_and_its_text(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('title = "Twist"\n', encoding="utf-8")
    assert read_toml(path) == ({"title": "Twist"}, 'title = "Twist"\n')


def test_a_missing_toml_file_is_not_a_problem_but_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_toml(tmp_path / "none.toml")
    with pytest.raises(FileNotFoundError):
        read_json(tmp_path / "none.json")


def test_an_unreadable_file_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "a.toml"
    folder.mkdir()
    assert refused(lambda: read_toml(folder)) == (f"{folder}: cannot be read: it is a folder")
    assert refused(lambda: read_json(folder)) == (f"{folder}: cannot be read: it is a folder")


def test_a_file_over_the_limit_is_refused_and_one_at_the_limit_read(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text("a = 1\n", encoding="utf-8")  # 6 bytes
    assert read_toml(path, max_bytes=6)[0] == {"a": 1}
    assert refused(lambda: read_toml(path, max_bytes=5)) == (
        f"{path}: expected a file of at most 5 bytes, found a bigger file"
    )
    js = tmp_path / "a.json"
    js.write_text("[1, 2]", encoding="utf-8")  # 6 bytes
    assert read_json(js, max_bytes=6) == [1, 2]
    assert refused(lambda: read_json(js, max_bytes=5)) == (
        f"{js}: expected a file of at most 5 bytes, found a bigger file"
    )


def test_the_default_limits_are_a_megabyte_of_toml_and_100_kb_of_json(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_text("# " + "x" * 1_000_000 + "\n", encoding="utf-8")
    assert refused(lambda: read_toml(big)) == (
        f"{big}: expected a file of at most 1,000,000 bytes, found a bigger file"
    )
    js = tmp_path / "big.json"
    js.write_text(json.dumps("x" * 100_000), encoding="utf-8")
    assert refused(lambda: read_json(js)) == (
        f"{js}: expected a file of at most 100,000 bytes, found a bigger file"
    )
    fits = tmp_path / "fits.json"
    fits.write_text(json.dumps("x" * 99_990), encoding="utf-8")
    assert read_json(fits) == "x" * 99_990


def test_text_that_is_not_utf8_names_the_byte_and_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_bytes(b'title = "caf\xe9"\n')
    assert refused(lambda: read_toml(path)) == (
        f"{path}: expected UTF-8 text, found byte 0xe9 at offset 12"
    )
    js = tmp_path / "a.json"
    js.write_bytes(b'["\xff"]')
    assert refused(lambda: read_json(js)) == (
        f"{js}: expected UTF-8 text, found byte 0xff at offset 2"
    )


def test_another_encoding_can_be_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_bytes(b'title = "caf\xe9"\n')
    assert read_toml(path, encoding="latin-1")[0] == {"title": "café"}


def test_a_toml_syntax_error_gives_its_line_and_column_and_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('title = "Twist"\nrounds = = 2\n', encoding="utf-8")
    with pytest.raises(ProblemError) as caught:
        read_toml(path)
    error = caught.value
    assert (error.line, error.column) == (2, 10)
    assert (
        str(error)
        == f"{path}:2:10: expected valid TOML, found a value of no known kind (text needs quotes)"
    )


def test_a_toml_error_at_the_end_of_the_file_has_no_line(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('title = "Twist', encoding="utf-8")
    error = refused(lambda: read_toml(path))
    assert error == f"{path}: expected valid TOML, found text without its closing quote"


def test_toml_nested_deeper_than_a_person_writes_is_refused(tmp_path: Path) -> None:
    depth_ok = tmp_path / "ok.toml"
    # The file's own table is one level: it holds at most 19 lists inside one another.
    inner = MAX_TOML_DEPTH - 1
    depth_ok.write_text("a = " + "[" * inner + "]" * inner + "\n")
    assert read_toml(depth_ok)[0]["a"] is not None
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * (inner + 1) + "]" * (inner + 1) + "\n")
    assert refused(lambda: read_toml(deep)) == (
        f"{deep}: expected tables and lists nested at most 20 deep, found deeper nesting"
    )
    tables = tmp_path / "tables.toml"
    tables.write_text("[" + ".".join(["t"] * MAX_TOML_DEPTH) + "]\nx = 1\n")
    assert "nested at most 20 deep" in refused(lambda: read_toml(tables))
    absurd = tmp_path / "absurd.toml"
    absurd.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n")
    assert "nested at most 20 deep, found deeper nesting" in refused(lambda: read_toml(absurd))


def test_a_json_syntax_error_gives_its_line_and_column(tmp_path: Path) -> None:
    js = tmp_path / "a.json"
    js.write_text('{\n  "a": ,\n}', encoding="utf-8")
    with pytest.raises(ProblemError) as caught:
        read_json(js)
    assert (caught.value.line, caught.value.column) == (2, 8)
    assert str(caught.value) == (
        f"{js}:2:8: expected valid JSON, found no value where one was needed"
    )


def test_json_nested_absurdly_deep_is_refused_in_words(tmp_path: Path) -> None:
    js = tmp_path / "a.json"
    js.write_text("[" * 100_000 + "]" * 100_000 + " " * 10, encoding="utf-8")
    assert refused(lambda: read_json(js, max_bytes=300_000)) == (
        f"{js}: expected JSON nested a few levels deep, found deeper"
    )
