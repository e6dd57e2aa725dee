"""The Linux bundle (PyInstaller, one folder) on a machine where only the bundle is present.

`bash packaging/build-linux.sh` builds it once per session (about 1½ minutes here; set
POSTUREAPP_BUNDLE=path/to/postureapp-*.tar.gz to test an archive already built). The archive is
unpacked in a temporary folder, and every run of the bundle goes through a wrapper that hides,
in a private mount namespace, the repository, its venvs and every Python library folder of the
system: what is left is the bundle, the C libraries of a desktop, and the X server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

import postureapp

from . import session as e2e_session
from .desktops import XDesktop
from .installs import BUILT_IN_EXERCISES, REPO, one_break, run

pytestmark = pytest.mark.e2e

#: Hidden from the bundle: the repository (its .venv too) and every Python of the system: the
#: distribution's library folders, and the installation this test runs on (pyenv, /opt...).
_PYTHON_LIBS = [
    "/usr/lib/python3",
    *(
        f"{prefix}/lib/python3.{minor}"
        for prefix in ("/usr", "/usr/local")
        for minor in range(8, 15)
    ),
]
_BASE = Path(sys.base_prefix)
HIDDEN = [
    REPO,
    *(Path(p) for p in _PYTHON_LIBS if Path(p).is_dir()),
    *([_BASE] if str(_BASE) not in ("/usr", "/usr/local") else []),
]


WRAPPER = """\
#!/bin/sh
# Run the bundle with the repository and every Python library folder hidden.
exec unshare --mount --propagation private -- sh -c '
  for folder in {hidden}; do mount -t tmpfs -o size=1m tmpfs "$folder" || exit 97; done
  exec "$0" "$@"' {bundle} "$@"
"""


@pytest.fixture(scope="session")
def bundle_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("POSTUREAPP_BUNDLE")
    if given:
        return Path(given).resolve()
    out = tmp_path_factory.mktemp("bundle-dist")
    run(
        ["bash", str(REPO / "packaging" / "build-linux.sh"), "--out", str(out)],
        cwd=REPO,
        timeout=1200,
    )
    archives = sorted(out.glob("postureapp-*-linux-*.tar.gz"))
    assert len(archives) == 1, sorted(out.iterdir())
    return archives[0]


@pytest.fixture(scope="session")
def bundle(bundle_archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The command that runs the unpacked bundle alone; named postureapp, as users run it."""
    if shutil.which("unshare") is None:
        pytest.fail("needs unshare (util-linux) to hide everything but the bundle")
    place = tmp_path_factory.mktemp("bundle")
    with tarfile.open(bundle_archive) as archive:
        archive.extractall(place / "unpacked", filter="tar")
    executable = place / "unpacked" / "postureapp" / "postureapp"
    assert executable.is_file() and os.access(executable, os.X_OK)
    return hiding_wrapper(place / "bin" / "postureapp", executable)


def hiding_wrapper(wrapper: Path, target: Path) -> Path:
    """A script at `wrapper` that runs `target` with everything in HIDDEN hidden."""
    wrapper.parent.mkdir(parents=True, exist_ok=True)
    hidden = " ".join(f"'{p}'" for p in HIDDEN)
    wrapper.write_text(WRAPPER.format(hidden=hidden, bundle=f"'{target}'"))
    wrapper.chmod(0o755)
    return wrapper


def test_the_wrapper_really_hides_the_repository_and_python(tmp_path: Path) -> None:
    # Otherwise the tests below would prove nothing about a machine without them.
    probe = hiding_wrapper(tmp_path / "ls", Path(shutil.which("ls") or "/bin/ls"))
    for folder in HIDDEN:
        done = subprocess.run(
            [str(probe), "-A", str(folder)], capture_output=True, text=True, timeout=30
        )
        assert done.returncode == 0 and done.stdout == "", f"{folder}: {done.stdout}{done.stderr}"
    assert any(REPO.iterdir()), "outside the wrapper the repository is still there"


def test_the_bundle_reports_its_version_and_its_own_exercises(
    bundle: Path, tmp_path: Path, app_home: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["POSTUREAPP_HOME"] = str(app_home)
    assert run([str(bundle), "--version"], cwd=tmp_path, timeout=60, env=env).strip() == (
        f"postureapp {postureapp.__version__}"
    )
    listed = run([str(bundle), "exercises", "list"], cwd=tmp_path, timeout=60, env=env)
    rows = [line for line in listed.splitlines() if "built-in" in line]
    assert len(rows) == BUILT_IN_EXERCISES and all(
        "/_internal/postureapp/assets/exercises/" in r for r in rows
    )


def test_the_bundle_runs_a_break_under_xvfb_with_a_tray_host(
    bundle: Path, x_desktop: Callable[..., XDesktop], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(e2e_session, "postureapp_command", lambda: str(bundle))
    desk = x_desktop(tray="trayer")
    one_break(desk)
    log = desk.app_log()
    assert "break window painted" in log and "Traceback" not in log
