"""`postureapp exercises export|import`: one file from one home to another, with the pictures, into
the folder the app reads, never over someone's own exercise without being asked."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_cli_exercises import run, write

from postureapp.paths import AppPaths


def home(tmp_path: Path, name: str) -> AppPaths:
    return AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / name)})


@pytest.fixture
def mine(tmp_path: Path) -> AppPaths:
    paths = home(tmp_path, "mine")
    write(paths.custom_exercises_dir, "thread-turn", title="Thread turn")
    write(paths.custom_exercises_dir, "wall-turn", title="Wall turn", seconds=20)
    return paths


def test_export_then_import_into_a_fresh_home(mine: AppPaths, tmp_path: Path) -> None:
    pack = tmp_path / "turns.exercises.zip"
    code, out, err = run(mine, "export", "thread-turn", "wall-turn", "-o", str(pack))
    assert (code, err) == (0, "")
    assert out == f"Saved 2 exercises to {pack}\n"
    assert "exercises/turn.svg" in zipfile.ZipFile(pack).namelist()

    fresh = home(tmp_path, "fresh")
    code, out, err = run(fresh, "import", str(pack))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "thread-turn: added ('Thread turn')",
        "wall-turn: added ('Wall turn')",
        f"Your exercises are in {fresh.custom_exercises_dir}",
    ]
    code, listing, _ = run(fresh, "list")
    assert code == 0 and "thread-turn" in listing and "wall-turn" in listing
    assert (fresh.custom_exercises_dir / "turn.svg").is_file()


def test_importing_over_your_own_keeps_both_unless_told(mine: AppPaths, tmp_path: Path) -> None:
    other = home(tmp_path, "other")
    write(other.custom_exercises_dir, "wall-turn", title="Their wall turn", seconds=30)
    pack = tmp_path / "theirs.exercises.zip"
    assert run(other, "export", "wall-turn", "-o", str(pack))[0] == 0

    code, out, _ = run(mine, "import", str(pack))
    assert code == 0
    assert out.splitlines()[0] == (
        "wall-turn: you already have one with this id; added as 'Their wall turn (2)' (wall-turn-2)"
    )
    assert "Wall turn" in (mine.custom_exercises_dir / "wall-turn.toml").read_text()

    code, out, _ = run(mine, "import", "--skip-existing", str(pack))
    assert out.splitlines()[0] == "wall-turn: skipped (you already have one with this id)"
    code, out, _ = run(mine, "import", "--replace", str(pack))
    assert out.splitlines()[0] == "wall-turn: replaced ('Their wall turn')"
    assert "Their wall turn" in (mine.custom_exercises_dir / "wall-turn.toml").read_text()


def test_a_bad_pack_is_refused_whole_and_nothing_is_written(mine: AppPaths, tmp_path: Path) -> None:
    pack = tmp_path / "bad.exercises.zip"
    assert run(mine, "export", "thread-turn", "-o", str(pack))[0] == 0
    with zipfile.ZipFile(pack, "a") as archive:
        archive.writestr("../../escape.toml", "id = 1")
    fresh = home(tmp_path, "fresh")
    code, out, err = run(fresh, "import", str(pack))
    assert code == 1 and out == ""
    assert "../../escape.toml: expected manifest.toml or a plain file name inside" in err
    assert err.endswith(f"{pack}: not imported; nothing was written\n")
    assert not fresh.config_dir.exists()
    assert not (tmp_path / "escape.toml").exists()


def test_import_goes_to_the_folder_named_in_the_settings(mine: AppPaths, tmp_path: Path) -> None:
    pack = tmp_path / "p.exercises.zip"
    run(mine, "export", "thread-turn", "-o", str(pack))
    fresh = home(tmp_path, "fresh")
    chosen = tmp_path / "shared-folder"
    fresh.config_dir.mkdir(parents=True)
    fresh.settings_file.write_text(f'[exercises]\ncustom_folder = "{chosen}"\n')
    code, out, _ = run(fresh, "import", str(pack))
    assert code == 0 and (chosen / "thread-turn.toml").is_file()
    assert out.endswith(f"Your exercises are in {chosen}\n")


def test_unknown_ids_and_missing_files_are_usage_errors(mine: AppPaths, tmp_path: Path) -> None:
    code, _, err = run(mine, "export", "nope", "-o", str(tmp_path / "x.zip"))
    assert code == 2 and "no exercise with the id nope" in err
    code, _, err = run(mine, "import", str(tmp_path / "missing.zip"))
    assert code == 2 and err == f"{tmp_path / 'missing.zip'}: no such file\n"


def test_export_and_import_speak_german(mine: AppPaths, tmp_path: Path) -> None:
    from postureapp.cli import local

    pack = tmp_path / "turns.exercises.zip"
    local.setup({"LANG": "de_DE.UTF-8"})
    try:
        code, out, _ = run(mine, "export", "thread-turn", "wall-turn", "-o", str(pack))
        assert (code, out) == (0, f"2 Übungen in {pack} gespeichert\n")
        fresh = home(tmp_path, "fresh")
        code, out, _ = run(fresh, "import", str(pack))
        assert code == 0
        assert out.splitlines() == [
            "thread-turn: hinzugefügt („Thread turn“)",
            "wall-turn: hinzugefügt („Wall turn“)",
            f"Deine Übungen sind in {fresh.custom_exercises_dir}",
        ]
        code, _, err = run(fresh, "import", str(tmp_path / "none.zip"))
        assert (code, err) == (2, f"{tmp_path / 'none.zip'}: Datei nicht gefunden\n")
    finally:
        local.setup({})
