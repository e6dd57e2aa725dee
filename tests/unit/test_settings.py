"""The settings table, the file it is loaded from and saved to, and what the user is told."""

from __future__ import annotations

import dataclasses
import os
import tomllib
import typing
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from postureapp.core import settings as core
from postureapp.core.problems import Problem
from postureapp.core.settings import (
    FIELDS,
    SCHEMA_VERSION,
    Field,
    SettingError,
    Settings,
    SettingsReadOnly,
    UnknownSetting,
    diff,
    field_for,
    load,
    save,
)
from postureapp.core.settings.kinds import Choice

NOW = datetime(2025, 3, 4, 9, 30, 15, tzinfo=UTC)
STAMP = "20250304-093015"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- the table itself ---------------------------------------------------------------------------


@pytest.mark.parametrize("field", FIELDS, ids=lambda f: f.key)
def test_every_default_passes_its_own_validator_in_every_form(field: Field) -> None:
    assert field.parse(field.default) == field.default
    assert field.parse(field.to_toml(field.default)) == field.default
    assert field.parse_text(field.format_text(field.default)) == field.default
    assert field.label and field.help.endswith(".")


def test_settings_attributes_match_the_table_name_for_name_and_type() -> None:
    hints = typing.get_type_hints(Settings, vars(core.model))
    assert [f.name for f in dataclasses.fields(Settings)] == [f.name for f in FIELDS]
    for field in FIELDS:
        assert hints[field.name] == field.kind.annotation, field.key


def test_keys_are_unique_even_without_their_section() -> None:
    assert len({f.name for f in FIELDS}) == len(FIELDS)
    assert core.SECTIONS == ("breaks", "schedule", "exercises", "behaviour", "camera")


def test_declared_defaults_are_the_documented_ones() -> None:
    d = Settings.defaults()
    assert (d.short_interval_minutes, d.short_break_seconds, d.long_every) == (30, 40, 4)
    assert d.mon == ((time(9), time(17)),) and d.fri == d.mon and d.sat == () and d.sun == ()
    assert d.fixed_days == {"mon", "tue", "wed", "thu", "fri"}
    assert d.positions == {"seated", "standing"} and d.equipment == frozenset()
    assert d.custom_folder is None and d.strict is False and d.checkins is True
    assert d.get("behaviour.idle_threshold_minutes") == 5
    assert d.day_ranges(0) == d.mon and d.day_ranges(6) == ()


# --- single values ------------------------------------------------------------------------------


def test_out_of_range_number_names_the_key_the_bounds_and_the_value() -> None:
    field = field_for("breaks.short_interval_minutes")
    with pytest.raises(SettingError) as caught:
        field.parse_text("500")
    assert str(caught.value) == (
        "breaks.short_interval_minutes: must be a whole number from 5 to 180 (minutes), got 500"
    )
    with pytest.raises(SettingError, match=r'got "half an hour"'):
        field.parse_text("half an hour")
    with pytest.raises(SettingError, match="got true"):
        field.parse(True)
    assert field.parse_text(" 45 ") == 45


def test_booleans_from_text_accept_common_words() -> None:
    field = field_for("breaks.strict")
    assert [field.parse_text(w) for w in ("yes", "On", "true", "1")] == [True] * 4
    assert [field.parse_text(w) for w in ("no", "OFF", "false", "0")] == [False] * 4
    with pytest.raises(SettingError, match='must be true or false, got "maybe"'):
        field.parse_text("maybe")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ()),
        ("09:00-17:00", ((time(9), time(17)),)),
        ("13:30 - 18:00, 9:00-12:30", ((time(9), time(12, 30)), (time(13, 30), time(18)))),
        ("08:00-12:00, 12:00-16:00,", ((time(8), time(12)), (time(12), time(16)))),
    ],
)
def test_time_ranges_parse_sorted(text: str, expected: core.TimeRanges) -> None:
    assert field_for("schedule.tue").parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9-17", '"9" is not a time of day as HH:MM (00:00 to 23:59)'),
        ("0900", '"0900" is not a range like "09:00-12:30" (HH:MM-HH:MM)'),
        ("09:00-24:00", '"24:00" is not a time of day'),
        ("12:00-09:00", '"12:00-09:00" must start before it ends'),
        ("10:00-10:00", '"10:00-10:00" must start before it ends'),
        ("09:00-12:00, 11:00-13:00", '"09:00-12:00" and "11:00-13:00" overlap'),
    ],
)
def test_time_range_mistakes_are_explained(text: str, message: str) -> None:
    with pytest.raises(SettingError) as caught:
        field_for("schedule.wed").parse_text(text)
    assert str(caught.value).startswith(f"schedule.wed: {message}")


