"""What a user reads when a setting is mistyped or refused: the key it is about, the real key a
typo most likely meant (or none when nothing is close), and the same words in their language."""

from __future__ import annotations

import pytest

from postureapp.core.i18n.qm import Catalogue
from postureapp.core.settings import SettingError, UnknownSetting, field_for
from postureapp.core.settings.fields import suggest
from postureapp.paths import assets_dir


@pytest.fixture(scope="module")
def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("strict", "breaks.strict"),  # the name alone, without its section
        ("sound", "behaviour.sound"),
        ("breaks.long", "breaks.long_every"),  # close to a whole key, not to any name
        ("ui.them", "behaviour.theme"),  # a wrong section and a typo in the name
        ("x.notices_secs", "breaks.notice_seconds"),
        ("brakes.strict", "breaks.strict"),
    ],
)
def test_a_mistyped_key_suggests_the_setting_it_most_likely_meant(typed: str, meant: str) -> None:
    assert suggest(typed) == meant
    with pytest.raises(UnknownSetting) as caught:
        field_for(typed)
    assert caught.value.suggestion == meant
    assert str(caught.value) == f"{typed}: unknown setting (did you mean {meant}?)"


@pytest.mark.parametrize("typed", ["breaks.interval", "x.notice", "x.idle_minutes", "zzz.qqq"])
def test_a_key_like_no_setting_gets_no_far_fetched_suggestion(typed: str) -> None:
    assert suggest(typed) is None
    with pytest.raises(UnknownSetting) as caught:
        field_for(typed)
    assert caught.value.suggestion is None
    assert caught.value.key == typed
    assert str(caught.value) == f"{typed}: unknown setting"


def test_an_unknown_key_reads_in_the_users_language(german: Catalogue) -> None:
    with pytest.raises(UnknownSetting) as caught:
        field_for("breaks.snoze_minutes")
    assert caught.value.phrase.text(german.translate) == (
        "unbekannte Einstellung (meintest du breaks.snooze_minutes?)"
    )
    with pytest.raises(UnknownSetting) as caught:
        field_for("zzz.qqq")
    assert caught.value.phrase.text(german.translate) == "unbekannte Einstellung"


def test_a_refused_value_from_the_file_names_its_setting() -> None:
    field = field_for("breaks.snooze_minutes")
    with pytest.raises(SettingError) as caught:
        field.parse("five")
    assert caught.value.key == "breaks.snooze_minutes"
    assert str(caught.value).startswith("breaks.snooze_minutes: ")
    assert caught.value.message == str(caught.value.phrase)
    assert caught.value.message in str(caught.value)
    with pytest.raises(SettingError) as caught:
        field.parse_text("five")
    assert caught.value.key == "breaks.snooze_minutes"
