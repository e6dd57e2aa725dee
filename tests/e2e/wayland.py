"""Headless Wayland compositors for end-to-end tests: weston and sway, with no X server at all.

The app runs in them with QT_QPA_PLATFORM=wayland and its own session bus. Each compositor can
list its windows with their place on screen (weston's debug scene graph, sway's tree).
"""

from __future__ import annotations

import json
import os
import pwd
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .processes import START_S, require, wait_for
from .session import Rect, Session

COMPOSITORS = ("weston", "sway")
#: sway refuses to run as root; as root the tests run it as this system user (created once).
SWAY_USER = "postureapp-e2e"


@dataclass(frozen=True)
class WaylandWindow:
    title: str
    app_id: str
    rect: Rect
    floating: bool | None  # None where the compositor does not tile


def sway_user() -> str | None:
    """The user sway runs as: ourselves, or an unprivileged system user when we are root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SWAY_USER)
    except KeyError:
        require("useradd")
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--home-dir",
                "/nonexistent",
                "--shell",
                "/usr/sbin/nologin",
                SWAY_USER,
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
    return SWAY_USER


class WaylandSession(Session):
    """A headless compositor, a session bus, and the app on Wayland."""

    def __init__(
        self,
        home: Path,
        root: Path,
        compositor: str,
        size: str = "1366x768",
        outputs: int = 1,
        *,
        bar: bool = False,
    ) -> None:
        if compositor not in COMPOSITORS:
            raise ValueError(f"unknown compositor {compositor!r}; choose from {COMPOSITORS}")
        super().__init__(home, root)
        self.compositor = compositor
        self.size = size
        self._sway_dir: Path | None = None
        self.start_bus()
        self.env["QT_QPA_PLATFORM"] = "wayland"
        self.env["XDG_SESSION_TYPE"] = "wayland"
        try:
            if compositor == "weston":
                self._start_weston()
            else:
                self._start_sway(outputs, bar=bar)
        except BaseException:
            self.close()
            raise

    def _start_weston(self) -> None:
        require("weston", "weston-debug")
        width, height = self.size.split("x")
        socket = "wayland-e2e"
        self.procs.start(
            "weston",
            [
                "weston",
                "--backend=headless-backend.so",
                f"--socket={socket}",
                f"--width={width}",
                f"--height={height}",
                "--idle-time=0",
                "--debug",
            ],
            self.env,
        )
        wait_for((self.runtime / socket).exists, START_S, "weston's Wayland socket")
        self.env["WAYLAND_DISPLAY"] = socket
        wait_for(lambda: "Output 0" in self._weston_scene(), START_S, "weston to show its output")

    def _start_sway(self, outputs: int, *, bar: bool = False) -> None:
        require("sway", "swaymsg")
        user = sway_user()
        # Its own runtime folder, outside the test's private tmp_path, which it could not enter.
        folder = Path(tempfile.mkdtemp(prefix="pa-sway-", dir="/tmp"))
        if user is not None:
            shutil.chown(folder, user, pwd.getpwnam(user).pw_gid)
        folder.chmod(0o700)
        self._sway_dir = folder
        width, height = self.size.split("x")
        lines = [
            f"output HEADLESS-{n + 1} resolution {width}x{height} position {n * int(width)} 0"
            for n in range(outputs)
        ]
        if bar:
            # A bar with a tray, which the test starts itself (start_swaybar), on its bus.
            lines += ["bar {", "  id bar-0", "  swaybar_command true", "  tray_output *", "}"]
        config = folder / "config"
        config.write_text("\n".join(lines) + "\n")
        if user is not None:
            shutil.chown(config, user, pwd.getpwnam(user).pw_gid)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(folder),
            "XDG_RUNTIME_DIR": str(folder),
            "WLR_BACKENDS": "headless",
            "WLR_HEADLESS_OUTPUTS": str(outputs),
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
        }
        self.procs.start("sway", ["sway", "--config", str(config)], env, user=user, cwd=folder)
        wait_for(lambda: self._sway_socket("sway-ipc.*.sock"), START_S, "sway's IPC socket")
        display = wait_for(lambda: self._sway_socket("wayland-[0-9]"), START_S, "sway's socket")
        # An absolute path: the app runs with a runtime folder of its own.
        self.env["WAYLAND_DISPLAY"] = str(display)
        self.env["SWAYSOCK"] = str(self._sway_socket("sway-ipc.*.sock"))
        wait_for(lambda: len(self.swaymsg("-t", "get_outputs")) == outputs, START_S, "sway outputs")

    def start_swaybar(self) -> None:
        """swaybar, with its tray (a StatusNotifierWatcher and host of its own), on the app's
        session bus; the session was made with `bar=True`."""
        require("swaybar")
        self.procs.start("swaybar", ["swaybar", "-b", "bar-0"], self.env)

    def _sway_socket(self, pattern: str) -> Path | None:
        assert self._sway_dir is not None
        return next(iter(sorted(self._sway_dir.glob(pattern))), None)

    # --- what the compositor shows -------------------------------------------------------------

    def swaymsg(self, *args: str) -> list[dict[str, object]] | dict[str, object]:
        result = subprocess.run(
            ["swaymsg", "--raw", *args], env=self.env, capture_output=True, text=True, timeout=30
        )
        if result.returncode != 0:
            raise AssertionError(f"swaymsg {' '.join(args)} failed: {result.stderr}{result.stdout}")
        reply: list[dict[str, object]] | dict[str, object] = json.loads(result.stdout)
        return reply

    def _weston_scene(self) -> str:
        return subprocess.run(
            ["weston-debug", "scene-graph"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout

    def windows(self) -> list[WaylandWindow]:
        """The app windows on screen (panels and backgrounds left out), with their place."""
        if self.compositor == "weston":
            return self._weston_windows()
        found: list[WaylandWindow] = []

        def walk(node: dict[str, object], floating: bool) -> None:
            if node.get("pid") is not None and node.get("type") in ("con", "floating_con"):
                rect = node["rect"]
                assert isinstance(rect, dict)
                found.append(
                    WaylandWindow(
                        title=str(node.get("name") or ""),
                        app_id=str(node.get("app_id") or ""),
                        rect=Rect(rect["x"], rect["y"], rect["width"], rect["height"]),
                        floating=floating,
                    )
                )
            for child in node.get("nodes", []):  # type: ignore[attr-defined]
                walk(child, floating)
            for child in node.get("floating_nodes", []):  # type: ignore[attr-defined]
                walk(child, True)

        tree = self.swaymsg("-t", "get_tree")
        assert isinstance(tree, dict)
        walk(tree, False)
        return found

    def _weston_windows(self) -> list[WaylandWindow]:
        found = []
        view = re.compile(r"top-level window '(?P<title>.*)' of (?P<app>[^,]*),")
        place = re.compile(r"position: \((-?\d+), (-?\d+)\) -> \((-?\d+), (-?\d+)\)")
        title = app = None
        for line in self._weston_scene().splitlines():
            if match := view.search(line):
                title, app = match["title"], match["app"]
            elif title is not None and (match := place.search(line)):
                x, y, right, bottom = (int(n) for n in match.groups())
                found.append(
                    WaylandWindow(title, app or "", Rect(x, y, right - x, bottom - y), None)
                )
                title = app = None
        return found

    def close(self) -> None:
        super().close()
        if self._sway_dir is not None:
            shutil.rmtree(self._sway_dir, ignore_errors=True)
