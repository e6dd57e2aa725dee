"""The catalogues: current with the code, complete in every shipped language, faithful to each
sentence's places, and read the same way by the command line as by Qt.

When a string changes: `python translations/update.py`, then translate what `--missing` lists.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from postureapp.core.i18n import SHIPPED, from_environment, pick
from postureapp.core.i18n.qm import Catalogue, CatalogueError

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "assets" / "translations"

_spec = importlib.util.spec_from_file_location("update", TS_DIR / "update.py")
assert _spec is not None and _spec.loader is not None
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)

#: The places a sentence keeps in every language: {0}, {name}, %s, %(name)s, %r.
PLACE = re.compile(r"\{[^{}]*\}|%\(\w+\)[sdr]|%[sdr]")


def messages(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message in one language's .ts file."""
    root = ET.parse(TS_DIR / f"postureapp_{language}.ts").getroot()
    return [
        (context.findtext("name", ""), m.findtext("source", ""), m.findtext("translation") or "")
        for context in root.iter("context")
        for m in context.iter("message")
    ]


def test_the_shipped_languages_are_the_catalogues_in_the_repository() -> None:
    assert sorted(SHIPPED) == sorted(update.language_of(ts) for ts in update.ts_files())
    assert sorted(SHIPPED) == sorted(
        path.stem.removeprefix("postureapp_") for path in QM_DIR.glob("*.qm")
    )


def test_the_catalogues_are_current_with_the_code_and_compiled() -> None:
    """A string added or changed in the code, or a .ts edited without compiling, shows here."""
    assert update.stale() == [], "run: python translations/update.py"


@pytest.fixture(scope="module")
def pending() -> dict[str, list[tuple[str, str]]]:
    """What each language lacks once its catalogue is updated from the code (lupdate once)."""
    return update.pending()


@pytest.mark.parametrize("language", SHIPPED)
def test_every_string_of_the_code_is_translated(
    language: str, pending: dict[str, list[tuple[str, str]]]
) -> None:
    """A string added to the code fails here, in every language, before or after `update`."""
    assert not pending[language], update.explain(language, pending[language])


def test_an_incomplete_language_is_told_what_is_missing_and_what_to_run(tmp_path: Path) -> None:
    ts = tmp_path / "postureapp_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="xx">'
        "<context><name>BreakWindow</name>"
        "<message><source>&amp;Skip</source><translation>S&amp;kip-xx</translation></message>"
        '<message><source>Stretch {0}</source><translation type="unfinished"/></message>'
        "</context></TS>"
    )
    told = update.explain("xx", update.missing(ts))
    assert "1 string(s)" in told and "[BreakWindow] Stretch {0}" in told
    assert "Skip" not in told
    assert told.count("python translations/update.py") == 2
    assert "docs/translations.md" in told


@pytest.mark.parametrize("language", SHIPPED)
def test_no_translation_drops_or_adds_a_place(language: str) -> None:
    wrong = [
        f"  [{context}] {source!r} -> {translation!r}"
        for context, source, translation in messages(language)
        if translation and Counter(PLACE.findall(source)) != Counter(PLACE.findall(translation))
    ]
    assert not wrong, f"{language}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", SHIPPED)
def test_every_mnemonic_survives(language: str) -> None:
    """'&Snooze' keeps exactly one marked letter; a literal '&&' may go ('About && safety')."""

    def marks(text: str) -> int:
        return len(re.findall(r"&(?=[^\s&;])(?!\w+;)", text.replace("&&", "")))

    wrong = [
        f"  [{context}] {source!r} -> {translation!r}"
        for context, source, translation in messages(language)
        if translation and marks(source) != marks(translation)
    ]
    assert not wrong, f"{language}:\n" + "\n".join(wrong)


def test_no_f_string_or_expression_is_handed_to_a_translation() -> None:
    """lupdate would record the f-string's text with its braces; at run time nothing matches."""
    names = {"tr", "translate", "QT_TRANSLATE_NOOP"}
    found = []
    for path in sorted((ROOT / "postureapp").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else getattr(node.func, "id", "")
            )
            if name in names and any(
                isinstance(arg, ast.JoinedStr | ast.BinOp) for arg in node.args
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "translate a template and .format() it instead:\n" + "\n".join(found)


# --- the compiled catalogues, read without Qt ----------------------------------------------------


@pytest.mark.parametrize("language", SHIPPED)
def test_the_command_line_reads_every_translation_qt_would_load(language: str) -> None:
    catalogue = Catalogue.read(QM_DIR / f"postureapp_{language}.qm")
    expected = {
        (context, source): translation
        for context, source, translation in messages(language)
        if translation
    }
    assert catalogue.messages == expected


def test_a_damaged_catalogue_is_refused_not_misread(tmp_path: Path) -> None:
    good = (QM_DIR / "postureapp_de.qm").read_bytes()
    with pytest.raises(CatalogueError):
        Catalogue.parse(b"not a catalogue at all")
    with pytest.raises(CatalogueError):
        Catalogue.parse(good[: len(good) // 2])


# --- which language the user gets ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT.UTF-8"}, "de"),
        ({"LANG": "pt_BR.UTF-8"}, "pt_BR"),
        ({"LANG": "pt_PT.UTF-8"}, "pt_BR"),  # closer than English
        ({"LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "en_GB.UTF-8"}, None),
        ({"LANG": "C.UTF-8"}, None),
        ({}, None),
        ({"LANG": "sv_SE.UTF-8"}, None),
        ({"LANGUAGE": "sv:fr", "LANG": "sv_SE.UTF-8"}, "fr"),
        ({"LANGUAGE": "fr", "LANG": "C"}, None),  # gettext ignores LANGUAGE in the C locale
        ({"LC_ALL": "it_IT.UTF-8", "LANG": "de_DE.UTF-8"}, "it"),
        ({"LC_MESSAGES": "nl_NL.UTF-8", "LANG": "de_DE.UTF-8"}, "nl"),
    ],
)
def test_the_language_follows_the_environment_as_gettext_reads_it(
    environ: dict[str, str], language: str | None
) -> None:
    assert pick(from_environment(environ), SHIPPED) == language


def test_qt_s_list_of_languages_picks_the_same() -> None:
    """The GUI passes QLocale().uiLanguages(), with scripts: 'de-Latn-DE', 'ja-Jpan-JP'."""
    assert pick(["de-Latn-DE", "de-DE", "de-Latn", "de"], SHIPPED) == "de"
    assert pick(["ja-Jpan-JP", "ja-JP", "ja"], SHIPPED) == "ja"
    assert pick(["pt-Latn-BR", "pt-BR", "pt"], SHIPPED) == "pt_BR"
    assert pick(["en-Latn-US", "en-US", "en", "de"], SHIPPED) is None
