"""Calendar passwords in the desktop keyring (Secret Service, KWallet, macOS Keychain, Windows
Credential Locker), through the `keyring` package. Never in settings.toml.

Without a usable keyring, CalDAV accounts that need a password are refused with a sentence that
says so (a password asked at every start would be a prompt out of nowhere in a tray app, and a
password in a plain file is what this module exists to avoid). Accounts without a password,
files and web addresses work everywhere.
"""

from __future__ import annotations

from typing import Any

from postureapp.core.calendar.source import CalendarSource
from postureapp.platform.calendars.errors import FetchFailed

SERVICE = "postureapp calendar"

NO_KEYRING = (
    "no keyring is available to keep the password of {name} (install and unlock GNOME Keyring "
    "or KWallet), so this CalDAV account cannot be read; a calendar file or an iCalendar web "
    "address works without one"
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
        raise NoKeyring(NO_KEYRING.format(name=source.name)) from None
    except Exception as error:  # a locked or broken keyring: its own errors
        raise FetchFailed(
            f"the keyring could not give the password of {source.name} ({error})"
        ) from None
    if found is None:
        raise FetchFailed(
            f"no password for {source.name} in the keyring; add it again with "
            f"postureapp calendar add (or in Settings)"
        )
    return str(found)


def store_password(source: CalendarSource, password: str) -> None:
    try:
        _keyring().set_password(SERVICE, _entry(source), password)
    except NoKeyring:
        raise NoKeyring(NO_KEYRING.format(name=source.name)) from None
    except Exception as error:
        raise FetchFailed(f"the keyring refused the password of {source.name} ({error})") from None


def forget_password(source: CalendarSource) -> bool:
    """Remove the stored password; False when there was none (or no keyring)."""
    try:
        _keyring().delete_password(SERVICE, _entry(source))
    except Exception:
        return False
    return True
