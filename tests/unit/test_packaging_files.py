"""The packaging files that cannot be built here: the Flatpak manifest, the hosted CI workflow, and
the Windows and macOS PyInstaller specs. Each is checked for what can be checked on Linux: its
syntax against a schema, and that it agrees with the app (id, command, D-Bus names, files).
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from postureapp.cli.desktop import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
FLATPAK = PACKAGING / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.yml"
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]

#: Names only Qt itself talks to or owns for the tray icon (the app follows the watcher too).
QT_TRAY_NAMES: set[str] = set()
#: Quoted strings in the code that look like bus names but are not: interfaces, GSettings schemas.
NOT_BUS_NAMES = re.compile(r"^org\.freedesktop\.DBus\.|^org\.gnome\.desktop\.")


def manifest() -> dict[str, object]:
    loaded: dict[str, object] = yaml.safe_load(MANIFEST.read_text())
    return loaded


def granted(kind: str) -> set[str]:
    args = manifest()["finish-args"]
    assert isinstance(args, list)
    prefix = f"--{kind}="
    return {arg.removeprefix(prefix) for arg in args if arg.startswith(prefix)}


# --- Flatpak -------------------------------------------------------------------------------------


def test_the_flatpak_manifest_passes_its_schema() -> None:
    schema = json.loads((FLATPAK / "manifest.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    errors = sorted(Draft202012Validator(schema).iter_errors(manifest()), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_the_schema_refuses_a_misspelt_key() -> None:
    schema = json.loads((FLATPAK / "manifest.schema.json").read_text())
    broken = yaml.safe_load(MANIFEST.read_text().replace("finish-args:", "finish-arg:"))
    assert not Draft202012Validator(schema).is_valid(broken)


def test_the_flatpak_is_this_app() -> None:
    data = manifest()
    assert data["id"] == APP_ID
    assert data["command"] in PROJECT["scripts"]
    # Qt for Python comes from the BaseApp built for the same KDE runtime, within our range.
    assert data["runtime"] == "org.kde.Platform" and data["base"] == "io.qt.PySide.BaseApp"
    assert data["runtime-version"] == data["base-version"]
    pinned = next(d for d in PROJECT["dependencies"] if d.startswith("PySide6-Essentials"))
    low, high = re.findall(r"(\d+\.\d+)", pinned)[:2]
    version = tuple(int(n) for n in str(data["base-version"]).split("."))
    assert tuple(int(n) for n in low.split(".")) <= version < tuple(int(n) for n in high.split("."))


def test_the_flatpak_brings_every_other_runtime_dependency() -> None:
    wheels = " ".join(
        source["url"].rsplit("/", 1)[-1].lower()
        for module in manifest()["modules"]  # type: ignore[attr-defined]
        for source in module["sources"]
        if source["type"] == "file"
    )
    for requirement in PROJECT["dependencies"]:
        name = re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0].lower().replace("-", "_")
        if name.startswith("pyside6"):
            continue  # the BaseApp's
        assert f"{name}-" in wheels, f"{requirement} is missing from the Flatpak's modules"


def test_the_sandbox_grants_no_home_or_host_files() -> None:
    assert not granted("filesystem"), "settings, the log and exercises live in the app's own folder"
    assert granted("socket") == {"wayland", "fallback-x11", "pulseaudio"}
    assert granted("share") == {"ipc"}
    assert not granted("device") and not granted("env")


def test_the_sandbox_lets_the_app_talk_to_exactly_the_bus_names_it_uses() -> None:
    used = set()
    for module in (ROOT / "postureapp").rglob("*.py"):
        for name in re.findall(
            r"[\"'](org\.(?:freedesktop|gnome|kde|xfce)\.[A-Za-z0-9_.]+)[\"']", module.read_text()
        ):
            if not NOT_BUS_NAMES.match(name):
                used.add(name)
    talk = granted("talk-name") | granted("system-talk-name")
    # An interface under a granted name (org.freedesktop.login1.Manager) is that name's.
    used = {n for n in used if not any(n.startswith(g + ".") for g in talk)}
    assert used == talk - QT_TRAY_NAMES
    assert granted("system-talk-name") == {"org.freedesktop.login1"}, "only logind: sleep, lock"
    assert granted("own-name") == {"org.kde.StatusNotifierItem-2-1"}, "Qt's tray item, pid 2"


def test_the_flatpak_install_steps_give_valid_exported_files(tmp_path: Path) -> None:
    """Runs the postureapp module's commands (all but pip) on a stand-in /app, as the SDK would."""
    for tool in ("desktop-file-edit", "desktop-file-validate", "appstreamcli"):
        if shutil.which(tool) is None:
            pytest.fail(f"needs {tool} (bash .ci/quickstart test installs it)")
    module = next(m for m in manifest()["modules"] if m["name"] == "postureapp")  # type: ignore[attr-defined]
    source = tmp_path / "source"
    shutil.copytree(ROOT / "assets", source / "assets")
    prefix = tmp_path / "root" / "app"
    env = {"PATH": "/usr/bin:/bin", "FLATPAK_DEST": str(prefix), "FLATPAK_ID": APP_ID}
    for command in module["build-commands"]:
        if command.startswith("pip3 "):
            continue
        done = subprocess.run(
            ["sh", "-ec", command], cwd=source, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, f"{command}\n{done.stderr}"
    entry = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    validated = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True
    )
    assert validated.returncode == 0 and "error" not in validated.stdout, validated.stdout
    assert f"Icon={APP_ID}\n" in entry.read_text()
    icons = prefix / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert len(list(icons.glob(f"*x*/apps/{APP_ID}.png"))) == 8
    metainfo = (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").read_text()
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
    assert f'<icon type="stock">{APP_ID}</icon>' in metainfo
    # The exported tree, laid out as /usr so that appstreamcli looks for the entry beside it.
    usr = tmp_path / "tree" / "usr"
    shutil.copytree(prefix, usr)
    tree = subprocess.run(
        ["appstreamcli", "validate-tree", "--no-net", "--pedantic", str(usr.parent)],
        capture_output=True,
        text=True,
    )
    problems = [line for line in tree.stdout.splitlines() if re.match(r"\s*[EW]: ", line)]
    assert tree.returncode == 0 and not problems, tree.stdout


# --- the hosted CI workflow and the other systems' specs ----------------------------------------


def test_the_ci_workflow_passes_the_github_workflow_schema() -> None:
    checker = Path(sys.executable).with_name("check-jsonschema")
    done = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_ci_workflow_runs_the_tests_and_builds_a_bundle_on_each_system() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    text = WORKFLOW.read_text()
    assert set(workflow["jobs"]["desktop"]["strategy"]["matrix"]["os"]) == {
        "windows-latest",
        "macos-latest",
    }
    assert workflow["jobs"]["linux"]["container"] == "debian:12"
    for needed in (
        "bash .ci/run",
        "bash packaging/build-linux.sh",
        "pytest tests/unit tests/qt",
        "packaging/postureapp-windows.spec",
        "packaging/windows/postureapp.iss",
        "packaging/postureapp-macos.spec",
    ):
        assert needed in text, needed
        path = needed.split()[-1]
        if path.startswith("packaging/"):
            assert (ROOT / path).is_file(), path


@pytest.mark.parametrize("system", ["linux", "windows", "macos"])
def test_each_pyinstaller_spec_is_python_that_bundles_the_package_data(system: str) -> None:
    spec = PACKAGING / f"postureapp-{system}.spec"
    tree = ast.parse(spec.read_text(), str(spec))
    calls = {
        n.func.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "collect_data_files"} <= calls
    assert '"entry.py"' in spec.read_text() and (PACKAGING / "entry.py").is_file()
    if system != "linux":
        assert (ROOT / "assets/icons/hicolor/256x256/apps/postureapp.png").is_file()
    if system == "macos":
        assert "BUNDLE" in calls and f'"{APP_ID}"' in spec.read_text()
        assert '"LSUIElement": True' in spec.read_text(), "a tray app has no Dock icon"


def test_the_windows_spec_makes_a_windowed_app_and_a_console_twin() -> None:
    text = (PACKAGING / "postureapp-windows.spec").read_text()
    assert re.search(r'name="postureapp", console=False', text)
    assert re.search(r'name="postureapp-cli", console=True', text)
    installer = (PACKAGING / "windows" / "postureapp.iss").read_text()
    assert r'Filename: "{app}\postureapp.exe"' in installer and "{userprograms}" in installer
    assert f"AppId={APP_ID}" in installer
