"""`postureapp install-desktop-entry`, `remove-desktop-entry` and `autostart`.

A pip or pipx install puts no menu entry, icon or software-centre metadata on a Linux desktop;
these commands do, in the user's own XDG data folder, so no root is needed and removal leaves
nothing behind. Packagers install the same files system-wide (packaging/README.md).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from postureapp.cli.exits import Exit, Handler
from postureapp.core.files import atomic_write_bytes
from postureapp.core.i18n import translate
from postureapp.core.i18n.phrase import Said, told
from postureapp.core.library_words import os_reason
from postureapp.paths import AppPaths, assets_dir

ICON_NAME = "postureapp.svg"
PNG_NAME = "postureapp.png"
#: The AppStream component id: the metainfo file's name and the Flatpak app id (packaging/).
APP_ID = "io.github.postureapp.postureapp"
METAINFO_NAME = f"{APP_ID}.metainfo.xml"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the desktop-integration commands; each parser sets `handler`."""

    def command(name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help, description=help)
        parser.set_defaults(handler=handler)
        return parser

    command(
        "install-desktop-entry",
        install_desktop_entry,
        translate("cli", "add postureapp and its icon to the application menu (Linux)"),
    )
    command(
        "remove-desktop-entry",
        remove_desktop_entry,
        translate("cli", "take postureapp and its icon out of the application menu (Linux)"),
    )
    command(
        "autostart",
        autostart,
        translate("cli", "start postureapp when you log in: on, off or status"),
    ).add_argument(
        "state",
        choices=("on", "off", "status"),
        help=translate("cli", "switch it on or off, or say which it is"),
    )


def _data_home() -> Path:
    """$XDG_DATA_HOME (or ~/.local/share): where a user's menu entries, icons and metainfo go."""
    from postureapp.platform.autostart import xdg_folder

    return xdg_folder("XDG_DATA_HOME", ".local/share", os.environ, Path.home())


def _icons(assets: Path) -> list[tuple[Path, Path]]:
    """(source, place under the data home) for the icon: scalable SVG, then each PNG size."""
    icons = assets / "icons"
    hicolor = Path("icons") / "hicolor"
    pairs = [(icons / ICON_NAME, hicolor / "scalable" / "apps" / ICON_NAME)]
    for png in sorted(icons.glob(f"hicolor/*/apps/{PNG_NAME}")):
        pairs.append((png, hicolor / png.relative_to(icons / "hicolor")))
    return pairs


def _remember(paths: AppPaths, on: bool, err: TextIO) -> bool:
    """Set behaviour.start_at_login to `on` in the settings file, if it says otherwise."""
    from datetime import datetime

    from postureapp.core.settings import SettingsReadOnly, load, save

    result = load(paths.settings_file, now=datetime.now().astimezone())
    for problem in result.problems:
        print(problem.text(translate), file=err)
    if result.settings.start_at_login == on:
        return True
    try:
        if result.read_only:
            unchanged = translate("cli", "{0} is left unchanged (see above)")
            raise SettingsReadOnly(unchanged.format(paths.settings_file))
        paths.ensure()
        save(
            paths.settings_file, result.settings.replace(start_at_login=on), unknown=result.unknown
        )
    except (SettingsReadOnly, OSError) as error:
        said = translate("cli", "the entry is switched, but the setting is not: {0}")
        why = told(error, translate) if isinstance(error, Said) else _why(error)
        print(f"postureapp autostart: {said.format(why)}", file=err)
        return False
    return True


def _linux_only(command: str, err: TextIO) -> bool:
    if sys.platform.startswith("linux"):
        return True
    said = translate(
        "cli",
        "desktop entries are a Linux feature; this system is {0}. Use `postureapp autostart on` "
        "to start at login.",
    )
    print(f"postureapp {command}: {said.format(sys.platform)}", file=err)
    return False


def _failed(command: str, message: str, err: TextIO) -> int:
    print(f"postureapp {command}: {message}", file=err)
    return Exit.FAILED


