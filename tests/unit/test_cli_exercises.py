"""`postureapp exercises list|validate`, driven through a real argparse parser."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from postureapp.cli import exercises as cli_exercises
from postureapp.paths import AppPaths

TEMPLATE = """\
id = "{id}"
title = "{title}"
summary = "A gentle movement."
areas = ["upper-back"]
movement = "rotation"
position = "seated"
suits = ["short", "long"]
sides = "both"
cautions = ["Stop if it hurts."]

[[steps]]
text = "Turn slowly."
seconds = {seconds}
illustration = "turn.svg"
"""


def write(folder: Path, exercise_id: str, *, title: str = "Turn", seconds: object = 15) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "turn.svg").write_text("<svg/>", encoding="utf-8")
    path = folder / f"{exercise_id}.toml"
    path.write_text(TEMPLATE.format(id=exercise_id, title=title, seconds=seconds), "utf-8")
    return path


def run(paths: AppPaths, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="postureapp")
    cli_exercises.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["exercises", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = args.handler(paths, args, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "home")})


@pytest.fixture
def assets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Built-in content for the test, instead of whatever the checkout ships."""
    root = tmp_path / "assets"
    write(root / "exercises", "seated-twist", title="Seated twist")
    write(root / "exercises", "open-book", title="Open book", seconds=20)
    (root / "illustrations").mkdir()
    (root / "exercises" / "turn.svg").rename(root / "illustrations" / "turn.svg")
    monkeypatch.setattr(cli_exercises, "assets_dir", lambda: root)
    return root


def test_validate_a_good_pack_says_ok_with_the_count(paths: AppPaths, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    write(pack, "one")
    write(pack, "two")

    code, out, err = run(paths, "validate", str(pack))

    assert (code, out, err) == (0, "OK: 2 exercises\n", "")


def test_validate_a_single_file(paths: AppPaths, tmp_path: Path) -> None:
    code, out, _ = run(paths, "validate", str(write(tmp_path / "pack", "one")))

    assert (code, out) == (0, "OK: 1 exercise\n")


def test_validate_prints_file_field_expected_and_found_and_exits_1(
    paths: AppPaths, tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    write(pack, "good")
    bad = write(pack, "bad", seconds='"five"')

    code, out, err = run(paths, "validate", str(pack))

    assert code == 1
    assert out == ""
    line = err.splitlines()[0]
    assert line.startswith(f"{bad}:")
    assert line.endswith(": steps[1].seconds: expected an integer from 2 to 120, found 'five'")
    assert line.split(":")[1].isdigit()  # the line of the field in the file
    assert "1 problem(s) in 1 file(s)" in err


def test_validate_a_missing_path_exits_2(paths: AppPaths, tmp_path: Path) -> None:
    code, out, err = run(paths, "validate", str(tmp_path / "nowhere"))

    assert code == 2
    assert out == ""
    assert "nowhere: no such file or folder" in err


def test_validate_the_built_in_folder_finds_its_pictures_in_illustrations(
    paths: AppPaths, assets: Path
) -> None:
    code, out, err = run(paths, "validate", str(assets / "exercises"))

    assert (code, out, err) == (0, "OK: 2 exercises\n", "")


def test_list_shows_each_exercise_with_its_origin_and_file(paths: AppPaths, assets: Path) -> None:
    code, out, err = run(paths, "list")

    lines = out.splitlines()
    assert code == 0 and err == ""
    assert lines[0].split() == ["ID", "TITLE", "POSITION", "SUITS", "TIME", "ORIGIN", "FILE"]
    open_book = next(line for line in lines if line.startswith("open-book"))
    # Two sides of one 20-second step.
    assert "Open book" in open_book and "0:40" in open_book and "built-in" in open_book
    assert str((assets / "exercises" / "open-book.toml").resolve()) in open_book


def test_list_reports_replacements_in_out_and_problems_in_err(
    paths: AppPaths, assets: Path
) -> None:
    custom = paths.custom_exercises_dir
    mine = write(custom, "open-book", title="My open book")
    broken = write(custom, "broken", seconds=500)

    code, out, err = run(paths, "list")

    assert code == 1
    assert "My open book" in out and "custom" in out
    assert f"note: custom exercise 'open-book' ({mine.resolve()}) replaces the built-in one" in out
    assert err.startswith(f"problem: {broken}:13: steps[1].seconds: expected an integer")


def test_list_json_is_one_machine_readable_document(paths: AppPaths, assets: Path) -> None:
    write(paths.custom_exercises_dir, "broken", seconds=1)

    code, out, _ = run(paths, "list", "--json")

    document = json.loads(out)
    assert code == 1
    assert [item["id"] for item in document["exercises"]] == ["open-book", "seated-twist"]
    assert document["exercises"][1] == {
        "id": "seated-twist",
        "title": "Seated twist",
        "position": "seated",
        "suits": ["short", "long"],
        "duration_seconds": 30,
        "origin": "built-in",
        "file": str((assets / "exercises" / "seated-twist.toml").resolve()),
    }
    problem = document["problems"][0]
    assert (problem["field"], problem["found"], problem["line"]) == ("steps[1].seconds", "1", 13)


def test_exercises_without_a_subcommand_is_a_usage_error(paths: AppPaths) -> None:
    with pytest.raises(SystemExit) as caught:
        run(paths)

    assert caught.value.code == 2
