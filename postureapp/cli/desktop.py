"""`postureapp install-desktop-entry`, `remove-desktop-entry` and `autostart`.

A pip or pipx install puts no menu entry or icon on a Linux desktop; these commands do, in the
user's own XDG data folder, so no root is needed and removal leaves nothing behind.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from postureapp.cli.exits import Exit, Handler
from postureapp.core.files import atomic_write_bytes
from postureapp.paths import AppPaths, assets_dir

ICON_NAME = "postureapp.svg"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the desktop-integration commands; each parser sets `handler`."""

    def command(name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help, description=help)
        parser.set_defaults(handler=handler)
        return parser

    command(
        "install-desktop-entry",
        install_desktop_entry,
        "add postureapp and its icon to the application menu (Linux)",
    )
    command(
        "remove-desktop-entry",
        remove_desktop_entry,
        "take postureapp and its icon out of the application menu (Linux)",
    )
    command(
        "autostart", autostart, "start postureapp when you log in: on, off or status"
    ).add_argument(
        "state", choices=("on", "off", "status"), help="switch it on or off, or say which it is"
    )


def _targets() -> tuple[Path, Path]:
    """Where the menu entry and the icon go, under $XDG_DATA_HOME (or ~/.local/share)."""
    from postureapp.platform.autostart import ENTRY_NAME, xdg_folder

    data = xdg_folder("XDG_DATA_HOME", ".local/share", os.environ, Path.home())
    return (
        data / "applications" / ENTRY_NAME,
        data / "icons" / "hicolor" / "scalable" / "apps" / ICON_NAME,
    )


def _linux_only(command: str, err: TextIO) -> bool:
    if sys.platform.startswith("linux"):
        return True
    print(
        f"postureapp {command}: desktop entries are a Linux feature; "
        f"this system is {sys.platform}. Use `postureapp autostart on` to start at login.",
        file=err,
    )
    return False


def _failed(command: str, message: str, err: TextIO) -> int:
    print(f"postureapp {command}: {message}", file=err)
    return Exit.FAILED


def _why(error: OSError) -> str:
    return error.strerror or str(error)


def install_desktop_entry(
    paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    from postureapp.platform.autostart import (
        ENTRY_NAME,
        AutostartError,
        desktop_entry,
        launch_command,
    )

    command = "install-desktop-entry"
    if not _linux_only(command, err):
        return Exit.USAGE
    icons = assets_dir() / "icons"
    try:
        entry = desktop_entry(icons / ENTRY_NAME, launch_command()).encode("utf-8")
    except AutostartError as error:
        return _failed(command, str(error), err)
    try:
        icon = (icons / ICON_NAME).read_bytes()
    except OSError as error:
        return _failed(command, f"cannot read the icon {icons / ICON_NAME}: {_why(error)}", err)
    for target, data in zip(_targets(), (entry, icon), strict=True):
        try:
            atomic_write_bytes(target, data)
        except OSError as error:
            return _failed(command, f"cannot write {target}: {_why(error)}", err)
        print(f"Wrote {target}", file=out)
    return Exit.OK


def remove_desktop_entry(
    paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    command = "remove-desktop-entry"
    if not _linux_only(command, err):
        return Exit.USAGE
    for target in _targets():
        try:
            target.unlink()
        except FileNotFoundError:
            print(f"Not there, nothing to remove: {target}", file=out)
            continue
        except OSError as error:
            return _failed(command, f"cannot remove {target}: {_why(error)}", err)
        print(f"Removed {target}", file=out)
    return Exit.OK


def autostart(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Switch the system's own start-at-login entry; `status` reads it, not the settings file."""
    from postureapp.platform.autostart import AutostartError, for_platform

    entry = for_platform()
    try:
        if args.state == "on":
            entry.enable()
        elif args.state == "off":
            entry.disable()
        enabled = entry.is_enabled()
    except AutostartError as error:
        return _failed("autostart", str(error), err)
    if enabled:
        print(f"postureapp starts at login ({entry.location()}).", file=out)
    else:
        print("postureapp does not start at login.", file=out)
    return Exit.OK
