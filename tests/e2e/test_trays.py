"""The tray icon with the tray hosts desktops have: xfce4-panel (SNI and XEmbed) and an SNI-only
tray, started before the app, after it, and restarted under it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .desktops import XDesktop
from .processes import REACT_S, START_S, WINDOW_S, wait_for

pytestmark = pytest.mark.e2e

MakeDesktop = Callable[..., XDesktop]

#: The app waits this long for a tray host before it shows its status window (app.TRAY_WAIT_MS),
#: plus room for a loaded runner.
STATUS_WINDOW_S = 5 + WINDOW_S


def icon_in_tray(desk: XDesktop) -> bool:
    status = desk.status()
    return bool(status and status["tray"]) and desk.tray_icon_shown()


@pytest.mark.parametrize(
    ("host", "how"),
    [("trayer", "XEmbed"), ("xfce4-panel", "SNI"), ("sni", "SNI")],
)
def test_the_icon_appears_in_a_tray_host_started_before_the_app(
    x_desktop: MakeDesktop, host: str, how: str
) -> None:
    desk = x_desktop(tray=host)
    empty = desk.tray_host_colours()
    desk.start_app_and_wait()
    wait_for(lambda: icon_in_tray(desk), START_S, f"the icon in {host}")
    # Qt registers over SNI wherever a StatusNotifierWatcher is (xfce4-panel offers one).
    assert desk.app_sni_registered() == (how == "SNI")
    assert desk.app_xembedded() == (how == "XEmbed")
    wait_for(lambda: desk.tray_host_colours() > empty + 8, WINDOW_S, f"the icon drawn by {host}")


def test_a_restarting_sni_tray_is_covered_by_the_status_window_and_gets_the_icon_back(
    x_desktop: MakeDesktop,
) -> None:
    desk = x_desktop(tray="sni")
    desk.start_app_and_wait()
    wait_for(lambda: icon_in_tray(desk), START_S, "the icon in the SNI-only tray")
    desk.stop_tray()
    wait_for(
        lambda: (s := desk.status()) and s["tray"] is False and desk.windows("^postureapp$"),
        REACT_S,
        "the status window while there is no tray",
    )
    desk.start_tray("sni")
    wait_for(lambda: icon_in_tray(desk), REACT_S, "the icon back in the restarted tray")


def test_the_icon_appears_in_xfce4_panel_started_after_the_app(x_desktop: MakeDesktop) -> None:
    desk = x_desktop()
    desk.start_app_and_wait()
    wait_for(lambda: desk.windows("^postureapp$"), STATUS_WINDOW_S, "the no-tray status window")
    desk.start_tray("xfce4-panel")
    wait_for(lambda: icon_in_tray(desk), REACT_S, "the icon in the late xfce4-panel")


def test_the_icon_appears_in_an_sni_only_tray_that_starts_just_after_the_app(
    x_desktop: MakeDesktop,
) -> None:
    desk = x_desktop()
    # The app has made its tray icon once it answers; the tray then comes within its 5 s wait.
    desk.start_app_and_wait()
    desk.start_tray("sni")
    wait_for(desk.app_sni_registered, REACT_S, "the icon in the SNI-only tray")


def test_the_icon_appears_in_an_sni_only_tray_started_long_after_the_app(
    x_desktop: MakeDesktop,
) -> None:
    desk = x_desktop()
    desk.start_app_and_wait()
    wait_for(lambda: desk.windows("^postureapp$"), STATUS_WINDOW_S, "the no-tray status window")
    desk.start_tray("sni")
    wait_for(lambda: icon_in_tray(desk), REACT_S, "the icon in the late SNI-only tray")


def dbusmenu_labels(desk: XDesktop) -> list[str]:
    """The labels of the app's tray menu as a StatusNotifier host reads them (dbusmenu)."""
    import re
    import subprocess

    item = next(
        i.split("/", 1)[0] for i in desk.sni_items() if "StatusNotifierItem-" in i or ":" in i
    )
    layout = subprocess.run(
        [
            *("dbus-send", "--session", "--print-reply", f"--dest={item}", "/MenuBar"),
            *("com.canonical.dbusmenu.GetLayout", "int32:0", "int32:-1", "array:string:"),
        ],
        env=desk.env,
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout
    return re.findall(r'string "label"\s+variant\s+string "([^"]*)"', layout)


def test_the_sni_menu_reads_about_and_safety_with_its_ampersand(x_desktop: MakeDesktop) -> None:
    """dbusmenu marks the access key with "_": a host shows the label with the first "_x" as x."""
    desk = x_desktop(tray="sni")
    desk.start_app_and_wait()
    wait_for(lambda: icon_in_tray(desk), START_S, "the icon in the SNI-only tray")
    labels = wait_for(lambda: dbusmenu_labels(desk), WINDOW_S, "the menu over D-Bus")
    about = next(label for label in labels if "safety" in label)
    # "_&" would make "&" the access key: KDE then shows "About _& safety…".
    assert "_&" not in about and about.replace("_", "", 1) == "About & safety…", labels
    assert "Take a break now" in labels and "Quit" in labels


def test_a_restarting_xembed_tray_is_covered_by_the_status_window_and_gets_the_icon_back(
    x_desktop: MakeDesktop,
) -> None:
    desk = x_desktop(tray="trayer")
    desk.start_app_and_wait()
    wait_for(lambda: icon_in_tray(desk), START_S, "the icon in trayer")
    desk.stop_tray()
    wait_for(
        lambda: (s := desk.status()) and s["tray"] is False and desk.windows("^postureapp$"),
        REACT_S,
        "the status window while there is no tray",
    )
    desk.start_tray("trayer")
    wait_for(lambda: icon_in_tray(desk), REACT_S, "the icon back in the restarted trayer")
    wait_for(lambda: not desk.windows("^postureapp$"), WINDOW_S, "the stand-in window to go")
