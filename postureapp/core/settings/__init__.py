"""Settings: every option declared once, always-valid values, and a file people may edit.

kinds    each kind of value as a class that checks, writes and describes itself
fields   FIELDS: every option with its kind, default, label and help
model    Settings, the values in effect
file     reading and writing settings.toml, every problem with its line
"""

from postureapp.core.settings.fields import (
    DAYS,
    FIELDS,
    FIELDS_BY_KEY,
    SECTIONS,
    Field,
    SettingError,
    UnknownSetting,
    field_for,
    suggest,
)
from postureapp.core.settings.file import (
    SCHEMA_VERSION,
    LoadResult,
    SettingsReadOnly,
    load,
    peek,
    render,
    save,
)
from postureapp.core.settings.kinds import SettingValue, TimeRanges, Times, Weights
from postureapp.core.settings.model import Settings, diff

__all__ = [
    "DAYS",
    "FIELDS",
    "FIELDS_BY_KEY",
    "SCHEMA_VERSION",
    "SECTIONS",
    "Field",
    "LoadResult",
    "SettingError",
    "SettingValue",
    "Settings",
    "SettingsReadOnly",
    "TimeRanges",
    "Times",
    "UnknownSetting",
    "Weights",
    "diff",
    "field_for",
    "load",
    "peek",
    "render",
    "save",
    "suggest",
]
