"""A JSON export read a piece at a time: the line a problem names stays right however far into a
large file it is, a value is cut off only past its limit, and the reading stops once the answer
is clear."""

from __future__ import annotations

from pathlib import Path

import pytest

from postureapp.core.history import ExportFile, ImportFileError, parse_export
from postureapp.core.history.import_stream import MAX_PROBLEMS, Problems, Stop
from postureapp.core.problems import problem

UID = "0123456789abcdef" * 2


def refused(text: str) -> str:
    with pytest.raises(ImportFileError) as caught:
        parse_export(text, "x", fmt="json")
    return str(caught.value)


def said(*lines: str) -> str:
    return "\n".join(["x: cannot import, nothing was added:", *(f"  {x}" for x in lines)])


def test_a_problem_far_into_a_large_file_is_on_the_right_line() -> None:
    padding = "\n" * 100_000 + " " * 200_000  # several of the chunks the file is read in
    text = '{"breaks": [' + padding + "5," + padding + '"six"]}'
    assert refused(text) == said(
        "x:100001: breaks[0]: expected an object, found 5",
        "x:200001: breaks[1]: expected an object, found 'six'",
    )


def test_a_file_read_from_disk_names_the_same_lines(tmp_path: Path) -> None:
    path = tmp_path / "far.json"
    path.write_text('{"breaks": [' + "\n" * 70_000 + "5]}", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        ExportFile(path).check()
    assert str(caught.value).endswith(f"{path}:70001: breaks[0]: expected an object, found 5")


def test_invalid_json_inside_a_record_is_named_on_its_own_line() -> None:
    text = '{"breaks": [{\n"uid": "' + UID + '",\n"kind": tru}]}'
    assert refused(text) == said(
        "x:3: breaks[0]: expected valid JSON, found no value where one was needed"
    )


def test_a_value_cut_off_by_the_end_of_the_file_is_invalid_not_too_long() -> None:
    assert refused('{"breaks": [{"uid": "abc') == said(
        "x:1: breaks[0]: expected valid JSON, found text without its closing quote"
    )


def test_a_string_longer_than_its_limit_is_too_long_not_invalid() -> None:
    text = '{"breaks": [{"uid": "' + "a" * 70_000 + '"}]}'
    assert refused(text) == said(
        "x:1: breaks[0]: expected a value of at most 65,536 characters, found a longer one"
    )


def test_a_file_cut_after_a_value_says_what_was_expected() -> None:
    assert refused('{"breaks": [] ') == said("x:1: expected ',' or '}', found the end of the file")
    assert refused('{"breaks": [\n\n5') == said(
        "x:3: breaks[0]: expected an object, found 5",
        "x:3: expected ',' or ']' in the list of breaks, found the end of the file",
    )


def test_a_hundred_problems_stop_the_reading_and_say_so() -> None:
    items = ", ".join(str(n) for n in range(MAX_PROBLEMS))
    lines = refused('{"breaks": [' + items + "]}").splitlines()
    assert lines[21:] == ["  … and 80 more", "  (reading stopped after 100 problems)"]
    fewer = refused('{"breaks": [' + ", ".join(["1"] * (MAX_PROBLEMS - 1)) + "]}")
    assert "reading stopped" not in fewer and fewer.endswith("  … and 79 more")


def test_problems_past_the_limit_are_left_out() -> None:
    problems = Problems("x", limit=3)
    with pytest.raises(Stop):
        problems.add([problem("x", "f", "a", str(n), n) for n in range(5)])
    assert [p.found for p in problems.found] == ["0", "1", "2"] and problems.stopped


def test_one_problem_alone_is_not_a_stopped_reading() -> None:
    problems = Problems("x", limit=1)
    with pytest.raises(Stop):
        problems.add([problem("x", "", "a", "b", 2)])
    assert problems.stopped is False
    assert (
        str(problems.error()) == "x: cannot import, nothing was added:\n  x:2: expected a, found b"
    )


def test_a_fatal_problem_names_its_line_and_column() -> None:
    problems = Problems("x")
    assert isinstance(problems.fatal(4, "a", "b", "f", 7), Stop)
    assert [str(p) for p in problems.found] == ["x:4:7: f: expected a, found b"]


def test_white_space_between_values_is_passed_over() -> None:
    text = ' {\r\n\t"breaks" :\n [ ] ,\n "checkins" : [ ] } \n'
    assert parse_export(text, "x", fmt="json") == []


def test_a_file_starting_with_a_blank_line_counts_it() -> None:
    assert refused('\n{"breaks": [5]}') == said("x:2: breaks[0]: expected an object, found 5")


def test_a_value_cut_off_where_the_reading_stopped_is_too_long() -> None:
    text = '{"breaks": [{"uid": "' + "a" * 200_000 + '"}]}'
    assert refused(text) == said(
        "x:1: breaks[0]: expected a value of at most 65,536 characters, found a longer one"
    )


@pytest.mark.parametrize("shift", range(3))
def test_a_list_cut_off_where_the_reading_stopped_is_too_long(shift: int) -> None:
    """However the first 128 KiB read end inside the list (after a ',', a '-' or a digit)."""
    text = '{"format": ' + " " * shift + "[" + "-1," * 60_000 + "1]}"
    assert refused(text) == said(
        "x:1: format: expected a value of at most 65,536 characters, found a longer one"
    )


def test_invalid_json_just_before_where_the_reading_stopped_is_invalid() -> None:
    start = '{"format": ['
    body = "1," * ((131_070 - len(start)) // 2)
    text = start + body + "x" * (131_070 - len(start) - len(body)) + "x,1,1]}" + " " * 10
    assert text.index("x") <= 131_070
    message = refused(text)
    assert message == said("x:1: format: expected valid JSON, found no value where one was needed")


def test_a_key_that_ends_just_past_what_was_read_first_is_read_whole() -> None:
    """The first 64 KiB end 999 characters into a key of 1,000: the rest is read before it."""
    text = "{" + " " * 64_536 + '"' + "k" * 998 + '": 1, "breaks": []}'
    assert parse_export(text, "x", fmt="json") == []
