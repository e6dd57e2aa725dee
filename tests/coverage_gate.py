"""The coverage floor: with `--cov`, the share of branches taken in core/ and runtime/.

pytest-cov measures the test process and every Python process the unit and Qt tests start (the
`postureapp` commands of the CLI tests: coverage's `patch = ["subprocess"]`, pyproject.toml);
the processes the end-to-end tests start only with POSTUREAPP_COVER_E2E=1 (tests/e2e/conftest.py
says why). After it has combined the data, this prints lines and branches per layer, and fails
the run when core/ or runtime/ falls below `BRANCH_FLOOR` % of branches, naming the files that
pull it down. The Windows and macOS backends never run here; pyproject.toml omits them from the
measurement by name. tests/conftest.py imports the hook.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

#: The least share of branches taken, in per cent, in each guarded layer.
BRANCH_FLOOR = 90.0
GUARDED = ("core", "runtime")
SHOWN = ("core", "runtime", "platform", "ui", "cli", "top")  # top: app, launcher, startup...


@contextlib.contextmanager
def untraced() -> Iterator[None]:
    """For a test of speed: with `--cov`, coverage's tracer would be timed along with the code."""
    import coverage

    cov = coverage.Coverage.current()
    if cov is None:
        yield
        return
    cov.stop()
    try:
        yield
    finally:
        cov.start()


def _layer(path: str) -> str:
    parts = Path(path).parts
    inside = parts[parts.index("postureapp") + 1 :] if "postureapp" in parts else parts
    return inside[0] if len(inside) > 1 else "top"


def _weakest(report: dict[str, Any], layer: str) -> list[str]:
    """The layer's files below the floor, fewest branches taken first."""
    rows = []
    for path, data in report["files"].items():
        s = data["summary"]
        branches, taken = s.get("num_branches", 0), s.get("covered_branches", 0)
        if _layer(path) == layer and _percent(taken, branches) < BRANCH_FLOOR:
            rows.append((_percent(taken, branches), f"{path}: {taken} of {branches} branches"))
    return [text for _, text in sorted(rows)]


def _figures(report: dict[str, Any]) -> dict[str, list[int]]:
    """Per layer: [lines, lines run, branches, branches taken]."""
    sums: dict[str, list[int]] = {}
    for path, data in report["files"].items():
        s = data["summary"]
        row = sums.setdefault(_layer(path), [0, 0, 0, 0])
        row[0] += s["num_statements"]
        row[1] += s["covered_lines"]
        row[2] += s.get("num_branches", 0)
        row[3] += s.get("covered_branches", 0)
    return sums


def _percent(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 100.0


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> Generator[None, object, object]:
    result = yield
    plugin = session.config.pluginmanager.getplugin("_cov")
    controller = getattr(plugin, "cov_controller", None)
    if controller is None or session.config.option.collectonly:
        return result
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "coverage.json"
        controller.cov.json_report(outfile=str(out))
        report = json.loads(out.read_text())
        figures = _figures(report)
    write = session.config.pluginmanager.getplugin("terminalreporter").write
    e2e = os.environ.get("POSTUREAPP_COVER_E2E") == "1"
    write(f"\ncoverage by layer ({'all' if e2e else 'no end-to-end'} processes measured):\n")
    for layer in SHOWN:
        lines, run, branches, taken = figures.get(layer, [0, 0, 0, 0])
        write(
            f"  {layer:<9} lines {_percent(run, lines):5.1f} % of {lines:5}"
            f"   branches {_percent(taken, branches):5.1f} % of {branches:4}\n"
        )
    for layer in GUARDED:
        _, _, branches, taken = figures.get(layer, [0, 0, 0, 0])
        if not branches or _percent(taken, branches) < BRANCH_FLOOR:  # nothing measured fails
            write(
                f"FAIL: {layer}/ has {_percent(taken, branches):.1f} % of its branches covered;"
                f" the floor is {BRANCH_FLOOR:g} %\n",
                red=True,
                bold=True,
            )
            for text in _weakest(report, layer):
                write(f"  {text}\n")
            session.testsfailed += 1
    return result
