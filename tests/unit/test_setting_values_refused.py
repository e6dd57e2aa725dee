"""A value typed for a setting (in settings.toml, on the command line or in a text box): what is
taken, what is refused and the exact words the user reads, in English and in German."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from postureapp.core.i18n.qm import Catalogue
from postureapp.core.settings.kinds import (
    Choice,
    Choices,
    Folder,
    Number,
    Refused,
    Switch,
    TimeRangesKind,
    TimesKind,
    WeightsKind,
    shown,
    toml_value,
    weight_of,
    with_weight,
)
from postureapp.paths import assets_dir

AREAS = Choices(("neck", "chest"), allow_empty=False)


@pytest.fixture(scope="module")
def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


def refusal(parse: object, value: object) -> str:
    with pytest.raises(Refused) as caught:
        parse(value)  # type: ignore[operator]
    assert str(caught.value) == str(caught.value.phrase)
    return str(caught.value)


# --- values as the file writes them -------------------------------------------------------------


def test_values_are_written_to_the_file_as_toml_would_read_them() -> None:
    assert toml_value(True) == "true" and toml_value(False) == "false"
    assert toml_value(7) == "7" and toml_value(2.5) == "2.5"
    assert toml_value('say "hi"\x7f') == '"say \\"hi\\"\\u007f"'
    assert toml_value("Grüße, 東京") == '"Grüße, 東京"', "written as it reads, not escaped"
    assert toml_value(datetime(2025, 1, 2, 3, 4, tzinfo=UTC)) == "2025-01-02T03:04:00+00:00"
    assert toml_value(date(2025, 1, 2)) == "2025-01-02"
    assert toml_value(time(3, 4)) == "03:04:00"
    assert toml_value([1, "a", [True]]) == '[1, "a", [true]]'
    assert toml_value(("x",)) == '["x"]'
    assert toml_value({"plain-key_1": 1, "two words": {"a": []}}) == (
        '{ plain-key_1 = 1, "two words" = { a = [] } }'
    )
    assert toml_value({}) == "{}"
    with pytest.raises(TypeError) as caught:
        toml_value(None)
    assert str(caught.value) == "cannot write None to a TOML file"


def test_a_value_toml_cannot_hold_is_shown_as_python_writes_it() -> None:
    assert shown(None) == "None"
    assert shown(Path("/x")) == "PosixPath('/x')"
    assert shown("x") == '"x"'


# --- numbers and switches -----------------------------------------------------------------------


def test_a_number_out_of_bounds_or_not_whole_is_refused_with_its_bounds_and_unit() -> None:
    minutes = Number(5, 180, "minutes")
    assert minutes.parse(5) == 5 and minutes.parse(180) == 180
    assert minutes.parse_text(" 45 ") == 45
    said = "must be a whole number from 5 to 180 (minutes), got {}"
    assert refusal(minutes.parse, 4) == said.format(4)
    assert refusal(minutes.parse, 181) == said.format(181)
    assert refusal(minutes.parse, True) == said.format("true")
    assert refusal(minutes.parse, 30.0) == said.format("30.0")
    assert refusal(minutes.parse_text, "thirty") == said.format('"thirty"')
    assert refusal(minutes.parse_text, "500") == said.format(500)
    assert refusal(Number(0, 9).parse, -1) == "must be a whole number from 0 to 9, got -1"


def test_a_refusal_reads_in_german(german: Catalogue) -> None:
    with pytest.raises(Refused) as caught:
        Number(5, 180, "minutes").parse(200)
    assert caught.value.phrase.text(german.translate) == (
        "muss eine ganze Zahl von 5 bis 180 (Minuten) sein, gefunden 200"
    )
    with pytest.raises(Refused) as caught:
        Number(0, 9).parse(10)
    assert caught.value.phrase.text(german.translate) == (
        "muss eine ganze Zahl von 0 bis 9 sein, gefunden 10"
    )
    with pytest.raises(Refused) as caught:
        Switch().parse("yes")
    assert caught.value.phrase.text(german.translate) == 'muss true oder false sein, gefunden "yes"'


def test_a_plain_refusal_stays_as_written_in_every_language(german: Catalogue) -> None:
    refused = Refused("no such calendar")
    assert str(refused) == "no such calendar"
    assert refused.phrase.text(german.translate) == "no such calendar"
    assert (refused.phrase.context, refused.phrase.args) == ("settings", ())


def test_a_switch_takes_true_or_false_and_the_common_words_for_them() -> None:
    switch = Switch()
    assert switch.parse(True) is True and switch.parse(False) is False
    assert refusal(switch.parse, 1) == "must be true or false, got 1"
    assert refusal(switch.parse_text, " perhaps ") == 'must be true or false, got " perhaps "'
    assert [switch.parse_text(w) for w in (" YES ", "on", "1", "true")] == [True] * 4
    assert [switch.parse_text(w) for w in (" No ", "off", "0", "false")] == [False] * 4
    assert switch.format_text(True) == "true" and switch.format_text(False) == "false"


# --- choices ------------------------------------------------------------------------------------


def test_one_choice_names_the_options() -> None:
    theme = Choice(("light", "dark"))
    assert theme.parse("dark") == "dark"
    assert refusal(theme.parse, "blue") == 'must be one of light, dark, got "blue"'
    assert refusal(theme.parse, 1) == "must be one of light, dark, got 1"
    assert theme.format_text("light") == "light"


def test_a_list_of_choices_names_every_stray_item() -> None:
    assert AREAS.parse(["chest", "neck"]) == frozenset({"neck", "chest"})
    assert AREAS.parse(("neck",)) == frozenset({"neck"})
    assert AREAS.parse({"neck"}) == frozenset({"neck"})
    assert AREAS.parse(frozenset({"chest"})) == frozenset({"chest"})
    assert refusal(AREAS.parse, ["neck", "knee"]) == '"knee" is not one of neck, chest'
    assert (
        refusal(AREAS.parse, ["knee", "neck", "hip"]) == '"knee", "hip" are not any of neck, chest'
    )
    assert (
        refusal(AREAS.parse, "neck") == 'must be a list of at least one of neck, chest, got "neck"'
    )
    assert refusal(AREAS.parse, ["neck", 2]) == (
        'must be a list of at least one of neck, chest, got ["neck", 2]'
    )
    assert refusal(AREAS.parse, []) == "must be a list of at least one of neck, chest, got []"
    optional = Choices(("neck", "chest"))
    assert optional.parse([]) == frozenset()
    assert refusal(optional.parse, 3) == "must be a list of neck, chest, got 3"


def test_choices_are_typed_as_a_list_and_written_in_their_declared_order() -> None:
    assert AREAS.parse_text("chest neck") == frozenset({"neck", "chest"})
    assert AREAS.parse_text(" neck,chest , ") == frozenset({"neck", "chest"})
    assert AREAS.parse_text('["chest"]') == frozenset({"chest"})
    assert AREAS.to_toml(frozenset({"chest", "neck"})) == ["neck", "chest"]
    assert AREAS.format_text(frozenset({"chest", "neck"})) == "neck, chest"
    assert refusal(AREAS.parse_text, '["chest",') == (
        '["chest", is not a TOML list like ["11:00", "15:30"]'
    )
    assert refusal(AREAS.parse_text, "[[[" + "[" * 2000).startswith("[[[[")


# --- times of day -------------------------------------------------------------------------------


def test_working_hours_are_read_from_text_or_as_pairs_and_written_back() -> None:
    hours = TimeRangesKind()
    pairs = ((time(8), time(12)), (time(13), time(23, 59)))
    assert hours.parse(" 13:00-23:59 ,8:00 - 12:00") == pairs
    assert hours.parse(pairs) == pairs
    assert hours.parse(()) == ()
    assert hours.to_toml(pairs) == "08:00-12:00, 13:00-23:59"
    assert hours.format_text(pairs) == "08:00-12:00, 13:00-23:59"
    assert hours.parse("00:00-00:01") == ((time(0), time(0, 1)),)


@pytest.mark.parametrize(
    "value",
    [
        ((time(8), time(12), time(13)),),
        ((time(8),),),
        ((time(8), "12:00"),),
        ((time(8), time(12, 0, 30)),),
        ((time(8), time(12, 0, 0, 5)),),
        ((time(8, tzinfo=UTC), time(12)),),
        [(time(8), time(12))],
        ([time(8), time(12)],),
    ],
)
def test_working_hours_of_the_wrong_shape_are_refused_with_the_expected_form(value: object) -> None:
    assert refusal(TimeRangesKind().parse, value) == (
        'must be time ranges like "09:00-12:30, 13:30-18:00" ("" for none), got ' + shown(value)
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("24:00-24:30", '"24:00" is not a time of day as HH:MM (00:00 to 23:59)'),
        ("23:60-23:59", '"23:60" is not a time of day as HH:MM (00:00 to 23:59)'),
        ("08:00-23:60", '"23:60" is not a time of day as HH:MM (00:00 to 23:59)'),
        ("8-9", '"8" is not a time of day as HH:MM (00:00 to 23:59)'),
        ("08:00-09:00-10:00", '"09:00-10:00" is not a time of day as HH:MM (00:00 to 23:59)'),
        ("08:00", '"08:00" is not a range like "09:00-12:30" (HH:MM-HH:MM)'),
        ("09:00-09:00", '"09:00-09:00" must start before it ends'),
        ("10:00-11:00, 09:00-10:30", '"09:00-10:30" and "10:00-11:00" overlap'),
    ],
)
def test_working_hours_typed_wrong_say_what_is_wrong(text: str, said: str) -> None:
    assert refusal(TimeRangesKind().parse, text) == said


def test_ranges_that_only_touch_are_taken() -> None:
    assert TimeRangesKind().parse("10:00-11:00, 09:00-10:00") == (
        (time(9), time(10)),
        (time(10), time(11)),
    )
    assert TimeRangesKind().parse("23:00-23:59") == ((time(23), time(23, 59)),)


def test_fixed_times_are_read_sorted_and_each_only_once() -> None:
    times = TimesKind()
    assert times.parse(["15:30", time(9), "0:05"]) == (time(0, 5), time(9), time(15, 30))
    assert times.parse(("23:59",)) == (time(23, 59),)
    assert times.parse_text("15:30 9:00") == (time(9), time(15, 30))
    assert times.to_toml((time(9), time(15, 30))) == ["09:00", "15:30"]
    assert times.format_text((time(9), time(15, 30))) == "09:00, 15:30"
    assert refusal(times.parse, ["9:00", "09:00"]) == "lists 09:00 twice"
    assert refusal(times.parse, [time(9, 0, 1)]) == (
        "09:00:01 is not a time of day as HH:MM (00:00 to 23:59)"
    )
    assert refusal(times.parse, "09:00") == (
        'must be a list of times like ["11:00", "15:30"], got "09:00"'
    )
    assert refusal(times.parse, [930]) == "930 is not a time of day as HH:MM (00:00 to 23:59)"


# --- folders and weights ------------------------------------------------------------------------


def test_a_folder_must_be_absolute_and_empty_is_the_default(tmp_path: Path) -> None:
    folder = Folder()
    assert folder.parse(None) is None and folder.parse("") is None
    assert folder.parse(tmp_path) == tmp_path and folder.parse(str(tmp_path)) == tmp_path
    said = 'must be an absolute folder path ("" for the default folder), got {}'
    assert refusal(folder.parse, "moves") == said.format('"moves"')
    assert refusal(folder.parse, 3) == said.format(3)
    assert folder.to_toml(None) == "" and folder.to_toml(tmp_path) == str(tmp_path)
    assert folder.format_text(None) == ""


WEIGHTS_SAID = (
    "must be a table of exercise ids and whole numbers from 0 (never) to 3 (most often),"
    ' like { chin-tuck = 2, side-bend = 0 } ("" for none), got '
)


def test_exercise_weights_come_as_a_table_or_as_pairs() -> None:
    weights = WeightsKind()
    assert weights.parse({"b-2": 0, "a": 3, "c": 1}) == (("a", 3), ("b-2", 0))
    assert weights.parse((("a", 2), ("b", 1))) == (("a", 2),)
    assert weights.parse(()) == ()
    assert weights.parse_text("") == ()
    assert weights.parse_text(" a = 2 ,, b=0 ") == (("a", 2), ("b", 0))
    assert weights.parse_text("{ a = 3 }") == (("a", 3),)
    assert weights.to_toml((("a", 3),)) == {"a": 3}
    assert weights.format_text((("a", 3), ("b", 0))) == "a=3, b=0"


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (["a"], WEIGHTS_SAID + '["a"]'),
        ([("a", 2)], WEIGHTS_SAID + '[["a", 2]]'),
        ((("a", 2, 3),), WEIGHTS_SAID + '[["a", 2, 3]]'),
        (("a",), WEIGHTS_SAID + '["a"]'),
        ({"A": 2}, '"A" is not an exercise id (lowercase letters, digits, -)'),
        ({"-a": 2}, '"-a" is not an exercise id (lowercase letters, digits, -)'),
        ({"a b": 2}, '"a b" is not an exercise id (lowercase letters, digits, -)'),
        (((1, 2),), "1 is not an exercise id (lowercase letters, digits, -)"),
        ({"a": 4}, "the weight of a must be a whole number from 0 to 3, got 4"),
        ({"a": -1}, "the weight of a must be a whole number from 0 to 3, got -1"),
        ({"a": True}, "the weight of a must be a whole number from 0 to 3, got true"),
        ({"a": "2"}, 'the weight of a must be a whole number from 0 to 3, got "2"'),
    ],
)
def test_exercise_weights_refused_say_which_and_why(value: object, said: str) -> None:
    assert refusal(WeightsKind().parse, value) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("a=2, b", '"b" is not like "chin-tuck=2"'),
        ("a=two", '"a=two" is not like "chin-tuck=2"'),
        ("a=", '"a=" is not like "chin-tuck=2"'),
        ("a=X1", '"a=X1" is not like "chin-tuck=2"'),
        ("a=2=3", '"a=2=3" is not like "chin-tuck=2"'),
        ("a=1-", '"a=1-" is not like "chin-tuck=2"'),
        ("a=-1", "the weight of a must be a whole number from 0 to 3, got -1"),
        ("{ a = ", "{ a = is not a TOML table like { chin-tuck = 2 }"),
        ("{ a = 0 } x", "{ a = 0 } x is not a TOML table like { chin-tuck = 2 }"),
    ],
)
def test_exercise_weights_typed_wrong_say_what_is_wrong(text: str, said: str) -> None:
    assert refusal(WeightsKind().parse_text, text) == said


def test_a_deeply_nested_table_is_refused_not_a_crash() -> None:
    text = "{ a = " + "[" * 5000
    assert refusal(WeightsKind().parse_text, text).endswith(
        "is not a TOML table like { chin-tuck = 2 }"
    )


def test_one_exercise_weight_is_set_and_the_usual_one_is_not_kept() -> None:
    assert weight_of((("a", 3),), "a") == 3 and weight_of((("a", 3),), "b") == 1
    assert with_weight((("a", 3),), "b", 0) == (("a", 3), ("b", 0))
    assert with_weight((("a", 3),), "a", 1) == ()
