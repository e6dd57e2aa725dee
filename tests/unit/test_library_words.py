"""Python's own error texts never reach the user as they are: a TOML or JSON syntax error, a CSV
reader's complaint, a broken zip and an OSError are said in our words, in the user's language,
with the place (line and column, the file); `postureapp import` under a German locale, as a
process, prints German lines only."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from postureapp.core.exercises.packs import open_pack
from postureapp.core.i18n import SHIPPED
from postureapp.core.i18n.qm import Catalogue
from postureapp.core.library_words import (
    _ERRNO,
    _JSON,
    _TOML,
    at_place,
    json_reason,
    os_reason,
    toml_error,
    zip_reason,
)
from postureapp.core.problems import ProblemError, read_json, read_toml
from postureapp.paths import assets_dir

#: TOML a person might write by mistake, one for each message tomllib gives.
BAD_TOML = [
    "= 1",
    "a = 1 b = 2",
    "a 1",
    'a = "x',
    "a = [1, 2",
    "a = {b = 1",
    "[t\n",
    "[[t]\n",
    "a = 1\na = 2",
    "[t]\n[t]",
    "a = {b = 1, b = 2}",
    r'a = "\q"',
    r'a = "\uZZZZ"',
    r'a = "\uD800"',
    'a = "x\x01"',
    "a = 2026-02-30",
    "title = Hello",
    "a = 1 # c\x01",
    "a = {b=1}\na.c = 2",
]
BAD_JSON = [
    "",
    '{"a" 1}',
    '{"a": 1 "b": 2}',
    "{a: 1}",
    '"abc',
    '"a\x01"',
    r'"\q"',
    r'"\uZZ"',
    "1 2",
]


def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


def toml_messages() -> list[str]:
    said = []
    for text in BAD_TOML:
        with pytest.raises(tomllib.TOMLDecodeError) as caught:
            tomllib.loads(text)
        said.append(str(caught.value))
    return said


def test_every_library_message_we_know_is_in_every_catalogue() -> None:
    sources = {source for table in (_TOML, _JSON) for _, source in table}
    sources |= set(_ERRNO.values())
    for code in SHIPPED:
        catalogue = Catalogue.read(assets_dir() / "translations" / f"postureapp_{code}.qm")
        missing = sorted(s for s in sources if ("problems", s) not in catalogue.messages)
        assert not missing, f"{code}: {missing}"


def test_each_toml_mistake_is_told_in_our_words_with_its_line_and_column() -> None:
    for message in toml_messages():
        reason, line, column = toml_error(message)
        assert not reason.source.startswith("a syntax error"), message
        assert "(at " not in reason.text(), message
        words = reason.text(german().translate)
        assert words != reason.text() and "Expected" not in words, (message, words)
    reason, line, column = toml_error(toml_messages()[BAD_TOML.index("title = Hello")])
    assert (reason.text(), line, column) == ("a value of no known kind (text needs quotes)", 1, 9)
    assert reason.text(german().translate) == (
        "einen Wert unbekannter Art (Text braucht Anführungszeichen)"
    )
    key, _, _ = toml_error(toml_messages()[-1])
    assert key.text() == "a defined a second time"  # the key as written, not a Python tuple


def toml_place(text: str) -> str:
    """The words a reader of a pack's manifest sees for a TOML mistake, with its place."""
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads(text)
    return at_place(*toml_error(str(caught.value))).text()


def test_a_toml_mistake_names_keys_as_written_and_keeps_the_character_quoted() -> None:
    assert toml_place("[a.b]\n[a.b]") == "the table a.b declared twice (line 2, column 5)"
    assert toml_place('x = "\x01"') == (
        "the character '\\x01', which text cannot hold (line 1, column 6)"
    )
    assert toml_place("a = {b = 1, b = 2}") == (
        "the key 'b' twice in an inline table (line 1, column 18)"
    )
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads("[a.b]\n[a.b]")
    assert at_place(*toml_error(str(caught.value))).text(german().translate) == (
        "die Tabelle a.b, zweimal angelegt (Zeile 2, Spalte 5)"
    )


