"""Fakes of the display's own ports (never of Qt itself)."""

from __future__ import annotations

from queue_display.announcer import Done


class RecordingChime:
    """A chime that plays instantly and remembers how often it played."""

    def __init__(self) -> None:
        self.plays = 0
        self.closed = False

    def play(self, done: Done) -> None:
        self.plays += 1
        done()

    def close(self) -> None:
        self.closed = True


class RecordingVoice:
    """A voice that speaks instantly and remembers each line with its language."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []
        self.closed = False

    def say(self, text: str, language: str, done: Done) -> None:
        self.lines.append((language, text))
        done()

    def close(self) -> None:
        self.closed = True
