from __future__ import annotations

import os
import struct
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from postureapp.core.presence import Blockers
from postureapp.core.settings import Settings
from postureapp.platform.blockers import Probes, current_blockers, default_probes
from postureapp.platform.blockers.linux import (
    active_window_fullscreen,
    banners_hidden,
    camera_open,
    capture_sources,
    inhibited_from_reply,
    microphone_recording,
    monitor_sources,
    x11_fullscreen,
)
from postureapp.platform.blockers.mac import capturing_on_mac, fourcc, uint32s
from postureapp.platform.blockers.windows import CONSENT_STORE, capture_in_use


@dataclass(frozen=True)
class Flags:
    wait_for_fullscreen: bool = True
    wait_for_dnd: bool = True
    wait_for_calls: bool = True


def refuse() -> bool:
    raise AssertionError("a check ran although its setting is off")


def test_every_check_that_is_on_is_reported() -> None:
    probes = Probes(fullscreen=lambda: True, dnd=lambda: True, call=lambda: False)
    assert current_blockers(Flags(), probes=probes) == Blockers(fullscreen=True, dnd=True)


def test_a_check_turned_off_in_the_settings_is_not_even_run() -> None:
    probes = Probes(fullscreen=refuse, dnd=refuse, call=lambda: True)
    settings = Flags(wait_for_fullscreen=False, wait_for_dnd=False)
    assert current_blockers(settings, probes=probes) == Blockers(call=True)
    assert current_blockers(Settings.defaults(), probes=Probes(*[lambda: False] * 3)) == Blockers()


class FakeWindows:
    """Window properties as a window manager would have set them."""

    def __init__(self, active: list[int], states: dict[int, list[str]]) -> None:
        self.active = active
        self.states = states

    def root(self) -> int:
        return 1

    def atom(self, name: str) -> int:
        return 1000 + sum(map(ord, name))

    def values(self, window: int, name: str) -> list[int]:
        if window == 1 and name == "_NET_ACTIVE_WINDOW":
            return self.active
        if name == "_NET_WM_STATE":
            return [self.atom(state) for state in self.states.get(window, [])]
        return []


def test_full_screen_means_the_active_window_has_the_full_screen_state() -> None:
    full = {7: ["_NET_WM_STATE_ABOVE", "_NET_WM_STATE_FULLSCREEN"], 8: ["_NET_WM_STATE_ABOVE"]}
    assert active_window_fullscreen(FakeWindows([7], full))
    assert not active_window_fullscreen(FakeWindows([8], full))


def test_without_an_active_window_nothing_is_full_screen() -> None:
    full = {0: ["_NET_WM_STATE_FULLSCREEN"]}
    assert not active_window_fullscreen(FakeWindows([], full))
    assert not active_window_fullscreen(FakeWindows([0], full))


def test_full_screen_is_not_claimed_when_the_display_cannot_be_opened() -> None:
    class NoDisplay:
        def XOpenDisplay(self, name: bytes | None) -> None:
            return None

    assert not x11_fullscreen(":9", xlib=NoDisplay())


@pytest.mark.parametrize("environ", [{}, {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}])
def test_full_screen_is_not_looked_for_outside_an_x11_session(environ: dict[str, str]) -> None:
    assert default_probes("linux", environ).fullscreen() is False


class Variant:
    """Stands in for QDBusVariant, which wraps a property's value."""

    def __init__(self, value: object) -> None:
        self.value = value

    def variant(self) -> object:
        return self.value


@pytest.mark.parametrize(
    ("arguments", "inhibited"),
    [
        ([Variant(True)], True),
        ([Variant(False)], False),
        ([True], True),
        ([Variant(1)], False),
        ([], False),
        ([Variant(True), Variant(True)], False),
    ],
)
def test_the_notification_servers_inhibited_property_is_read_from_its_variant(
    arguments: list[object], inhibited: bool
) -> None:
    assert inhibited_from_reply(arguments) is inhibited


