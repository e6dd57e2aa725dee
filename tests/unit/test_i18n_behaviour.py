"""Which language the command line speaks and what words it finds: the user's locale as gettext
reads it, the catalogue that serves it, and Qt's compiled catalogues read without Qt (including
the odd fields lrelease writes and the damage a half-copied file shows)."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from postureapp.core.i18n import catalogues
from postureapp.core.i18n.languages import SHIPPED, candidates, from_environment, pick
from postureapp.core.i18n.qm import MAGIC, Catalogue, CatalogueError

QM_DIR = Path(__file__).resolve().parents[2] / "assets" / "translations"


# --- the locale ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "wanted"),
    [
        ({"LANG": "de_DE.UTF-8@euro"}, ["de_DE"]),
        ({"LANG": "sr_RS@latin"}, ["sr_RS"]),
        ({"LANG": "de-Latn-DE"}, ["de_DE"]),
        ({"LANG": "fr"}, ["fr"]),
        ({"LANG": "FR_ca"}, ["fr_CA"]),
        ({"LANG": "C"}, []),
        ({"LANG": "POSIX"}, []),
        ({"LANG": "C.UTF-8"}, []),
        ({"LANG": "1234"}, []),
        ({"LANG": ""}, []),
        ({}, []),
        ({"LANGUAGE": "fr:de", "LANG": "it_IT.UTF-8"}, ["fr", "de", "it_IT"]),
        ({"LANGUAGE": "fr::fr:", "LANG": "fr"}, ["fr"]),
        ({"LANGUAGE": "fr", "LANG": "C"}, []),
        ({"LANGUAGE": "fr", "LC_ALL": "", "LANG": "de_DE"}, ["fr", "de_DE"]),
        ({"LC_ALL": "it_IT", "LC_MESSAGES": "nl_NL", "LANG": "de_DE"}, ["it_IT"]),
        ({"LC_MESSAGES": "nl_NL", "LANG": "de_DE"}, ["nl_NL"]),
    ],
)
def test_the_languages_asked_for_read_as_gettext_reads_them(
    environ: dict[str, str], wanted: list[str]
) -> None:
    assert from_environment(environ) == wanted


def test_a_regional_language_may_be_served_by_its_plain_catalogue() -> None:
    assert candidates("de_AT.UTF-8") == ["de_AT", "de"]
    assert candidates("de") == ["de"]
    assert candidates("C") == []


def test_the_first_language_with_a_catalogue_wins() -> None:
    assert pick(["sv_SE", "de_AT", "fr"], SHIPPED) == "de"
    assert pick(["pt_BR"], SHIPPED) == "pt_BR"
    assert pick(["pt"], SHIPPED) == "pt_BR"  # the only Portuguese there is
    assert pick(["C", "it"], SHIPPED) == "it"
    assert pick(["en_GB", "de"], SHIPPED) is None  # English is asked for first
    assert pick(["sv", "da"], SHIPPED) is None
    assert pick([], SHIPPED) is None


def test_a_language_with_two_regional_catalogues_and_no_plain_one_is_not_guessed() -> None:
    assert pick(["pt"], ["pt_BR", "pt_PT"]) is None
    assert pick(["pt", "de"], ["pt_BR", "pt_PT", "de"]) == "de"
    assert pick(["pt_PT"], ["pt_BR", "pt_PT"]) == "pt_PT"


# --- the catalogue in use -------------------------------------------------------------------


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    catalogues.install(QM_DIR, [])


def test_the_command_line_speaks_the_installed_language(english_after: None) -> None:
    assert catalogues.available(QM_DIR) == sorted(SHIPPED)
    assert catalogues.install(QM_DIR, ["sv", "de_AT"]) == "de"
    assert catalogues.installed_language() == "de"
    words = catalogues.translate("problems", "true or false")
    assert words != "true or false" and words
    assert catalogues.translate("problems", "no such sentence") == "no such sentence"
    assert catalogues.install(QM_DIR, ["en_US", "de"]) is None
    assert catalogues.installed_language() is None
    assert catalogues.translate("problems", "true or false") == "true or false"


def test_a_damaged_catalogue_leaves_the_words_in_english(
    tmp_path: Path, english_after: None
) -> None:
    (tmp_path / "postureapp_de.qm").write_bytes(b"not a catalogue")
    (tmp_path / "other_fr.qm").write_bytes(b"")
    assert catalogues.available(tmp_path) == ["de"]
    catalogues.install(QM_DIR, ["de"])
    assert catalogues.install(tmp_path, ["de"]) is None
    assert catalogues.installed_language() is None
    assert catalogues.translate("problems", "true or false") == "true or false"
    (tmp_path / "postureapp_de.qm").unlink()
    (tmp_path / "postureapp_de.qm").mkdir()  # cannot be read at all
    assert catalogues.install(tmp_path, ["de"]) is None


# --- Qt's .qm files, read without Qt ---------------------------------------------------------


def field(tag: int, value: bytes | None) -> bytes:
    if value is None:
        return bytes([tag]) + struct.pack(">I", 0xFFFFFFFF)
    return bytes([tag]) + struct.pack(">I", len(value)) + value


def message(
    context: str, source: str, *translations: str, extra: bytes = b"", end: bool = True
) -> bytes:
    out = b"".join(field(3, t.encode("utf-16-be")) for t in translations)
    out += extra + field(7, context.encode()) + field(6, source.encode())
    return out + (b"\x01" if end else b"")


def qm(*messages: bytes, language: str | None = "de", tail: bytes = b"") -> bytes:
    block = b"".join(messages)
    out = MAGIC + b"\x42" + struct.pack(">I", 4) + b"hash"  # a block the reader passes over
    out += b"\x69" + struct.pack(">I", len(block)) + block
    if language is not None:
        out += b"\xa7" + struct.pack(">I", len(language)) + language.encode()
    return out + tail


def test_a_catalogue_gives_each_message_in_its_context() -> None:
    catalogue = Catalogue.parse(
        qm(
            message("problems", "true or false", "wahr oder falsch"),
            message("packs", "true or false", "ja oder nein"),
            message("cli", "{0} file", "{0} Datei", "{0} Dateien"),  # numerus: the first
        )
    )
    assert catalogue.language == "de"
    assert len(catalogue) == 3
    assert catalogue.translate("problems", "true or false") == "wahr oder falsch"
    assert catalogue.translate("packs", "true or false") == "ja oder nein"
    assert catalogue.translate("cli", "{0} file") == "{0} Datei"
    assert catalogue.translate("cli", "unknown") == "unknown"


def test_untranslated_obsolete_and_commented_fields_are_read_past() -> None:
    obsolete = b"\x05" + b"\x00\x00\x00\x07"  # an old field with a 4-byte value
    comment = field(8, b"a note for translators")
    catalogue = Catalogue.parse(
        qm(
            message("cli", "untranslated"),
            message("cli", "empty", ""),
            message("cli", "noted", "vermerkt", extra=obsolete + comment + field(2, None)),
            message("cli", "twice", "zuerst"),
            message("cli", "twice", "danach"),
            field(4, b"\x00c") + message("cli", "old fields", "alt"),
            language=None,
        )
    )
    assert catalogue.language == ""
    assert catalogue.messages == {
        ("cli", "empty"): "",
        ("cli", "noted"): "vermerkt",
        ("cli", "twice"): "zuerst",
        ("cli", "old fields"): "alt",
    }
    assert catalogue.translate("cli", "empty") == "empty"  # an empty translation keeps English
    assert catalogue.translate("cli", "untranslated") == "untranslated"


def test_a_message_field_of_unknown_kind_is_refused() -> None:
    with pytest.raises(CatalogueError, match="unknown field 10 in a message"):
        Catalogue.parse(qm(message("cli", "x", "y", extra=field(10, b"?"))))


def test_a_file_that_is_not_a_catalogue_or_is_cut_short_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="not a Qt translation catalogue"):
        Catalogue.parse(b"<TS version='2.1'/>")
    whole = qm(message("cli", "x", "y"))
    with pytest.raises(CatalogueError, match="a block runs past the end of the file"):
        Catalogue.parse(whole[:-1])
    # A stray byte or four after the last block is not a block: it is left alone.
    assert Catalogue.parse(whole + b"\x00\x00\x00\x00").translate("cli", "x") == "y"
    path = tmp_path / "x.qm"
    path.write_bytes(whole)
    assert Catalogue.read(path).messages == {("cli", "x"): "y"}
    assert Catalogue.parse(MAGIC).messages == {}


def test_the_shipped_german_catalogue_reads_as_german() -> None:
    catalogue = Catalogue.read(QM_DIR / "postureapp_de.qm")
    assert catalogue.language.startswith("de")
    assert len(catalogue) > 100