def test_a_toml_mistake_without_a_line_and_column_is_told_without_a_place() -> None:
    assert toml_place("a = {b=1}\na.c = 2") == "a defined a second time"
    reason = toml_error("Invalid value (at line 3, column 7)")[0]
    assert at_place(reason, 3, None).text() == "a value of no known kind (text needs quotes)"
    assert at_place(reason, None, 7).text() == "a value of no known kind (text needs quotes)"
    assert toml_error("Something new in Python 3.99 (at line 3, column 7)")[0].text() == (
        "a syntax error (Something new in Python 3.99)"
    )


def test_an_os_error_without_a_number_gives_its_own_words_or_its_kind() -> None:
    assert os_reason(OSError("the cable is out")).text() == "the system refused (the cable is out)"
    assert os_reason(OSError(None, "no medium", "/media/x")).text() == (
        "the system refused (no medium)"
    )
    assert os_reason(TimeoutError()).text() == "the system refused (TimeoutError)"
    assert os_reason(OSError()).text(german().translate) == "das System hat abgelehnt (OSError)"


#: What zipfile (and the system under it) raises, and what a reader of the pack is told.
ZIP_ERRORS = [
    (zipfile.BadZipFile("File is not a zip file"), "not a zip file"),
    (
        RuntimeError("File 'x.svg' is encrypted, password required for extraction"),
        "an encrypted file",
    ),
    (NotImplementedError("compression type 98 (ppmd)"), "a compression method this app cannot read"),
    (NotImplementedError("compressed patched data (flag bit 5)"), "a compression method this app cannot read"),
    (RuntimeError("Compression requires the (missing) lzma module"), "a compression method this app cannot read"),
    (zipfile.BadZipFile("Bad CRC-32 for file 'x.svg'"), "a damaged zip file"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "it does not exist"),
    (OSError("the cable is out"), "the system refused (the cable is out)"),
]  # fmt: skip


@pytest.mark.parametrize(("error", "said"), ZIP_ERRORS)
def test_why_a_zip_file_cannot_be_read_is_told_in_our_words(
    error: BaseException, said: str
) -> None:
    assert zip_reason(error).text() == said


def test_an_encrypted_zip_file_is_told_in_german() -> None:
    encrypted = RuntimeError("File 'x.svg' is encrypted, password required for extraction")
    assert zip_reason(encrypted).text(german().translate) == "eine verschlüsselte Datei"


def test_json_mistakes_are_told_in_our_words() -> None:
    for text in BAD_JSON:
        with pytest.raises(json.JSONDecodeError) as caught:
            json.loads(text)
        reason = json_reason(caught.value.msg)
        assert not reason.source.startswith("a syntax error"), caught.value.msg
        assert reason.text(german().translate) != reason.text()
    unknown = json_reason("Something new in Python 3.99")
    assert unknown.text() == "a syntax error (Something new in Python 3.99)"


def test_an_unreadable_file_says_why_in_german(tmp_path: Path) -> None:
    folder = tmp_path / "settings.toml"
    folder.mkdir()
    for read in (read_toml, read_json):
        with pytest.raises(ProblemError) as caught:
            read(folder)
        assert caught.value.problem.text(german().translate) == (
            f"{folder}: kann nicht gelesen werden: das ist ein Ordner"
        )
    refused = os_reason(OSError(errno.EACCES, "Permission denied"))
    assert refused.text(german().translate) == "keine Berechtigung"
    odd = os_reason(OSError(errno.EXDEV, "Invalid cross-device link"))
    assert odd.text() == "the system refused (Invalid cross-device link)"


