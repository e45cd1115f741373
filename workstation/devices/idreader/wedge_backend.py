"""ID document reader as a keyboard wedge: the reader "types" the MRZ, a line per Enter.

The UI installs a key filter and feeds every printable key and Enter (as ``"\\r"``) to
``WedgeIdReader.key_event`` with the event's timestamp in seconds; it calls ``poll`` now and then
(a 50 ms timer) with the current time on the same clock. The reader tells a scanner from a
person by timing: a scanner types at 30 characters per second or faster with gaps under 50 ms,
while even a fast typist leaves 80 ms or more between most keys. Keys are held for one gap at
most; a burst that turns out to be a person's typing is handed back through ``on_typed_text``
(the UI re-inserts it where the focus is) or dropped when no handler is given.

``KeystrokeSorter`` is the pure part; ``WedgeIdReader`` adds the device thread and the
``IdDocumentReader`` protocol.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date

from workstation.devices.idreader._delivery import Delivery
from workstation.devices.idreader._protocol import CodeHandler, DocumentHandler, ErrorHandler
from workstation.devices.idreader.reading import MrzStream
from workstation.devices.status import DeviceStatus
from workstation.devices.worker import DeviceWorker


@dataclass(frozen=True)
class ScannerInput:
    """Characters typed by the reader, in order, to be assembled into MRZ lines."""

    text: str


@dataclass(frozen=True)
class TypedText:
    """Characters typed by a person, to be passed on to the focused widget."""

    text: str


SortedKeys = ScannerInput | TypedText


class KeystrokeSorter:
    """Groups keystrokes into bursts (gaps of at most ``max_gap_s``) and classifies each burst.

    A burst becomes scanner input as soon as it has ``min_burst_chars`` characters typed at
    ``min_chars_per_s`` or faster; from then on its characters are passed on immediately. A burst
    that ends before that is a person's typing.
    """

    def __init__(
        self, max_gap_s: float = 0.05, min_chars_per_s: float = 30.0, min_burst_chars: int = 8
    ) -> None:
        self.max_gap_s = max_gap_s
        self.min_chars_per_s = min_chars_per_s
        self.min_burst_chars = min_burst_chars
        self._burst: list[str] = []
        self._first_s = 0.0
        self._last_s = 0.0
        self._scanner = False

    def key(self, char: str, timestamp_s: float) -> list[SortedKeys]:
        out = self.flush(timestamp_s)
        if not self._burst:
            self._first_s = timestamp_s
        self._burst.append(char)
        self._last_s = timestamp_s
        if self._scanner:
            out.append(ScannerInput(char))
        elif self._looks_like_scanner():
            self._scanner = True
            out.append(ScannerInput("".join(self._burst)))
        return out

    def flush(self, now_s: float) -> list[SortedKeys]:
        """Close the current burst when ``max_gap_s`` has passed since its last key."""
        if not self._burst or now_s - self._last_s <= self.max_gap_s:
            return []
        out: list[SortedKeys] = [] if self._scanner else [TypedText("".join(self._burst))]
        self._burst.clear()
        self._scanner = False
        return out

    def _looks_like_scanner(self) -> bool:
        count = len(self._burst)
        if count < self.min_burst_chars:
            return False
        elapsed = self._last_s - self._first_s
        return elapsed <= 0 or (count - 1) / elapsed >= self.min_chars_per_s


class WedgeIdReader:
    """``IdDocumentReader`` fed by the UI's key events; status READY while started."""

    simulated = False

    def __init__(
        self,
        *,
        name: str = "idreader-wedge",
        line_timeout_s: float = 0.3,
        max_gap_s: float = 0.05,
        min_chars_per_s: float = 30.0,
        on_typed_text: Callable[[str], None] | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._name = name
        self._line_timeout_s = line_timeout_s
        self._max_gap_s = max_gap_s
        self._min_chars_per_s = min_chars_per_s
        self._on_typed_text = on_typed_text
        self._today = today
        self._worker: DeviceWorker | None = None
        self._delivery: Delivery | None = None
        self._sorter = KeystrokeSorter(max_gap_s, min_chars_per_s)
        self._stream = MrzStream(line_timeout_s, today)
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._name

    def status(self) -> DeviceStatus:
        return DeviceStatus.OFFLINE if self._worker is None else DeviceStatus.READY

    def start(self, on_document: DocumentHandler, on_error: ErrorHandler,
              on_code: CodeHandler | None = None) -> None:
        with self._lock:
            if self._worker is not None:
                raise RuntimeError(f"{self._name} is already started")
            self._sorter = KeystrokeSorter(self._max_gap_s, self._min_chars_per_s)
            self._stream = MrzStream(self._line_timeout_s, self._today)
            self._delivery = Delivery(self._name, on_document, on_error, on_code)
            self._worker = DeviceWorker(self._name)

    def stop(self) -> None:
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()

    def key_event(self, char: str, timestamp_s: float) -> Future[None]:
        """Feed one key (``"\\r"`` for Enter); handled on the device thread."""
        return self._submit(lambda: self._sorted(self._sorter.key(char, timestamp_s), timestamp_s))

    def poll(self, now_s: float) -> Future[None]:
        """Let time pass: releases typed text and drops documents left incomplete."""
        return self._submit(lambda: self._sorted(self._sorter.flush(now_s), now_s))

    def _submit(self, job: Callable[[], None]) -> Future[None]:
        with self._lock:
            if self._worker is None:
                raise RuntimeError(f"{self._name} is not started")
            return self._worker.submit(job)

    def _sorted(self, keys: list[SortedKeys], now_s: float) -> None:
        delivery = self._delivery
        assert delivery is not None
        for item in keys:
            if isinstance(item, ScannerInput):
                delivery.outcomes(self._stream.feed(item.text, now_s))
            elif self._on_typed_text is not None:
                self._on_typed_text(item.text)
        delivery.outcomes(self._stream.flush_expired(now_s))
