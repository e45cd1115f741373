"""Writes ``resources/sounds/chime.wav``: a soft two-tone "ding-dong" (run once, commit the wav).

``python -m queue_display.make_chime [path]``. Two bell-like tones (E5 then C5) with a few
quiet overtones and an exponential decay; 22.05 kHz mono 16-bit keeps it under 100 KB.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
TONES = ((659.25, 0.0), (523.25, 0.42))  # (frequency Hz, start s)
TONE_SECONDS = 1.0
LENGTH_SECONDS = 1.45
OVERTONES = ((1.0, 1.0), (2.0, 0.35), (3.0, 0.12), (4.2, 0.05))  # (multiple, weight)
PEAK = 0.55


def _sample(t: float) -> float:
    value = 0.0
    for frequency, start in TONES:
        local = t - start
        if not 0.0 <= local < TONE_SECONDS:
            continue
        attack = min(1.0, local / 0.008)
        decay = math.exp(-local * 3.2)
        for multiple, weight in OVERTONES:
            value += weight * attack * decay * math.sin(2 * math.pi * frequency * multiple * local)
    return value


def render() -> bytes:
    samples = [_sample(i / RATE) for i in range(int(RATE * LENGTH_SECONDS))]
    fade = int(RATE * 0.05)
    for i in range(fade):
        samples[-1 - i] *= i / fade
    scale = PEAK * 32767 / max(abs(s) for s in samples)
    return b"".join(struct.pack("<h", round(s * scale)) for s in samples)


def write(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(render())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else Path(__file__).parent.parent / "resources/sounds/chime.wav"
    write(target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
