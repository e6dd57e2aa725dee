"""A made-up year of breaks and check-ins, written as an export any postureapp can import.

    python docs/screenshots/synthetic.py OUT.json [--today 2026-11-27] [--seed 3]

Nobody's real data: one invented desk worker who starts slowly, skips more in a busy autumn,
has a bad week after a long drive, reports a warning sign twice, and gets less stiff over the
months. The history screenshots and docs/report-example.pdf are made from it.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import uuid
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from postureapp.core.history import BreakRow, CheckIn, Outcome, Trigger, format_json

SHORT = (
    "chin-tuck",
    "seated-twist",
    "shoulder-rolls-back",
    "shoulder-blade-squeeze",
    "head-turn",
    "posture-reset",
    "seated-mid-back-stretch",
    "crossed-arm-twist",
    "rhomboid-stretch",
)
LONG = (*SHORT, "wall-angels", "standing-chest-lift", "mid-back-stretch", "towel-roll")
#: Favourites come up more often, as with a user who pressed "More like this".
FAVOURITES = {"chin-tuck": 3, "seated-twist": 2, "shoulder-rolls-back": 2}
NOTES = {
    12: ("same", 6, "Neck stiff in the mornings; better after the first breaks."),
    40: ("better", 5, "Chin tucks help. Twist feels tight on the left."),
    95: ("worse", 7, "Long drive at the weekend, upper back sore."),
    97: ("warning", None, "Tingling in the left hand this morning, gone by lunch."),
    150: ("better", 4, "Started the long breaks with wall angels."),
    210: ("same", 4, "Busy month, skipped a lot."),
    262: ("better", 3, "Hardly stiff after the holiday."),
    301: ("worse", 5, "New chair at work, shoulders ache."),
    318: ("warning", None, "Sharp pain between the shoulder blades when turning; stopped."),
    322: ("better", 4, "The pain has not come back. Twisting gently again."),
    336: ("better", 3, "Good week, breaks most days."),
    350: ("same", 3, "Stiff only after long meetings."),
    361: ("better", 2, "Mornings are easier now."),
}


def zone_on(day: date) -> timezone:
    """Central European time, with summer time."""
    return timezone(timedelta(hours=2 if 4 <= day.month <= 10 else 1))


def build(today: date, seed: int = 3) -> tuple[list[BreakRow], list[CheckIn]]:
    rng = random.Random(seed)
    first = today - timedelta(days=364)
    breaks: list[BreakRow] = []
    checkins: list[CheckIn] = []
    for n in range(365):
        day = first + timedelta(days=n)
        zone = zone_on(day)
        workday = day.weekday() < 5 and rng.random() > 0.06  # and a few days off
        busy = 200 <= n <= 240  # a busy autumn: more skipped
        keen = min(1.0, 0.55 + n / 500)  # doing more of them as the months go by
        if workday:
            breaks += _day_of_breaks(rng, day, zone, keen=keen, busy=busy, sore=95 <= n <= 101)
        stiffness = 6.5 - 3.5 * n / 365 + 0.6 * math.sin(n / 9) + rng.gauss(0, 0.5)
        if 95 <= n <= 101:
            stiffness += 2
        if 301 <= n <= 320:
            stiffness += 1.5
        at = datetime.combine(day, time(16, rng.randrange(60)), zone)
        if n in NOTES:
            feeling, rating, note = NOTES[n]
            checkins.append(_checkin(rng, at, feeling, rating, note))
        elif workday and rng.random() < 0.45:
            rating = max(0, min(10, round(stiffness)))
            feeling = (
                "better" if rng.random() < 0.4 else ("same" if rng.random() < 0.8 else "worse")
            )
            checkins.append(_checkin(rng, at, feeling, rating, None))
    return breaks, checkins


def _checkin(
    rng: random.Random, at: datetime, feeling: str, stiffness: int | None, note: str | None
) -> CheckIn:
    return CheckIn(
        id=0,
        uid=f"{rng.getrandbits(128):032x}",
        at=at,
        feeling=feeling,
        stiffness=stiffness,
        note=note,
    )


def _day_of_breaks(
    rng: random.Random, day: date, zone: timezone, *, keen: float, busy: bool, sore: bool
) -> list[BreakRow]:
    rows = []
    start = datetime.combine(day, time(9, rng.randrange(20)), zone)
    for number in range(rng.randrange(12, 16)):
        due = start + timedelta(minutes=30 * number + rng.randrange(4))
        kind = "long" if number % 4 == 3 else "short"
        choices = LONG if kind == "long" else SHORT
        weights = [FAVOURITES.get(c, 1) for c in choices]
        count = 3 if kind == "long" else 1
        exercises: list[str] = []
        while len(exercises) < count:
            pick = rng.choices(choices, weights)[0]
            if pick not in exercises:
                exercises.append(pick)
        roll = rng.random()
        done_share = keen * (0.7 if busy else 1.0)
        if roll < done_share * 0.86:
            outcome = Outcome.COMPLETED
        elif roll < done_share * 0.86 + 0.05:
            outcome = Outcome.PARTIAL
        elif sore and roll < done_share + 0.1:
            outcome = Outcome.STOPPED
        elif roll < 0.97 - (0.1 if busy else 0):
            outcome = Outcome.SKIPPED if rng.random() < 0.6 else Outcome.SNOOZED
        else:
            outcome = Outcome.NATURAL
        planned = 45 if kind == "short" else 240
        seconds = {
            Outcome.COMPLETED: planned,
            Outcome.PARTIAL: planned // 2,
            Outcome.STOPPED: planned // 4,
        }.get(outcome, 0)
        started = due + timedelta(seconds=rng.randrange(5, 40))
        natural = outcome is Outcome.NATURAL
        rows.append(
            BreakRow(
                id=0,
                uid=uuid.UUID(int=rng.getrandbits(128)).hex,
                kind=kind,
                trigger=Trigger.NATURAL if natural else Trigger.SCHEDULE,
                due_at=due,
                started_at=started,
                ended_at=started + timedelta(seconds=seconds or 1),
                outcome=outcome,
                exercise_ids=() if natural else tuple(exercises),
                seconds_done=seconds,
            )
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 27))
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    breaks, checkins = build(args.today, args.seed)
    args.output.write_text(format_json(breaks, checkins), encoding="utf-8")
    print(f"{args.output}: {len(breaks)} breaks, {len(checkins)} check-ins")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
