"""Per-exercise choices: switched off means never, a favourite comes more often, over simulated
days with the built-in library; and the choices live in the settings file people may edit."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_chooser_days import LIBRARY, LONG_EVERY, everything, simulate

from postureapp.core.exercises import Chooser, Preferences, eligible
from postureapp.core.settings import SettingError, Settings, field_for, load, save
from postureapp.core.settings.kinds import weight_of, with_weight
from postureapp.core.terms import Movement

NOW = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
FIELD = field_for("exercises.weights")


def shorts(days: list[list[tuple]]) -> Counter[str]:  # type: ignore[type-arg]
    return Counter(
        chosen[0].id for day in days for n, chosen in enumerate(day, 1) if n % LONG_EVERY and chosen
    )


# --- the setting ---------------------------------------------------------------------------------


def test_weights_read_from_a_table_and_from_typed_text() -> None:
    assert FIELD.parse({"chin-tuck": 2, "head-turn": 0, "cat-cow": 1}) == (
        ("chin-tuck", 2),
        ("head-turn", 0),
    ), "sorted, and an exercise that comes as usual is not kept"
    assert FIELD.parse_text("head-turn=0, chin-tuck = 3") == (("chin-tuck", 3), ("head-turn", 0))
    assert FIELD.parse_text('{ chin-tuck = 2, "head-turn" = 0 }') == (
        ("chin-tuck", 2),
        ("head-turn", 0),
    )
    assert FIELD.parse_text("") == ()
    assert FIELD.format_text((("chin-tuck", 2), ("head-turn", 0))) == "chin-tuck=2, head-turn=0"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"chin-tuck": 4}, "from 0 to 3, got 4"),
        ({"chin-tuck": True}, "got true"),
        ({"Chin Tuck": 2}, "not an exercise id"),
        (["chin-tuck"], "must be a table of exercise ids"),
    ],
)
def test_weights_refused_say_what_was_expected(value: object, message: str) -> None:
    with pytest.raises(SettingError) as caught:
        FIELD.parse(value)
    assert message in str(caught.value)


def test_weights_survive_the_settings_file_and_a_hand_written_table(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    settings = Settings.defaults().replace(weights=(("chin-tuck", 3), ("head-turn", 0)))
    save(path, settings)
    assert "weights = { chin-tuck = 3, head-turn = 0 }" in path.read_text()
    assert load(path, now=NOW).settings.weights == settings.weights

    path.write_text('[exercises.weights]\n"seated-twist" = 0\nchin-tuck = 2\n')
    loaded = load(path, now=NOW)
    assert loaded.problems == []
    assert loaded.settings.weights == (("chin-tuck", 2), ("seated-twist", 0))

    path.write_text("[exercises]\nweights = { chin-tuck = 9 }\n")
    loaded = load(path, now=NOW)
    assert loaded.settings.weights == ()
    assert "exercises.weights" in str(loaded.problems[0])
    assert "from 0 to 3, got 9" in str(loaded.problems[0])


def test_setting_one_weight_keeps_the_others() -> None:
    weights = with_weight((("chin-tuck", 2),), "head-turn", 0)
    assert weights == (("chin-tuck", 2), ("head-turn", 0))
    assert weight_of(weights, "head-turn") == 0 and weight_of(weights, "cat-cow") == 1
    assert with_weight(weights, "chin-tuck", 1) == (("head-turn", 0),)


# --- the chooser over simulated days -------------------------------------------------------------


def test_an_exercise_switched_off_never_comes_in_any_break() -> None:
    usual = Counter(ex.id for ex in everything(simulate(Preferences.default(), days=15)))
    off = ("chin-tuck", "seated-twist")
    assert all(usual[name] > 10 for name in off), usual
    prefs = replace(Preferences.default(), weights=tuple((name, 0) for name in off))
    offered = everything(simulate(prefs, days=15))
    assert len(offered) > 250
    assert not {ex.id for ex in offered} & set(off)
    assert not eligible(LIBRARY.exercises["chin-tuck"], "short", prefs)


def test_a_favourite_comes_clearly_more_often_in_short_breaks() -> None:
    usual = shorts(simulate(Preferences.default(), days=20))
    for name in ("rhomboid-stretch", "chin-tuck"):
        more = shorts(simulate(replace(Preferences.default(), weights=((name, 2),)), days=20))
        most = shorts(simulate(replace(Preferences.default(), weights=((name, 3),)), days=20))
        assert more[name] >= 1.4 * usual[name], (name, usual[name], more[name])
        assert most[name] >= more[name], (name, more[name], most[name])


def test_a_favourite_does_not_crowd_out_the_daily_balance() -> None:
    prefs = replace(Preferences.default(), weights=(("rhomboid-stretch", 3),))
    for day in simulate(prefs, days=20):
        movements = Counter(chosen[0].movement for n, chosen in enumerate(day, 1) if n % LONG_EVERY)
        for movement in (Movement.ROTATION, Movement.EXTENSION, Movement.NECK):
            assert movements[movement] >= 2, movements
        assert len({chosen[0].id for n, chosen in enumerate(day, 1) if n % LONG_EVERY}) >= 5


def test_switching_off_counts_in_what_the_choices_leave() -> None:
    desk_short = [ex.id for ex in LIBRARY.exercises.values() if ex.at_desk and "short" in ex.suits]
    prefs = replace(Preferences.default(), weights=tuple((name, 0) for name in desk_short))
    shortfall = Chooser(LIBRARY, random.Random(1)).shortfalls(prefs)[0]
    assert shortfall.kind == "short" and shortfall.available == 0