def _why(error: OSError) -> str:
    return os_reason(error).text(translate)


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
    assets = assets_dir()
    try:
        entry = desktop_entry(assets / "icons" / ENTRY_NAME, launch_command()).encode("utf-8")
    except AutostartError as error:
        return _failed(command, told(error, translate), err)
    # Read everything before writing anything: a missing file leaves the menu as it was.
    icons: list[tuple[Path, bytes]] = []
    for source, place in _icons(assets):
        try:
            icons.append((place, source.read_bytes()))
        except OSError as error:
            said = translate("cli", "cannot read the icon {0}: {1}")
            return _failed(command, said.format(source, _why(error)), err)
    metainfo = assets / "metainfo" / METAINFO_NAME
    try:
        about = metainfo.read_bytes()
    except OSError as error:
        said = translate("cli", "cannot read the metainfo {0}: {1}")
        return _failed(command, said.format(metainfo, _why(error)), err)
    data = _data_home()
    files = [
        (Path("applications") / ENTRY_NAME, entry),
        (Path("metainfo") / METAINFO_NAME, about),
        *icons,
    ]
    for place, content in files:
        try:
            atomic_write_bytes(data / place, content)
        except OSError as error:
            said = translate("cli", "cannot write {0}: {1}")
            return _failed(command, said.format(data / place, _why(error)), err)
    print(translate("cli", "Wrote {0}").format(data / files[0][0]), file=out)
    print(translate("cli", "Wrote {0}").format(data / files[1][0]), file=out)
    print(translate("cli", "Wrote {0}").format(_icon_summary(len(icons), data)), file=out)
    return Exit.OK


def _icon_summary(count: int, data: Path) -> str:
    said = translate("cli", "the icon ({0} files: scalable and fixed sizes) under {1}")
    return said.format(count, data / "icons" / "hicolor")


def remove_desktop_entry(
    paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    command = "remove-desktop-entry"
    if not _linux_only(command, err):
        return Exit.USAGE
    from postureapp.platform.autostart import ENTRY_NAME

    data = _data_home()
    icons = [
        *(data / "icons" / "hicolor").glob(f"*/apps/{ICON_NAME}"),
        *(data / "icons" / "hicolor").glob(f"*/apps/{PNG_NAME}"),
    ]
    targets = [data / "applications" / ENTRY_NAME, data / "metainfo" / METAINFO_NAME]
    for target in targets:
        try:
            target.unlink()
        except FileNotFoundError:
            print(translate("cli", "Not there, nothing to remove: {0}").format(target), file=out)
            continue
        except OSError as error:
            said = translate("cli", "cannot remove {0}: {1}")
            return _failed(command, said.format(target, _why(error)), err)
        print(translate("cli", "Removed {0}").format(target), file=out)
    for icon in sorted(icons):
        try:
            icon.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            said = translate("cli", "cannot remove {0}: {1}")
            return _failed(command, said.format(icon, _why(error)), err)
    if icons:
        print(translate("cli", "Removed {0}").format(_icon_summary(len(icons), data)), file=out)
    else:
        said = translate("cli", "No icon there, nothing to remove: {0}")
        print(said.format(data / "icons" / "hicolor"), file=out)
    return Exit.OK


def autostart(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Switch the system's own start-at-login entry, and the setting with it.

    `status` reads the entry, which is the truth at login; the setting follows every switch.
    """
    from postureapp.platform.autostart import AutostartError, for_platform

    entry = for_platform()
    try:
        if args.state == "on":
            entry.enable()
        elif args.state == "off":
            entry.disable()
        enabled = entry.is_enabled()
    except AutostartError as error:
        return _failed("autostart", told(error, translate), err)
    if args.state != "status" and not _remember(paths, args.state == "on", err):
        return Exit.FAILED
    if enabled:
        print(
            translate("cli", "postureapp starts at login ({0}).").format(entry.location()), file=out
        )
    else:
        print(translate("cli", "postureapp does not start at login."), file=out)
    return Exit.OK
