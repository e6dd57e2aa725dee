"""Start at login and the menu entry: the files and registry values the desktop will read."""

from __future__ import annotations

import argparse
import io
import os
import plistlib
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from postureapp.cli import desktop as cli_desktop
from postureapp.paths import AppPaths, assets_dir
from postureapp.platform.autostart import (
    AutostartError,
    LaunchAgent,
    WindowsRun,
    XdgAutostart,
    desktop_exec,
    entry_values,
    for_platform,
    launch_command,
)

TEMPLATE = assets_dir() / "icons" / "postureapp.desktop"
STRING_ESCAPES = {"\\": "\\", "s": " ", "n": "\n", "t": "\t", "r": "\r"}
ARGV = ["/opt/posture app/bin/python", "-m", "postureapp"]


def unquote_exec(value: str) -> list[str]:
    """Read an Exec value back as a desktop would: string escapes, then quoting, then %%."""
    text = re.sub(r"\\(.)", lambda m: STRING_ESCAPES[m[1]], value)
    words: list[str] = []
    word: str | None = None
    chars = iter(text)
    for c in chars:
        if c == '"':
            word = word or ""
            for inner in chars:
                if inner == '"':
                    break
                assert inner not in "`$", f"unescaped {inner} inside quotes in {value}"
                word += next(chars) if inner == "\\" else inner
        elif c == " ":
            if word is not None:
                words.append(word)
            word = None
        else:
            assert c not in "\t\n'\\><~|&;$*?#()`", f"{c} must be quoted in {value}"
            word = (word or "") + c
    if word is not None:
        words.append(word)
    return [w.replace("%%", "%") for w in words]


@pytest.fixture
def autostart_dir(tmp_path: Path) -> Path:
    return tmp_path / "config" / "autostart"


