"""A settings.toml the app cannot use at all: kept aside under a dated name (or left alone when it
cannot be moved), the defaults in use, and the exact sentence the user reads, in English and in
German."""

from __future__ import annotations

import errno
from datetime import UTC, datetime
from pathlib import Path

import pytest

from postureapp.core.i18n.qm import Catalogue
from postureapp.core.settings import Settings, load
from postureapp.core.settings import file as settings_file
from postureapp.paths import assets_dir

NOW = datetime(2025, 3, 4, 9, 30, 15, tzinfo=UTC)
ASIDE = "settings.toml.bad-20250304-093015"


@pytest.fixture(scope="module")
def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


CASES = [
    (
        b"[breaks\n",
        1,
        "is not valid TOML (a [table] name without its closing ']')",
        "ist kein gültiges TOML (einen [Tabellen]-Namen ohne schließendes ']')",
    ),
    (
        b"a = 1\nstrict = \xff\n",
        None,
        "is not UTF-8 text (byte 0xff at offset 15)",
        "ist kein UTF-8-Text (Byte 0xff an Position 15)",
    ),
    (
        b"# " + b"x" * 2_000_000,
        None,
        "cannot be used as a settings file"
        " (expected a file of at most 1,000,000 bytes, found a bigger file)",
        "kann nicht als Einstellungsdatei dienen"
        " (erwartet eine Datei mit höchstens 1,000,000 Byte, gefunden eine größere Datei)",
    ),
    (
        b"a = " + b"[" * 30 + b"]" * 30,
        None,
        "cannot be used as a settings file"
        " (expected tables and lists nested at most 20 deep, found deeper nesting)",
        "kann nicht als Einstellungsdatei dienen"
        " (erwartet Tabellen und Listen mit höchstens 20 Ebenen, gefunden tiefere Verschachtelung)",
    ),
]


@pytest.mark.parametrize(("data", "line", "english", "deutsch"), CASES)
def test_a_file_that_cannot_be_used_is_moved_aside_with_the_reason(
    tmp_path: Path, german: Catalogue, data: bytes, line: int | None, english: str, deutsch: str
) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(data)
    result = load(path, now=NOW)
    assert (result.settings, result.unknown, result.read_only) == (Settings.defaults(), {}, False)
    assert result.set_aside == tmp_path / ASIDE and result.set_aside.read_bytes() == data
    assert not path.exists()
    [problem] = result.problems
    where = f"{path}:{line}" if line else str(path)
    assert str(problem) == (
        f"{where}: {english}; it was moved to {ASIDE} and the defaults are in use"
    )
    assert problem.text(german.translate) == (
        f"{where}: {deutsch}; die Datei wurde nach {ASIDE} verschoben, und die Standardwerte gelten"
    )


@pytest.mark.parametrize(("data", "line", "english", "deutsch"), CASES[:2])
def test_a_file_that_cannot_be_used_nor_moved_is_left_as_it_is(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    german: Catalogue,
    data: bytes,
    line: int | None,
    english: str,
    deutsch: str,
) -> None:
    def refuse(*_: object) -> Path:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(settings_file, "set_aside", refuse)
    path = tmp_path / "settings.toml"
    path.write_bytes(data)
    result = load(path, now=NOW)
    assert (result.settings, result.unknown) == (Settings.defaults(), {})
    assert (result.read_only, result.set_aside) == (True, None)
    [problem] = result.problems
    where = f"{path}:{line}" if line else str(path)
    assert str(problem) == (
        f"{where}: {english} and could not be moved aside (the disk is read-only);"
        " the defaults are in use and the file will not be changed"
    )
    assert problem.text(german.translate) == (
        f"{where}: {deutsch} und konnte nicht beiseitegelegt werden (der Datenträger ist"
        " schreibgeschützt); die Standardwerte gelten, und die Datei wird nicht geändert"
    )
    assert path.read_bytes() == data


def test_a_file_that_cannot_be_read_is_named_in_german(tmp_path: Path, german: Catalogue) -> None:
    path = tmp_path / "settings.toml"
    path.mkdir()
    result = load(path, now=NOW)
    assert (result.settings, result.unknown, result.set_aside) == (Settings.defaults(), {}, None)
    [problem] = result.problems
    assert str(problem) == f"{path}: cannot be read (it is a folder); the defaults are in use"
    assert problem.text(german.translate) == (
        f"{path}: kann nicht gelesen werden (das ist ein Ordner); die Standardwerte gelten"
    )


