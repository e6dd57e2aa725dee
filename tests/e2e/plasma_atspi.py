#!/usr/bin/python3
"""Read and press plasmashell's own widgets over AT-SPI, as a screen reader or switch access
does: `dump` prints every object as 'role | name | description'; `press REGEX` does the
first action of the first button whose name matches, and exits 1 when none does.
Run under Debian's python3 (python3-pyatspi), in the session of the AT-SPI bus."""

import contextlib
import re
import sys

import pyatspi

BUTTONS = {"push button", "toggle button"}


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.childCount):
        with contextlib.suppress(Exception):
            yield from walk(node.getChildAtIndex(i), depth + 1)


def plasma_nodes():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and "plasmashell" in (app.name or "").lower():
            yield from walk(app)


def main():
    mode = sys.argv[1]
    for node in plasma_nodes():
        try:
            role, name, description = node.getRoleName(), node.name or "", node.description or ""
        except Exception:
            continue
        if mode == "dump":
            print(f"{role} | {name} | {description}")
        elif role in BUTTONS and re.search(sys.argv[2], name, re.I):
            node.queryAction().doAction(0)
            return 0
    return 0 if mode == "dump" else 1


sys.exit(main())
