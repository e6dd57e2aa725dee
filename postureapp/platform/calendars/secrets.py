"""Calendar passwords in the desktop keyring (Secret Service, KWallet, macOS Keychain, Windows
Credential Locker), through the `keyring` package. Never in settings.toml.

Without a usable keyring, CalDAV accounts that need a password are refused with a sentence that
says so (a password asked at every start would be a prompt out of nowhere in a tray app, and a
password in a plain file is what this module exists to avoid). Accounts without a password,
files and web addresses work everywhere.
"""

from __future__ import annotations

import logging
from typing import Any

from postureapp.core.calendar.source import CalendarSource
from postureapp.core.calendar.words import said
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP
from postureapp.platform.calendars.errors import FetchFailed

log = logging.getLogger(__name__)
SERVICE = "postureapp calendar"

NO_KEYRING = QT_TRANSLATE_NOOP(
    "calendars",
    "no keyring is available to keep the password of {0} (install and unlock GNOME Keyring "
    "or KWallet), so this CalDAV account cannot be read; a calendar file or an iCalendar web "
    "address works without one",
)


class NoKeyring(FetchFailed):
    """No desktop keyring can be used here."""


def _entry(source: CalendarSource) -> str:
    return f"{source.name}:{source.user}"


def _keyring() -> Any:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise NoKeyring("no keyring")
    return keyring


def keyring_name() -> str | None:
    """The keyring in use, for messages; None when there is none."""
    try:
        return type(_keyring().get_keyring()).__name__
    except NoKeyring:
        return None


def password_for(source: CalendarSource) -> str:
    try:
        found = _keyring().get_password(SERVICE, _entry(source))
    except NoKeyring:
        raise NoKeyring(said(NO_KEYRING, source.name)) from None
    except Exception as error:  # a locked or broken keyring: its own errors
        log.info("the keyring could not give a password: %r", error)
        locked = QT_TRANSLATE_NOOP(
            "calendars", "the keyring could not give the password of {0} (is it locked?)"
        )
        raise FetchFailed(said(locked, source.name)) from None
    if found is None:
        none = QT_TRANSLATE_NOOP(
            "calendars",
            "no password for {0} in the keyring; add it again with postureapp calendar add "
            "(or in Settings)",
        )
        raise FetchFailed(said(none, source.name))
    return str(found)


def store_password(source: CalendarSource, password: str) -> None:
    try:
        _keyring().set_password(SERVICE, _entry(source), password)
    except NoKeyring:
        raise NoKeyring(said(NO_KEYRING, source.name)) from None
    except Exception as error:
        log.info("the keyring refused a password: %r", error)
        refused = QT_TRANSLATE_NOOP("calendars", "the keyring refused the password of {0}")
        raise FetchFailed(said(refused, source.name)) from None


def forget_password(source: CalendarSource) -> bool:
    """Remove the stored password; False when there was none (or no keyring)."""
    try:
        _keyring().delete_password(SERVICE, _entry(source))
    except Exception:
        return False
    return True