# --- a file that is read, with what is wrong in it named ----------------------------------------


def problems_in(tmp_path: Path, text: str, german: Catalogue) -> list[tuple[str, str]]:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    prefix = f"{path}:"
    return [
        (str(p).removeprefix(prefix), p.text(german.translate).removeprefix(prefix))
        for p in load(path, now=NOW).problems
    ]


def test_a_key_inside_a_table_is_pointed_at_by_the_tables_line(
    tmp_path: Path, german: Catalogue
) -> None:
    assert problems_in(tmp_path, '# mine\n"x.y" = { z = 1 }\n', german) == [
        ("2: x.y.z: unknown setting", "2: x.y.z: unbekannte Einstellung")
    ]


def test_a_section_that_is_a_value_is_ignored_with_what_was_found(
    tmp_path: Path, german: Catalogue
) -> None:
    assert problems_in(tmp_path, "breaks = 5\n", german) == [
        (
            "1: breaks: must be a section [breaks], got 5; it is ignored",
            "1: breaks: muss ein Abschnitt [breaks] sein, gefunden 5; er wird ignoriert",
        )
    ]


def test_an_empty_section_is_fine_and_an_empty_unknown_table_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[breaks]\n[mine]\n", encoding="utf-8")
    result = load(path, now=NOW)
    assert result.unknown == {"mine": {}}
    assert [(p.line, p.field, p.message) for p in result.problems] == [
        (2, "mine", "unknown setting")
    ]


@pytest.mark.parametrize("version", ["0", "true", '"1"'])
def test_a_schema_version_that_is_no_version_is_read_as_this_one(
    tmp_path: Path, german: Catalogue, version: str
) -> None:
    assert problems_in(tmp_path, f"schema_version = {version}\n", german) == [
        (
            "1: schema_version: must be a whole number (this version writes 1),"
            f" got {version}; the file is read as version 1",
            "1: schema_version: muss eine ganze Zahl sein (diese Version schreibt 1),"
            f" gefunden {version}; die Datei wird als Version 1 gelesen",
        )
    ]


def test_a_file_of_a_newer_schema_says_so_and_is_read_as_far_as_understood(
    tmp_path: Path, german: Catalogue
) -> None:
    assert problems_in(tmp_path, "schema_version = 3\n[x]\ny = 1\n", german) == [
        (
            "1: schema_version: the file was written by a newer postureapp (schema 3; this one"
            " knows 1): it is read as far as understood and will not be changed",
            "1: schema_version: die Datei stammt von einem neueren postureapp (Schema 3; dieses"
            " kennt 1): sie wird gelesen, soweit sie verstanden wird, und nicht geändert",
        )
    ]


def test_a_bad_value_names_the_default_used_instead_in_german(
    tmp_path: Path, german: Catalogue
) -> None:
    assert problems_in(tmp_path, "[breaks]\nstrict = 3\n", german) == [
        (
            "2: breaks.strict: must be true or false, got 3; the default false is used instead",
            "2: breaks.strict: muss true oder false sein, gefunden 3;"
            " stattdessen gilt der Standardwert false",
        )
    ]


def test_keys_written_in_other_ways_are_still_found_on_their_line(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'schedule . sat = "x"\n[breaks]\n"Xy" = 1\nStrict = 1\n\n[ "camera" ]\nz = 1\n',
        encoding="utf-8",
    )
    result = load(path, now=NOW)
    assert [(p.line, p.field) for p in result.problems] == [
        (1, "schedule.sat"),
        (3, "breaks.Xy"),
        (4, "breaks.Strict"),
        (7, "camera.z"),
    ]


def test_a_command_that_only_reads_takes_a_file_an_editor_saved_with_a_byte_order_mark(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("\ufeff[breaks]\nlong_every = 6\n", encoding="utf-8")
    assert settings_file.peek(path).long_every == 6
    path.write_text("[breaks\n", encoding="utf-8")
    assert settings_file.peek(path) == Settings.defaults()
    assert path.read_text(encoding="utf-8") == "[breaks\n", "never moved aside"
