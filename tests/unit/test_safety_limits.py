"""The safety rules at their edges: the day a check-in counts on in any zone, the exact ends of
the pause and of the stiffness trend, pausing by hand, and the saved state as the file holds it
(and what the user is told when that file cannot be read or moved aside)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from postureapp.core import safety
from postureapp.core.i18n.qm import Catalogue
from postureapp.core.safety import (
    SafetyState,
    assess,
    daily_stiffness,
    load_safety_state,
    pause_exercises,
    safety_state_json,
    save_safety_state,
    should_check_in,
)
from postureapp.paths import assets_dir
from tests.unit.test_safety import NOW, Check, days_ago, every_day


def suggestion(checkins: list[Check]) -> str | None:
    return assess(checkins, every_day(), NOW, last_suggestion_at=None).professional_reason


# --- the day a check-in counts on ------------------------------------------------------------


def test_each_check_in_counts_on_the_day_it_was_where_the_user_is_now() -> None:
    plus14 = timezone(timedelta(hours=14))
    now = datetime(2024, 5, 30, 12, 0, tzinfo=plus14)
    checkins = [
        # 20:00 on the 29th in New York is already 14:00 on the 30th at +14:00.
        Check(datetime(2024, 5, 29, 20, 0, tzinfo=timezone(timedelta(hours=-4))), "same", 4),
        # 00:30 on the 30th at +14:00 is the 29th in every other zone.
        Check(datetime(2024, 5, 30, 0, 30, tzinfo=plus14), "same", 6),
        # Without a zone, a check-in counts on the day it names.
        Check(datetime(2024, 5, 28, 23, 30), "same", 2),
    ]
    assert daily_stiffness(checkins, now) == {date(2024, 5, 28): 2.0, date(2024, 5, 30): 5.0}


def test_asked_early_this_morning_somewhere_else_is_asked_today_already() -> None:
    # 23:30 on the 29th at -04:00 is 05:30 on the 30th at +02:00: the user was asked today.
    asked = datetime(2024, 5, 29, 23, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert not should_check_in(NOW, enabled=True, last_checkin_at=asked, completed_today=2)
    assert should_check_in(
        NOW + timedelta(days=1), enabled=True, last_checkin_at=asked, completed_today=1
    )


# --- pausing ---------------------------------------------------------------------------------


def test_two_worse_days_after_a_better_one_do_not_pause() -> None:
    checkins = [
        Check(days_ago(2), "better"),
        Check(days_ago(1), "worse"),
        Check(days_ago(0), "worse"),
    ]
    assert not assess(checkins, {}, NOW, last_suggestion_at=None).pause_exercises


def test_a_warning_at_the_very_moment_of_resuming_does_not_pause_again() -> None:
    checkins = [Check(days_ago(1), "warning")]
    advice = assess(checkins, {}, NOW, last_suggestion_at=None, resumed_at=days_ago(1))
    assert not advice.pause_exercises and advice.pause_reason is None
    just_after = assess(
        checkins,
        {},
        NOW,
        last_suggestion_at=None,
        resumed_at=days_ago(1) - timedelta(microseconds=1),
    )
    assert just_after.pause_reason == safety.PAUSE_REASON_WARNING


def test_pausing_by_hand_starts_now_and_a_pause_already_on_keeps_its_start() -> None:
    paused = pause_exercises(SafetyState(welcome_shown=True), NOW)
    assert paused == SafetyState(welcome_shown=True, exercises_paused_since=NOW)
    assert paused.exercises_paused
    assert pause_exercises(paused, NOW + timedelta(hours=3)) == paused


# --- the stiffness trend at its limits --------------------------------------------------------


def test_check_ins_older_than_four_weeks_do_not_stretch_the_trend() -> None:
    recent = [Check(days_ago(n), "same") for n in range(10)]
    assert suggestion(recent) is None
    assert suggestion([Check(days_ago(40), "same"), *recent]) is None


def test_a_check_in_exactly_four_weeks_old_still_counts() -> None:
    recent = [Check(days_ago(n), "same") for n in range(11)]
    four_weeks = Check(NOW - timedelta(days=28), "same")
    assert suggestion([four_weeks, *recent]) == safety.PROFESSIONAL_REASON_NO_BETTER
    older = Check(NOW - timedelta(days=28, microseconds=1), "same")
    assert suggestion([older, *recent]) is None


def test_four_check_ins_two_weeks_apart_are_enough_to_tell_and_three_are_not() -> None:
    four = [Check(days_ago(n), "same") for n in (14, 9, 5, 0)]
    assert suggestion(four) == safety.PROFESSIONAL_REASON_NO_BETTER
    assert suggestion(four[1:]) is None
    assert suggestion([four[0], *four[2:]]) is None


def test_eight_ratings_are_enough_to_go_by_the_stiffness_itself() -> None:
    rated = [Check(days_ago(n * 2), "same", 5) for n in range(8)]
    with_better = [*rated, Check(days_ago(3, 18), "better")]
    assert suggestion(with_better) == safety.PROFESSIONAL_REASON_STIFFNESS
    seven = [*rated[:7], Check(days_ago(14, 18), "same"), Check(days_ago(3, 18), "better")]
    assert suggestion(seven) is None


def test_a_few_low_ratings_leave_the_answers_to_decide() -> None:
    unrated = [Check(days_ago(n), "same") for n in range(15)]
    low = [Check(days_ago(n, 18), "same", 1) for n in (2, 9)]
    assert suggestion([*unrated, *low]) == safety.PROFESSIONAL_REASON_NO_BETTER


def test_stiffness_that_stays_at_three_is_reason_enough() -> None:
    three = [Check(days_ago(n), "same", 3) for n in range(15)]
    assert suggestion(three) == safety.PROFESSIONAL_REASON_STIFFNESS
    lower = [Check(days_ago(n), "same", 3 if n > 3 else 2) for n in range(15)]
    assert suggestion(lower) is None


# --- the saved state -------------------------------------------------------------------------


def test_the_saved_state_is_json_a_person_can_read() -> None:
    state = SafetyState(
        welcome_shown=True, last_suggestion_at=datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    )
    assert safety_state_json(state) == (
        "{\n"
        '  "version": 1,\n'
        '  "welcome_shown": true,\n'
        '  "last_checkin_prompt_at": null,\n'
        '  "last_suggestion_at": "2024-05-01T09:00:00+00:00",\n'
        '  "exercises_paused_since": null,\n'
        '  "resumed_at": null\n'
        "}\n"
    )


def test_a_state_saved_fresh_reads_back_as_a_first_start(tmp_path: Path) -> None:
    path = tmp_path / "safety.json"
    save_safety_state(path, SafetyState())
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1
    loaded = load_safety_state(path, now=NOW)
    assert loaded.state == SafetyState() and loaded.problems == ()


def test_a_file_without_the_welcome_flag_means_the_welcome_was_not_shown(tmp_path: Path) -> None:
    path = tmp_path / "safety.json"
    path.write_text('{"version": 1}', encoding="utf-8")
    loaded = load_safety_state(path, now=NOW)
    assert loaded.state == SafetyState() and not loaded.state.welcome_shown
    assert loaded.problems == () and loaded.set_aside is None
    assert path.exists()


def test_a_file_that_is_not_an_object_is_named_as_such_and_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "safety.json"
    path.write_text("[1, 2]", encoding="utf-8")
    loaded = load_safety_state(path, now=NOW)
    aside = path.with_name("safety.json.bad-20240530-100000")
    assert loaded.set_aside == aside and aside.read_text(encoding="utf-8") == "[1, 2]"
    assert [p.as_dict() for p in loaded.problems] == [
        {
            "file": str(path),
            "line": None,
            "column": None,
            "field": "",
            "expected": "a JSON object",
            "found": "[1, 2]",
            "message": f"{path}: expected a JSON object, found [1, 2]",
        },
        {
            "file": str(path),
            "line": None,
            "column": None,
            "field": "",
            "expected": "",
            "found": "",
            "message": f"{path}: kept as {aside.name}; the good values are still in use",
        },
    ]


def test_a_damaged_file_that_cannot_be_moved_aside_says_why(tmp_path: Path) -> None:
    # The name is so long that the name it would be kept under is longer than a file name may be.
    path = tmp_path / ("s" * 240 + ".json")
    path.write_text('{"welcome_shown": "yes"}', encoding="utf-8")
    loaded = load_safety_state(path, now=NOW)
    assert loaded.state == SafetyState() and loaded.set_aside is None
    assert path.read_text(encoding="utf-8") == '{"welcome_shown": "yes"}'
    assert [str(p) for p in loaded.problems] == [
        f"{path}: welcome_shown: expected true or false, found 'yes'",
        f"{path}: could not be moved aside (the name is too long)",
    ]
    assert [p.field for p in loaded.problems] == ["welcome_shown", ""]
    german = Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")
    said = loaded.problems[1].text(german.translate)
    assert said.startswith(f"{path}: ") and "could not" not in said and "too long" not in said
