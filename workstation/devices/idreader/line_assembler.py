"""Cut the character stream of an ID document reader into MRZ blocks.

Pure: the caller passes the time (``now``, seconds on a monotonic clock), so the rules are testable
without waiting. Readers send each MRZ line followed by CR, LF or CRLF, some wrap a document in
STX ... ETX. The assembler

* splits lines on CR and LF (any mix; empty lines are ignored, so CRLF is one line ending),
* collects lines of an MRZ length (30, 36, 44) until a block is complete (3 x 30, 2 x 36,
  2 x 44) and yields it as an ``MrzBlock`` — it does not look inside, the codec does,
* yields a ``Fragment`` for anything else: a line of another length, a block whose remaining lines
  never came (``line_timeout_s`` of silence), a line cut off by STX/ETX, a runaway line without a
  line ending — and then starts afresh with the next line (resynchronisation),
* accepts a final line that lacks its line ending when the reader goes quiet after it,
* yields a ``CodeLine`` for a line shaped like a booking code (6-20 letters and digits, in
  dash-separated groups; ADR 0014) from a barcode or QR scan. It is never an MRZ line (those
  are 30, 36 or 44 long and padded with ``<``); what reaches a handler is only looked up, never
  logged or shown,
* yields a ``CodeLine`` too for a BSN QR code (``domain.identify.is_bsn_qr``) that a 2D scanner
  sends as a line: a line of no MRZ length holding exactly one valid BSN ("BSN: 999999990"),
* reports at most one ``Fragment`` per burst of input: after one, further fragments are swallowed
  until a block succeeds or the reader has been quiet for ``line_timeout_s``, so one bad scan
  gives one "read again" message, not three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workstation.domain.identify import is_bsn_qr

STX = "\x02"
ETX = "\x03"
_LINE_ENDINGS = "\r\n"
_LINES_PER_BLOCK = {30: 3, 36: 2, 44: 2}
_MAX_LINE_LENGTH = 128
_CODE_LINE = re.compile(r"(?=.{6,20}$)[A-Z0-9]+(?:-[A-Z0-9]+)*")


@dataclass(frozen=True)
class MrzBlock:
    """The lines of one complete MRZ, whitespace-trimmed, not yet validated."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Fragment:
    """Input that did not form an MRZ; ``reason`` is technical and holds no document content."""

    reason: str


@dataclass(frozen=True)
class CodeLine:
    """A scanned code such as ``K7M2Q9XA`` or ``BOZ-12345678``."""

    text: str


Event = MrzBlock | Fragment | CodeLine


class LineAssembler:
    """Feed it bytes or text as they arrive; it returns the blocks and fragments found."""

    def __init__(self, line_timeout_s: float) -> None:
        self.line_timeout_s = line_timeout_s
        self._partial: list[str] = []
        self._partial_length = 0
        self._discarding = False
        self._pending: list[str] = []
        self._last_input: float | None = None
        self._fragment_reported = False

    def feed(self, data: bytes | str, now: float) -> list[Event]:
        """Process ``data`` received at ``now``. Bytes are decoded as Latin-1 (never fails)."""
        events = self.flush_expired(now)
        text = data.decode("latin-1") if isinstance(data, bytes) else data
        if text:
            self._last_input = now
        for char in text:
            if char in _LINE_ENDINGS:
                self._end_line(events)
            elif char == STX:
                self._abandon("document cut off by STX", events)
            elif char == ETX:
                self._end_line(events)
                self._abandon("document ended by ETX before it was complete", events)
            elif self._discarding:
                continue
            elif self._partial_length >= _MAX_LINE_LENGTH:
                self._partial.clear()
                self._partial_length = 0
                self._discarding = True
                self._report(f"line longer than {_MAX_LINE_LENGTH} characters", events)
            else:
                self._partial.append(char)
                self._partial_length += 1
        return events

    def flush_expired(self, now: float) -> list[Event]:
        """After ``line_timeout_s`` of silence: finish the last line and drop what is incomplete."""
        events: list[Event] = []
        if self._last_input is None or now - self._last_input < self.line_timeout_s:
            return events
        self._end_line(events)
        self._abandon("document incomplete when the reader went quiet", events)
        self._discarding = False
        self._fragment_reported = False
        self._last_input = None
        return events

    def deadline(self) -> float | None:
        """When ``flush_expired`` next has work to do, or ``None`` when idle."""
        if self._last_input is None:
            return None
        return self._last_input + self.line_timeout_s

    def _end_line(self, events: list[Event]) -> None:
        line = "".join(self._partial).strip()
        self._partial.clear()
        self._partial_length = 0
        if self._discarding:
            self._discarding = False
            return
        if not line:
            return
        if _CODE_LINE.fullmatch(line.upper()):
            self._abandon_pending(events)
            events.append(CodeLine(line.upper()))
            return
        needed = _LINES_PER_BLOCK.get(len(line))
        if needed is None and is_bsn_qr(line):
            self._abandon_pending(events)
            events.append(CodeLine(line))
            return
        if needed is None:
            self._abandon_pending(events)
            self._report(f"line of {len(line)} characters is not an MRZ line", events)
            return
        if self._pending and len(self._pending[0]) != len(line):
            self._abandon_pending(events)
        self._pending.append(line)
        if len(self._pending) == needed:
            events.append(MrzBlock(tuple(self._pending)))
            self._pending.clear()
            self._fragment_reported = False

    def _abandon(self, reason: str, events: list[Event]) -> None:
        """Drop the unfinished line and block, reporting them if there were any."""
        had_partial = bool(self._partial)
        self._partial.clear()
        self._partial_length = 0
        if self._pending:
            self._abandon_pending(events)
        elif had_partial:
            self._report(reason, events)

    def _abandon_pending(self, events: list[Event]) -> None:
        if not self._pending:
            return
        needed = _LINES_PER_BLOCK[len(self._pending[0])]
        self._report(f"document incomplete: {len(self._pending)} of {needed} lines", events)
        self._pending.clear()

    def _report(self, reason: str, events: list[Event]) -> None:
        if not self._fragment_reported:
            events.append(Fragment(reason))
            self._fragment_reported = True
