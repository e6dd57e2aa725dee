"""The small JSON and TOML files the app reads: each way one can fail is told as a problem of the
whole file (no field named, also in `--json` output), in the reader's language, and a file that
never ends is refused without being read to its end."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path, PosixPath
from typing import Any

import pytest

from postureapp.core.i18n import SHIPPED, Phrase
from postureapp.core.i18n.qm import Catalogue
from postureapp.core.problems import Collector, Problem, ProblemError, read_json, read_toml
from postureapp.paths import assets_dir


class Endless(io.RawIOBase):
    """A device like /dev/zero: spaces for ever (a test stops it well past any limit)."""

    def __init__(self, stop_after: int) -> None:
        self.served = 0
        self.stop_after = stop_after

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.served > self.stop_after:
            raise AssertionError("read far past the limit")
        size = len(buffer)
        buffer[:size] = b" " * size
        self.served += size
        return size


class EndlessFile(PosixPath):
    def open(self, *args: Any, **kwargs: Any) -> Any:
        return io.BufferedReader(Endless(stop_after=50_000_000))


def problem_of(call: Callable[[], object]) -> Problem:
    with pytest.raises(ProblemError) as caught:
        call()
    assert caught.value.problem.field == "" and caught.value.field == ""
    return caught.value.problem


@pytest.mark.parametrize("read", [read_json, read_toml], ids=["json", "toml"])
def test_a_file_that_never_ends_is_refused_as_too_big(read: Callable[[Path], object]) -> None:
    path = EndlessFile("/dev/endless")
    problem = problem_of(lambda: read(path))
    assert str(problem).startswith("/dev/endless: expected a file of at most ")
    assert str(problem).endswith(" bytes, found a bigger file")


def whole_file_problems(tmp_path: Path) -> list[Problem]:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    big = tmp_path / "big.json"
    big.write_text("[1, 2]", encoding="utf-8")
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'"caf\xe9"')
    broken = tmp_path / "broken.json"
    broken.write_text("[1,", encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return [
        problem_of(lambda: read_json(folder)),
        problem_of(lambda: read_json(big, max_bytes=5)),
        problem_of(lambda: read_json(latin)),
        problem_of(lambda: read_json(broken)),
        problem_of(lambda: read_json(deep, max_bytes=300_000)),
    ]


def test_what_is_wrong_with_a_json_file_is_said_of_the_whole_file(tmp_path: Path) -> None:
    problems = whole_file_problems(tmp_path)
    assert [(p.as_dict()["field"], p.as_dict()["expected"]) for p in problems] == [
        ("", ""),
        ("", "a file of at most 5 bytes"),
        ("", "UTF-8 text"),
        ("", "valid JSON"),
        ("", "JSON nested a few levels deep"),
    ]
    assert [p.as_dict()["found"] for p in problems][1:] == [
        "a bigger file",
        "byte 0xe9 at offset 4",
        "no value where one was needed",
        "deeper",
    ]
    assert str(problems[0]) == f"{tmp_path / 'folder.json'}: cannot be read: it is a folder"
    assert str(problems[4]) == (
        f"{tmp_path / 'deep.json'}: expected JSON nested a few levels deep, found deeper"
    )


def test_json_file_problems_are_told_in_german(tmp_path: Path) -> None:
    german = Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")
    for problem in whole_file_problems(tmp_path):
        said = problem.text(german.translate)
        assert said.startswith(f"{problem.where}: "), said
        for english in ("expected", "found", "cannot be read", "valid JSON", "nested", "deeper"):
            assert english not in said, said


def test_a_json_file_read_whole_gives_its_value(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text('{"welcome_shown": true, "name": "Zoë"}', encoding="utf-8")
    assert read_json(path) == {"welcome_shown": True, "name": "Zoë"}


def toml_problems(tmp_path: Path) -> list[Problem]:
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    big = tmp_path / "big.toml"
    big.write_text("a = 1\n", encoding="utf-8")
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b'a = "caf\xe9"\n')
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 30 + "]" * 30 + "\n", encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text("a = = 1\n", encoding="utf-8")
    return [
        problem_of(lambda: read_toml(folder)),
        problem_of(lambda: read_toml(big, max_bytes=5)),
        problem_of(lambda: read_toml(latin)),
        problem_of(lambda: read_toml(deep)),
        problem_of(lambda: read_toml(broken)),
    ]


def test_what_is_wrong_with_a_toml_file_is_said_of_the_whole_file(tmp_path: Path) -> None:
    problems = toml_problems(tmp_path)
    folder, latin = tmp_path / "folder.toml", tmp_path / "latin.toml"
    assert [(p.as_dict()["field"], p.as_dict()["expected"]) for p in problems] == [
        ("", ""),
        ("", "a file of at most 5 bytes"),
        ("", "UTF-8 text"),
        ("", "tables and lists nested at most 20 deep"),
        ("", "valid TOML"),
    ]
    assert str(problems[0]) == f"{folder}: cannot be read: it is a folder"
    assert str(problems[2]) == f"{latin}: expected UTF-8 text, found byte 0xe9 at offset 8"


def phrases(phrase: Phrase) -> list[Phrase]:
    inner = [p for arg in phrase.args if isinstance(arg, Phrase) for p in phrases(arg)]
    return [phrase, *inner]


def collected(tmp_path: Path) -> list[Problem]:
    check = Collector(tmp_path / "x.toml")
    check.text({}, "title", 10)
    check.text({"title": {"a": 1}}, "title", 10)
    check.text({"title": "x" * 11}, "title", 10)
    check.choices({"areas": []}, "areas", ("neck", "back"), 1)
    check.choices({"areas": "neck"}, "areas", ("neck", "back"), 1)
    check.strings({"sources": [""]}, "sources", (1, 3))
    check.strings({"sources": [" "]}, "sources", (0, None))
    check.integer({"seconds": 500}, "seconds", (2, 120))
    return check.problems


def test_every_word_of_a_field_or_file_problem_is_in_every_catalogue(tmp_path: Path) -> None:
    problems = [*collected(tmp_path), *whole_file_problems(tmp_path), *toml_problems(tmp_path)]
    said = [problem.said for problem in problems if problem.said is not None]
    assert len(said) == len(problems)
    words = {(p.context, p.source) for phrase in said for p in phrases(phrase)}
    assert ("problems", "nothing (the field is missing)") in words
    assert ("problems", "a table") in words
    assert ("problems", "deeper nesting") in words
    for code in SHIPPED:
        catalogue = Catalogue.read(assets_dir() / "translations" / f"postureapp_{code}.qm")
        missing = sorted(source for source in words if source not in catalogue.messages)
        assert not missing, f"{code}: not translated: {missing}"


def test_the_first_repeated_choice_is_the_one_named() -> None:
    check = Collector("x.toml")
    assert check.choices({"areas": ["neck", "back", "back"]}, "areas", ("neck", "back"), 1) is None
    assert [str(p) for p in check.problems] == [
        "x.toml: areas: expected a list of at least one of neck, back (no repeats),"
        " found 'back' twice"
    ]
