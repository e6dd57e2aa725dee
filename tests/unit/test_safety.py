"""Safety rules and texts: when to ask, when to pause the exercises, when to suggest a clinician."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core import safety
from postureapp.core.history import BreakLog
from postureapp.core.safety import (
    Advice,
    SafetyState,
    assess,
    load_safety_state,
    react,
    resume_exercises,
    save_safety_state,
    should_check_in,
)

PLUS2 = timezone(timedelta(hours=2))
NOW = datetime(2024, 5, 30, 10, 0, tzinfo=PLUS2)


@dataclass(frozen=True)
class Check:
    at: datetime
    feeling: str
    stiffness: int | None = None


def days_ago(n: float, hour: int = 10) -> datetime:
    return (NOW - timedelta(days=n)).replace(hour=hour)


def every_day(days: int = 14) -> dict[date, int]:
    return {NOW.date() - timedelta(days=n): 3 for n in range(days)}


# --- should_check_in -------------------------------------------------------------------------


def test_no_check_in_before_the_first_completed_break_of_the_day() -> None:
    assert not should_check_in(NOW, enabled=True, last_checkin_at=None, completed_today=0)
    assert should_check_in(NOW, enabled=True, last_checkin_at=None, completed_today=1)


def test_check_in_is_asked_once_a_day_even_when_dismissed() -> None:
    asked_this_morning = NOW.replace(hour=8)
    assert not should_check_in(
        NOW, enabled=True, last_checkin_at=asked_this_morning, completed_today=4
    )
    tomorrow = NOW + timedelta(days=1)
    assert should_check_in(
        tomorrow, enabled=True, last_checkin_at=asked_this_morning, completed_today=1
    )


def test_a_check_in_late_yesterday_in_another_zone_still_counts_as_yesterday() -> None:
    # 23:30 on the 29th at +02:00 is 21:30 UTC: written in UTC, it must not look like "today".
    late_yesterday = datetime(2024, 5, 29, 21, 30, tzinfo=UTC)
    assert should_check_in(NOW, enabled=True, last_checkin_at=late_yesterday, completed_today=1)


def test_check_ins_switched_off_are_never_asked() -> None:
    assert not should_check_in(NOW, enabled=False, last_checkin_at=None, completed_today=5)


# --- assess: pausing -------------------------------------------------------------------------


def pause_of(checkins: list[Check], resumed_at: datetime | None = None) -> Advice:
    return assess(checkins, {}, NOW, last_suggestion_at=None, resumed_at=resumed_at)


def test_a_reported_warning_sign_pauses_the_exercises() -> None:
    advice = pause_of([Check(days_ago(1), "same", 4), Check(days_ago(0), "warning")])
    assert advice.pause_exercises
    assert advice.pause_reason == safety.PAUSE_REASON_WARNING


def test_resuming_lifts_the_pause_and_a_new_warning_pauses_again() -> None:
    warned = [Check(days_ago(2), "warning")]
    assert not pause_of(warned, resumed_at=days_ago(1)).pause_exercises
    warned_again = [*warned, Check(days_ago(0), "warning")]
    assert pause_of(warned_again, resumed_at=days_ago(1)).pause_exercises


def test_feeling_better_after_a_warning_does_not_lift_the_pause_by_itself() -> None:
    advice = pause_of([Check(days_ago(2), "warning"), Check(days_ago(1), "better", 2)])
    assert advice.pause_exercises


def test_three_worse_check_in_days_in_a_row_pause_but_two_do_not() -> None:
    two = [Check(days_ago(1), "worse", 6), Check(days_ago(0), "worse", 7)]
    assert not pause_of(two).pause_exercises
    three = [Check(days_ago(2), "worse", 6), *two]
    advice = pause_of(three)
    assert advice.pause_exercises
    assert advice.pause_reason == safety.PAUSE_REASON_WORSE


def test_worse_days_broken_by_a_better_or_same_day_do_not_pause() -> None:
    checkins = [
        Check(days_ago(3), "worse"),
        Check(days_ago(2), "worse"),
        Check(days_ago(1), "same"),
        Check(days_ago(0), "worse"),
    ]
    assert not pause_of(checkins).pause_exercises


def test_three_worse_answers_on_one_day_are_one_day() -> None:
    checkins = [Check(days_ago(0, hour), "worse") for hour in (9, 12, 15)]
    assert not pause_of(checkins).pause_exercises


def test_a_day_counts_by_its_last_answer() -> None:
    checkins = [
        Check(days_ago(2), "worse"),
        Check(days_ago(1, 9), "worse"),
        Check(days_ago(1, 16), "better"),
        Check(days_ago(0), "worse"),
    ]
    assert not pause_of(checkins).pause_exercises


def test_worse_days_before_a_resume_do_not_count_towards_a_new_pause() -> None:
    checkins = [Check(days_ago(n), "worse") for n in (3, 2, 1, 0)]
    assert not pause_of(checkins, resumed_at=days_ago(1, 12)).pause_exercises


def test_check_ins_from_the_break_log_feed_the_rules(tmp_path: Path) -> None:
    log, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=NOW)
    with log:
        log.add_checkin(at=days_ago(1), feeling="same", stiffness=4)
        log.add_checkin(at=days_ago(0), feeling="warning")
        advice = assess(log.checkins(), {}, NOW, last_suggestion_at=None)
    assert advice.pause_exercises


# --- assess: the two-week rule ---------------------------------------------------------------


def flat_stiffness(days: int = 15, stiffness: int = 5) -> list[Check]:
    return [Check(days_ago(n), "same", stiffness) for n in range(days)]


def test_stiffness_that_does_not_ease_over_two_regular_weeks_suggests_a_therapist() -> None:
    advice = assess(flat_stiffness(), every_day(), NOW, last_suggestion_at=None)
    assert advice.suggest_professional
    assert advice.professional_reason == safety.PROFESSIONAL_REASON_STIFFNESS
    assert not advice.pause_exercises


def test_the_suggestion_is_not_repeated_within_thirty_days_but_comes_back_after() -> None:
    checkins, breaks = flat_stiffness(), every_day()
    recently = NOW - timedelta(days=29)
    assert not assess(checkins, breaks, NOW, last_suggestion_at=recently).suggest_professional
    long_ago = NOW - timedelta(days=30)
    assert assess(checkins, breaks, NOW, last_suggestion_at=long_ago).suggest_professional


def test_easing_stiffness_suggests_nothing() -> None:
    easing = [Check(days_ago(n), "same", min(8, 2 + n // 2)) for n in range(15)]
    assert not assess(easing, every_day(), NOW, last_suggestion_at=None).suggest_professional


def test_irregular_breaks_never_trigger_the_suggestion() -> None:
    nine_days = {NOW.date() - timedelta(days=n): 2 for n in range(0, 14) if n % 3 != 0}
    assert len(nine_days) == 9
    assert not assess(
        flat_stiffness(), nine_days, NOW, last_suggestion_at=None
    ).suggest_professional
    ten_days = {**nine_days, NOW.date() - timedelta(days=3): 1}
    assert assess(flat_stiffness(), ten_days, NOW, last_suggestion_at=None).suggest_professional


def test_less_than_two_weeks_of_check_ins_is_too_early_to_tell() -> None:
    advice = assess(flat_stiffness(days=13), every_day(), NOW, last_suggestion_at=None)
    assert not advice.suggest_professional


def test_little_stiffness_that_stays_little_is_not_a_reason() -> None:
    checkins = flat_stiffness(stiffness=1)
    assert not assess(checkins, every_day(), NOW, last_suggestion_at=None).suggest_professional


def test_without_ratings_no_better_answer_in_two_weeks_suggests_a_therapist() -> None:
    unrated = [Check(days_ago(n), "same" if n % 2 else "worse") for n in range(15)]
    advice = assess(unrated, every_day(), NOW, last_suggestion_at=None)
    assert advice.professional_reason == safety.PROFESSIONAL_REASON_NO_BETTER
    one_better = [*unrated, Check(days_ago(4, 18), "better")]
    assert not assess(one_better, every_day(), NOW, last_suggestion_at=None).suggest_professional


# --- what the app does with the advice -------------------------------------------------------


def test_a_new_pause_is_shown_once_and_resuming_clears_it() -> None:
    pause = Advice(pause_exercises=True, pause_reason=safety.PAUSE_REASON_WARNING)
    first = react(SafetyState(), pause, NOW)
    assert first.show_pause and first.state.exercises_paused_since == NOW
    again = react(first.state, pause, NOW + timedelta(hours=1))
    assert not again.show_pause and again.state.exercises_paused_since == NOW
    resumed = resume_exercises(again.state, NOW + timedelta(days=2))
    assert not resumed.exercises_paused and resumed.resumed_at == NOW + timedelta(days=2)


def test_a_shown_suggestion_is_remembered_so_it_waits_thirty_days() -> None:
    checkins, breaks = flat_stiffness(), every_day()
    reaction = react(SafetyState(), assess(checkins, breaks, NOW, last_suggestion_at=None), NOW)
    assert reaction.show_suggestion and reaction.state.last_suggestion_at == NOW
    later = NOW + timedelta(days=1)
    advice = assess(checkins, breaks, later, last_suggestion_at=reaction.state.last_suggestion_at)
    assert not react(reaction.state, advice, later).show_suggestion


def test_daily_stiffness_averages_each_day_for_the_history_trend() -> None:
    checkins = [Check(days_ago(1, 9), "same", 6), Check(days_ago(1, 15), "better", 4)]
    checkins += [Check(days_ago(0), "warning"), Check(days_ago(0, 11), "same", 3)]
    assert safety.daily_stiffness(checkins, NOW) == {
        days_ago(1).date(): 5.0,
        NOW.date(): 3.0,
    }


# --- the saved state -------------------------------------------------------------------------


def test_safety_state_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "state" / "safety.json"
    state = SafetyState(
        welcome_shown=True,
        last_checkin_prompt_at=NOW,
        last_suggestion_at=NOW - timedelta(days=3),
        exercises_paused_since=NOW - timedelta(days=1),
        resumed_at=NOW - timedelta(days=9),
    )
    save_safety_state(path, state)
    loaded = load_safety_state(path, now=NOW)
    assert loaded.state == state
    assert loaded.problems == () and loaded.set_aside is None


def test_no_file_means_a_first_start(tmp_path: Path) -> None:
    loaded = load_safety_state(tmp_path / "safety.json", now=NOW)
    assert loaded.state == SafetyState() and not loaded.state.welcome_shown
    assert loaded.problems == ()


def test_a_damaged_file_is_reported_and_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "safety.json"
    path.write_text('{"welcome_shown": true,\n  "resumed_at": ', encoding="utf-8")
    loaded = load_safety_state(path, now=NOW)
    assert loaded.state == SafetyState()
    assert loaded.set_aside is not None and loaded.set_aside.name.startswith("safety.json.bad-")
    assert loaded.set_aside.read_text(encoding="utf-8").startswith('{"welcome_shown"')
    assert not path.exists()
    first = str(loaded.problems[0])
    assert first.startswith(f"{path}:2:") and "valid JSON" in first


def test_one_bad_field_is_named_and_the_good_ones_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "safety.json"
    good = NOW.isoformat()
    data = {"welcome_shown": True, "last_suggestion_at": good, "resumed_at": "last tuesday"}
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_safety_state(path, now=NOW)
    assert loaded.state.welcome_shown and loaded.state.last_suggestion_at == NOW
    assert loaded.state.resumed_at is None
    first = str(loaded.problems[0])
    assert ": resumed_at: " in first and "'last tuesday'" in first
    assert loaded.set_aside is not None and loaded.set_aside.exists()


# --- the texts -------------------------------------------------------------------------------


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html).replace("&#x27;", "'")


@pytest.mark.parametrize("sign", safety.WARNING_SIGNS, ids=lambda s: s.key)
def test_every_warning_sign_is_in_the_welcome(sign: safety.WarningSign) -> None:
    assert sign.text in plain(safety.welcome_html())


def test_the_warning_signs_cover_every_sign_the_references_name() -> None:
    text = " ".join(s.text.lower() for s in safety.WARNING_SIGNS)
    for words in (
        "arm or a hand",  # 002
        "numbness",
        "pins and needles",
        "weakness in your arms or hands",
        "fever",
        "chills",
        "weight loss",
        "down your legs",  # 003
        "bowel or bladder",
        "sharp or shooting pain",  # 000
        "keeps getting worse",  # 001, 003
        "headache",  # 002
        "dizziness",
        "spinning",
        "trouble seeing",
        "after a fall or another injury",
    ):
        assert words in text, words


def signs_at(urgency: safety.Urgency) -> set[str]:
    return {s.key for s in safety.WARNING_SIGNS if s.urgency == urgency}


def test_each_sign_has_the_urgency_the_references_give_it() -> None:
    assert signs_at(safety.Urgency.EMERGENCY) == {"after-neck-movement-or-injury"}
    # "a physician should be consulted without delay"; "immediate" evaluation for nerve signs
    assert signs_at(safety.Urgency.WITHOUT_DELAY) == {
        "feeling-ill",
        "spreading-pain",
        "nerve-signs",
    }
    assert signs_at(safety.Urgency.CHECK) == {"leg-nerve-signs", "bowel-bladder", "sharp-pain"}


def test_the_emergency_comes_first_set_apart_and_says_what_to_do() -> None:
    signs = safety.warning_signs_html()
    emergency = re.findall(r'<div class="emergency">(.*?)</div>', signs)
    assert len(emergency) == 1 and signs.startswith('<div class="emergency">')
    assert "emergency number" in emergency[0] and "emergency department" in emergency[0]
    assert "headache" in emergency[0] and "fever" not in emergency[0]
    without_delay = plain(signs).index(safety.HEADINGS[safety.Urgency.WITHOUT_DELAY])
    assert plain(signs).index("fever") > without_delay > plain(signs).index("headache")


def test_the_welcome_names_the_conditions_to_check_before_starting() -> None:
    welcome = plain(safety.welcome_html())
    assert safety.BEFORE_HEADING in welcome
    for words in ("Osteoporosis", "herniated", "Arthritis"):
        assert words in welcome
    assert "two to six weeks" in welcome


def test_every_place_that_lists_signs_lists_them_all_with_their_headings() -> None:
    for page in (safety.welcome_html(), safety.pause_html(safety.PAUSE_REASON_WARNING)):
        text = plain(page)
        assert all(sign.text in text for sign in safety.WARNING_SIGNS)
        assert all(heading in text for heading in safety.HEADINGS.values())


def test_the_welcome_says_once_that_it_is_not_medical_advice() -> None:
    welcome = plain(safety.welcome_html())
    assert welcome.count("not medical advice") == 1
    assert safety.STOP_IF_IT_HURTS in welcome and safety.SLOW_PROGRESS in welcome


def test_texts_are_passed_through_the_translator() -> None:
    shouting = safety.welcome_html(str.upper)
    assert safety.NOT_MEDICAL_ADVICE.upper() in plain(shouting)


def test_the_cracking_note_explains_the_pop_and_warns_about_the_neck() -> None:
    note = plain(safety.cracking_html()).lower()
    assert "gas" in note and "not a fix" in note and "neck" in note and "gentle" in note


def test_the_pause_text_names_the_reason_and_repeats_the_emergency_line() -> None:
    text = safety.pause_html(safety.PAUSE_REASON_WORSE)
    assert safety.PAUSE_REASON_WORSE in plain(text)
    assert "other than ordinary stiffness" in text and 'class="emergency"' in text


def test_the_stand_up_reminder_names_no_length_of_its_own() -> None:
    """It lasts whatever the break lasts, so it must not promise "a minute"."""
    assert "minute" not in safety.PAUSED_BREAK_TEXT and "second" not in safety.PAUSED_BREAK_TEXT
