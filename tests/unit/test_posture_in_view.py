"""Nobody in view counts as away (issue 24, item 3): the camera's readings amend idle time before
the away rules of `core.presence` read it. Made-up landmarks, a fake clock; no camera, no Qt."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from postureapp.core.posture import Landmarks, Point, measure
from postureapp.core.posture.in_view import InView, idle_with_camera, track
from postureapp.core.presence import Blockers, Natural, NotDue, Presence, Wait, decide
from postureapp.core.settings import Settings

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))
STALE = timedelta(minutes=2)
SETTINGS = Settings.defaults()


def person(shoulders: float = 200.0) -> Landmarks:
    return Landmarks(
        nose=Point(320, 180),
        left_ear=Point(280, 170),
        right_ear=Point(360, 170),
        left_shoulder=Point(320 - shoulders / 2, 300),
        right_shoulder=Point(320 + shoulders / 2, 300),
        width=640,
        height=480,
    )


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def readings(*seen: Landmarks | None, every: float = 20.0) -> InView | None:
    """The view after one reading every `every` seconds from T0, as the watch tracks it."""
    view = None
    for n, landmarks in enumerate(seen):
        view = track(view, at(n * every), someone=measure(landmarks) is not None)
    return view


def test_made_up_landmarks_tell_someone_from_nobody() -> None:
    assert measure(person()) is not None
    assert measure(None) is None, "the model found no one"
    assert measure(person(shoulders=40)) is None, "a figure far off in the room is not the user"


def test_nobody_in_view_is_away_since_the_first_reading_that_saw_nobody() -> None:
    view = readings(person(), None, None, None)  # someone at 0 s, then nobody at 20, 40 and 60 s
    assert view == InView(at(60), unseen_since=at(20))
    assert idle_with_camera(None, at(70), view, STALE) == 50.0, "no idle source: the camera alone"
    assert idle_with_camera(600.0, at(70), view, STALE) == 50.0, "read before the user left"
    assert idle_with_camera(5.0, at(70), view, STALE) == 5.0, "a key pressed: someone is here"


def test_someone_in_view_is_here_however_long_since_the_last_input() -> None:
    view = readings(None, person())
    assert view == InView(at(20))
    assert idle_with_camera(900.0, at(30), view, STALE) == 0.0
    assert idle_with_camera(None, at(30), view, STALE) == 0.0


def test_old_readings_say_nothing() -> None:
    view = readings(None, None)  # the last at 20 s; then a call, or sensing switched off
    assert idle_with_camera(None, at(20) + STALE + timedelta(seconds=1), view, STALE) is None
    assert idle_with_camera(400.0, at(20) + STALE + timedelta(seconds=1), view, STALE) == 400.0
    assert idle_with_camera(None, at(20), None, STALE) is None, "sensing off: idle as it is"


def test_without_an_idle_source_an_empty_chair_holds_the_break_and_becomes_a_natural_one() -> None:
    """The away rules on the camera's word alone: a due break waits while nobody is in view, and
    an absence as long as the idle threshold (5 min) is logged as the break when the user is seen
    again."""
    due = at(120)
    presence = Presence.fresh(T0)
    view = None
    decisions = []
    for n in range(0, 21):  # a reading every 20 s: nobody from 20 s to 380 s, then back
        now = at(n * 20)
        view = track(view, now, someone=measure(person() if n == 0 or n > 19 else None) is not None)
        idle = idle_with_camera(None, now, view, STALE)
        decision, presence = decide(now, due, 60, idle, Blockers, presence, SETTINGS)
        decisions.append(decision)
    assert isinstance(decisions[2], NotDue), "40 s without anyone: not away yet"
    assert all(isinstance(d, Wait) and d.reason == "away" for d in decisions[4:20])
    natural = decisions[20]
    assert isinstance(natural, Natural), "seen again after 6 minutes: that was the break"
    assert natural.idle_started == at(20) and natural.seconds == 360
