"""Installed as users install it: a wheel and an sdist in fresh venvs, and `pipx install`.

Each install runs from a folder outside the repository, with an environment that does not point
at it, and is asked what a new user would: its version, its exercises, one break under Xvfb with
a tray host, and a place in the application menu. A recording hook in each install proves it
never reads the source tree. The wheel and the sdist are built once per session; pip's cache
keeps the installs to some 20 s each after the first.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

import postureapp
from postureapp.cli.desktop import APP_ID

from . import session as e2e_session
from .desktops import XDesktop
from .installs import (
    BUILT_IN_EXERCISES,
    REPO,
    Dists,
    Install,
    build_dists,
    clean_env,
    one_break,
    pipx_install,
    run,
    venv_install,
)

pytestmark = pytest.mark.e2e

KINDS = ("wheel", "sdist", "pipx")
ICON_SIZES = (16, 24, 48, 128, 256)

#: What a desktop that uses GLib and GTK sees: its application list and the icon theme.
MENU_PROBE = """\
import json, sys
import gi
gi.require_version("Gio", "2.0")
gi.require_version("Gtk", "3.0")
from gi.repository import Gio, Gtk

apps = {a.get_id(): a for a in Gio.AppInfo.get_all()}
app = apps.get("postureapp.desktop")
theme = Gtk.IconTheme.new()
icons = {}
for size in json.loads(sys.argv[1]):
    found = theme.lookup_icon("postureapp", size, 0)
    icons[size] = found.get_filename() if found else None
print(json.dumps({
    "listed": app is not None,
    "shown": bool(app and app.should_show()),
    "executable": app.get_executable() if app else None,
    "commandline": app.get_commandline() if app else None,
    "icon": app.get_icon().to_string() if app and app.get_icon() else None,
    "icons": icons,
}))
"""


@pytest.fixture(scope="session")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Dists:
    return build_dists(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="session", params=KINDS)
def install(
    request: pytest.FixtureRequest, dists: Dists, tmp_path_factory: pytest.TempPathFactory
) -> Install:
    root = tmp_path_factory.mktemp(f"install-{request.param}")
    if request.param == "wheel":
        return venv_install(root / "venv", dists.wheel, "wheel")
    if request.param == "sdist":
        return venv_install(root / "venv", dists.sdist, "sdist")
    return pipx_install(root, dists.wheel)


@pytest.fixture
def outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder away from the repository; every command below runs there."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    monkeypatch.chdir(folder)
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        monkeypatch.delenv(name, raising=False)
    return folder


def test_the_installed_command_reports_its_version(install: Install, outside: Path) -> None:
    out = run([str(install.command), "--version"], cwd=outside, timeout=60)
    assert out.strip() == f"postureapp {postureapp.__version__}"


def test_the_installed_package_and_its_assets_live_inside_the_install(
    install: Install, outside: Path
) -> None:
    code = (
        "import json, postureapp, postureapp.paths as p;"
        "print(json.dumps([postureapp.__file__, str(p.assets_dir())]))"
    )
    module, assets = json.loads(run([str(install.python), "-c", code], cwd=outside, timeout=60))
    site = install.site_packages
    assert Path(module).is_relative_to(site) and Path(assets) == site / "postureapp" / "assets"
    shipped = {
        p.relative_to(Path(assets)).as_posix() for p in Path(assets).rglob("*") if p.is_file()
    }
    for needed in (
        "icons/postureapp.desktop",
        "icons/postureapp.svg",
        "icons/hicolor/48x48/apps/postureapp.png",
        f"metainfo/{APP_ID}.metainfo.xml",
        "exercises/seated-twist.toml",
        "sounds/start.wav",
    ):
        assert needed in shipped, f"{needed} is not in the {install.kind} install"


def test_the_installed_app_lists_its_own_exercises(
    install: Install, outside: Path, app_home: Path
) -> None:
    out = run(
        [str(install.command), "exercises", "list"],
        cwd=outside,
        timeout=60,
        env=clean_env(POSTUREAPP_HOME=str(app_home)),
    )
    rows = [line for line in out.splitlines()[1:] if "built-in" in line]
    assert len(rows) == BUILT_IN_EXERCISES, out
    assert all(str(install.site_packages) in row for row in rows), out
    assert str(REPO) not in out


def test_the_installed_app_runs_a_break_without_reading_the_source_tree(
    install: Install,
    outside: Path,
    x_desktop: Callable[..., XDesktop],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads = install.watch_repo_reads()
    monkeypatch.setattr(e2e_session, "postureapp_command", lambda: str(install.command))
    desk = x_desktop(tray="trayer")
    one_break(desk)
    assert "break window painted" in desk.app_log()
    assert not reads.exists(), (
        f"the {install.kind} install read the repository:\n{reads.read_text()}"
    )


def test_install_desktop_entry_puts_the_installed_app_in_the_menu(
    install: Install, outside: Path, tmp_path: Path, app_home: Path
) -> None:
    data = tmp_path / "share"
    env = clean_env(POSTUREAPP_HOME=str(app_home), XDG_DATA_HOME=str(data))
    env["PATH"] = f"{install.command.parent}:{env.get('PATH', '')}"
    out = run([str(install.command), "install-desktop-entry"], cwd=outside, timeout=60, env=env)
    assert f"Wrote {data / 'applications' / 'postureapp.desktop'}" in out
    subprocess.run(
        ["desktop-file-validate", str(data / "applications" / "postureapp.desktop")],
        check=True,
        timeout=30,
    )
    probe_env = {**env, "XDG_DATA_DIRS": "/usr/share"}
    probe = run(
        ["/usr/bin/python3", "-c", MENU_PROBE, json.dumps(ICON_SIZES)],
        cwd=outside,
        timeout=60,
        env=probe_env,
    )
    seen = json.loads(probe)
    assert seen["listed"] and seen["shown"], seen
    # The menu starts the installed command itself, wherever pip or pipx put it.
    assert Path(seen["executable"]).resolve() == install.command.resolve(), seen
    assert seen["icon"] == "postureapp"
    hicolor = data / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert seen["icons"][str(size)] == str(
            hicolor / f"{size}x{size}" / "apps" / "postureapp.png"
        )
    removed = run([str(install.command), "remove-desktop-entry"], cwd=outside, timeout=60, env=env)
    assert "Removed" in removed and not (data / "applications" / "postureapp.desktop").exists()