def fake_run(outputs: dict[str, str | Exception], calls: list[list[str]]) -> Any:
    """A subprocess.run that answers by the command's last word."""

    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
        calls.append(command)
        assert options["timeout"] <= 1.0
        answer = outputs[command[-1]]
        if isinstance(answer, Exception):
            raise answer
        code = 1 if answer == "FAIL" else 0
        return subprocess.CompletedProcess(command, code, stdout=answer, stderr="")

    return run


def which_all(name: str) -> str | None:
    return f"/usr/bin/{name}"


@pytest.mark.parametrize(
    ("answer", "hidden"),
    [
        ("false\n", True),
        ("true\n", False),
        ("FAIL", False),
        (subprocess.TimeoutExpired("gsettings", 1.0), False),
    ],
)
def test_gnome_do_not_disturb_is_banners_turned_off(answer: str | Exception, hidden: bool) -> None:
    run = fake_run({"show-banners": answer}, [])
    assert banners_hidden(run=run, which=which_all) is hidden


def test_without_gsettings_nothing_is_run() -> None:
    calls: list[list[str]] = []
    run = fake_run({}, calls)
    assert not banners_hidden(run=run, which=lambda name: None)
    assert not microphone_recording(run=run, which=lambda name: None)
    assert calls == []


def fake_proc(root: Path, links: dict[str, dict[str, str]]) -> Path:
    """A /proc with one fd folder per process, holding symlinks like the kernel's."""
    for pid, fds in links.items():
        (root / pid / "fd").mkdir(parents=True)
        for fd, target in fds.items():
            os.symlink(target, root / pid / "fd" / fd)
    return root


def test_a_process_holding_a_camera_open_is_found(tmp_path: Path) -> None:
    proc = fake_proc(
        tmp_path,
        {"100": {"0": "/dev/null", "1": "socket:[123]"}, "200": {"7": "/dev/video0"}},
    )
    (tmp_path / "self").mkdir()
    assert camera_open(proc)


def test_no_camera_open_and_unreadable_processes_are_skipped(tmp_path: Path) -> None:
    proc = fake_proc(tmp_path, {"100": {"0": "/dev/null", "3": "/dev/snd/pcmC0D0c"}})
    (tmp_path / "300").mkdir()
    (tmp_path / "300" / "fd").write_text("not a folder, as for a process gone mid-scan")
    assert not camera_open(proc)
    assert not camera_open(tmp_path / "missing")


def test_our_own_camera_reads_are_not_a_call(tmp_path: Path) -> None:
    """Posture sensing holds the camera for a moment now and then: that must not hold a break."""
    proc = fake_proc(tmp_path, {str(os.getpid()): {"9": "/dev/video0"}})
    assert not camera_open(proc)
    assert camera_open(proc, own=1)


def test_the_camera_scan_stops_after_its_budget_of_links(tmp_path: Path) -> None:
    proc = fake_proc(tmp_path, {"100": {str(fd): "/dev/null" for fd in range(5)}})
    fake_proc(tmp_path, {"200": {"0": "/dev/video2"}})
    assert camera_open(proc, limit=6)
    assert not camera_open(proc, limit=5)


SOURCE_OUTPUTS = (
    "41\t56\t98\tPipeWire\tfloat32le 1ch 48000Hz\n"
    "43\t57\t99\tprotocol-native.c\ts16le 2ch 44100Hz\n"
)
SOURCES = (
    "56\talsa_output.pci-0000_00_1f.3.analog-stereo.monitor\tPipeWire\ts32le 2ch 48000Hz\tIDLE\n"
    "57\talsa_input.pci-0000_00_1f.3.analog-stereo\tPipeWire\ts32le 2ch 48000Hz\tRUNNING\n"
)


def test_pactl_listings_are_parsed_into_sources_and_monitors() -> None:
    assert capture_sources(SOURCE_OUTPUTS) == [56, 57]
    assert capture_sources("") == []
    assert monitor_sources(SOURCES) == {56}


def test_recording_from_a_microphone_counts_as_a_call() -> None:
    run = fake_run({"source-outputs": SOURCE_OUTPUTS, "sources": SOURCES}, [])
    assert microphone_recording(run=run, which=which_all)


