"""Writes the two soft chimes the break window may play (sound is off by default).

Run `python assets/sounds/compose.py`; the WAV files beside it are committed. A chime is a few
sine partials with a slow attack and a long exponential fade, quiet enough not to startle.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
PEAK = 0.28  # of full scale: a soft cue, not an alarm


def chime(notes: list[tuple[float, float]], seconds: float) -> bytes:
    """`notes` are (frequency in Hz, start in seconds); each rings with two soft overtones."""
    frames = int(RATE * seconds)
    samples = []
    for i in range(frames):
        t = i / RATE
        value = 0.0
        for frequency, start in notes:
            local = t - start
            if local < 0:
                continue
            envelope = min(local / 0.02, 1.0) * math.exp(-local * 3.2)
            for overtone, weight in ((1, 1.0), (2, 0.25), (3, 0.08)):
                value += weight * envelope * math.sin(2 * math.pi * frequency * overtone * local)
        samples.append(value)
    loudest = max(abs(v) for v in samples) or 1.0
    scale = PEAK * 32767 / loudest
    return b"".join(struct.pack("<h", int(v * scale)) for v in samples)


def write(path: Path, data: bytes) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data)


def main() -> None:
    here = Path(__file__).resolve().parent
    write(here / "start.wav", chime([(659.25, 0.0), (880.0, 0.12)], 1.2))  # E5, A5: rising
    write(here / "end.wav", chime([(880.0, 0.0), (659.25, 0.14), (523.25, 0.28)], 1.6))  # falling


if __name__ == "__main__":
    main()
