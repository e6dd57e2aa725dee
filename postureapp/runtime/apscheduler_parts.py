"""The parts of APScheduler that postureapp uses, imported without asyncio.

On every Python before 3.14, `apscheduler.util` starts with `from asyncio import
iscoroutinefunction`. Importing asyncio loads its event loop, subprocess and SSL support, and
with `ssl` OpenSSL's libcrypto: about 6 MiB that a tray app would keep all day, for a function
that only APScheduler's asyncio and Tornado executors call. postureapp runs its jobs with the
`DebugExecutor` on the Qt event loop and never asks it.

So `apscheduler.util` is imported while a stand-in module named `asyncio` sits in
`sys.modules`, offering just that one function; the stand-in is taken out again at once, so
any later `import asyncio` gets the real package. The function itself imports the real asyncio
and asks it, so its answer is never different from the original's.

If a release of APScheduler wants more from asyncio than this, the stand-in makes that import
fail, and APScheduler is then imported the ordinary way (asyncio and all).
tests/unit/test_lean_imports.py fails in both cases: when asyncio is loaded anyway, and when
the stand-in's answer differs from asyncio's.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)


def _iscoroutinefunction(func: Any) -> bool:
    import asyncio  # only an asyncio or Tornado executor asks, and they have loaded it already

    return asyncio.iscoroutinefunction(func)


def _import_util_without_asyncio() -> None:
    if "asyncio" in sys.modules or "apscheduler.util" in sys.modules:
        return
    stand_in = ModuleType("asyncio", "A stand-in while apscheduler.util is imported.")
    stand_in.iscoroutinefunction = _iscoroutinefunction  # type: ignore[attr-defined]
    sys.modules["asyncio"] = stand_in
    try:
        import apscheduler.util  # noqa: F401
    except ImportError as exc:  # a release that needs more of asyncio: see the docstring
        log.debug("APScheduler needs asyncio after all (%s); importing it", exc)
    finally:
        if sys.modules.get("asyncio") is stand_in:
            del sys.modules["asyncio"]


_import_util_without_asyncio()

# The rest of APScheduler finds apscheduler.util already imported.
from apscheduler.executors.debug import DebugExecutor  # noqa: E402
from apscheduler.schedulers.qt import QtScheduler  # noqa: E402
from apscheduler.triggers.date import DateTrigger  # noqa: E402

__all__ = ["DateTrigger", "DebugExecutor", "QtScheduler"]
