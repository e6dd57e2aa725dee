"""A break that falls due a few seconds after the app starts, for tests of what holds it back.

The app keeps its countdown in `state/schedule.json` across restarts; a countdown that started
almost one interval ago makes the next break due at once, as it would be after a morning's
work. The welcome is marked seen, so nothing else opens first.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

INTERVAL_MIN = 30


def break_due_in(home: Path, seconds: float, *, notice_seconds: int = 0) -> None:
    config = home / "config"
    state = home / "state"
    config.mkdir(parents=True, exist_ok=True)
    state.mkdir(parents=True, exist_ok=True)
    (config / "settings.toml").write_text(
        f"[breaks]\nshort_interval_minutes = {INTERVAL_MIN}\nshort_break_seconds = 20\n"
        f"notice_seconds = {notice_seconds}\nlong_every = 0\n"
    )
    (state / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
    now = datetime.now().astimezone()
    start = now - timedelta(minutes=INTERVAL_MIN) + timedelta(seconds=seconds)
    (state / "schedule.json").write_text(
        json.dumps({"interval_start": start.isoformat(), "saved_at": now.isoformat()})
    )
