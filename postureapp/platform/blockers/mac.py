"""Blockers on macOS: a call, via CoreAudio (the default input running) and CoreMediaIO (a camera).

Full screen and Focus have no public API without Objective-C bindings and are not detected.
"""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Callable
from typing import Any


def fourcc(code: str) -> int:
    """Apple's four-character property codes as the numbers the C API takes."""
    return int.from_bytes(code.encode("ascii"), "big")


SYSTEM_OBJECT = 1  # kAudioObjectSystemObject and kCMIOObjectSystemObject


DEFAULT_INPUT = fourcc("dIn ")  # kAudioHardwarePropertyDefaultInputDevice


DEVICES = fourcc("dev#")  # kCMIOHardwarePropertyDevices


RUNNING_SOMEWHERE = fourcc("gone")  # k{Audio,CMIO}DevicePropertyDeviceIsRunningSomewhere


SCOPE_GLOBAL = fourcc("glob")


ELEMENT_MAIN = 0


#: Reads one property of a CoreAudio or CoreMediaIO object: (object id, selector) -> raw data.
GetProperty = Callable[[int, int], bytes | None]


def uint32s(data: bytes | None) -> list[int]:
    if not data:
        return []
    return list(struct.unpack(f"={len(data) // 4}I", data[: len(data) // 4 * 4]))


def capturing_on_mac(audio: GetProperty, video: GetProperty) -> bool:
    """Whether the default microphone or any camera is running in some process."""
    microphone = uint32s(audio(SYSTEM_OBJECT, DEFAULT_INPUT))
    if microphone and microphone[0] and any(uint32s(audio(microphone[0], RUNNING_SOMEWHERE))):
        return True
    return any(
        any(uint32s(video(camera, RUNNING_SOMEWHERE)))
        for camera in uint32s(video(SYSTEM_OBJECT, DEVICES))
    )


class PropertyAddress(ctypes.Structure):
    """AudioObjectPropertyAddress, laid out like CMIOObjectPropertyAddress."""

    _fields_ = (
        ("selector", ctypes.c_uint32),
        ("scope", ctypes.c_uint32),
        ("element", ctypes.c_uint32),
    )


def _core_audio(lib: Any) -> GetProperty:
    def get(object_id: int, selector: int) -> bytes | None:
        address = PropertyAddress(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        size = ctypes.c_uint32()
        if lib.AudioObjectGetPropertyDataSize(
            object_id, ctypes.byref(address), 0, None, ctypes.byref(size)
        ):
            return None
        buffer = ctypes.create_string_buffer(size.value)
        if lib.AudioObjectGetPropertyData(
            object_id, ctypes.byref(address), 0, None, ctypes.byref(size), buffer
        ):
            return None
        return buffer.raw[: size.value]

    return get


def _core_media_io(lib: Any) -> GetProperty:
    def get(object_id: int, selector: int) -> bytes | None:
        address = PropertyAddress(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        size, used = ctypes.c_uint32(), ctypes.c_uint32()
        if lib.CMIOObjectGetPropertyDataSize(
            object_id, ctypes.byref(address), 0, None, ctypes.byref(size)
        ):
            return None
        buffer = ctypes.create_string_buffer(size.value)
        if lib.CMIOObjectGetPropertyData(
            object_id, ctypes.byref(address), 0, None, size.value, ctypes.byref(used), buffer
        ):
            return None
        return buffer.raw[: used.value]

    return get


def _framework(name: str) -> Any | None:
    try:
        return ctypes.CDLL(f"/System/Library/Frameworks/{name}.framework/{name}")
    except OSError:
        return None


def mac_capture_in_use() -> bool:
    audio, video = _framework("CoreAudio"), _framework("CoreMediaIO")
    if audio is None or video is None:
        return False
    return capturing_on_mac(_core_audio(audio), _core_media_io(video))
