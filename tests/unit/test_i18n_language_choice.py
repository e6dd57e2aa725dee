"""Which catalogue serves the user when the shipped names carry more than a territory: a name
with a script and a territory (zh_Hant_TW) still serves its plain language."""

from __future__ import annotations

from postureapp.core.i18n.languages import from_environment, pick


def test_a_catalogue_named_with_script_and_territory_serves_its_language() -> None:
    assert pick(["zh"], ["de", "zh_Hant_TW"]) == "zh_Hant_TW"
    assert pick(["zh_HK"], ["zh_Hant_TW"]) == "zh_Hant_TW"
    assert pick(["zh"], ["zh_Hans_CN", "zh_Hant_TW"]) is None  # two regions: not guessed


def test_empty_entries_of_language_are_passed_over() -> None:
    environ = {"LANGUAGE": ":nl::de:", "LC_MESSAGES": "fr_FR.UTF-8"}
    assert from_environment(environ) == ["nl", "de", "fr_FR"]
