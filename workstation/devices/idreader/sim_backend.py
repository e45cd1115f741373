"""A simulated ID document reader for demos, training and tests (``simulated = True``).

It runs the same pipeline as the real readers — the bytes a serial reader would send go through
the line assembler and the MRZ codec on the device's own thread — so garbage, half lines and bad
check digits give the same errors. ``present`` lays a configured document on the reader; the
result arrives after ``latency_s``, as with a real reader that scans and then sends.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from datetime import date

from workstation.devices.idreader._delivery import Delivery
from workstation.devices.idreader._protocol import (
    CodeHandler,
    DocumentHandler,
    ErrorHandler,
    IdReaderUnavailableError,
)
from workstation.devices.idreader.reading import MrzStream
from workstation.devices.status import DeviceStatus
from workstation.devices.worker import DeviceWorker

DEFAULT_SIM_DOCUMENTS: dict[str, tuple[str, ...]] = {
    # Dutch specimen passport of 2021, still with the (specimen) BSN in the personal number.
    "nl-paspoort-specimen": (
        "P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<",
        "SPECI20212NLD6503101F3108022999999990<<<<<84",
    ),
    # Dutch specimen ID card issued before August 2021: BSN in line 1's optional data.
    "nl-id-kaart-2014-specimen": (
        "I<NLDSPECI20142999999990<<<<<8",
        "6503101F2403096NLD<<<<<<<<<<<8",
        "DE<BRUIJN<<WILLEKE<LISELOTTE<<",
    ),
    # Dutch specimen ID card issued after August 2021: no BSN in the MRZ.
    "nl-id-kaart-specimen": (
        "I<NLDSPECI20212<<<<<<<<<<<<<<<",
        "6503101F3108022NLD<<<<<<<<<<<8",
        "DE<BRUIJN<<WILLEKE<LISELOTTE<<",
    ),
    # ICAO 9303 specimens (Utopia).
    "icao-td3-specimen": (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ),
    "icao-td2-specimen": (
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "D231458907UTO7408122F1204159<<<<<<<6",
    ),
    "icao-td1-specimen": (
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ),
}

GARBAGE = b"\x00\xff\x1b[?#@!*\xe9\xe8~\r\n"
"""What a reader with a wrong baud rate or a dirty lens might send."""


class SimulatedIdReader:
    """``IdDocumentReader`` that reads the documents it is told to, from ``documents``."""

    simulated = True

    def __init__(
        self,
        documents: Mapping[str, Sequence[str]] | None = None,
        *,
        name: str = "idreader-sim",
        latency_s: float = 0.3,
        line_timeout_s: float = 0.3,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._documents = dict(DEFAULT_SIM_DOCUMENTS if documents is None else documents)
        self._name = name
        self._latency_s = latency_s
        self._line_timeout_s = line_timeout_s
        self._today = today
        self._plugged_in = True
        self._worker: DeviceWorker | None = None
        self._delivery: Delivery | None = None
        self._stream: MrzStream | None = None
        self._stop = threading.Event()

    @property
    def name(self) -> str:
        return self._name

    @property
    def document_keys(self) -> tuple[str, ...]:
        return tuple(self._documents)

    def status(self) -> DeviceStatus:
        if self._worker is None or not self._plugged_in:
            return DeviceStatus.OFFLINE
        return DeviceStatus.SIMULATED

    def start(self, on_document: DocumentHandler, on_error: ErrorHandler,
              on_code: CodeHandler | None = None) -> None:
        if self._worker is not None:
            raise RuntimeError(f"{self._name} is already started")
        self._stop = threading.Event()
        self._worker = DeviceWorker(self._name)
        self._delivery = Delivery(self._name, on_document, on_error, on_code)
        self._stream = MrzStream(self._line_timeout_s, self._today)

    def stop(self) -> None:
        if self._worker is None:
            return
        self._stop.set()
        self._worker.close()
        self._worker = self._delivery = self._stream = None

    def present(self, document_key: str) -> Future[None]:
        """Lay document ``document_key`` on the reader; raises ``KeyError`` for an unknown key."""
        lines = self._documents[document_key]
        return self.present_bytes(("\r\n".join(lines) + "\r\n").encode("ascii"))

    def present_half_line(self, document_key: str) -> Future[None]:
        """The document pulled away mid-scan: half of its first line, then nothing."""
        first_line = self._documents[document_key][0]
        return self.present_bytes(first_line[: len(first_line) // 2].encode("ascii"))

    def present_garbage(self) -> Future[None]:
        return self.present_bytes(GARBAGE)

    def present_bytes(self, data: bytes) -> Future[None]:
        """Have the reader send ``data`` as if it came from the wire."""
        if self._worker is None:
            raise RuntimeError(f"{self._name} is not started")
        return self._worker.submit(self._receive, data)

    def unplug(self) -> Future[None]:
        """Simulate pulling the reader's cable: it goes OFFLINE and reports so once."""
        if self._worker is None:
            raise RuntimeError(f"{self._name} is not started")
        return self._worker.submit(self._unplug)

    def plug_in(self) -> None:
        self._plugged_in = True

    def _unplug(self) -> None:
        assert self._delivery is not None
        if self._plugged_in:
            self._plugged_in = False
            self._delivery.error(IdReaderUnavailableError(f"{self._name}: simulated unplug"))

    def _receive(self, data: bytes) -> None:
        delivery, stream = self._delivery, self._stream
        assert delivery is not None and stream is not None
        if self._stop.wait(self._latency_s) or not self._plugged_in:
            return
        delivery.outcomes(stream.feed(data, time.monotonic()))
        # Like a real reader going quiet: after the line timeout, drop what stayed incomplete.
        deadline = stream.deadline()
        while deadline is not None:
            if self._stop.wait(max(0.0, deadline - time.monotonic())):
                return
            delivery.outcomes(stream.flush_expired(time.monotonic()))
            deadline = stream.deadline()
