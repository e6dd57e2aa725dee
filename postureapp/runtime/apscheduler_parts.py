"""The parts of APScheduler that postureapp uses, imported without the modules it does not need.

APScheduler is imported with three stand-ins in `sys.modules`, each taken out again at once, so
that any later import gets the real module:

* `asyncio`: on every Python before 3.14, `apscheduler.util` starts with `from asyncio import
  iscoroutinefunction`. asyncio loads its event loop, subprocess and SSL support, and with
  `ssl` OpenSSL's libcrypto: about 6 MiB kept all day, for a function that only APScheduler's
  asyncio and Tornado executors call. postureapp runs its jobs with the `DebugExecutor` on the
  Qt event loop. The stand-in's function asks the real asyncio when called, so its answer is
  always asyncio's.
* `importlib.metadata` (with the email, csv and zipfile modules it brings, about 1 MiB):
  APScheduler reads its own version from it at import, and builds its tables of plug-ins
  (triggers, executors and job stores named by a string such as "date") from the installed
  entry points. The stand-in gives the version from the name of APScheduler's dist-info folder
  (what pip writes), or from the real module where there is none. postureapp passes trigger and
  executor objects, never names, so the plug-in tables are filled from the real entry points
  the first time anything looks a name up (LazyPlugins).
* `multiprocessing` and `concurrent.futures.process` (with pickle and subprocess support,
  about 0.4 MiB): for APScheduler's process pool, which postureapp never makes. Making one calls
  `multiprocessing.get_context()` first; the stand-in's brings in the real modules and puts them
  where the pool's module looks them up (its `BrokenProcessPool` too), before any pool exists.

If a release wants more than this, the stand-ins make its import fail, and APScheduler is then
imported the ordinary way. tests/unit/test_lean_imports.py fails when asyncio, ssl or
importlib.metadata are loaded anyway, when a stand-in's answer differs from the real module's,
or when APScheduler no longer needs them (then this module can go).
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)


def _iscoroutinefunction(func: Any) -> bool:
    import asyncio  # only an asyncio or Tornado executor asks, and they have loaded it already

    return asyncio.iscoroutinefunction(func)


class _PackageNotFoundError(ModuleNotFoundError):
    """What the stand-in raises where importlib.metadata.PackageNotFoundError would be."""


def _version(name: str) -> str:
    """A distribution's version from its dist-info folder's name, as pip writes it; the real
    importlib.metadata's answer where there is no such folder (an egg, a development install)."""
    wanted = re.sub(r"[-_.]+", "_", name).lower()
    for entry in sys.path:
        folder = Path(entry or ".")
        if not folder.is_dir():
            continue
        for info in folder.glob("*.dist-info"):
            base, _, version = info.name.removesuffix(".dist-info").partition("-")
            if re.sub(r"[-_.]+", "_", base).lower() == wanted and version:
                return version
    if getattr(sys.modules.get("importlib.metadata"), "stand_in", False):
        del sys.modules["importlib.metadata"]  # the real one from here on
    import importlib.metadata

    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError as exc:
        raise _PackageNotFoundError(name) from exc


def _no_entry_points(**_selection: Any) -> tuple[()]:
    return ()


class LazyPlugins(Mapping[str, Any]):
    """A plug-in table of APScheduler's, read from the entry points on first use."""

    def __init__(self, group: str) -> None:
        self.group = group
        self._table: dict[str, Any] | None = None

    def _entries(self) -> dict[str, Any]:
        if self._table is None:
            from importlib.metadata import entry_points

            self._table = {ep.name: ep for ep in entry_points(group=self.group)}
        return self._table

    def __getitem__(self, name: str) -> Any:
        return self._entries()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries())

    def __len__(self) -> int:
        return len(self._entries())


class _NoPoolYet(Exception):
    """In the pool module's `BrokenProcessPool` until a process pool is made (see above)."""


def _get_context(method: str | None = None) -> Any:
    import multiprocessing
    from concurrent.futures import process

    from apscheduler.executors import pool

    pool.multiprocessing = multiprocessing
    pool.BrokenProcessPool = process.BrokenProcessPool
    return multiprocessing.get_context(method)


def _stand_ins() -> dict[str, ModuleType]:
    made: dict[str, ModuleType] = {}
    if "asyncio" not in sys.modules:
        asyncio = ModuleType("asyncio", "A stand-in while APScheduler is imported.")
        asyncio.iscoroutinefunction = _iscoroutinefunction  # type: ignore[attr-defined]
        made["asyncio"] = asyncio
    if "importlib.metadata" not in sys.modules:
        metadata = ModuleType("importlib.metadata", "A stand-in while APScheduler is imported.")
        metadata.version = _version  # type: ignore[attr-defined]
        metadata.entry_points = _no_entry_points  # type: ignore[attr-defined]
        metadata.PackageNotFoundError = _PackageNotFoundError  # type: ignore[attr-defined]
        metadata.stand_in = True  # type: ignore[attr-defined]
        made["importlib.metadata"] = metadata
    if "multiprocessing" not in sys.modules and "concurrent.futures.process" not in sys.modules:
        multiprocessing = ModuleType("multiprocessing", "A stand-in while APScheduler is imported.")
        multiprocessing.get_context = _get_context  # type: ignore[attr-defined]
        made["multiprocessing"] = multiprocessing
        process = ModuleType("concurrent.futures.process", "A stand-in, as above.")
        process.BrokenProcessPool = _NoPoolYet  # type: ignore[attr-defined]
        made["concurrent.futures.process"] = process
    return made


def _import_apscheduler() -> None:
    if "apscheduler.schedulers.base" in sys.modules:
        return
    stand_ins = _stand_ins()
    sys.modules.update(stand_ins)
    try:
        import apscheduler.schedulers.base  # noqa: F401
    except ImportError as exc:  # a release that needs more: see the docstring
        log.debug("APScheduler needs more than the stand-ins (%s); importing it plainly", exc)
        return
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if "importlib.metadata" in stand_ins:
        from apscheduler.schedulers.base import BaseScheduler

        BaseScheduler._trigger_plugins = LazyPlugins("apscheduler.triggers")
        BaseScheduler._executor_plugins = LazyPlugins("apscheduler.executors")
        BaseScheduler._jobstore_plugins = LazyPlugins("apscheduler.jobstores")


_import_apscheduler()

# The rest of APScheduler finds its base modules already imported.
from apscheduler.executors.debug import DebugExecutor  # noqa: E402
from apscheduler.schedulers.qt import QtScheduler  # noqa: E402
from apscheduler.triggers.date import DateTrigger  # noqa: E402

__all__ = ["DateTrigger", "DebugExecutor", "QtScheduler"]
