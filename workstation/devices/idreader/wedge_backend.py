"""ID document reader as a keyboard wedge: the reader "types" the MRZ, a line per Enter.

The UI tells the reader's keystrokes from a person's typing (``ui/wedge_input.py`` with
``domain.keystrokes``), swallows them from the focused widget and hands the scanned text here
with ``feed`` (lines end with ``"\\r"``). From there it goes through the same ``MrzStream`` as
a serial reader's bytes, on the reader's own thread; when the text stops in the middle of a
document, what stayed incomplete is dropped after ``line_timeout_s``, as with a serial reader
that goes quiet.

A wedge reader has no connection to check: it works while a window feeds it. ``attach`` and
``detach`` say so (one per window), and the status is READY only while started and fed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from datetime import date

from workstation.devices.idreader._delivery import Delivery
from workstation.devices.idreader._protocol import CodeHandler, DocumentHandler, ErrorHandler
from workstation.devices.idreader.reading import MrzStream
from workstation.devices.status import DeviceStatus
from workstation.devices.worker import DeviceWorker


class WedgeIdReader:
    """``IdDocumentReader`` fed with scanned text by the UI; READY while a window feeds it."""

    simulated = False

    def __init__(
        self,
        *,
        name: str = "idreader-wedge",
        line_timeout_s: float = 0.3,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._name = name
        self._line_timeout_s = line_timeout_s
        self._today = today
        self._worker: DeviceWorker | None = None
        self._delivery: Delivery | None = None
        self._stream = MrzStream(line_timeout_s, today)
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._queued = 0  # feeds submitted but not yet taken up by the device thread
        self._stopping = False
        self._feeders = 0

    @property
    def name(self) -> str:
        return self._name

    def status(self) -> DeviceStatus:
        with self._lock:
            fed = self._worker is not None and self._feeders > 0
        return DeviceStatus.READY if fed else DeviceStatus.OFFLINE

    def attach(self) -> None:
        """A window feeds this reader from now on."""
        with self._lock:
            self._feeders += 1

    def detach(self) -> None:
        """A window that fed this reader went away."""
        with self._lock:
            self._feeders = max(0, self._feeders - 1)

    def start(self, on_document: DocumentHandler, on_error: ErrorHandler,
              on_code: CodeHandler | None = None) -> None:
        with self._lock:
            if self._worker is not None:
                raise RuntimeError(f"{self._name} is already started")
            self._stream = MrzStream(self._line_timeout_s, self._today)
            self._delivery = Delivery(self._name, on_document, on_error, on_code)
            self._queued = 0
            self._stopping = False
            self._worker = DeviceWorker(self._name)

    def stop(self) -> None:
        with self._lock:
            worker, self._worker = self._worker, None
            self._stopping = True
            self._wake.notify_all()
        if worker is not None:
            worker.close()

    def feed(self, text: str) -> Future[None]:
        """Scanned text, as the scanner typed it; handled on the device thread."""
        with self._lock:
            if self._worker is None:
                raise RuntimeError(f"{self._name} is not started")
            self._queued += 1
            self._wake.notify_all()
            return self._worker.submit(self._receive, text)

    def _receive(self, text: str) -> None:
        delivery, stream = self._delivery, self._stream
        assert delivery is not None
        with self._lock:
            self._queued -= 1
        delivery.outcomes(stream.feed(text, time.monotonic()))
        # Like a reader going quiet: drop what stays incomplete, unless more text is on its way
        # (the next feed continues the same lines).
        deadline = stream.deadline()
        while deadline is not None:
            with self._wake:
                self._wake.wait_for(lambda: self._queued > 0 or self._stopping,
                                    max(0.0, deadline - time.monotonic()))
                if self._queued > 0 or self._stopping:
                    return
            delivery.outcomes(stream.flush_expired(time.monotonic()))
            deadline = stream.deadline()