def test_linux_entry_appears_with_a_valid_absolute_exec_and_disappears(
    autostart_dir: Path,
) -> None:
    entry = XdgAutostart(autostart_dir, ARGV, TEMPLATE)
    assert not entry.is_enabled()

    entry.enable()
    path = autostart_dir / "postureapp.desktop"
    assert entry.location() == str(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    values = entry_values(text)
    assert values["Type"] == "Application"
    assert values["X-GNOME-Autostart-enabled"] == "true"
    assert values["Icon"] == "postureapp" and values["Comment"] and values["Categories"]
    assert values["Exec"] == '"/opt/posture app/bin/python" -m postureapp'
    assert unquote_exec(values["Exec"]) == ARGV
    assert entry.is_enabled()
    assert [p.name for p in autostart_dir.iterdir()] == ["postureapp.desktop"], "no temp left"

    entry.disable()
    assert not path.exists()
    assert not entry.is_enabled()
    entry.disable()  # switching off twice is fine


def test_the_default_command_is_absolute(autostart_dir: Path) -> None:
    argv = launch_command()
    assert os.path.isabs(argv[0])
    XdgAutostart(autostart_dir, argv, TEMPLATE).enable()
    exec_value = entry_values((autostart_dir / "postureapp.desktop").read_text())["Exec"]
    assert unquote_exec(exec_value) == argv


@pytest.mark.parametrize(
    "arg",
    ['/home/me/"quoted" $HOME `x`/a\\b', "/opt/100%/postureapp", "/tmp/it's (mine)", ""],
)
def test_exec_quoting_survives_any_path(arg: str) -> None:
    assert unquote_exec(desktop_exec([arg, "-m", "postureapp"])) == [arg, "-m", "postureapp"]


@pytest.mark.parametrize(
    "line", ["Hidden=true", "X-GNOME-Autostart-enabled=false", "Hidden = True"]
)
def test_an_entry_switched_off_by_the_desktop_counts_as_disabled(
    autostart_dir: Path, line: str
) -> None:
    entry = XdgAutostart(autostart_dir, ARGV, TEMPLATE)
    entry.enable()
    path = autostart_dir / "postureapp.desktop"
    path.write_text(path.read_text().replace("X-GNOME-Autostart-enabled=true", line))
    assert not entry.is_enabled()
    entry.enable()
    assert entry.is_enabled(), "switching on again writes a fresh entry"


def test_a_folder_that_cannot_be_written_gives_a_precise_error(tmp_path: Path) -> None:
    (tmp_path / "autostart").write_text("a file where the folder should be")
    entry = XdgAutostart(tmp_path / "autostart", ARGV, TEMPLATE)
    with pytest.raises(AutostartError, match=r"cannot write .*autostart/postureapp\.desktop"):
        entry.enable()


def test_linux_folder_follows_xdg_config_home_and_ignores_a_relative_one(tmp_path: Path) -> None:
    chosen = for_platform("linux", home=tmp_path, environ={"XDG_CONFIG_HOME": "/cfg"}, argv=ARGV)
    assert chosen.location() == "/cfg/autostart/postureapp.desktop"
    relative = for_platform("linux", home=tmp_path, environ={"XDG_CONFIG_HOME": "cfg"}, argv=ARGV)
    assert relative.location() == str(tmp_path / ".config/autostart/postureapp.desktop")


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def read(self, name: str) -> str | None:
        return self.values.get(name)

    def write(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_run_value_holds_the_quoted_command_line() -> None:
    registry = FakeRunKey()
    entry = for_platform(
        "win32",
        registry=registry,
        argv=[r"C:\Program Files\Python 3\pythonw.exe", "-m", "postureapp"],
    )
    assert isinstance(entry, WindowsRun)
    assert not entry.is_enabled()
    entry.enable()
    assert registry.values == {
        "postureapp": r'"C:\Program Files\Python 3\pythonw.exe" -m postureapp'
    }
    assert entry.is_enabled()
    assert entry.location().endswith(r"\CurrentVersion\Run\postureapp")
    entry.disable()
    assert registry.values == {}
    assert not entry.is_enabled()


def test_windows_registry_failure_is_reported_with_the_key() -> None:
    class Refusing(FakeRunKey):
        def write(self, name: str, value: str) -> None:
            raise PermissionError(13, "Access is denied")

    entry = WindowsRun(Refusing(), ["postureapp.exe"])
    with pytest.raises(
        AutostartError, match=r"cannot write HKEY_CURRENT_USER\\.*Run.*: permission denied"
    ):
        entry.enable()


def test_macos_launch_agent_plist(tmp_path: Path) -> None:
    entry = for_platform("darwin", home=tmp_path, argv=ARGV)
    assert isinstance(entry, LaunchAgent)
    entry.enable()
    path = tmp_path / "Library" / "LaunchAgents" / "org.postureapp.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "org.postureapp"
    assert agent["ProgramArguments"] == ARGV
    assert agent["RunAtLoad"] is True
    assert entry.is_enabled()

    path.write_bytes(plistlib.dumps({**agent, "Disabled": True}))
    assert not entry.is_enabled()
    path.write_bytes(b"not a plist")
    assert not entry.is_enabled()
    entry.disable()
    assert not path.exists()


# --- the command line --------------------------------------------------------------------------


@dataclass
class Run:
    code: int
    out: str
    err: str


def run(*argv: str) -> Run:
    parser = argparse.ArgumentParser(prog="postureapp")
    cli_desktop.register(parser.add_subparsers())
    args = parser.parse_args(list(argv))
    out, err = io.StringIO(), io.StringIO()
    code = args.handler(AppPaths.from_environment(), args, out, err)
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture
def desktop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tmp XDG data folder and HOME, with the real assets but a placeholder scalable icon."""
    assets = tmp_path / "assets"
    shutil.copytree(assets_dir() / "icons", assets / "icons")
    shutil.copytree(assets_dir() / "metainfo", assets / "metainfo")
    (assets / "icons" / "postureapp.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    monkeypatch.setattr(cli_desktop, "assets_dir", lambda: assets)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "data"


def test_desktop_entry_is_installed_and_removed_idempotently(desktop: Path) -> None:
    entry = desktop / "applications" / "postureapp.desktop"
    metainfo = desktop / "metainfo" / "io.github.postureapp.postureapp.metainfo.xml"
    hicolor = desktop / "icons" / "hicolor"
    icon = hicolor / "scalable" / "apps" / "postureapp.svg"
    sizes = ("16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256")
    pngs = {hicolor / size / "apps" / "postureapp.png" for size in sizes}
    summary = f"the icon (9 files: scalable and fixed sizes) under {hicolor}"
    for _ in range(2):
        result = run("install-desktop-entry")
        assert (result.code, result.err) == (0, "")
        assert result.out == f"Wrote {entry}\nWrote {metainfo}\nWrote {summary}\n"
    values = entry_values(entry.read_text(encoding="utf-8"))
    assert values["Type"] == "Application" and values["Icon"] == "postureapp"
    assert os.path.isabs(unquote_exec(values["Exec"])[0])
    assert "X-GNOME-Autostart-enabled" not in values, "the menu entry is not an autostart entry"
    assert icon.read_text() == "<svg xmlns='http://www.w3.org/2000/svg'/>"
    assert set(hicolor.glob("*/apps/postureapp.png")) == pngs
    for png in pngs:
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert '<launchable type="desktop-id">postureapp.desktop</launchable>' in metainfo.read_text()

    result = run("remove-desktop-entry")
    assert (result.code, result.out) == (
        0,
        f"Removed {entry}\nRemoved {metainfo}\nRemoved {summary}\n",
    )
    assert not entry.exists() and not metainfo.exists() and not icon.exists()
    assert not list(hicolor.glob("*/apps/postureapp.*"))
    again = run("remove-desktop-entry")
    assert again.code == 0 and again.out.count("nothing to remove") == 3


def test_install_without_the_icon_fails_clearly_and_writes_nothing(desktop: Path) -> None:
    (desktop.parent / "assets" / "icons" / "postureapp.svg").unlink()
    result = run("install-desktop-entry")
    assert result.code == 1 and result.out == ""
    assert "cannot read the icon" in result.err and "postureapp.svg" in result.err
    assert not (desktop / "applications").exists()


def test_install_without_the_metainfo_fails_clearly_and_writes_nothing(desktop: Path) -> None:
    shutil.rmtree(desktop.parent / "assets" / "metainfo")
    result = run("install-desktop-entry")
    assert result.code == 1 and result.out == ""
    assert "cannot read the metainfo" in result.err
    assert not desktop.exists()


def test_desktop_entry_commands_are_linux_only(
    desktop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    for command in ("install-desktop-entry", "remove-desktop-entry"):
        result = run(command)
        assert result.code == 2 and "Linux" in result.err
    assert not desktop.exists()


def test_autostart_command_switches_the_entry(desktop: Path, tmp_path: Path) -> None:
    path = tmp_path / "config" / "autostart" / "postureapp.desktop"
    assert run("autostart", "status").out == "postureapp does not start at login.\n"
    on = run("autostart", "on")
    assert on.code == 0 and on.out == f"postureapp starts at login ({path}).\n"
    assert path.exists()
    assert run("autostart", "status").out == on.out
    off = run("autostart", "off")
    assert off.code == 0 and "does not start" in off.out
    assert not path.exists()


def test_the_login_entry_asks_the_app_to_wait_for_a_late_tray(tmp_path: Path) -> None:
    autostart = for_platform("linux", home=tmp_path, environ={})
    autostart.enable()
    exec_value = entry_values((tmp_path / ".config/autostart/postureapp.desktop").read_text())[
        "Exec"
    ]
    assert unquote_exec(exec_value)[-1] == "--autostart"
    assert autostart.is_enabled()