def test_recording_only_what_the_speakers_play_is_not_a_call() -> None:
    only_monitor = SOURCE_OUTPUTS.splitlines()[0]
    run = fake_run({"source-outputs": only_monitor, "sources": SOURCES}, [])
    assert not microphone_recording(run=run, which=which_all)


def test_no_capture_stream_means_no_call_and_no_second_pactl_run() -> None:
    calls: list[list[str]] = []
    run = fake_run({"source-outputs": ""}, calls)
    assert not microphone_recording(run=run, which=which_all)
    assert calls == [["pactl", "list", "short", "source-outputs"]]


class FakeRegistry:
    """HKEY_CURRENT_USER as a dict of key paths to their values."""

    def __init__(self, keys: dict[str, dict[str, object]]) -> None:
        self.keys = keys

    def subkeys(self, path: str) -> list[str]:
        prefix = path + "\\"
        return sorted(
            {key[len(prefix) :].split("\\")[0] for key in self.keys if key.startswith(prefix)}
        )

    def value(self, path: str, name: str) -> object:
        return self.keys.get(path, {}).get(name)


WEBCAM = CONSENT_STORE + "\\webcam"
MICROPHONE = CONSENT_STORE + "\\microphone"
ZOOM = "C:#Program Files#Zoom#bin#Zoom.exe"
STOPPED = {
    "LastUsedTimeStart": 133_500_000_000_000_000,
    "LastUsedTimeStop": 133_500_000_100_000_000,
}
RUNNING = {"LastUsedTimeStart": 133_500_000_000_000_000, "LastUsedTimeStop": 0}


@pytest.mark.parametrize(
    ("keys", "in_use"),
    [
        ({f"{WEBCAM}\\Microsoft.WindowsCamera_8wekyb3d8bbwe": RUNNING}, True),
        ({f"{MICROPHONE}\\NonPackaged\\{ZOOM}": RUNNING}, True),
        (
            {
                f"{WEBCAM}\\Microsoft.WindowsCamera_8wekyb3d8bbwe": STOPPED,
                f"{MICROPHONE}\\NonPackaged\\{ZOOM}": STOPPED,
            },
            False,
        ),
        ({f"{MICROPHONE}\\NonPackaged\\{ZOOM}": {}}, False),
        ({f"{CONSENT_STORE}\\location\\SomeApp": RUNNING}, False),
        ({}, False),
    ],
)
def test_windows_privacy_records_tell_whether_camera_or_microphone_is_in_use(
    keys: dict[str, dict[str, object]], in_use: bool
) -> None:
    assert capture_in_use(FakeRegistry(keys)) is in_use


def properties(table: dict[tuple[int, str], list[int]]) -> Callable[[int, int], bytes | None]:
    """A CoreAudio/CoreMediaIO property reader over (object, four-char code) -> UInt32 values."""

    def get(object_id: int, selector: int) -> bytes | None:
        for (owner, code), values in table.items():
            if owner == object_id and fourcc(code) == selector:
                return struct.pack(f"={len(values)}I", *values)
        return None

    return get


@pytest.mark.parametrize(
    ("audio", "video", "capturing"),
    [
        ({(1, "dIn "): [73], (73, "gone"): [1]}, {}, True),
        ({(1, "dIn "): [73], (73, "gone"): [0]}, {(1, "dev#"): [5, 6], (6, "gone"): [1]}, True),
        ({(1, "dIn "): [73], (73, "gone"): [0]}, {(1, "dev#"): [5], (5, "gone"): [0]}, False),
        ({(1, "dIn "): [0]}, {}, False),
        ({}, {}, False),
    ],
)
def test_macos_capture_is_a_running_default_microphone_or_any_running_camera(
    audio: dict[tuple[int, str], list[int]],
    video: dict[tuple[int, str], list[int]],
    capturing: bool,
) -> None:
    assert capturing_on_mac(properties(audio), properties(video)) is capturing


def test_four_character_codes_read_big_endian() -> None:
    assert fourcc("gone") == 0x676F6E65
    assert uint32s(struct.pack("=2I", 3, 4) + b"\x01") == [3, 4]
