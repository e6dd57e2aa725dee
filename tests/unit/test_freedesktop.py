"""The menu entry, the icon and the AppStream metainfo, as desktops and software centres read them.

Debian's own validators judge the files (desktop-file-validate from desktop-file-utils,
appstreamcli from appstream; `bash .ci/quickstart test` installs both): errors and warnings fail,
infos and hints do not. The files are checked as shipped and as `install-desktop-entry` writes
them, and kept in step with the app (version, command, screenshots).
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import postureapp
from postureapp.cli import desktop as cli_desktop
from postureapp.paths import AppPaths, assets_dir
from postureapp.platform.autostart import ENTRY_NAME, entry_values

ROOT = Path(__file__).resolve().parents[2]
ASSETS = assets_dir()
ENTRY = ASSETS / "icons" / ENTRY_NAME
METAINFO = ASSETS / "metainfo" / cli_desktop.METAINFO_NAME
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"needs {name} from Debian's {package} (bash .ci/quickstart test installs it)")
    return found


def desktop_file_validate(path: Path) -> str:
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(path)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    output = done.stdout + done.stderr
    # "hint:" lines are advice; errors and warnings are what the freedesktop spec forbids.
    problems = [line for line in output.splitlines() if re.search(r": (error|warning): ", line)]
    assert done.returncode == 0 and not problems, output
    return output


def appstream_validate(*args: str) -> str:
    done = subprocess.run(
        [tool("appstreamcli", "appstream"), *args, "--no-net", "--pedantic"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = done.stdout + done.stderr
    problems = [line for line in output.splitlines() if re.match(r"\s*[EW]: ", line)]
    assert done.returncode == 0 and not problems, output
    return output


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


# --- the files as shipped ------------------------------------------------------------------------


def test_the_desktop_entry_template_passes_desktop_file_validate() -> None:
    desktop_file_validate(ENTRY)


def test_the_metainfo_passes_appstreamcli_with_no_errors_or_warnings() -> None:
    output = appstream_validate("validate", str(METAINFO))
    assert "Validation was successful" in output


def test_the_metainfo_describes_this_app() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == cli_desktop.APP_ID
    assert METAINFO.name == f"{cli_desktop.APP_ID}.metainfo.xml"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == ENTRY_NAME, "software centres start the app through this entry"
    values = entry_values(ENTRY.read_text(encoding="utf-8"))
    assert root.findtext("icon") == values["Icon"] == "postureapp"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert [b.text for b in root.iterfind("provides/binary")] == list(scripts)
    assert root.find("content_rating") is not None
    assert {c.text for c in root.iterfind("supports/control")} == {"pointing", "keyboard"}
    assert root.find("requires/display_length") is not None


def test_the_newest_release_is_the_version_the_app_reports() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "software centres show the releases; the first is the newest"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert releases[0].get("version") == postureapp.__version__ == project["version"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", releases[0].get("date", ""))


def test_every_screenshot_is_one_of_ours() -> None:
    # No width and height: the screenshots are retaken as the window changes (take.sh).
    shots = metainfo().findall("screenshots/screenshot")
    assert len(shots) >= 1 and shots[0].get("type") == "default"
    for shot in shots:
        assert (shot.findtext("caption") or "").strip(), "every screenshot says what it shows"
        image = shot.find("image")
        assert image is not None and image.text is not None
        name = image.text.rsplit("/docs/screenshots/", 1)[-1]
        local = ROOT / "docs" / "screenshots" / name
        assert local.is_file(), f"{image.text} is not a file in docs/screenshots"
        assert local.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_hicolor_pngs_are_there_at_every_size() -> None:
    # tests/qt/test_hicolor_icons.py checks that each one is the SVG drawn at that size.
    from struct import unpack

    found = sorted(ASSETS.glob("icons/hicolor/*/apps/postureapp.png"))
    assert [p.parent.parent.name for p in found] == sorted(f"{s}x{s}" for s in HICOLOR_SIZES)
    for png in found:
        size = int(png.parent.parent.name.split("x")[0])
        assert unpack(">II", png.read_bytes()[16:24]) == (size, size)


def test_the_wheel_ships_every_file_a_packager_needs() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["assets"] == "postureapp/assets", "the assets go inside the package"
    for path in (ENTRY, METAINFO, ASSETS / "icons" / "postureapp.svg"):
        assert path.is_relative_to(ASSETS) and path.is_file()


# --- the files as install-desktop-entry writes them ----------------------------------------------


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A prefix laid out like /usr, filled by `postureapp install-desktop-entry`."""
    share = tmp_path / "usr" / "share"
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(share))
    parser = argparse.ArgumentParser(prog="postureapp")
    cli_desktop.register(parser.add_subparsers())
    args = parser.parse_args(["install-desktop-entry"])
    out, err = io.StringIO(), io.StringIO()
    assert args.handler(AppPaths.from_environment(), args, out, err) == 0, err.getvalue()
    return tmp_path


def test_the_installed_entry_passes_desktop_file_validate(installed: Path) -> None:
    entry = installed / "usr/share/applications" / ENTRY_NAME
    desktop_file_validate(entry)
    assert entry_values(entry.read_text())["Exec"].split()[0].startswith("/")


def test_the_installed_tree_passes_appstreamcli_validate_tree(installed: Path) -> None:
    # validate-tree also checks that the metainfo finds its desktop entry beside it.
    output = appstream_validate("validate-tree", str(installed))
    assert cli_desktop.METAINFO_NAME in output and "Validation was successful" in output


def test_the_icon_is_installed_in_the_hicolor_theme(installed: Path) -> None:
    hicolor = installed / "usr/share/icons/hicolor"
    assert (hicolor / "scalable/apps/postureapp.svg").read_bytes() == (
        ASSETS / "icons/postureapp.svg"
    ).read_bytes()
    for size in HICOLOR_SIZES:
        png = hicolor / f"{size}x{size}/apps/postureapp.png"
        assert (
            png.read_bytes()
            == (ASSETS / f"icons/hicolor/{size}x{size}/apps/postureapp.png").read_bytes()
        )
