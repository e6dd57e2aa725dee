"""Qt's compiled catalogues (`.qm`), read without Qt.

`pyside6-lrelease` writes every message with its context, source text and translation, so the
messages block alone gives the whole catalogue; the hash table Qt uses to find them fast is not
needed for a dictionary. The layout is Qt's (qtranslator.cpp): a 16-byte magic number, then
blocks of (tag, length, data); a message is a run of tagged fields that ends with 1.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES, _LANGUAGE = 0x69, 0xA7
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9
_NULL = 0xFFFFFFFF


class CatalogueError(ValueError):
    """A file that is not a catalogue lrelease wrote."""


class Catalogue:
    """(context, source) -> translation, as a `.qm` file holds them."""

    def __init__(self, messages: dict[tuple[str, str], str], language: str) -> None:
        self.messages = messages
        self.language = language

    def translate(self, context: str, source: str) -> str:
        """The translation, or the source itself where there is none."""
        return self.messages.get((context, source)) or source

    def __len__(self) -> int:
        return len(self.messages)

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        return cls.parse(path.read_bytes())

    @classmethod
    def parse(cls, data: bytes) -> Catalogue:
        if not data.startswith(MAGIC):
            raise CatalogueError("not a Qt translation catalogue")
        at, language, messages = len(MAGIC), "", {}
        while at + 5 <= len(data):
            tag, length = data[at], int.from_bytes(data[at + 1 : at + 5])  # big-endian
            block = data[at + 5 : at + 5 + length]
            if len(block) != length:
                raise CatalogueError("a block runs past the end of the file")
            if tag == _MESSAGES:
                messages = _messages(block)
            elif tag == _LANGUAGE:
                language = block.decode()
            at += 5 + length
        return cls(messages, language)


def _messages(block: bytes) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    at = 0
    translation: str | None = None
    source = context = ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if translation is not None:
                out.setdefault((context, source), translation)
            translation, source, context = None, "", ""
            continue
        if tag == _OBSOLETE1:
            at += 4
            continue
        if tag not in (_SOURCE16, _TRANSLATION, _CONTEXT16, _SOURCE, _CONTEXT, _COMMENT):
            raise CatalogueError(f"unknown field {tag} in a message")
        (length,) = struct.unpack_from(">I", block, at)
        at += 4
        if length == _NULL:
            continue
        value = block[at : at + length]
        at += length
        if tag == _TRANSLATION and translation is None:  # numerus forms: the first one
            translation = value.decode("utf-16-be")
        elif tag == _SOURCE:  # source and context are UTF-8, bytes.decode's own default
            source = value.decode()
        elif tag == _CONTEXT:
            context = value.decode()
    return out
