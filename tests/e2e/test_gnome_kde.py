"""What the app gets in headless GNOME Shell 43 and KDE Plasma 5.27 (Wayland). Not run in CI:
`bash tests/e2e/gnome-kde.sh` installs both and runs these; without them they skip."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .due import break_due_in
from .packs import add_exercise
from .processes import START_S, WINDOW_S, wait_for
from .shells import ShellSession

pytestmark = [pytest.mark.e2e, pytest.mark.shells]

MakeShell = Callable[..., ShellSession]
BREAK_WINDOW = "postureapp — time for a break"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def shell(app_home: Path, tmp_path: Path) -> Iterator[MakeShell]:
    if not os.environ.get("POSTUREAPP_E2E_SHELLS"):
        pytest.skip("GNOME Shell and KDE run only from bash tests/e2e/gnome-kde.sh")
    made: list[ShellSession] = []

    def make(desktop: str, *, dnd: bool = False) -> ShellSession:
        root = tmp_path / f"{desktop}-{len(made)}"
        session = ShellSession(app_home, root, desktop, dnd=dnd)
        made.append(session)
        return session

    try:
        yield make
    finally:
        for session in reversed(made):
            session.close()


def welcome_seen(session: ShellSession) -> None:
    (session.home / "state").mkdir(parents=True, exist_ok=True)
    (session.home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}')


def titles(session: ShellSession) -> list[str]:
    return [str(w.get("title", "")) for w in session.shell_windows()]


class BusWatch:
    """dbus-monitor on the session bus, for the Notify calls the app makes."""

    def __init__(self, session: ShellSession) -> None:
        self.log = session.root / "notify-calls.log"
        self.proc = session.procs.start(
            "dbus-monitor",
            [
                "dbus-monitor",
                "--session",
                "interface='org.freedesktop.Notifications',member='Notify'",
            ],
            session.env,
        )
        self.session = session

    def text(self) -> str:
        return self.session.procs.log("dbus-monitor")


# --- GNOME -------------------------------------------------------------------------------------


def test_gnome_with_appindicator_shows_the_icon_and_reads_idle_time(shell: MakeShell) -> None:
    session = shell("gnome")
    session.enable_appindicator()
    welcome_seen(session)
    session.start_app_and_wait()
    wait_for(lambda: session.status_json()["tray"] is True, START_S, "the icon in GNOME's tray")
    status = session.status_json()
    assert status["idle_backend"] == "gnome"
    wait_for(lambda: (session.status_json()["idle_seconds"] or 0) > 2, WINDOW_S, "idle time")
    assert "postureapp" not in titles(session), "no stand-in window while the icon shows"


def test_gnome_without_appindicator_shows_the_status_window(shell: MakeShell) -> None:
    session = shell("gnome")
    welcome_seen(session)
    session.start_app_and_wait()
    wait_for(lambda: "postureapp" in titles(session), 5 + WINDOW_S, "the status window")
    assert session.status_json()["tray"] is False


def test_gnome_banners_off_hold_a_due_break_and_the_notice_is_a_notification(
    shell: MakeShell,
) -> None:
    session = shell("gnome")
    session.enable_appindicator()
    watch = BusWatch(session)
    session.gsettings("set", "org.gnome.desktop.notifications", "show-banners", "false")
    break_due_in(session.home, 45, notice_seconds=30)
    session.start_app_and_wait()
    wait_for(lambda: "A short break in" in watch.text(), START_S, "the notice sent to the shell")
    assert "Start now" in watch.text() and "In 5 min" in watch.text()
    assert "postureapp — break coming" not in titles(session), "no popup window"
    wait_for(
        lambda: session.status_json()["waiting_for"] == "dnd", START_S + 10, "the break to wait"
    )
    assert BREAK_WINDOW not in titles(session)
    session.gsettings("set", "org.gnome.desktop.notifications", "show-banners", "true")
    # Nobody has touched this headless session for a minute: the break now waits for the
    # user to come back rather than for do-not-disturb.
    wait_for(
        lambda: session.status_json()["waiting_for"] != "dnd", 30 + START_S, "dnd to release it"
    )


def test_gnome_break_window_opens_only_after_a_pause_in_typing(shell: MakeShell) -> None:
    """Headless, nobody types: the window waits for the pause, then opens, titled and with the
    app id of the desktop file."""
    session = shell("gnome")
    watch = BusWatch(session)
    welcome_seen(session)
    add_exercise(session.home, "e2e-long", seconds=60)
    session.start_app_and_wait("--autostart")
    assert session.run("break-now", "--exercise", "e2e-long").returncode == 0
    wait_for(lambda: "Time for a break" in watch.text(), WINDOW_S, "the waiting note")
    window = wait_for(
        lambda: next((w for w in session.shell_windows() if w.get("title") == BREAK_WINDOW), None),
        6 + WINDOW_S,
        "the break window",
    )
    assert window.get("wm-class") == "postureapp", window  # the Wayland app id
    assert window.get("app-id") == "postureapp.desktop", "GNOME matched the desktop file"
    assert session.screenshot(SCREENSHOTS / "gnome-wayland-break.png")


# --- KDE ---------------------------------------------------------------------------------------


def test_kde_plasma_shows_the_icon_reads_idle_time_from_kwin_and_honours_dnd(
    shell: MakeShell,
) -> None:
    session = shell("kde", dnd=True)
    welcome_seen(session)
    break_due_in(session.home, 20)
    # As at login on Plasma Wayland: the app is up before the tray's watcher.
    session.start_app_and_wait()
    session.start_tray_watcher()
    wait_for(lambda: session.status_json()["tray"] is True, START_S, "the icon in plasmashell")
    status = session.status_json()
    assert str(status["idle_backend"]).startswith("wayland-"), status["idle_backend"]
    wait_for(lambda: session.status_json()["waiting_for"] == "dnd", START_S, "dnd to hold it")
    assert not session.status_json()["in_break"]


def test_kde_notice_and_break_window_go_through_plasma_notifications(shell: MakeShell) -> None:
    """Under KWin on Wayland the notice is a Plasma notification with its actions, and the
    break window waits behind a "Show now" notification until the (untouched) session has
    been idle a few seconds; then KWin centres it, gives it the keyboard and finds its
    desktop file."""
    session = shell("kde")
    watch = BusWatch(session)
    welcome_seen(session)
    add_exercise(session.home, "e2e-long", seconds=60)
    # The notice comes 20 s after this, later than a slow start of the app beside Plasma, and
    # well before the untouched session has been idle the minute that counts as away.
    break_due_in(session.home, 50, notice_seconds=30)
    session.start_app_and_wait("--autostart")
    wait_for(lambda: "A short break in" in watch.text(), 20 + WINDOW_S, "the notice in Plasma")
    assert "Start now" in watch.text() and "In 5 min" in watch.text()
    assert session.run("break-now", "--exercise", "e2e-long").returncode == 0
    wait_for(lambda: "Time for a break" in watch.text(), WINDOW_S, "the waiting note")
    assert "Show now" in watch.text()
    assert "break window waits until the user pauses typing" in session.app_log()
    wait_for(lambda: "break window painted" in session.app_log(), 6 + WINDOW_S, "the window")
    assert session.status_json()["in_break"] is True
    window = next(w for w in session.kwin_windows() if w["title"] == BREAK_WINDOW)
    assert window["desktop_file"] == "postureapp", "KWin matched the desktop file (the icon)"
    assert window["active"] is True, "it has the keyboard once the user paused"
    # Centred in the screen above Plasma's 44-pixel panel.
    middle_x = int(window["x"]) + int(window["width"]) // 2  # type: ignore[call-overload]
    middle_y = int(window["y"]) + int(window["height"]) // 2  # type: ignore[call-overload]
    assert abs(middle_x - 1366 // 2) <= 2 and abs(middle_y - (768 - 44) // 2) <= 2, window
    assert "does not support setting window opacity" not in session.app_output()
