"""Qt tests run offscreen; the fixtures build real parts around a fake clock."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
