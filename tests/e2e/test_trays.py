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
