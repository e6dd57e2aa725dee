"""The coverage floor: with `--cov`, the share of branches taken in core/ and runtime/.

pytest-cov measures the whole run, the `postureapp` processes the CLI and e2e tests start
included (coverage's `patch = ["subprocess"]`, pyproject.toml). After it has combined the data,
this prints lines and branches per layer, and fails the run when core/ or runtime/ falls below
`BRANCH_FLOOR` % of branches. The Windows and macOS backends never run here; pyproject.toml
omits them from the measurement by name. tests/conftest.py imports the hook.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

#: The least share of branches taken, in per cent, in each guarded layer.
BRANCH_FLOOR = 90.0
GUARDED = ("core", "runtime")
SHOWN = ("core", "runtime", "platform", "ui", "cli")


def _layer(path: str) -> str:
    parts = Path(path).parts
    inside = parts[parts.index("postureapp") + 1 :] if "postureapp" in parts else parts
    return inside[0] if len(inside) > 1 else "top"


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
        figures = _figures(json.loads(out.read_text()))
    write = session.config.pluginmanager.getplugin("terminalreporter").write
    write("\ncoverage by layer (postureapp processes included):\n")
    for layer in SHOWN:
        lines, run, branches, taken = figures.get(layer, [0, 0, 0, 0])
        write(
            f"  {layer:<9} lines {_percent(run, lines):5.1f} % of {lines:5}"
            f"   branches {_percent(taken, branches):5.1f} % of {branches:4}\n"
        )
    for layer in GUARDED:
        _, _, branches, taken = figures.get(layer, [0, 0, 0, 0])
        if _percent(taken, branches) < BRANCH_FLOOR:
            write(
                f"FAIL: {layer}/ has {_percent(taken, branches):.1f} % of its branches covered;"
                f" the floor is {BRANCH_FLOOR:g} %\n",
                red=True,
                bold=True,
            )
            session.testsfailed += 1
    return result
