"""`postureapp export -o FILE` writes the format FILE's extension names."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_cli_history import run, seed

from postureapp.core.history import format_of_name
from postureapp.paths import AppPaths


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "home")})


@pytest.mark.parametrize("name", ["x.json", "X.JSON"])
def test_a_json_file_gets_json_without_format(paths: AppPaths, tmp_path: Path, name: str) -> None:
    seed(paths, ("chin-tuck",), ())
    code, out, err = run(paths, "export", "-o", str(tmp_path / name))
    assert (code, out) == (0, "")
    document = json.loads((tmp_path / name).read_text())
    assert sorted(b["exercise_ids"] for b in document["breaks"]) == [[], [], ["chin-tuck"]]
    assert f"wrote 3 breaks and 0 check-ins to {tmp_path / name}" in err


@pytest.mark.parametrize("name", ["x.csv", "x"])
def test_a_csv_file_or_one_without_extension_gets_csv(
    paths: AppPaths, tmp_path: Path, name: str
) -> None:
    seed(paths, ("chin-tuck",))
    assert run(paths, "export", "-o", str(tmp_path / name))[0] == 0
    rows = list(csv.DictReader((tmp_path / name).read_text().splitlines()))
    assert sorted((r["record"], r["exercise_ids"]) for r in rows) == [
        ("break", ""),
        ("break", "chin-tuck"),
    ]


def test_an_unknown_extension_is_refused_before_anything_is_written(
    paths: AppPaths, tmp_path: Path
) -> None:
    seed(paths, ("chin-tuck",))
    code, out, err = run(paths, "export", "-o", str(tmp_path / "x.xlsx"))
    assert (code, out) == (2, "")
    assert err == (
        "postureapp export: cannot tell the format from 'x.xlsx': "
        "name the file .csv or .json, or give --format\n"
    )
    assert not (tmp_path / "x.xlsx").exists()


def test_format_given_wins_over_the_extension(paths: AppPaths, tmp_path: Path) -> None:
    seed(paths, ("chin-tuck",))
    assert run(paths, "export", "--format", "json", "-o", str(tmp_path / "x.txt"))[0] == 0
    assert json.loads((tmp_path / "x.txt").read_text())["version"] == 2
    code, out, _ = run(paths, "export")
    assert code == 0 and out.startswith("record,id,uid")


def test_format_of_name() -> None:
    assert [format_of_name(Path(n)) for n in ("a.csv", "a.Json", "a", "a.pdf", "a.b.json")] == [
        "csv",
        "json",
        "",
        None,
        "json",
    ]
