"""Announces calls one after another: chime, then a voice line per language.

Calls are queued and processed strictly in order, so several calls at the same moment are all
announced and none is skipped. The chime and the voice sit behind two small ports; a port that
cannot play (no audio device, no speech engine) reports done at once, so the queue always moves.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.domain.overview import CallView
from workstation.domain.queue import spoken_ticket_number

log = logging.getLogger("loket.ui")

Done = Callable[[], None]

VOICE_LINES = {
    "nl": "Nummer {number}, balie {counter}",
    "en": "Number {number}, counter {counter}",
}


class ChimePort(Protocol):
    def play(self, done: Done) -> None:
        """Play the chime; call ``done`` when it has finished or cannot play."""

    def close(self) -> None: ...


class VoicePort(Protocol):
    def say(self, text: str, language: str, done: Done) -> None:
        """Speak ``text`` in ``language``; call ``done`` when finished or when it cannot."""

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class SpokenLine:
    language: str
    text: str


@dataclass(frozen=True, slots=True)
class Announcement:
    event_id: int
    number: str
    counter_number: int
    recall: bool
    lines: tuple[SpokenLine, ...]


def announcement_for(call: CallView, languages: Sequence[str]) -> Announcement:
    spoken = spoken_ticket_number(call.number)
    lines = tuple(
        SpokenLine(language, VOICE_LINES[language].format(number=spoken,
                                                          counter=call.counter_number))
        for language in languages if language in VOICE_LINES
    )
    return Announcement(call.event_id, call.number, call.counter_number, call.recall, lines)


class Announcer(QObject):
    started = Signal(object)  # Announcement
    finished = Signal(object)  # Announcement

    def __init__(self, chime: ChimePort | None, voice: VoicePort | None,
                 languages: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chime = chime
        self._voice = voice
        self._languages = tuple(languages)
        self._queue: deque[Announcement] = deque()
        self._current: Announcement | None = None
        self._line = 0
        self._closed = False
        self._kick = QTimer(self)
        self._kick.setSingleShot(True)
        self._kick.setInterval(0)
        self._kick.timeout.connect(self._next)

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def enqueue(self, calls: Iterable[CallView]) -> None:
        """Queue the calls, oldest first, behind whatever is still being announced."""
        if self._closed:
            return
        for call in calls:
            self._queue.append(announcement_for(call, self._languages))
        if self._current is None and self._queue:
            self._kick.start()

    def close(self) -> None:
        self._closed = True
        self._kick.stop()
        self._queue.clear()
        self._current = None
        for port in (self._chime, self._voice):
            if port is not None:
                port.close()

    def _next(self) -> None:
        if self._closed or self._current is not None or not self._queue:
            return
        self._current = self._queue.popleft()
        self._line = 0
        log.info("announcing %s at counter %d", self._current.number,
                 self._current.counter_number)
        self.started.emit(self._current)
        if self._chime is None:
            self._speak_next()
        else:
            self._chime.play(self._port_done(self._speak_next))

    def _speak_next(self) -> None:
        current = self._current
        if current is None:
            return
        if self._voice is None or self._line >= len(current.lines):
            self._finish()
            return
        line = current.lines[self._line]
        self._line += 1
        self._voice.say(line.text, line.language, self._port_done(self._speak_next))

    def _finish(self) -> None:
        done, self._current = self._current, None
        self.finished.emit(done)
        if self._queue:
            self._kick.start()

    def _port_done(self, then: Done) -> Done:
        """A port may call back synchronously; defer to keep the stack flat, and ignore
        callbacks that arrive after the announcement moved on or the announcer closed."""
        expected = self._current
        called = False

        def done() -> None:
            nonlocal called
            if called or self._closed or self._current is not expected:
                return
            called = True
            QTimer.singleShot(0, self, then)

        return done
