"""The user's calendars while the app runs: read off the GUI thread, kept, and handed to the plan.

Reading happens on a worker thread (the network and the parser may take seconds) and comes back
through a signal, so the event loop never waits. It happens when the calendars are configured
or changed, every `calendar_refresh_minutes`, and on waking from sleep; between those, no timer
runs. Without calendars nothing runs at all, and the iCalendar libraries are never imported.

A calendar that cannot be read is told once (through `message`) until it reads again; its last
good copy is used meanwhile (`runtime.calendar_reader`).
"""

from __future__ import annotations

import gc
import logging
import threading
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    QTime,
    QTimer,
    Signal,
)

from postureapp.core.calendar.model import Busy, BusyEvent
from postureapp.core.calendar.reader import Fetch, Reading, read_calendars, read_copies
from postureapp.core.calendar.source import CalendarSource
from postureapp.core.clock import Clock
from postureapp.core.ports import BlockerProbe, BlockerSettings
from postureapp.core.presence import Blockers
from postureapp.core.settings import Settings

log = logging.getLogger(__name__)


class CalendarKeeper(QObject):
    """Holds the busy times from the configured calendars and reads them again when due.

    Signals:
        changed(): the busy times changed (the plan should be made again).
        message(str): a calendar could not be read; said once until it reads again.
    """

    changed = Signal()
    message = Signal(str)
    _arrived = Signal(object, bool)  # (a Reading or None, the last of this round), from the worker

    def __init__(
        self, clock: Clock, fetch: Fetch, cache_dir: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._fetch = fetch
        self._cache_dir = cache_dir
        self._sources: tuple[CalendarSource, ...] = ()
        self._lead_minutes = 5
        self._titles = False
        self._every = timedelta(minutes=15)
        self._events: tuple[BusyEvent, ...] = ()
        self._reading: Reading | None = None
        self._reading_now = False
        self._again = False
        self._told: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        self._arrived.connect(self._take)

    # --- configuration -------------------------------------------------------------------------

    def configure(self, settings: Settings) -> None:
        """Follow the settings: read at once when the calendars changed; stop when none are left."""
        self._lead_minutes = settings.calendar_lead_minutes
        self._titles = settings.calendar_titles
        every = timedelta(minutes=settings.calendar_refresh_minutes)
        changed_every, self._every = every != self._every, every
        if settings.calendars == self._sources:
            if changed_every and self._timer.isActive():
                self._timer.start(self._interval_ms())
            return
        first = not self._sources
        self._sources = settings.calendars
        self._told = {name: text for name, text in self._told.items() if self._named(name)}
        if not self._sources:
            self._timer.stop()
            self._events, self._reading = (), None
            self.changed.emit()
            return
        self.refresh(from_copies=first)

    def _named(self, name: str) -> bool:
        return any(source.name == name for source in self._sources)

    def _interval_ms(self) -> int:
        return int(self._every.total_seconds() * 1000)

    @property
    def configured(self) -> bool:
        return bool(self._sources)

    # --- reading -------------------------------------------------------------------------------

    def refresh(self, *, from_copies: bool = False) -> None:
        """Read every calendar again, on a worker thread; once more after it when one is running."""
        if not self._sources:
            return
        if self._reading_now:
            self._again = True
            return
        self._timer.stop()
        self._reading_now = True
        # Python's cyclic collector runs in whichever thread happens to allocate; the parser
        # allocates a lot, and a Qt object collected there would be destroyed off its thread.
        # So no collection while the worker runs; the GUI thread turns it back on (`_take`).
        gc.disable()
        sources, now = self._sources, self._clock.now()
        threading.Thread(
            target=self._work, args=(sources, now, from_copies), name="calendars", daemon=True
        ).start()

    def stop(self) -> None:
        """No more reading (the app quits); a read under way ends unheard."""
        self._timer.stop()
        self._sources = ()

    def on_woke(self, seconds: float) -> None:
        """Back from sleep: the calendars may have changed meanwhile."""
        if seconds > 0:
            self.refresh()

    def _work(self, sources: tuple[CalendarSource, ...], now: datetime, from_copies: bool) -> None:
        """On the worker thread: no Qt object is touched but through the signal."""
        try:
            if from_copies:
                self._arrived.emit(read_copies(sources, self._cache_dir, now), False)
            self._arrived.emit(read_calendars(sources, self._fetch, self._cache_dir, now), True)
        except Exception:  # a bug here must not kill the thread silently and stop refreshes
            log.exception("reading the calendars failed")
            self._arrived.emit(None, True)

    def _take(self, reading: Reading | None, last: bool) -> None:
        """Back on the GUI thread with what the worker read (the copies first, after a start)."""
        if reading is not None:
            self._reading = reading
            events = tuple(e for e in reading.events if self._named(e.calendar))
            if events != self._events:
                self._events = events
                self.changed.emit()
            self._tell(reading)
        if not last:
            return  # the copies came first; the fetch is still on its way
        self._reading_now = False
        gc.enable()
        if self._again:
            self._again = False
            self.refresh()
        elif self._sources:
            self._timer.start(self._interval_ms())

    def _tell(self, reading: Reading) -> None:
        for source in reading.sources:
            if source.problem is None:
                if source.seconds and self._told.pop(source.name, None) is not None:
                    log.info("calendar %s reads again", source.name)
                continue
            if source.name in self._told:
                continue
            self._told[source.name] = source.problem
            if source.copy_from is not None:
                copied = source.copy_from.astimezone()
                when = QLocale().toString(
                    QDateTime(
                        QDate(copied.year, copied.month, copied.day),
                        QTime(copied.hour, copied.minute),
                    ),
                    "ddd " + QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat),
                )
                fallback = self.tr("Breaks keep using its copy from {0}.").format(when)
            else:
                fallback = self.tr("There is no earlier copy, so its events are not known.")
            self.message.emit(
                self.tr("The calendar “{0}” could not be read: {1}. {2}").format(
                    source.name, source.problem_in(QCoreApplication.translate), fallback
                )
            )

    # --- what the plan and the status read ------------------------------------------------------

    def busy(self, now: datetime) -> Busy | None:
        """The busy times for the planner; None without calendars (the plan is then as ever)."""
        if not self._events:
            return None
        return Busy(self._events, timedelta(minutes=self._lead_minutes), now)

    def event_now(self, now: datetime) -> BusyEvent | None:
        return Busy(self._events).during(now) if self._events else None

    def holding(self, probe: BlockerProbe) -> BlockerProbe:
        """`probe`, plus: a busy event is going on now (holds a due break to its end)."""

        def with_events(settings: BlockerSettings) -> Blockers:
            blockers = probe(settings)
            if self.event_now(self._clock.now()) is None:
                return blockers
            return replace(blockers, event=True)

        return with_events

    def describe(self, event: BusyEvent | None) -> dict[str, object] | None:
        """An event as `postureapp status` shows it; its title only if the user allows it."""
        if event is None:
            return None
        return {
            "start": event.start.astimezone(self._clock.now().tzinfo).isoformat(),
            "end": event.end.astimezone(self._clock.now().tzinfo).isoformat(),
            "title": event.title if self._titles else None,
            "calendar": event.calendar,
        }

    def report(self, now: datetime) -> dict[str, object]:
        """The calendars' health for `postureapp status --json`."""
        reading = self._reading
        return {
            "count": len(self._sources),
            "read_at": reading.at.isoformat() if reading else None,
            "read_seconds": round(reading.seconds, 3) if reading else None,
            "events_ahead": sum(1 for e in self._events if e.end > now),
            "problems": dict(self._told),
            "event_now": self.describe(self.event_now(now)),
        }
