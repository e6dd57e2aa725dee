"""What APScheduler's stand-ins answer in the running app equals what the real modules would:
its version, the trigger named by a string, a process pool's context. (Which modules stay
unloaded at start is tests/unit/test_lean_imports.py's, in a fresh interpreter.)"""

from __future__ import annotations

import importlib.metadata
import multiprocessing
import sys
from concurrent.futures import process
from pathlib import Path

import pytest

from postureapp.runtime import apscheduler_parts as parts


def test_the_version_is_the_one_importlib_reads(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    not_a_folder = tmp_path / "a-file.zip"
    not_a_folder.write_text("")
    monkeypatch.setattr(sys, "path", [str(not_a_folder), *sys.path])
    real = importlib.metadata.version("APScheduler")
    assert parts._version("APScheduler") == real
    assert parts._version("apscheduler") == real, "names compare as pip writes them"


def test_an_unknown_distribution_is_refused_as_importlib_refuses_it() -> None:
    with pytest.raises(ModuleNotFoundError, match="no-such-distribution"):
        parts._version("no-such-distribution")


def test_a_trigger_named_by_a_string_is_found_in_the_entry_points() -> None:
    triggers = parts.LazyPlugins("apscheduler.triggers")
    names = set(triggers)
    assert {"date", "interval", "cron"} <= names
    assert len(triggers) == len(names)
    assert triggers["date"].load().__name__ == "DateTrigger"
    with pytest.raises(KeyError):
        triggers["no-such-trigger"]


def test_a_process_pool_gets_the_real_modules() -> None:
    from apscheduler.executors import pool

    context = parts._get_context()
    assert context.get_start_method() == multiprocessing.get_context().get_start_method()
    assert pool.multiprocessing is multiprocessing
    assert pool.BrokenProcessPool is process.BrokenProcessPool
