"""GNOME Shell and KDE Plasma, headless, for the desktop checks that need the real thing.

They are big (GNOME Shell about 140 Debian packages, KWin with plasmashell about 360), so CI
does not install them; `bash tests/e2e/gnome-kde.sh` installs them and runs
tests/e2e/test_gnome_kde.py, which skips, saying why, where they are missing.

Each session has a private system bus (GNOME Shell asks logind's bus for sessions; nothing
answers there, which it survives) and a private session bus that can start dconf, so settings
written with `gsettings` are seen by the shell and by the app.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from .processes import START_S, bus_property, name_has_owner, wait_for
from .services import AtSpi
from .session import Session

APPINDICATOR = "ubuntu-appindicators@ubuntu.com"
WATCHER = "org.kde.StatusNotifierWatcher"
SYSTEM_BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
SERVICES = {
    "ca.desrt.dconf": "/usr/libexec/dconf-service",
    # GNOME 43's notification server (org.freedesktop.Notifications) is a service of its own.
    "org.gnome.Shell.Notifications": "/usr/bin/gjs /usr/share/gnome-shell/org.gnome.Shell.Notifications",
}


def need(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None and not Path(p).exists()]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (bash tests/e2e/gnome-kde.sh installs)")


class ShellSession(Session):
    """A headless GNOME Shell ("gnome") or KWin with plasmashell ("kde") on Wayland."""

    def __init__(
        self, home: Path, root: Path, desktop: str, *, dnd: bool = False, atspi: bool = False
    ) -> None:
        super().__init__(home, root)
        self.desktop = desktop
        self.dnd = dnd
        self.atspi: AtSpi | None = None
        try:
            self._system_bus()
            services = root / "dbus-services"
            services.mkdir(parents=True, exist_ok=True)
            if desktop == "kde":
                _system_services(services)
            for name, program in SERVICES.items():
                if Path(program.split()[0]).exists():
                    (services / f"{name}.service").write_text(
                        f"[D-BUS Service]\nName={name}\nExec={program}\n"
                    )
            self.start_bus()
            # An installed app has its desktop file: the shell matches windows and icons to it.
            installed = self.run("install-desktop-entry")
            assert installed.returncode == 0, installed.stderr
            self.env["QT_QPA_PLATFORM"] = "wayland"
            self.env["XDG_SESSION_TYPE"] = "wayland"
            self.env["WAYLAND_DISPLAY"] = "wayland-0"
            if atspi:  # before the shell, so that it (and the app) can be read and pressed
                self.atspi = AtSpi(self)
            if desktop == "gnome":
                self._start_gnome()
            else:
                self._start_kde()
        except BaseException:
            self.close()
            raise

    def _system_bus(self) -> None:
        socket = self.runtime / "system_bus"
        config = self.root / "system-bus.conf"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(SYSTEM_BUS_CONFIG.format(socket=socket))
        self.procs.start(
            "system-bus", ["dbus-daemon", f"--config-file={config}", "--nofork"], self.env
        )
        wait_for(socket.exists, START_S, "the private system bus")
        self.env["DBUS_SYSTEM_BUS_ADDRESS"] = f"unix:path={socket}"

    # --- GNOME ---------------------------------------------------------------------------------

    def _start_gnome(self) -> None:
        need("gnome-shell", "gnome-extensions", "gsettings")
        self.env["XDG_CURRENT_DESKTOP"] = "GNOME"
        self.procs.start(
            "gnome-shell",
            [
                *("gnome-shell", "--headless", "--wayland", "--no-x11", "--unsafe-mode"),
                *("--virtual-monitor", "1366x768"),
            ],
            self.env,
        )
        wait_for((self.runtime / "wayland-0").exists, START_S, "GNOME Shell's Wayland socket")
        wait_for(lambda: name_has_owner(self.env, "org.gnome.Shell"), START_S, "GNOME Shell")
        self.tool(
            *("dbus-send", "--session", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus"),
            *("org.freedesktop.DBus.StartServiceByName", "string:org.gnome.Shell.Notifications"),
            "uint32:0",
        )
        wait_for(
            lambda: name_has_owner(self.env, "org.freedesktop.Notifications"),
            START_S,
            "GNOME Shell's notification server",
        )

    def enable_appindicator(self) -> None:
        done = self.tool("gnome-extensions", "enable", APPINDICATOR)
        assert done.returncode == 0, done.stderr
        wait_for(self.sni_host, START_S, "the AppIndicator extension's tray")

    def gsettings(self, *args: str) -> str:
        done = self.tool("gsettings", *args)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def shell_windows(self) -> list[dict[str, object]]:
        """GNOME Shell's own list of windows (org.gnome.Shell.Introspect, unsafe mode)."""
        done = self.tool(
            *("gdbus", "call", "--session", "--dest", "org.gnome.Shell"),
            *("--object-path", "/org/gnome/Shell/Introspect"),
            "--method",
            "org.gnome.Shell.Introspect.GetWindows",
        )
        if done.returncode != 0:
            return []
        # "({uint64 1: {'title': <'…'>, 'app-id': <'…'>, ...}, ...},)": pick titles and ids.
        windows = []
        for chunk in done.stdout.split("uint64 ")[1:]:
            fields = dict(
                (key, value)
                for key, value in _pairs(chunk)
                if key in ("title", "app-id", "wm-class")
            )
            windows.append(fields)
        return windows

    def leave_overview(self) -> None:
        """A headless shell shows the overview after starting; leave it (unsafe mode)."""

        def hidden() -> bool:
            done = self.tool(
                *("gdbus", "call", "--session", "--dest", "org.gnome.Shell"),
                *("--object-path", "/org/gnome/Shell", "--method", "org.gnome.Shell.Eval"),
                "Main.overview.hide(); Main.overview.visible",
            )
            return "'false'" in done.stdout

        wait_for(hidden, START_S, "the overview to close")

    def screenshot(self, path: Path) -> bool:
        if self.desktop == "gnome":
            self.leave_overview()
            time.sleep(1)  # the overview's closing animation
        done = self.tool(
            *("gdbus", "call", "--session", "--dest", "org.gnome.Shell.Screenshot"),
            *("--object-path", "/org/gnome/Shell/Screenshot"),
            *("--method", "org.gnome.Shell.Screenshot.Screenshot", "false", "false", str(path)),
        )
        return done.returncode == 0 and path.exists()

    # --- KDE -----------------------------------------------------------------------------------

    def _start_kde(self) -> None:
        need("kwin_wayland", "plasmashell")
        self.env["XDG_CURRENT_DESKTOP"] = "KDE"
        self.env["KDE_FULL_SESSION"] = "true"
        if self.dnd:
            # Plasma's own do-not-disturb switch, as its notifications applet writes it.
            config = Path(self.env["XDG_CONFIG_HOME"]) / "plasmanotifyrc"
            config.write_text("[DoNotDisturb]\nUntil=2099,1,1,0,0,0\n")
        # kwin_wayland carries file capabilities, which a container may refuse to grant at
        # exec: a copy (without them) runs the same, with ordinary scheduling.
        kwin = self.root / "kwin_wayland"
        shutil.copy(shutil.which("kwin_wayland") or "kwin_wayland", kwin)
        # KWin's scripts print to its log (kwin_windows reads the windows that way).
        kwin_env = {**self.env, "QT_LOGGING_RULES": "kwin_scripting.debug=true"}
        self.procs.start(
            "kwin_wayland",
            [
                *(str(kwin), "--virtual", "--no-lockscreen", "--width", "1366"),
                *("--height", "768", "--socket", "wayland-0"),
            ],
            kwin_env,
        )
        wait_for((self.runtime / "wayland-0").exists, START_S, "KWin's Wayland socket")
        self.activation_environment(
            "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_CURRENT_DESKTOP", "KDE_FULL_SESSION"
        )
        # kded5 runs the StatusNotifierWatcher; plasmashell's system tray is its host.
        self.procs.start("kded5", ["kded5"], self.env)
        wait_for(lambda: name_has_owner(self.env, "org.kde.kded5"), START_S, "kded5")
        self.procs.start("plasmashell", ["plasmashell", "--no-respawn"], self.env)
        wait_for(
            lambda: name_has_owner(self.env, "org.freedesktop.Notifications"),
            START_S * 2,
            "plasmashell's notification server",
        )

    def start_tray_watcher(self) -> None:
        """Load kded's StatusNotifierWatcher, as a login does once the session is up; the
        system tray of plasmashell then registers as its host."""
        done = self.tool(
            *("dbus-send", "--session", "--print-reply", "--dest=org.kde.kded5", "/kded"),
            *("org.kde.kded5.loadModule", "string:statusnotifierwatcher"),
        )
        assert done.returncode == 0, done.stderr
        wait_for(self.sni_host, START_S, "plasmashell's system tray")

    def kwin_windows(self) -> list[dict[str, object]]:
        """KWin's own list of windows (a script run over D-Bus prints it to KWin's log): title,
        app id, whether it has the keyboard, and its frame."""
        self._scripts = getattr(self, "_scripts", 0) + 1
        marker = f"windows-{self._scripts}"
        script = self.root / f"{marker}.js"
        script.write_text(KWIN_WINDOWS.replace("MARKER", marker))
        done = self.tool(
            *("gdbus", "call", "--session", "--dest", "org.kde.KWin"),
            *("--object-path", "/Scripting", "--method", "org.kde.kwin.Scripting.loadScript"),
            *(str(script), marker),
        )
        assert done.returncode == 0, done.stderr
        number = done.stdout.strip("()\n, ")
        for path in (f"/Scripting/Script{number}", f"/{number}"):
            ran = self.tool(
                *("gdbus", "call", "--session", "--dest", "org.kde.KWin"),
                *("--object-path", path, "--method", "org.kde.kwin.Script.run"),
            )
            if ran.returncode == 0:
                break
        line = wait_for(
            lambda: next(
                (x for x in self.procs.log("kwin_wayland").splitlines() if marker + " " in x),
                None,
            ),
            START_S,
            "KWin's list of windows",
        )
        found: list[dict[str, object]] = json.loads(str(line).split(marker + " ", 1)[1].rstrip('"'))
        return found

    # --- shared --------------------------------------------------------------------------------

    def activation_environment(self, *names: str) -> None:
        """Services the bus starts later see the compositor (the bus started before it)."""
        pairs = ",".join(f"{name},{self.env[name]}" for name in names)
        done = self.tool(
            *("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus"),
            *("/org/freedesktop/DBus", "org.freedesktop.DBus.UpdateActivationEnvironment"),
            f"dict:string:string:{pairs}",
        )
        assert done.returncode == 0, done.stderr

    def tool(self, *argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(argv), env=self.env, capture_output=True, text=True, timeout=60)

    def sni_host(self) -> bool:
        if not name_has_owner(self.env, WATCHER):
            return False
        words = bus_property(
            self.env, WATCHER, "/StatusNotifierWatcher", WATCHER, "IsStatusNotifierHostRegistered"
        )
        return "true" in words

    def status_json(self) -> dict[str, object]:
        done = self.run("status", "--json")
        assert done.returncode == 0, done.stderr
        reply: dict[str, object] = json.loads(done.stdout)
        return reply


KWIN_WINDOWS = """
var rows = workspace.clientList().map(function (c) {
    return {title: c.caption, app_id: c.resourceClass, desktop_file: c.desktopFileName,
            active: c.active, x: c.frameGeometry.x, y: c.frameGeometry.y,
            width: c.frameGeometry.width, height: c.frameGeometry.height};
});
print("MARKER " + JSON.stringify(rows));
"""


def _system_services(folder: Path) -> None:
    """Plasma starts helpers (kactivitymanagerd, kded...) through D-Bus activation: offer the
    system's services, but no notification server, which plasmashell is itself."""
    for service in sorted(Path("/usr/share/dbus-1/services").glob("*.service")):
        text = service.read_text(errors="replace")
        if "Name=org.freedesktop.Notifications" not in text:
            (folder / service.name).write_text(text)


def _pairs(chunk: str) -> list[tuple[str, str]]:
    import re

    return [(m[0], m[1]) for m in re.findall(r"'([\w-]+)': <'([^']*)'>", chunk)]
