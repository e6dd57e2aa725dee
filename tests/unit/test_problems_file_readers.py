"""The small JSON and TOML files the app reads: each way one can fail is told as a problem of the
whole file (no field named, also in `--json` output), in the reader's language, and a file that
never ends is refused without being read to its end."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path, PosixPath
from typing import Any

import pytest

from postureapp.core.i18n.qm import Catalogue
from postureapp.core.problems import Problem, ProblemError, read_json, read_toml
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
