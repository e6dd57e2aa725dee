"""What keeps the idle app small, and the premises it rests on, checked in fresh interpreters.

Two workarounds keep megabytes out of the running app (benchmarks/README.md has the figures):

- launcher.keep_pyside_from_reading_sources(): PySide6's import hook reads the source of every
  module imported after it, and linecache keeps it all day.
- runtime.apscheduler_parts: APScheduler is imported with stand-ins for asyncio,
  importlib.metadata and multiprocessing, so none of them (nor ssl, libcrypto or email) is
  loaded.

Each test fails when a future release breaks the workaround, or makes it pointless, and says
which. Nothing here imports PySide6 into the test process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str, tmp_path: Path, **env: str) -> dict[str, object]:
    """Run `code` in a fresh interpreter (offscreen Qt); it prints one JSON object last."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=tmp_path,
        env={
            # Not measured by coverage: it would load multiprocessing itself (README, coverage).
            **{k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS_")},
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_pyside6_still_reads_the_source_of_modules_imported_after_it(tmp_path: Path) -> None:
    """The premise of keep_pyside_from_reading_sources(). If this fails, PySide6 stopped doing
    it, and the function (and this test) can go."""
    (tmp_path / "later_module.py").write_text("VALUE = 1\n" * 50)
    result = run(
        """
        import builtins, json, linecache
        import PySide6.QtCore
        hook = builtins.__import__.__name__
        import later_module
        print(json.dumps({"hook": hook, "read": any(
            name.endswith("later_module.py") for name in linecache.cache)}))
        """,
        tmp_path,
    )
    assert result == {"hook": "__feature_import__", "read": True}


def test_apscheduler_still_imports_asyncio_and_importlib_metadata(tmp_path: Path) -> None:
    """The premise of apscheduler_parts. If this fails (Python 3.14, or a new APScheduler),
    a stand-in is no longer needed."""
    result = run(
        """
        import json, sys
        import apscheduler.schedulers.base
        print(json.dumps({name: name in sys.modules
                          for name in ("asyncio", "importlib.metadata", "multiprocessing")}))
        """,
        tmp_path,
    )
    assert result == {"asyncio": True, "importlib.metadata": True, "multiprocessing": True}


def test_the_scheduler_schedules_without_asyncio_and_answers_as_asyncio_would(
    tmp_path: Path,
) -> None:
    result = run(
        """
        import functools, json, sys
        from datetime import datetime, timedelta, timezone
        from PySide6.QtCore import QCoreApplication, QTimer
        from postureapp.runtime import apscheduler_parts
        from postureapp.runtime.scheduling import OneTimerQtScheduler
        import apscheduler.util as util

        app = QCoreApplication([])
        fired = []
        scheduler = OneTimerQtScheduler()
        scheduler.start()
        scheduler.add_job(lambda: (fired.append(True), app.quit()),
                          apscheduler_parts.DateTrigger(
                              run_date=datetime.now(timezone.utc) + timedelta(seconds=0.2)))
        QTimer.singleShot(5000, app.quit)
        app.exec()
        loaded = {name: name in sys.modules
                  for name in ("asyncio", "ssl", "importlib.metadata", "email",
                               "multiprocessing", "concurrent.futures.process")}
        import apscheduler
        stand_in_version = apscheduler.__version__

        async def coroutine(): pass
        def plain(): pass
        answers = [util.iscoroutinefunction_partial(f)
                   for f in (coroutine, plain, functools.partial(coroutine))]
        import asyncio  # the real one, now that the stand-in is gone
        import importlib.metadata

        # A trigger named by a string: the plug-in table is read from the entry points now.
        by_name = []
        scheduler.add_job(lambda: (by_name.append(True), app.quit()), "date",
                          run_date=datetime.now(timezone.utc) + timedelta(seconds=0.2))
        QTimer.singleShot(5000, app.quit)
        app.exec()

        # A process pool (never made by postureapp) still finds the real modules.
        from apscheduler.executors import pool
        pool.ProcessPoolExecutor(1).shutdown()
        import concurrent.futures.process, multiprocessing
        real_pool = (pool.BrokenProcessPool is concurrent.futures.process.BrokenProcessPool
                     and pool.multiprocessing is multiprocessing)
        print(json.dumps({"fired": fired, "real_pool": real_pool, "loaded": loaded, "answers": answers,
                          "real": [asyncio.iscoroutinefunction(f) for f in (coroutine, plain)],
                          "asyncio_is_real": hasattr(asyncio, "get_running_loop"),
                          "version": [stand_in_version, importlib.metadata.version("APScheduler")],
                          "by_name": by_name}))
        """,
        tmp_path,
    )
    assert result["fired"] == [True], "APScheduler ran the job on the Qt event loop"
    assert result["loaded"] == {
        "asyncio": False,
        "ssl": False,
        "importlib.metadata": False,
        "email": False,
        "multiprocessing": False,
        "concurrent.futures.process": False,
    }, "APScheduler loaded them after all: see runtime/apscheduler_parts.py"
    assert result["answers"] == [True, False, True]
    assert result["real"] == [True, False]
    assert result["asyncio_is_real"]
    stand_in_version, real_version = result["version"]  # type: ignore[misc]
    assert stand_in_version == real_version
    assert result["by_name"] == [True], "a trigger given by name still works"
    assert result["real_pool"], "a process pool would not see the real multiprocessing"


def test_the_running_app_keeps_no_source_text_and_loads_nothing_it_does_not_use(
    tmp_path: Path,
) -> None:
    """launch() as the `postureapp` command runs it, until the app is built and idle."""
    home = tmp_path / "home"
    (home / "state").mkdir(parents=True)
    (home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}\n')
    result = run(
        """
        import json, linecache, sys
        from postureapp import launcher
        from postureapp.paths import AppPaths
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
        # Well after the rest of the app is built (on the loop's first turn).
        QTimer.singleShot(1500, app.quit)
        code = launcher.launch(AppPaths.from_environment())
        import os, postureapp
        package = os.path.dirname(postureapp.__file__) + os.sep  # not the clone's folder name
        sources = [name for name in linecache.cache if name.startswith(package)]
        print(json.dumps({
            "code": code,
            "built": "postureapp.app" in sys.modules,
            "sources": sources,
            "source_bytes": sum(len("".join(entry[2])) for entry in linecache.cache.values()
                                if len(entry) > 2 and entry[2]),
            "loaded": [name for name in ("asyncio", "ssl", "importlib.metadata", "multiprocessing",
                                         "PySide6.QtNetwork", "PySide6.QtSvg", "html",
                                         "postureapp.ui.theme", "postureapp.ui.break_window",
                                         # posture sensing, switched off (the default)
                                         "postureapp.platform.camera", "PySide6.QtMultimedia",
                                         "postureapp.runtime.posture_watch")
                       if name in sys.modules],
        }))
        """,
        tmp_path,
        POSTUREAPP_HOME=str(home),
    )
    assert result["code"] == 0 and result["built"]
    assert result["sources"] == [], "PySide6's import hook read postureapp's sources"
    assert isinstance(result["source_bytes"], int) and result["source_bytes"] < 200_000
    expected = [] if os.name == "posix" else ["PySide6.QtNetwork"]
    assert result["loaded"] == expected


def test_the_break_window_loads_while_the_notice_is_up_not_when_the_break_falls_due(
    tmp_path: Path,
) -> None:
    """The idle app leaves the break window out; the notice before the break loads it, so the
    first break of the day opens as fast as the later ones."""
    result = run(
        """
        import json, sys
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from postureapp.core.clock import FakeClock
        from postureapp.core.session import Countdown, Notice
        from postureapp.core.terms import BreakKind
        from postureapp.ui import desktop_notices
        desktop_notices.LOAD_BREAK_WINDOW_AFTER_MS = 0
        before = "postureapp.ui.break_window" in sys.modules
        from datetime import datetime, timezone
        clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc))
        notice = Notice(BreakKind.SHORT, Countdown(clock.monotonic() + 30.0))
        popup, headline = desktop_notices.make_notice(
            notice, clock, None, can_postpone=True, snooze_minutes=5)
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        print(json.dumps({"before": before, "after": "postureapp.ui.break_window" in sys.modules,
                          "headline": headline}))
        """,
        tmp_path,
    )
    assert result["before"] is False, "the break window was loaded before any notice"
    assert result["after"] is True, "the notice did not load the break window"
    assert result["headline"]