def test_a_file_that_is_no_zip_is_told_as_such(tmp_path: Path) -> None:
    path = tmp_path / "x.exercises.zip"
    path.write_bytes(b"not a zip at all")
    with open_pack(path) as pack:
        (problem,) = pack.problems
    assert problem.text() == f"{path}: expected a pack (a zip file), found not a zip file"
    assert problem.text(german().translate) == (
        f"{path}: erwartet ein Paket (eine ZIP-Datei), gefunden keine ZIP-Datei"
    )


def run_import(path: Path, lang: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    env.update(LANG=lang, POSTUREAPP_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "postureapp", "import", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


#: Exports broken in the ways the JSON and CSV readers stop at, and what a German reader sees.
BROKEN = {
    "comma.json": (
        '{"format": "postureapp-breaks", "version": 1, "breaks": [\n {"uid": 1\n',
        ":3: breaks[0]: erwartet gültiges JSON, gefunden ein fehlendes ',' zwischen zwei Werten",
    ),
    "shape.json": ("[1, 2]", ":1: erwartet ein JSON-Objekt mit einer Liste 'breaks'"),
    "end.json": ('{"breaks": []', ":1: erwartet ',' oder '}', gefunden das Dateiende"),
    "key.json": ('{"breaks" []}', ":1: erwartet ':' nach einem Schlüssel, gefunden '['"),
    "list.json": ('{"breaks": []} \n x', ":2: erwartet das Dateiende nach dem Objekt"),
    "deep.json": ('{"breaks": [' + "[" * 5000, "erwartet JSON, nicht tiefer verschachtelt"),
    "empty.csv": ("", ":1: erwartet eine Kopfzeile mit den Namen der Spalten, gefunden eine leere"),
    "short.csv": (
        "id,uid,kind,trigger,due_at,started_at,ended_at,outcome,exercise_ids,seconds_done\n1,2\n",
        ":2: erwartet 10 Zellen, gefunden 2",
    ),
}


def test_import_of_broken_exports_speaks_german_as_a_process(tmp_path: Path) -> None:
    for name, (text, german_line) in BROKEN.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = run_import(path, "de_DE.UTF-8", tmp_path / "home")
        assert result.returncode == 1, result.stderr
        lines = result.stderr.splitlines()
        assert lines[0] == (
            f"postureapp import: {path}: Import nicht möglich, nichts wurde hinzugefügt:"
        ), result.stderr
        assert any(german_line in line for line in lines[1:]), (name, result.stderr)
        for english in ("expected", "found", "syntax error", "Expecting", "a longer", "the end"):
            assert english not in result.stderr, (name, result.stderr)
    english = run_import(tmp_path / "comma.json", "C.UTF-8", tmp_path / "home")
    assert "expected valid JSON, found a missing ',' between two values" in english.stderr


def test_a_folder_in_the_way_is_told_in_german(tmp_path: Path) -> None:
    from postureapp.core.i18n.phrase import told
    from postureapp.paths import PathsError, private_folder

    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(PathsError) as caught:
        private_folder(tmp_path / "data" / "inner")
    assert told(caught.value, german().translate) == (
        f"{tmp_path / 'data' / 'inner'} kann nicht angelegt werden, weil {tmp_path / 'data'} "
        "eine Datei ist, kein Ordner; schiebe diese Datei beiseite (oder setze POSTUREAPP_HOME, "
        "um einen anderen Ordner zu nutzen)"
    )
    assert str(caught.value).startswith(f"{tmp_path / 'data' / 'inner'} cannot be created")


def test_the_break_log_s_database_errors_are_told_in_our_words() -> None:
    import sqlite3

    from postureapp.core.library_words import sqlite_reason

    locked = sqlite_reason(sqlite3.OperationalError("database is locked"))
    assert locked.text(german().translate) == (
        "ein anderes Programm benutzt es gerade; versuche es gleich noch einmal"
    )
    full = sqlite_reason(sqlite3.OperationalError("database or disk is full"))
    assert full.text() == "the disk is full"
    odd = sqlite_reason(sqlite3.OperationalError("something new"))
    assert odd.text() == "a database error (something new)"
