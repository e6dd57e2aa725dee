"""Reading every configured calendar once: fetch, keep the last good copy, turn it into busy times.

Plain blocking Python, run on a worker thread by `runtime.calendars` (and by `postureapp calendar
test` directly). A calendar that cannot be fetched is read from its last good copy, kept in the
state folder (written atomically, and only once its new data was read without error), so an
offline laptop or a server that is down never stops breaks from keeping clear of meetings.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from postureapp.core.calendar.model import BusyEvent
from postureapp.core.calendar.source import CalendarSource
from postureapp.core.files import atomic_write_bytes
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase, Translate

log = logging.getLogger(__name__)

#: The busy times kept: from a day back (a meeting that began yesterday evening) to 8 days on,
#: as far as the planner looks ahead.
BEHIND = timedelta(days=1)
AHEAD = timedelta(days=8)

#: Said when the calendar libraries (the `calendars` extra) are not installed (translated where
#: it is shown, in the "calendars" context).
NOT_INSTALLED = QT_TRANSLATE_NOOP(
    "calendars",
    "calendar support is not installed; install it with: pip install 'postureapp[calendars]'",
)

#: (source, window) -> its iCalendar texts; raises with a sentence for the user.
Fetch = Callable[[CalendarSource, tuple[datetime, datetime]], list[str]]


@dataclass(frozen=True)
class SourceReading:
    """How one calendar went: its busy events, and the problem when it could not be fetched
    (`copy_from` then says how old the copy in use is; None when there was none)."""

    name: str
    events: tuple[BusyEvent, ...]
    problem: str | None = None
    copy_from: datetime | None = None
    seconds: float = 0.0
    #: The problem as a phrase, translated where it is shown (`problem` is its English).
    said: Phrase | None = field(default=None, compare=False)

    def problem_in(self, translate: Translate) -> str:
        """The problem in the language `translate` gives ('' when there is none)."""
        if self.said is not None:
            return self.said.text(translate)
        return translate("calendars", self.problem) if self.problem else ""


@dataclass(frozen=True)
class Reading:
    """Every calendar read once, at `at`."""

    sources: tuple[SourceReading, ...]
    at: datetime
    seconds: float

    @property
    def events(self) -> tuple[BusyEvent, ...]:
        return tuple(sorted(event for source in self.sources for event in source.events))


def window(now: datetime) -> tuple[datetime, datetime]:
    return now - BEHIND, now + AHEAD


def copy_path(cache_dir: Path, source: CalendarSource) -> Path:
    return cache_dir / f"{source.slug}.ics"


def _parse(
    texts: Sequence[str], source: CalendarSource, now: datetime, local: tzinfo | None
) -> tuple[BusyEvent, ...]:
    from postureapp.core.calendar.ics import busy_events

    return tuple(busy_events(texts, source.name, *window(now), local))


def _keep(copy: Path, text: str) -> None:
    """Write the copy when it changed (a local file read every 15 minutes needs no new copy)."""
    data = text.encode("utf-8")
    try:
        if copy.exists() and copy.stat().st_size == len(data) and copy.read_bytes() == data:
            return
    except OSError:
        pass
    atomic_write_bytes(copy, data)


def _from_copy(
    source: CalendarSource, cache_dir: Path, now: datetime, local: tzinfo | None
) -> tuple[tuple[BusyEvent, ...], datetime | None]:
    copy = copy_path(cache_dir, source)
    try:
        text = copy.read_text("utf-8")
        when = datetime.fromtimestamp(copy.stat().st_mtime).astimezone()
        return _parse([text], source, now, local), when
    except ImportError:  # the calendars extra is missing: `read_one` says so
        return (), None
    except (OSError, ValueError) as error:
        if copy.exists():
            log.warning("the copy of calendar %s could not be read: %s", source.name, error)
        return (), None


def read_one(
    source: CalendarSource,
    fetch: Fetch,
    cache_dir: Path,
    now: datetime,
    local: tzinfo | None = None,
) -> SourceReading:
    began = time.perf_counter()
    try:
        texts = fetch(source, window(now))
        events = _parse(texts, source, now, local)
        _keep(copy_path(cache_dir, source), "\r\n".join(texts))
    except ModuleNotFoundError as error:
        log.info("calendar %s cannot be read: %s", source.name, error)
        return SourceReading(source.name, (), NOT_INSTALLED, None, time.perf_counter() - began)
    except Exception as error:  # any reader's failure: the copy takes over, and the user is told
        problem = str(error) or type(error).__name__
        events, when = _from_copy(source, cache_dir, now, local)
        took = time.perf_counter() - began
        log.info("calendar %s could not be read (%s); %s", source.name, problem,
                    f"using the copy from {when:%Y-%m-%d %H:%M}" if when else "no copy")  # fmt: skip
        words = getattr(error, "said", None)
        said = words if isinstance(words, Phrase) else None
        return SourceReading(source.name, events, problem, when, took, said)
    took = time.perf_counter() - began
    log.info("calendar %s: %d busy event(s) ahead, read in %.2f s", source.name, len(events), took)
    return SourceReading(source.name, events, seconds=took)


def read_calendars(
    sources: Sequence[CalendarSource],
    fetch: Fetch,
    cache_dir: Path,
    now: datetime,
    local: tzinfo | None = None,
) -> Reading:
    """Every source fetched and read (blocking: seconds on a slow network)."""
    began = time.perf_counter()
    found = tuple(read_one(source, fetch, cache_dir, now, local) for source in sources)
    return Reading(found, now, time.perf_counter() - began)


def read_copies(
    sources: Sequence[CalendarSource], cache_dir: Path, now: datetime, local: tzinfo | None = None
) -> Reading:
    """Every source from its last good copy alone, for the first moments after a start."""
    began = time.perf_counter()
    found = tuple(
        SourceReading(source.name, _from_copy(source, cache_dir, now, local)[0])
        for source in sources
    )
    return Reading(found, now, time.perf_counter() - began)