def test_time_ranges_in_a_list_are_refused_with_the_expected_form() -> None:
    with pytest.raises(SettingError, match=r'time ranges like "09:00-12:30, 13:30-18:00"'):
        field_for("schedule.mon").parse(["09:00-12:00"])


def test_fixed_times_are_sorted_and_checked() -> None:
    field = field_for("schedule.fixed_times")
    assert field.parse(["15:30", "11:00"]) == (time(11), time(15, 30))
    assert field.parse_text("15:30, 11:00") == (time(11), time(15, 30))
    assert field.format_text((time(11), time(15, 30))) == "11:00, 15:30"
    with pytest.raises(SettingError, match="lists 11:00 twice"):
        field.parse(["11:00", "11:00"])
    with pytest.raises(SettingError, match=r'"11\.30" is not a time of day'):
        field.parse(["11.30"])
    with pytest.raises(SettingError, match=r'must be a list of times like \["11:00", "15:30"\]'):
        field.parse("11:00")


def test_choices_name_the_stray_items_and_refuse_an_empty_required_list() -> None:
    areas = field_for("exercises.areas")
    assert areas.parse_text("neck, shoulders") == frozenset({"neck", "shoulders"})
    with pytest.raises(SettingError) as caught:
        areas.parse(["neck", "knees"])
    assert caught.value.message == (
        '"knees" is not one of upper-back, neck, shoulders, chest, lower-back'
    )
    with pytest.raises(SettingError, match="a list of at least one of upper-back"):
        areas.parse_text("")
    assert field_for("exercises.equipment").parse([]) == frozenset()
    assert areas.format_text(frozenset({"chest", "neck"})) == "neck, chest"


def test_single_choice_kind() -> None:
    field = Field("look.theme", Choice(("light", "dark")), "light", "Theme", "Colours.")
    assert field.parse_text(" dark ") == "dark"
    with pytest.raises(SettingError, match='must be one of light, dark, got "blue"'):
        field.parse("blue")


def test_custom_folder_must_be_absolute_and_empty_means_default(tmp_path: Path) -> None:
    field = field_for("exercises.custom_folder")
    assert field.parse("") is None
    assert field.parse(str(tmp_path)) == tmp_path
    assert field.parse_text("~/moves") == Path.home() / "moves"
    with pytest.raises(SettingError, match=r'an absolute folder path .* got "moves"'):
        field.parse("moves")


def test_unknown_key_suggests_the_nearest_one_across_sections() -> None:
    with pytest.raises(UnknownSetting) as caught:
        field_for("breaks.short_intervl_minutes")
    assert str(caught.value) == (
        "breaks.short_intervl_minutes: unknown setting "
        "(did you mean breaks.short_interval_minutes?)"
    )
    assert core.suggest("breaks.idle_threshold_minutes") == "behaviour.idle_threshold_minutes"
    assert core.suggest("schedule.wait_for_fulscreen") == "schedule.wait_for_fullscreen"
    assert core.suggest("zzz.qqq") is None


# --- Settings values ----------------------------------------------------------------------------


def test_changes_are_validated_and_diff_lists_changed_keys() -> None:
    base = Settings.defaults()
    changed = base.with_value("breaks.short_interval_minutes", 45).replace(sound=True)
    assert changed.short_interval_minutes == 45 and base.short_interval_minutes == 30
    assert diff(base, changed) == ["breaks.short_interval_minutes", "behaviour.sound"]
    assert diff(changed, changed) == []
    with pytest.raises(SettingError, match="from 1 to 60"):
        base.replace(snooze_minutes=0)
    with pytest.raises(UnknownSetting):
        base.with_value("breaks.snooze", 3)


