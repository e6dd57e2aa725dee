"""postureapp as users get it: built into a wheel and an sdist, installed where the repository is not.

`build_dists` builds both once per test session (the wheel from the sdist, as `python -m build`
does, so the sdist is proven complete). `venv_install` and `pipx_install` put one of them into a
fresh environment; pip's own cache makes the dependencies cheap after the first time.

A `sitecustomize.py` dropped into each fresh environment records every file the installed app
opens or lists under the repository (Python's audit hooks), so a test can prove that the
install never reads the source tree.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest

from .desktops import XDesktop
from .packs import add_exercise
from .processes import START_S, WINDOW_S, wait_for

REPO = Path(__file__).resolve().parents[2]
BREAK_WINDOW = "time for a break"
#: What `exercises list` must show as built in: every exercise file the repository ships.
BUILT_IN_EXERCISES = len(list((REPO / "assets" / "exercises").glob("*.toml")))
#: The shortest break the settings allow; a three-second exercise is paced to fill it.
SHORTEST_BREAK_S = 20

#: Records what the app touches under the repository; the file it writes is `repo-reads.txt`
#: beside it. Python's audit hooks see every open (imports included) and folder listing.
SITECUSTOMIZE = """\
import os, sys

_REPO = {repo!r}
_LOG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "repo-reads.txt")
_EVENTS = {{"open", "os.listdir", "os.scandir", "glob.glob", "os.chdir"}}


def _hook(event, args):
    if event not in _EVENTS or not args:
        return
    path = args[0]
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not isinstance(path, str):
        return
    full = os.path.abspath(path)
    if full == _REPO or full.startswith(_REPO + os.sep):
        with open(_LOG, "a") as log:
            log.write(f"{{event}} {{full}}\\n")


sys.addaudithook(_hook)
"""


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without anything that points Python at the repository or a venv."""
    drop = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP", "PIP_REQUIRE_VIRTUALENV")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(extra)
    return env


def run(argv: list[str], *, cwd: Path, timeout: float, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        argv,
        cwd=cwd,
        env=env or clean_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} exited {done.returncode}:\n{done.stderr[-3000:]}")
    return done.stdout


@dataclass(frozen=True)
class Dists:
    wheel: Path
    sdist: Path


def build_dists(out: Path) -> Dists:
    """The wheel and the sdist of the working tree, built as a release would build them."""
    run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(REPO)],
        cwd=out,
        timeout=600,
    )
    wheels, sdists = sorted(out.glob("*.whl")), sorted(out.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, sorted(out.iterdir())
    return Dists(wheels[0], sdists[0])


@dataclass(frozen=True)
class Install:
    """One installed postureapp: its command and the Python environment behind it."""

    kind: str
    command: Path
    python: Path

    @property
    def site_packages(self) -> Path:
        code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
        return Path(run([str(self.python), "-c", code], cwd=self.python.parent, timeout=30).strip())

    def watch_repo_reads(self) -> Path:
        """Drop the recording sitecustomize in; returns the file it writes to."""
        site = self.site_packages
        (site / "sitecustomize.py").write_text(SITECUSTOMIZE.format(repo=str(REPO)))
        log = site / "repo-reads.txt"
        log.unlink(missing_ok=True)
        return log


def venv_install(target: Path, dist: Path, kind: str) -> Install:
    """A fresh venv (no system site-packages) with `dist` installed by pip."""
    base = Path(sysconfig.get_config_var("BINDIR") or "/usr/bin") / "python3"
    python = base if base.exists() else Path(sys.executable)
    run([str(python), "-m", "venv", str(target)], cwd=target.parent, timeout=120)
    pip = [str(target / "bin" / "python"), "-m", "pip", "install", "-q"]
    run([*pip, str(dist)], cwd=target.parent, timeout=900)
    return Install(kind, target / "bin" / "postureapp", target / "bin" / "python")


def pipx_install(root: Path, dist: Path) -> Install:
    """`pipx install` of `dist`, with pipx itself from PyPI in a tool venv of its own."""
    tool = root / "pipx-tool"
    run([sys.executable, "-m", "venv", str(tool)], cwd=root, timeout=120)
    try:
        run(
            [str(tool / "bin" / "python"), "-m", "pip", "install", "-q", "pipx"],
            cwd=root,
            timeout=300,
        )
    except AssertionError as error:
        pytest.skip(f"pipx is not available from PyPI here: {error}")
    env = clean_env(
        PIPX_HOME=str(root / "pipx-home"),
        PIPX_BIN_DIR=str(root / "pipx-bin"),
        PIPX_MAN_DIR=str(root / "pipx-man"),
    )
    run([str(tool / "bin" / "pipx"), "install", str(dist)], cwd=root, timeout=900, env=env)
    venv = root / "pipx-home" / "venvs" / "postureapp"
    return Install("pipx", root / "pipx-bin" / "postureapp", venv / "bin" / "python")


def one_break(desk: XDesktop) -> None:
    """From the tray to the log: the app starts, shows its icon, runs one break to its end."""
    add_exercise(desk.home, "e2e-quick", seconds=3)
    short = desk.run("config", "set", "breaks.short_break_seconds", str(SHORTEST_BREAK_S))
    assert short.returncode == 0, short.stderr
    desk.start_app_and_wait()
    wait_for(desk.tray_icon_shown, START_S, "the tray icon")
    started = desk.run("break-now", "--exercise", "e2e-quick")
    assert started.returncode == 0, started.stderr
    wait_for(lambda: desk.windows(BREAK_WINDOW), WINDOW_S, "the break window")
    wait_for(
        lambda: not desk.windows(BREAK_WINDOW),
        SHORTEST_BREAK_S + WINDOW_S,
        "the break window to close by itself",
    )
    status = wait_for(lambda: (s := desk.status()) and not s["in_break"] and s, WINDOW_S, "the end")
    assert status["breaks_logged"] == 1, status
    with sqlite3.connect(desk.home / "data" / "breaks.sqlite3") as db:
        rows = db.execute("select outcome, exercise_ids, trigger from breaks").fetchall()
    assert len(rows) == 1 and rows[0][0] == "completed" and "e2e-quick" in rows[0][1], rows
    assert desk.run("quit").returncode == 0
