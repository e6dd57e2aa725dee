"""A `.qm` file read without Qt: a file that is no catalogue, or one cut short anywhere (inside a
block or right after a block's header), is refused with words that say which; a message that
lrelease wrote without a context or without a source text is still found under the empty one."""

from __future__ import annotations

import pytest

from postureapp.core.i18n.qm import MAGIC, Catalogue, CatalogueError
from tests.unit.test_i18n_behaviour import field, message, qm


def refusal(data: bytes) -> str:
    with pytest.raises(CatalogueError) as caught:
        Catalogue.parse(data)
    return str(caught.value)


def test_a_file_without_the_magic_number_is_no_catalogue() -> None:
    assert refusal(b"<TS version='2.1'/>") == "not a Qt translation catalogue"
    assert refusal(MAGIC[1:] + b"\x69\x00\x00\x00\x00") == "not a Qt translation catalogue"


def test_a_file_cut_short_inside_a_block_or_after_its_header_is_refused() -> None:
    whole = qm(message("cli", "x", "y"), language="de")  # the language block comes last
    assert Catalogue.parse(whole).language == "de"
    assert refusal(whole[:-1]) == "a block runs past the end of the file"
    assert refusal(whole[:-2]) == "a block runs past the end of the file"  # header only
    for length in (b"\xff\xff\xff\xff", b"\x01\x00\x00\x00"):  # all four bytes count
        assert refusal(MAGIC + b"\xa7" + length) == "a block runs past the end of the file"


def test_a_message_without_a_context_or_a_source_is_filed_under_the_empty_one() -> None:
    no_context = field(3, "ohne Kontext".encode("utf-16-be")) + field(6, b"no context") + b"\x01"
    later = field(3, "auch ohne".encode("utf-16-be")) + field(6, b"also none") + b"\x01"
    no_source = field(3, "ohne Quelle".encode("utf-16-be")) + field(7, b"cli") + b"\x01"
    catalogue = Catalogue.parse(
        qm(no_context, message("cli", "with both", "mit beidem"), later, no_source)
    )
    assert catalogue.messages == {
        ("", "no context"): "ohne Kontext",
        ("cli", "with both"): "mit beidem",
        ("", "also none"): "auch ohne",
        ("cli", ""): "ohne Quelle",
    }
    assert catalogue.translate("", "no context") == "ohne Kontext"
    assert catalogue.translate("cli", "no context") == "no context"


def test_context_source_and_language_are_read_as_utf8() -> None:
    catalogue = Catalogue.parse(
        qm(message("Übung", "Schultern öffnen", "ouvrir les épaules"), language="fr_CH")
    )
    assert catalogue.translate("Übung", "Schultern öffnen") == "ouvrir les épaules"
    assert catalogue.language == "fr_CH"