# --- loading ------------------------------------------------------------------------------------


def test_missing_file_gives_defaults_without_complaint(tmp_path: Path) -> None:
    result = load(tmp_path / "settings.toml", now=NOW)
    assert result.settings == Settings.defaults()
    assert (result.problems, result.set_aside, result.unknown, result.read_only) == (
        [],
        None,
        {},
        False,
    )


def test_saved_file_round_trips_every_value(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    custom = Settings.defaults().replace(
        short_interval_minutes=50,
        strict=True,
        mon=((time(8), time(12)), (time(13), time(16, 45))),
        sat="10:00-11:00",
        fixed_times=("11:00", "15:30"),
        fixed_days=frozenset({"sat", "mon"}),
        areas=frozenset({"neck"}),
        equipment=frozenset({"towel", "wall"}),
        custom_folder=tmp_path / "my moves",
    )
    for settings in (Settings.defaults(), custom):
        save(path, settings)
        result = load(path, now=NOW)
        assert result.settings == settings
        assert result.problems == []
    assert leftovers(tmp_path) == []


def test_saved_file_explains_each_option_in_declared_order(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save(path, Settings.defaults())
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("#") and "schema_version = 1" in lines
    at = lines.index("short_interval_minutes = 30")
    assert lines[at - 2] == "# Minutes of work between one break and the next."
    assert lines[at - 1] == "# Default: 30. Allowed: a whole number from 5 to 180 (minutes)."
    headers = [line for line in lines if line.startswith("[")]
    assert headers == ["[breaks]", "[schedule]", "[exercises]", "[behaviour]", "[camera]"]
    assert tomllib.loads(text)["schedule"]["mon"] == "09:00-17:00"


def test_corrupt_file_is_kept_aside_and_defaults_used(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.toml", "[breaks]\nshort_interval_minutes = 45\nstrict = \n")
    write(tmp_path / f"settings.toml.bad-{STAMP}", "an older bad file")
    result = load(path, now=NOW)
    assert result.settings == Settings.defaults()
    assert result.set_aside == tmp_path / f"settings.toml.bad-{STAMP}-2"
    assert not path.exists()
    assert "strict = \n" in result.set_aside.read_text(encoding="utf-8")
    assert (tmp_path / f"settings.toml.bad-{STAMP}").read_text() == "an older bad file"
    [problem] = result.problems
    assert problem.line == 3
    assert str(problem).startswith(f"{path}:3: is not valid TOML (")
    assert f"moved to settings.toml.bad-{STAMP}-2" in problem.message


def test_file_that_is_not_utf8_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"[breaks]\nstrict = \xff\n")
    result = load(path, now=NOW)
    assert result.set_aside == tmp_path / f"settings.toml.bad-{STAMP}"
    assert "not UTF-8" in result.problems[0].message


def test_invalid_value_falls_back_for_that_key_only_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "settings.toml",
        "schema_version = 1\n"
        "[breaks]\n"
        "short_break_seconds = 60\n"
        "\n"
        "short_interval_minutes = 500\n"
        "[schedule]\n"
        'tue = "12:00-09:00"\n'
        'wed = "10:00-16:00"\n',
    )
    result = load(path, now=NOW)
    assert result.settings.short_interval_minutes == 30
    assert result.settings.tue == ((time(9), time(17)),)
    assert result.settings.short_break_seconds == 60
    assert result.settings.wed == ((time(10), time(16)),)
    assert [str(p) for p in result.problems] == [
        f"{path}:5: breaks.short_interval_minutes: must be a whole number from 5 to 180 "
        "(minutes), got 500; the default 30 is used instead",
        f'{path}:7: schedule.tue: "12:00-09:00" must start before it ends; '
        'the default "09:00-17:00" is used instead',
    ]
    assert path.exists() and result.set_aside is None


def test_dotted_keys_are_found_on_their_line(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.toml", "# mine\nbreaks.long_every = 99\n")
    [problem] = load(path, now=NOW).problems
    assert (problem.line, problem.field) == (2, "breaks.long_every")


def test_unknown_keys_are_reported_with_a_suggestion_and_kept_on_save(tmp_path: Path) -> None:
    path = write(
        tmp_path / "settings.toml",
        'colour = "teal"\n'
        "[breaks]\n"
        "short_intervl_minutes = 50\n"
        "snooze_minutes = 7\n"
        "[display]\n"
        'theme = "dark"\n'
        "size = { w = 3, h = 4 }\n",
    )
    result = load(path, now=NOW)
    assert result.settings.snooze_minutes == 7
    assert result.unknown == {
        "colour": "teal",
        "breaks.short_intervl_minutes": 50,
        "display.theme": "dark",
        "display.size": {"w": 3, "h": 4},
    }
    messages = {p.field: (p.line, p.message) for p in result.problems}
    assert messages["breaks.short_intervl_minutes"] == (
        3,
        "unknown setting (did you mean breaks.short_interval_minutes?)",
    )
    assert messages["display.theme"] == (6, "unknown setting (did you mean behaviour.theme?)")

    save(path, result.settings.replace(sound=True), unknown=result.unknown)
    again = load(path, now=NOW)
    assert again.unknown == result.unknown
    assert again.settings.sound is True and again.settings.snooze_minutes == 7
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw["breaks"]["short_intervl_minutes"] == 50 and raw["colour"] == "teal"
    assert "# not recognised by this version" in path.read_text(encoding="utf-8")


def test_newer_schema_is_read_but_never_overwritten(tmp_path: Path) -> None:
    original = (
        f"schema_version = {SCHEMA_VERSION + 1}\n"
        "[breaks]\n"
        "short_interval_minutes = 25\n"
        "wobble = true\n"
    )
    path = write(tmp_path / "settings.toml", original)
    result = load(path, now=NOW)
    assert result.read_only is True
    assert result.settings.short_interval_minutes == 25
    assert result.unknown == {"breaks.wobble": True}
    [problem] = result.problems
    assert problem.line == 1 and "written by a newer postureapp" in problem.message
    with pytest.raises(SettingsReadOnly, match="newer postureapp"):
        save(path, result.settings, unknown=result.unknown)
    assert path.read_text(encoding="utf-8") == original


def test_bad_schema_version_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.toml", 'schema_version = "one"\n')
    [problem] = load(path, now=NOW).problems
    assert (problem.line, problem.field) == (1, "schema_version")
    assert 'got "one"' in problem.message


def test_section_that_is_not_a_table_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.toml", "breaks = 5\n")
    result = load(path, now=NOW)
    assert result.settings == Settings.defaults()
    assert [(p.line, p.field) for p in result.problems] == [(1, "breaks")]


def test_problem_text_without_a_line_or_key() -> None:
    assert str(Problem("s.toml", message="cannot be read")) == "s.toml: cannot be read"
    assert str(Problem("s.toml", "a.b", line=7, message="bad")) == "s.toml:7: a.b: bad"


# --- saving safely ------------------------------------------------------------------------------


def test_failed_replace_leaves_old_file_and_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.toml"
    save(path, Settings.defaults())
    before = path.read_bytes()

    def refuse(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        save(path, Settings.defaults().replace(sound=True))
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_unwritable_unknown_value_leaves_old_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save(path, Settings.defaults())
    before = path.read_bytes()
    with pytest.raises(TypeError, match="cannot write"):
        save(path, Settings.defaults(), unknown={"breaks.odd": object()})
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_save_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "settings.toml"
    real.parent.mkdir()
    save(real, Settings.defaults())
    link = tmp_path / "settings.toml"
    link.symlink_to(real)
    save(link, Settings.defaults().replace(long_every=0))
    assert link.is_symlink()
    assert load(real, now=NOW).settings.long_every == 0


def test_awkward_unknown_values_survive_a_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    awkward = {
        "odd.'quoted key'": 'a "quote", a \\ and a tab\t\x7f',
        "odd.when": datetime(2025, 1, 2, 3, 4, 5),
        "odd.list": [1, 2.5, [True], {}],
    }
    save(path, Settings.defaults(), unknown=awkward)
    assert load(path, now=NOW).unknown == awkward
