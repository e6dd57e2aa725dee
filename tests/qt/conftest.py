"""Qt tests run offscreen; the fixtures build real parts around a fake clock."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import random
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from postureapp.core.clock import FakeClock
from postureapp.core.exercises import Library, load_library
from postureapp.core.history import BreakLog
from postureapp.core.settings import Settings
from postureapp.runtime.controller import Controller
from postureapp.runtime.scheduling import BreakScheduler, OneTimerQtScheduler

PICTURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240">'
    '<circle cx="120" cy="60" r="30" fill="#5b6b82"/></svg>'
)


def exercise_toml(
    ident: str, *, movement: str, seconds: tuple[int, ...], sides: str = "none"
) -> str:
    steps = "".join(
        f'\n[[steps]]\ntext = "Step {n} of {ident}."\nseconds = {s}\n'
        f'illustration = "pic.svg"\ncue = "exhale"\n'
        for n, s in enumerate(seconds, 1)
    )
    return (
        f'id = "{ident}"\ntitle = "Title {ident}"\nsummary = "Summary."\nareas = ["upper-back"]\n'
        f'movement = "{movement}"\nposition = "seated"\nequipment = []\nsuits = ["short", "long"]\n'
        f'sides = "{sides}"\ncautions = ["Stop if it hurts."]\n{steps}'
    )


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A tiny exercise pack: three seated exercises, one of them done on both sides."""
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pic.svg").write_text(PICTURE)
    (folder / "twist.toml").write_text(
        exercise_toml("twist", movement="rotation", seconds=(5, 3), sides="both")
    )
    (folder / "tuck.toml").write_text(exercise_toml("tuck", movement="neck", seconds=(10,)))
    (folder / "squeeze.toml").write_text(
        exercise_toml("squeeze", movement="shoulder-blades", seconds=(6, 4))
    )
    return folder


@pytest.fixture
def library(pack: Path, tmp_path: Path) -> Library:
    empty = tmp_path / "no-builtins"
    empty.mkdir()
    lib = load_library(empty, empty, pack)
    assert not lib.problems, lib.problems
    return lib


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 0).astimezone())


@pytest.fixture
def breaks(tmp_path: Path, clock: FakeClock) -> Iterator[BreakLog]:
    log, _report = BreakLog.open(tmp_path / "breaks.sqlite3", now=clock.now())
    yield log
    log.close()


class RecordingScheduler(BreakScheduler):
    """Records what the controller plans instead of arming real timers (the fake clock decides)."""

    def __init__(self) -> None:
        super().__init__(OneTimerQtScheduler())
        self.plans: list[tuple[object, int, object]] = []

    def start(self) -> None:
        pass

    def shutdown(self) -> None:
        pass

    def plan(self, planned, notice_seconds, now, pause_end=None) -> None:  # type: ignore[no-untyped-def]
        self.planned = planned
        self.plans.append((planned, notice_seconds, pause_end))


@pytest.fixture
def scheduler() -> RecordingScheduler:
    return RecordingScheduler()


@pytest.fixture
def make_controller(qtbot, clock: FakeClock, breaks: BreakLog, library: Library, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Builds started controllers on the fake clock with a recording scheduler; stops them after."""
    made: list[Controller] = []

    def make(**options) -> Controller:  # type: ignore[no-untyped-def]
        options.setdefault("settings", Settings.defaults())
        timer = options.pop("scheduler", None) or RecordingScheduler()
        ctl = Controller(
            clock=clock,
            breaks=breaks,
            library=library,
            timer=timer,
            state_file=tmp_path / "state" / "schedule.json",
            rng=random.Random(7),
            **options,
        )
        connect_sources(ctl, timer, options.get("sleep"))
        ctl.start()
        made.append(ctl)
        return ctl

    yield make
    for ctl in made:
        ctl.stop()


@pytest.fixture
def controller(make_controller, scheduler: RecordingScheduler) -> Controller:  # type: ignore[no-untyped-def]
    return make_controller(scheduler=scheduler)


def connect_sources(controller: Controller, scheduler: BreakScheduler, sleep=None) -> None:  # type: ignore[no-untyped-def]
    """Connect the timers and the sleep watcher to the controller, as the app does."""
    scheduler.break_due.connect(controller.on_due)
    scheduler.break_soon.connect(controller.on_notice)
    scheduler.pause_over.connect(controller.on_pause_over)
    if sleep is not None:
        sleep.sleeping.connect(controller.on_sleeping)
        sleep.woke.connect(controller.on_woke)
        sleep.clock_changed.connect(controller.on_clock_changed)


@pytest.fixture
def wire():  # type: ignore[no-untyped-def]
    """`wire(controller, scheduler, sleep=None)`: connect them as the app does."""
    return connect_sources
