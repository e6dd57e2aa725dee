"""The exit codes of every `postureapp` command, and what each means (one table for all)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from enum import IntEnum
from typing import TextIO

from postureapp.paths import AppPaths


class Exit(IntEnum):
    OK = 0
    """Done as asked."""
    FAILED = 1
    """Not done: no instance is running, it refused the request, or the input has problems."""
    USAGE = 2
    """Cannot run as given: a wrong argument, a missing file, no display, not on Linux."""


#: Every subcommand's handler: (paths, parsed arguments, stdout, stderr) -> exit code.
Handler = Callable[[AppPaths, argparse.Namespace, TextIO, TextIO], int]
