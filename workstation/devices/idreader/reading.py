"""From raw reader input to documents and errors: line assembler + MRZ codec, shared by backends.

Pure (the caller passes the time). Every backend pushes what its transport delivers through one
``MrzStream`` and hands the results to its callbacks, so serial, keyboard-wedge and simulated
readers treat noise exactly alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from workstation.devices.idreader.line_assembler import CodeLine, Event, LineAssembler, MrzBlock
from workstation.devices.idreader.mrz import MrzDocument, MrzError, parse_mrz


@dataclass(frozen=True)
class ScannedCode:
    """A booking code scanned with the reader (``line_assembler.CodeLine``)."""

    text: str


Outcome = MrzDocument | MrzError | ScannedCode


class MrzStream:
    def __init__(self, line_timeout_s: float, today: Callable[[], date] = date.today) -> None:
        self._assembler = LineAssembler(line_timeout_s)
        self._today = today

    def feed(self, data: bytes | str, now: float) -> list[Outcome]:
        return self._outcomes(self._assembler.feed(data, now))

    def flush_expired(self, now: float) -> list[Outcome]:
        return self._outcomes(self._assembler.flush_expired(now))

    def deadline(self) -> float | None:
        return self._assembler.deadline()

    def _outcomes(self, events: list[Event]) -> list[Outcome]:
        outcomes: list[Outcome] = []
        for event in events:
            if isinstance(event, CodeLine):
                outcomes.append(ScannedCode(event.text))
            elif isinstance(event, MrzBlock):
                try:
                    outcomes.append(parse_mrz(event.lines, today=self._today()))
                except MrzError as error:
                    outcomes.append(error)
            else:
                outcomes.append(MrzError(f"unreadable input: {event.reason}"))
        return outcomes
