"""The layering, written down: which part of postureapp may import which, and how big a room may be.

Modules are discovered from the source tree (never listed by hand), and every import counts,
including those inside functions (a lazy import is still a dependency). Read without importing
anything, so this runs in a few milliseconds and needs no screen.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "postureapp"

#: The largest module a newcomer should have to hold in their head.
MAX_LINES = 500

#: layer -> the postureapp layers it may import (besides itself). Anything not listed is refused.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "platform": {"core", "paths"},
    "runtime": {"core"},
    "ui": {"core", "paths"},
    "cli": {"core", "paths", "platform", "launcher"},
    "startup": {"core", "paths", "platform", "ui"},
    "launcher": {"core", "paths", "startup", "ui", "logsetup", "runtime", "app", "platform"},
    "app": {"core", "paths", "platform", "runtime", "startup", "ui", "sensing"},
    "sensing": {"core", "paths", "platform", "runtime", "ui"},
    "paths": {"core"},  # its errors are phrases in the user's language (core.i18n)
    "logsetup": {"core", "paths"},  # its one message is a phrase too
    "__init__": set(),
    "__main__": {"cli"},
}

#: Third-party packages each layer may use. core stays pure: no Qt, no scheduler, no paths, no
#: network; parsing iCalendar data is a pure decision, so its two libraries may live there.
THIRD_PARTY: dict[str, set[str]] = {
    "core": {"tomli_w", "icalendar", "recurring_ical_events"},
    "platform": {"PySide6", "caldav", "keyring", "mediapipe", "numpy"},
    "runtime": {"PySide6", "apscheduler"},
    "ui": {"PySide6"},
    "cli": set(),
    "startup": {"PySide6"},
    "launcher": {"PySide6"},
    "app": {"PySide6"},
    "sensing": {"PySide6"},
    "paths": {"platformdirs"},
    "logsetup": set(),
    "__init__": set(),
    "__main__": set(),
}
STDLIB = frozenset(__import__("sys").stdlib_module_names)


def modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        yield ".".join(parts), path


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imports(path: Path, module: str) -> Iterator[tuple[str, int]]:
    """Every module `path` imports (absolute names), with the line."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base == "__future__":
                continue
            yield base, node.lineno
            for alias in node.names:  # `from postureapp import cli` imports postureapp.cli
                yield f"{base}.{alias.name}", node.lineno


MODULES = dict(modules())


def test_every_module_is_found() -> None:
    layers = {layer_of(name) for name in MODULES}
    assert {"core", "runtime", "platform", "ui", "cli"} <= layers
    assert set(layers) <= set(ALLOWED), (
        f"a new top-level part needs a rule: {layers - set(ALLOWED)}"
    )


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_module_imports_only_what_its_layer_may(module: str) -> None:
    layer = layer_of(module)
    broken = []
    for name, line in imports(MODULES[module], module):
        top = name.split(".")[0]
        if top == "postureapp":
            target = name.split(".")
            if len(target) < 2 or (".".join(target) in MODULES and layer_of(name) == layer):
                continue
            other = target[1]
            if other != layer and other not in ALLOWED[layer] and f"postureapp.{other}" in MODULES:
                broken.append(f"line {line}: {name} ({layer} may not import {other})")
        elif top not in STDLIB and top not in THIRD_PARTY[layer]:
            broken.append(f"line {line}: {name} (third-party package not allowed in {layer})")
    assert not broken, f"{module}:\n" + "\n".join(broken)


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for module, path in MODULES.items():
        for name, _line in imports(path, module):
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name and name != module and name != "postureapp":
                graph[module].add(name)
    return graph


def test_no_import_circles() -> None:
    """Not even through a lazy import: two modules that need each other are one module too many."""
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    # A package's __init__ re-exporting its modules is not a circle to live with; anything else is.
    real = [c for c in circles if not all(m.startswith(min(c, key=len)) for m in c)]
    assert not real, "import circles: " + "; ".join(" <-> ".join(c) for c in real)


def test_the_checker_sees_a_breach(tmp_path: Path) -> None:
    """The rules above would catch a view that talks to the platform directly."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from postureapp.platform.idle import choose_backend\n")
    found = list(imports(bad, "postureapp.ui.bad"))
    assert ("postureapp.platform.idle", 2) in found
    assert "platform" not in ALLOWED["ui"]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_too_big_to_hold_in_your_head(module: str) -> None:
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines; split it by job"
