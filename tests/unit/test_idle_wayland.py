"""The Wayland idle backend's wire format and readings, without a compositor (the real one is
tests/e2e/test_wayland.py under sway)."""

from __future__ import annotations

import struct

import pytest

from postureapp.platform.idle import wayland
from postureapp.platform.idle.wayland import (
    IDLED,
    RESUMED,
    TIMEOUT_MS,
    WaylandError,
    message,
    messages,
    read_global,
    socket_path,
    string,
    uint,
)


def test_strings_carry_their_length_with_the_nul_and_pad_to_four_bytes() -> None:
    assert string("wl_seat") == uint(8) + b"wl_seat\0"
    assert string("abc") == uint(4) + b"abc\0"
    assert string("abcd") == uint(5) + b"abcd\0\0\0\0"


def test_a_message_is_id_then_size_and_opcode_then_the_arguments() -> None:
    assert message(1, 1, uint(2)) == struct.pack("=III", 1, (12 << 16) | 1, 2)


def test_messages_come_off_the_buffer_whole_and_a_partial_one_waits() -> None:
    payload = uint(7) + string("ext_idle_notifier_v1") + uint(1)
    data = bytearray(message(2, 0, payload) + message(5, 1, b""))
    cut = data[:-3]
    rest = data[-3:]
    assert [(o, op) for o, op, _ in messages(cut)] == [(2, 0)]
    cut.extend(rest)
    assert list(messages(cut)) == [(5, 1, b"")] and not cut
    assert read_global(payload) == (7, "ext_idle_notifier_v1", 1)
    with pytest.raises(WaylandError):
        list(messages(bytearray(struct.pack("=II", 1, 4 << 16))))


def test_the_socket_is_found_as_libwayland_finds_it() -> None:
    assert socket_path({"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": "/run/u"}) == (
        "/run/u/wayland-1"
    )
    assert socket_path({"WAYLAND_DISPLAY": "/tmp/w/wayland-1"}) == "/tmp/w/wayland-1"
    assert socket_path({"XDG_RUNTIME_DIR": "/run/u"}) is None


class Clock:
    now = 100.0


def test_idled_means_the_last_input_was_one_timeout_ago_and_resumed_means_now(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backend = object.__new__(wayland.WaylandIdle)
    backend._wire = object()  # type: ignore[assignment]
    backend._idle_since = None
    monkeypatch.setattr(wayland.time, "monotonic", lambda: Clock.now)
    assert backend.idle_seconds() == 0.0
    backend.on_event(IDLED, 100.0)
    Clock.now = 160.0
    assert backend.idle_seconds() == pytest.approx(60.0 + TIMEOUT_MS / 1000)
    backend.on_event(RESUMED, 160.5)
    assert backend.idle_seconds() == 0.0
    backend._wire = None
    assert backend.idle_seconds() is None, "a lost connection reads nothing"
