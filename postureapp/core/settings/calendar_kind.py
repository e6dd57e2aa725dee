"""The calendars setting: a list of sources, each a small table in settings.toml.

    calendars = [{ name = "work", kind = "caldav", location = "https://dav.example/", user = "me" }]

Passwords are refused here with a pointer to the keyring: the file is no place for them.
"""

from __future__ import annotations

from typing import cast

from postureapp.core.calendar.source import CalendarSource, SourceRefused, checked, unique
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase
from postureapp.core.settings.kinds import (
    Kind,
    Refused,
    SettingValue,
    Sources,
    _list_from_text,
    say,
    toml_value,
)

_KEYS = frozenset({"name", "kind", "location", "user"})
_SECRET = frozenset({"password", "pass", "secret", "token"})


class CalendarSourcesKind(Kind):
    annotation = Sources

    def describe(self) -> Phrase:
        return say(
            QT_TRANSLATE_NOOP(
                "settings",
                "a list of calendars like {0} (kind file, url or caldav; user for caldav)",
            ),
            '[{ name = "work", kind = "file", location = "/home/me/work.ics" }]',
        )

    def parse(self, value: object) -> Sources:
        if isinstance(value, tuple) and all(isinstance(s, CalendarSource) for s in value):
            items: list[object] = [vars(source) for source in value]
        elif isinstance(value, list | tuple):
            items = list(value)
        else:
            raise self.refuse(value)
        sources = []
        for item in items:
            if not isinstance(item, dict):
                raise Refused(f"each calendar must be a table like {{ name = ... }}, got {item!r}")
            secret = _SECRET & {str(key).lower() for key in item}
            if secret:
                raise Refused(
                    "passwords are never kept in the settings file; add the calendar with "
                    "`postureapp calendar add` (or in Settings), which puts it in the keyring"
                )
            strange = sorted(set(item) - _KEYS)
            if strange:
                raise Refused(
                    f"a calendar has no {', '.join(map(str, strange))} (only {', '.join(sorted(_KEYS))})"
                )
            try:
                sources.append(
                    checked(
                        item.get("name"),
                        item.get("kind"),
                        item.get("location"),
                        item.get("user", ""),
                    )
                )
            except SourceRefused as refused:
                raise Refused(refused.said or str(refused)) from None
        try:
            return unique(sources)
        except SourceRefused as refused:
            raise Refused(refused.said or str(refused)) from None

    def parse_text(self, text: str) -> Sources:
        words = text.strip()
        if not words:
            return ()
        if not words.startswith("["):
            raise Refused(say(QT_TRANSLATE_NOOP("settings", "must be {0}"), self.describe()))
        return self.parse(_list_from_text(words))

    def to_toml(self, value: SettingValue) -> object:
        return [
            {
                "name": s.name,
                "kind": s.kind,
                "location": s.location,
                **({"user": s.user} if s.user else {}),
            }
            for s in cast(Sources, value)
        ]

    def format_text(self, value: SettingValue) -> str:
        return toml_value(self.to_toml(value))
