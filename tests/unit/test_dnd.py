"""Which do-not-disturb switch is asked, by notification server, without a bus."""

from __future__ import annotations

import pytest

from postureapp.platform.blockers import dnd


def test_the_server_name_comes_from_get_server_information() -> None:
    assert dnd.server_name(["dunst", "knopwob", "1.9.0", "1.2"]) == "dunst"
    assert dnd.server_name(["Xfce Notify Daemon", "Xfce", "0.7.3", "1.2"]) == "xfce notify daemon"
    assert dnd.server_name(None) == "" and dnd.server_name([42]) == ""


def test_mako_is_in_do_not_disturb_when_such_a_mode_is_active() -> None:
    assert dnd.mako_dnd(["default", "do-not-disturb"])
    assert dnd.mako_dnd(["DND"])
    assert not dnd.mako_dnd(["default", "away"]) and not dnd.mako_dnd([])


@pytest.mark.parametrize(
    ("server", "asked"),
    [
        ("dunst", "dunst"),
        ("Xfce Notify Daemon", "xfce"),
        ("mako", "mako"),
        ("Plasma", "inhibited"),
        ("gnome-shell", "inhibited"),
        (None, "inhibited"),
    ],
)
def test_each_server_is_asked_its_own_way(
    monkeypatch: pytest.MonkeyPatch, server: str | None, asked: str
) -> None:
    calls: list[str] = []

    def answer(name: str) -> object:
        def check(*_args: object, **_kwargs: object) -> bool:
            calls.append(name)
            return name == asked

        return check

    reply = None if server is None else [server, "", "", "1.2"]
    monkeypatch.setattr(
        dnd, "_call", lambda *args: reply if args[3] == "GetServerInformation" else None
    )
    monkeypatch.setattr(dnd, "dunst_paused", answer("dunst"))
    monkeypatch.setattr(dnd, "xfce_dnd", answer("xfce"))
    monkeypatch.setattr(dnd, "mako_modes_on", answer("mako"))
    monkeypatch.setattr(dnd, "notifications_inhibited", answer("inhibited"))
    monkeypatch.setattr(dnd, "banners_hidden", answer("banners"))
    assert dnd.do_not_disturb()
    assert calls[0] == asked
