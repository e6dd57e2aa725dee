"""Short test videos made on the spot: Motion-JPEG in an AVI file, written here byte by byte (the
format is simple, and Qt's FFmpeg backend plays it), so no encoder and no video file is needed."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage


def _chunk(fourcc: bytes, data: bytes) -> bytes:
    pad = b"\0" if len(data) % 2 else b""
    return fourcc + struct.pack("<I", len(data)) + data + pad


def _list(kind: bytes, body: bytes) -> bytes:
    return b"LIST" + struct.pack("<I", len(body) + 4) + kind + body


def jpeg(image: QImage, quality: int = 90) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", quality)
    return bytes(data.data())


def write_avi(path: Path, images: Sequence[QImage], fps: int = 10) -> Path:
    """`images` (all the same size) as a Motion-JPEG AVI at `fps` frames a second."""
    width, height = images[0].width(), images[0].height()
    frames = [jpeg(image) for image in images]
    biggest = max(len(frame) for frame in frames)
    avih = struct.pack(
        "<10I4I", 1_000_000 // fps, biggest * fps, 0, 0x10, len(frames), 0, 1, biggest,
        width, height, 0, 0, 0, 0,
    )  # fmt: skip
    strh = b"vidsMJPG" + struct.pack(
        "<IHHIIIIIIIIhhhh", 0, 0, 0, 0, 1, fps, 0, len(frames), biggest, 0xFFFFFFFF, 0,
        0, 0, width, height,
    )  # fmt: skip
    strf = struct.pack(
        "<IiiHH4sIiiII", 40, width, height, 1, 24, b"MJPG", width * height * 3, 0, 0, 0, 0
    )
    header = _list(
        b"hdrl",
        _chunk(b"avih", avih) + _list(b"strl", _chunk(b"strh", strh) + _chunk(b"strf", strf)),
    )
    movi, index, offset = b"", b"", 4
    for frame in frames:
        chunk = _chunk(b"00dc", frame)
        index += b"00dc" + struct.pack("<III", 0x10, offset, len(frame))
        movi += chunk
        offset += len(chunk)
    body = b"AVI " + header + _list(b"movi", movi) + _chunk(b"idx1", index)
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path
