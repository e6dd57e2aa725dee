"""What saving writes into settings.toml: each option under its help (wrapped to the width of the
file) and bounds, the keys this version does not know where they were, and a file a newer version
wrote refused even when it no longer parses."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from postureapp.core.i18n.qm import Catalogue
from postureapp.core.settings import Settings, SettingsReadOnly, load, render, save
from postureapp.paths import assets_dir


@pytest.fixture(scope="module")
def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


def block(text: str, assignment: str, lines: int) -> list[str]:
    found = text.splitlines()
    at = found.index(assignment)
    return found[at - lines : at + 1]


def test_each_option_stands_under_its_help_wrapped_at_98_characters() -> None:
    text = render(Settings.defaults(), {})
    assert block(text, "slouch_minutes = 10", 4) == [
        "# A slouch held this long brings the next break forward, with an exercise that answers"
        " it (never",
        "# sooner than the notice allows, and never during a call, a full-screen window,"
        " do-not-disturb or",
        "# a meeting).",
        "# Default: 10. Allowed: a whole number from 2 to 60 (minutes).",
        "slouch_minutes = 10",
    ]
    assert block(text, "strict = false", 2) == [
        "# A break that has started cannot be skipped or snoozed.",
        "# Default: false.",
        "strict = false",
    ]
    helps = [line for line in text.splitlines() if line.startswith("# ") and "Default:" not in line]
    assert max(map(len, helps)) <= 98


def test_keys_this_version_does_not_know_are_written_back_where_they_were() -> None:
    unknown = {
        "colour": "teal",
        "breaks.wobble": True,
        "display.size": 3,
        'display."a.b"': 1,
        "display.a.b": 2,
    }
    text = render(Settings.defaults(), unknown)
    assert (
        'schema_version = 1\n\n# not recognised by this version\ncolour = "teal"\n\n[breaks]\n'
        in text
    )
    assert "\n\n# not recognised by this version\nwobble = true\n\n[schedule]\n" in text
    assert text.endswith(
        '\n\n[display]\n# not recognised by this version\nsize = 3\n"\\"a.b\\"" = 1\n"a.b" = 2\n'
    )


def test_nothing_unknown_adds_no_lines() -> None:
    text = render(Settings.defaults(), {})
    assert "not recognised" not in text
    assert text.endswith("slouch_minutes = 10\n")


@pytest.mark.parametrize(
    "written",
    [
        "schema_version = 2\n",
        "\ufeffschema_version = 2\n",  # a byte-order mark, as some editors write
        "# mine\n  schema_version = 2\n[breaks\n",  # no longer TOML: the number is still found
        "schema_version = 2\nnote = '\udcff'\n",
    ],
)
def test_a_file_from_a_newer_version_is_never_overwritten(
    tmp_path: Path, german: Catalogue, written: str
) -> None:
    path = tmp_path / "settings.toml"
    data = written.encode("utf-8", errors="surrogateescape")
    path.write_bytes(data)
    with pytest.raises(SettingsReadOnly) as caught:
        save(path, Settings.defaults())
    assert str(caught.value) == (
        f"{path} was written by a newer postureapp (schema 2); this version will not change it"
    )
    assert caught.value.said is not None
    assert caught.value.said.text(german.translate) == (
        f"{path} wurde von einem neueren postureapp geschrieben (Schema 2);"
        " diese Version ändert die Datei nicht"
    )
    assert path.read_bytes() == data


@pytest.mark.parametrize(
    "written", ["[breaks\n", "schema_version = 1\n[breaks\n", "schema_version = 'two'\n"]
)
def test_a_file_of_this_version_or_of_none_is_overwritten(tmp_path: Path, written: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(written, encoding="utf-8")
    save(path, Settings.defaults())
    assert path.read_text(encoding="utf-8") == render(Settings.defaults(), {})


def test_a_refusal_names_the_file_as_it_was_given_through_a_linked_folder(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles"
    real.mkdir()
    (real / "settings.toml").write_text("schema_version = 3\n", encoding="utf-8")
    (tmp_path / "config").symlink_to(real)
    path = tmp_path / "config" / "settings.toml"
    with pytest.raises(SettingsReadOnly) as caught:
        save(path, Settings.defaults())
    assert str(caught.value).startswith(f"{path} was written by a newer postureapp (schema 3)")


def test_a_file_saved_by_an_editor_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("\ufeff[breaks]\nstrict = true\n", encoding="utf-8")
    result = load(path, now=datetime(2025, 3, 4, 9, 30, tzinfo=UTC))
    assert (result.problems, result.set_aside, result.settings.strict) == ([], None, True)
