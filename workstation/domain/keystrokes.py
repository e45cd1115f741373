"""Telling a keyboard-wedge scanner's keystrokes from a person's typing (pure; ADR 0024).

A scanner that "types" (an MRZ reader or a 2D QR scanner as keyboard wedge) sends its keys at
30 characters per second or faster with gaps under 50 ms; even a fast typist leaves 80 ms or
more between most keys, and a quick roll of a few keys ("ing") is too short to count. A burst
is a run of keys with gaps of at most ``max_gap_s``; it is a scanner's once it holds
``min_burst_chars`` keys typed at ``min_chars_per_s`` or faster, and stays one until it ends.
The caller passes the keys' timestamps (seconds on the clock of its key events).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MRZ_LINE = re.compile(r"[A-Z0-9<]{30}|[A-Z0-9<]{36}|[A-Z0-9<]{44}")


@dataclass(frozen=True, slots=True)
class BurstTiming:
    max_gap_s: float = 0.05
    min_chars_per_s: float = 30.0
    min_burst_chars: int = 8


class KeyBurst:
    """The keys of the burst under way: how many, how fast, and whether a scanner typed them."""

    def __init__(self, timing: BurstTiming) -> None:
        self.timing = timing
        self.count = 0
        self.scanner = False
        self._first_s = 0.0
        self._last_s = 0.0

    def continues(self, timestamp_s: float) -> bool:
        """Whether a key at ``timestamp_s`` belongs to this burst (False when none is open)."""
        return self.count > 0 and timestamp_s - self._last_s <= self.timing.max_gap_s

    def add(self, timestamp_s: float) -> None:
        """Count a key of this burst (or the first of a new one, after ``reset``)."""
        if self.count == 0:
            self._first_s = timestamp_s
        self.count += 1
        self._last_s = timestamp_s
        if not self.scanner and self.count >= self.timing.min_burst_chars:
            elapsed = self._last_s - self._first_s
            self.scanner = elapsed <= 0 or (self.count - 1) / elapsed >= self.timing.min_chars_per_s

    def reset(self) -> None:
        self.count = 0
        self.scanner = False


def is_mrz_line(line: str) -> bool:
    """A line shaped like one line of an MRZ (30, 36 or 44 of ``A-Z 0-9 <``; lower case is read
    as upper case, as Caps Lock makes a wedge reader type it). Its content is the codec's."""
    return _MRZ_LINE.fullmatch(line.strip().upper()) is not None
