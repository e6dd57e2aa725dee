"""Real X11 desktops for end-to-end tests: Xvfb with a chosen window manager and tray host.

An `XDesktop` is a `Session` (session.py) with Xvfb, a window manager (none, openbox, xfwm4) and a
tray host (none, trayer, xfce4-panel, an SNI-only tray), each of which can be started before or
after the app, stopped and restarted, and helpers to read windows, frames and the tray. The
AT-SPI bus and dunst live in services.py, headless Wayland compositors in wayland.py.
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import time
from pathlib import Path

from .processes import (
    START_S,
    WINDOW_S,
    bus_property,
    name_has_owner,
    owner_pid,
    require,
    wait_for,
)
from .session import Rect, Session
from .x11 import TextWindow, x_selection_owned

WINDOW_MANAGERS = ("openbox", "xfwm4", "i3")
TRAY_HOSTS = ("trayer", "xfce4-panel", "sni")
SNI_WATCHER = "org.kde.StatusNotifierWatcher"

XFCE_PANEL_XML = """\
<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=6;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="size" type="uint" value="28"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="systray"/>
  </property>
</channel>
"""

TRAY_COMMANDS = {
    "trayer": [
        "trayer",
        *("--edge", "top", "--align", "right", "--widthtype", "request"),
        *("--height", "24", "--transparent", "false"),
    ],
    "xfce4-panel": ["xfce4-panel", "--disable-wm-check"],
    # An SNI-only host on X11: it starts its own StatusNotifierWatcher and offers no XEmbed tray.
    "sni": ["gtk-sni-tray-standalone", "--watcher", "--top", "--end", "--size", "28"],
}
WM_COMMANDS = {
    "openbox": ["openbox", "--sm-disable"],
    "xfwm4": ["xfwm4", "--compositor=on", "--sm-client-disable"],
    # A tiling window manager, with its defaults (no bar, no config wizard).
    "i3": ["i3", "-c", "/dev/null"],
}


class XDesktop(Session):
    """Xvfb, a private session bus, and the window manager and tray host a test asks for."""

    def __init__(self, home: Path, root: Path, size: str = "1366x768") -> None:
        super().__init__(home, root)
        require("Xvfb", "xdotool", "xwininfo", "xprop", "import", "convert")
        self.size = size
        self.wm: str | None = None
        self.tray: str | None = None
        try:
            self._start_x()
            self.start_bus()
        except BaseException:
            self.close()
            raise

    def _start_x(self) -> None:
        read_end, write_end = os.pipe()
        proc = subprocess.Popen(
            [
                *("Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{self.size}x24"),
                *("-nolisten", "tcp", "-noreset"),
            ],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        os.close(write_end)
        self.procs.adopt("Xvfb", proc)
        # Xvfb writes the number, then a newline; closing the pipe before the newline kills it.
        written = b""
        deadline = time.monotonic() + START_S
        try:
            while not written.endswith(b"\n") and time.monotonic() < deadline:
                ready, _, _ = select.select([read_end], [], [], deadline - time.monotonic())
                chunk = os.read(read_end, 64) if ready else b""
                if not chunk:
                    break
                written += chunk
        finally:
            os.close(read_end)
        number = written.decode().strip()
        if not number.isdigit():
            raise AssertionError(f"Xvfb did not say which display it took ({number!r})")
        self.env["DISPLAY"] = f":{number}"

    # --- window managers -----------------------------------------------------------------------

    def start_wm(self, name: str) -> None:
        """Start a window manager and wait until it has announced itself (EWMH)."""
        if name not in WM_COMMANDS:
            raise ValueError(f"unknown window manager {name!r}; choose from {WINDOW_MANAGERS}")
        require(WM_COMMANDS[name][0])
        self.procs.start(name, WM_COMMANDS[name], self.env)
        self.wm = name
        wait_for(self._wm_announced, START_S, f"{name} to manage the screen")

    def stop_wm(self) -> None:
        if self.wm is not None:
            self.procs.stop(self.wm)
            self.wm = None

    def _wm_announced(self) -> bool:
        return "window id #" in self.xprop("-root", "_NET_SUPPORTING_WM_CHECK")

    # --- tray hosts ----------------------------------------------------------------------------

    def start_tray(self, kind: str) -> None:
        """Start a tray host ("trayer", "xfce4-panel" or "sni") and wait until it is ready."""
        if kind not in TRAY_COMMANDS:
            raise ValueError(f"unknown tray host {kind!r}; choose from {TRAY_HOSTS}")
        require(TRAY_COMMANDS[kind][0])
        if kind == "xfce4-panel":
            channel = Path(self.env["XDG_CONFIG_HOME"]) / "xfce4/xfconf/xfce-perchannel-xml"
            channel.mkdir(parents=True, exist_ok=True)
            (channel / "xfce4-panel.xml").write_text(XFCE_PANEL_XML)
        self.tray = kind
        # gtk-sni-tray-standalone --watcher sometimes asks its own watcher before that is on the
        # bus, and exits (about 1 start in 15): a host that dies while starting gets two retries.
        for _attempt in range(3):
            proc = self.procs.start(kind, TRAY_COMMANDS[kind], self.env)

            def ready_or_gone(proc: subprocess.Popen[bytes] = proc) -> bool:
                return proc.poll() is not None or self._tray_ready(kind)

            wait_for(ready_or_gone, START_S, f"the {kind} tray host to be ready")
            if proc.poll() is None:
                return
            self.procs.stop(kind)
        raise AssertionError(f"the {kind} tray host exited three times: {self.procs.log(kind)}")

    def stop_tray(self) -> None:
        if self.tray is not None:
            self.procs.stop(self.tray)
            self.tray = None

    def restart_tray(self) -> None:
        kind = self.tray
        if kind is None:
            raise AssertionError("no tray host is running")
        self.stop_tray()
        wait_for(
            lambda: not self._xembed_tray_owned() and not self._sni_host(),
            WINDOW_S,
            "the old tray to go",
        )
        self.start_tray(kind)

    def _tray_ready(self, kind: str) -> bool:
        if kind == "trayer":
            return self._xembed_tray_owned()
        if kind == "sni":
            return self._sni_host()
        return self._xembed_tray_owned() and self._sni_host()

    def _xembed_tray_owned(self) -> bool:
        return x_selection_owned(self.env["DISPLAY"], "_NET_SYSTEM_TRAY_S0")

    def _sni_host(self) -> bool:
        if not name_has_owner(self.env, SNI_WATCHER):
            return False
        words = bus_property(
            self.env,
            SNI_WATCHER,
            "/StatusNotifierWatcher",
            SNI_WATCHER,
            "IsStatusNotifierHostRegistered",
        )
        return "true" in words

    def sni_items(self) -> list[str]:
        """The items registered with the StatusNotifierWatcher, as "busname/path" strings."""
        if not name_has_owner(self.env, SNI_WATCHER):
            return []
        words = bus_property(
            self.env,
            SNI_WATCHER,
            "/StatusNotifierWatcher",
            SNI_WATCHER,
            "RegisteredStatusNotifierItems",
        )
        return [w for w in words if w not in ("variant", "array", "[", "]")]

    def app_sni_registered(self) -> bool:
        """Some registered item belongs to a running postureapp of this session."""
        pids = set(self.app_pids())
        for item in self.sni_items():
            name = item.split("/", 1)[0]
            if owner_pid(self.env, name) in pids:
                return True
        return False

    def app_xembedded(self) -> bool:
        """A postureapp window sits inside the tray host's window (an XEmbed icon)."""
        host = {"trayer": "panel", "xfce4-panel": "xfce4-panel"}.get(self.tray or "")
        if host is None:
            return False
        inside = False
        host_depth = -1
        for line in self.tree().splitlines():
            depth = len(line) - len(line.lstrip())
            if host_depth >= 0 and depth <= host_depth:
                inside = False
            if re.search(rf'"{host}"', line) and '"postureapp"' not in line:
                inside, host_depth = True, depth
            elif inside and '"postureapp"' in line:
                return True
        return False

    def tray_icon_shown(self) -> bool:
        """The app's icon is in the tray: registered over SNI, or embedded over XEmbed."""
        return self.app_sni_registered() or self.app_xembedded()

    def tray_host_colours(self) -> int:
        """How many colours the tray host's window shows: an empty bar has one or two."""
        windows = self.windows_of_class(
            {"trayer": "^trayer$", "xfce4-panel": "^xfce4-panel$", "sni": "^gtk-sni-tray"}[
                self.tray or "trayer"
            ]
        )
        best = 0
        for window in windows:
            shot = subprocess.run(
                ["import", "-window", window, "png:-"],
                env=self.env,
                capture_output=True,
                timeout=30,
            )
            if shot.returncode != 0:
                continue
            count = subprocess.run(
                ["convert", "png:-", "-format", "%k", "info:"],
                input=shot.stdout,
                capture_output=True,
                timeout=30,
            )
            if count.returncode == 0 and count.stdout.strip().isdigit():
                best = max(best, int(count.stdout))
        return best

    # --- windows and geometry ------------------------------------------------------------------

    def xdotool(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30
        )

    def xprop(self, *args: str) -> str:
        return subprocess.run(
            ["xprop", *args], env=self.env, capture_output=True, text=True, timeout=10
        ).stdout

    def windows(self, name: str) -> list[str]:
        """Visible windows whose title matches the regular expression `name`."""
        return self.xdotool("search", "--onlyvisible", "--name", name).stdout.split()

    def windows_of_class(self, name: str) -> list[str]:
        return self.xdotool("search", "--onlyvisible", "--class", name).stdout.split()

    def tree(self) -> str:
        return subprocess.run(
            ["xwininfo", "-root", "-tree"], env=self.env, capture_output=True, text=True, timeout=10
        ).stdout

    def screen(self) -> Rect:
        width, height = (int(n) for n in self.size.split("x"))
        return Rect(0, 0, width, height)

    def work_area(self) -> Rect:
        """The screen less the panels, as the window manager says (_NET_WORKAREA)."""
        numbers = [
            int(n) for n in re.findall(r"\d+", self.xprop("-root", "_NET_WORKAREA").split("=")[-1])
        ]
        return Rect(*numbers[:4]) if len(numbers) >= 4 else self.screen()

    def geometry(self, window: str) -> Rect:
        """The client area of a window, in root coordinates."""
        info = subprocess.run(
            ["xwininfo", "-id", window], env=self.env, capture_output=True, text=True, timeout=10
        ).stdout
        field = {
            key: int(re.search(rf"{key}:\s+(-?\d+)", info).group(1))  # type: ignore[union-attr]
            for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
        }
        return Rect(
            field["Absolute upper-left X"],
            field["Absolute upper-left Y"],
            field["Width"],
            field["Height"],
        )

    def frame_extents(self, window: str) -> tuple[int, int, int, int]:
        """(left, right, top, bottom) that the window manager's frame adds; zeros without one."""
        words = self.xprop("-id", window, "_NET_FRAME_EXTENTS").split("=")[-1]
        numbers = [int(n) for n in re.findall(r"\d+", words)]
        if len(numbers) < 4:
            return (0, 0, 0, 0)
        left, right, top, bottom = numbers[:4]
        return left, right, top, bottom

    def frame_geometry(self, window: str) -> Rect:
        """The window as the user sees it on screen: the client area plus the frame."""
        client = self.geometry(window)
        left, right, top, bottom = self.frame_extents(window)
        return Rect(
            client.x - left,
            client.y - top,
            client.width + left + right,
            client.height + top + bottom,
        )

    def framed_geometry(self, window: str) -> Rect:
        """The frame geometry, once the window manager has put its frame around the window."""
        wait_for(lambda: any(self.frame_extents(window)), WINDOW_S, f"{self.wm} to frame it")
        return self.frame_geometry(window)

    def active_window(self) -> str | None:
        """The window the window manager calls active, as a decimal id; None without one."""
        result = self.xdotool("getactivewindow")
        return result.stdout.strip() or None

    def focused_window(self) -> str:
        return self.xdotool("getwindowfocus", "-f").stdout.strip()

    def screenshot(self, path: Path) -> Path:
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self.env, check=True, timeout=30
        )
        return path

    # --- typing into another program -----------------------------------------------------------

    def open_text_window(self) -> TextWindow:
        """An xterm whose keystrokes go, as typed, into a file the test reads back."""
        require("xterm")
        return TextWindow(self)
