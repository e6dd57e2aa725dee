"""The tray's D-Bus details without a bus: labels for dbusmenu, and which items are ours."""

from __future__ import annotations

from postureapp.platform.tray.sni import item_names, ours
from postureapp.ui.actions import dbus_label, plain_text


def qt_sends(label: str) -> str:
    """What Qt puts on the wire for a menu label: its first "&" (not the last character) as "_"."""
    at = label.find("&")
    return label if at < 0 or at == len(label) - 1 else label[:at] + "_" + label[at + 1 :]


def host_shows(wire: str) -> str:
    """What a dbusmenu host shows: the first "_x" is the access key x; "__" is one "_"."""
    out, i, marked = [], 0, False
    while i < len(wire):
        if wire[i] == "_" and i + 1 < len(wire):
            if wire[i + 1] == "_":
                out.append("_")
            elif not marked:
                out.append(wire[i + 1])
                marked = True
            else:
                out.append(wire[i + 1])
            i += 2
            continue
        out.append(wire[i])
        i += 1
    return "".join(out)


def test_a_literal_ampersand_reaches_the_host_as_one_ampersand() -> None:
    assert host_shows(qt_sends(dbus_label("About && safety…"))) == "About & safety…"
    assert "_&" not in qt_sends(dbus_label("About && safety…"))
    # Unescaped, the wire said "_&" (an access key on "&"), which KDE shows as "About _& safety…".
    assert qt_sends("About && safety…") == "About _& safety…"


def test_labels_without_ampersands_pass_unchanged_and_underscores_stay() -> None:
    assert dbus_label("Take a break now") == "Take a break now"
    assert host_shows(qt_sends(dbus_label("Quit"))) == "Quit"
    assert host_shows(qt_sends(dbus_label("snooze_5 && go"))) == "snooze_5 & go"
    assert plain_text("&Skip") == "Skip"


def test_our_items_are_told_from_other_apps() -> None:
    items = ["org.kde.StatusNotifierItem-42-1/StatusNotifierItem", ":1.7/item", ":1.8@/Item", ""]
    names = item_names([items])
    assert names == ["org.kde.StatusNotifierItem-42-1", ":1.7", ":1.8"]
    pids = {":1.7": 42, ":1.8": 99}
    assert ours("org.kde.StatusNotifierItem-42-1", 42, pids.get)
    assert not ours("org.kde.StatusNotifierItem-421-1", 42, pids.get)
    assert ours(":1.7", 42, pids.get) and not ours(":1.8", 42, pids.get)
    assert item_names(["not a list"]) == [] and item_names([]) == []
