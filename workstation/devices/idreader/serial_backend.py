"""ID document reader on a serial port (RS-232, or USB that presents a virtual COM port).

Such readers send each MRZ line followed by CR/LF at a configured speed when a document is laid
on them. The whole read loop runs on the device's own thread: it opens the port, reads what
arrives, and when the port disappears (USB unplugged) it reports the reader unreachable once,
goes OFFLINE, and keeps trying to reopen the port every ``reconnect_interval_s``. A stable device
path (``/dev/serial/by-id/...`` on Linux) lets it find the reader again after a replug.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from datetime import date

import serial

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

logger = logging.getLogger("loket.devices")

_READ_POLL_S = 0.05
"""How long one read waits for data; bounds how quickly ``stop`` takes effect."""


class SerialIdReader:
    """``IdDocumentReader`` over pyserial. ``port`` is a device path or a pyserial URL."""

    simulated = False

    def __init__(
        self,
        port: str,
        baudrate: int = 9600,
        *,
        name: str = "idreader",
        line_timeout_s: float = 0.3,
        reconnect_interval_s: float = 2.0,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.port = port
        self.baudrate = baudrate
        self._name = name
        self._line_timeout_s = line_timeout_s
        self._reconnect_interval_s = reconnect_interval_s
        self._today = today
        self._status = DeviceStatus.OFFLINE
        self._stop = threading.Event()
        self._worker: DeviceWorker | None = None
        self._loop: Future[None] | None = None

    @property
    def name(self) -> str:
        return self._name

    def status(self) -> DeviceStatus:
        return self._status

    def start(self, on_document: DocumentHandler, on_error: ErrorHandler,
              on_code: CodeHandler | None = None) -> None:
        if self._worker is not None:
            raise RuntimeError(f"{self._name} is already started")
        self._stop = threading.Event()
        self._worker = DeviceWorker(self._name)
        delivery = Delivery(self._name, on_document, on_error, on_code)
        self._loop = self._worker.submit(self._run, delivery, self._stop)

    def stop(self) -> None:
        """Stop listening and release the port; safe at any moment, and idempotent."""
        worker, loop = self._worker, self._loop
        if worker is None or loop is None:
            return
        self._stop.set()
        worker.close()  # also drops the read loop if it is still queued behind another job
        self._worker = self._loop = None
        self._status = DeviceStatus.OFFLINE
        if loop.cancelled():
            return  # stopped before the loop began: no port was opened, nothing to report
        # A crash of the loop is a bug; surface it to the caller instead of losing it.
        loop.result()

    def _run(self, delivery: Delivery, stop: threading.Event) -> None:
        try:
            self._listen(delivery, stop)
        except BaseException:
            # A bug: make it visible now rather than at stop(), and stop claiming READY.
            logger.exception("%s: read loop crashed", self._name)
            raise
        finally:
            self._status = DeviceStatus.OFFLINE

    def _listen(self, delivery: Delivery, stop: threading.Event) -> None:
        unreachable_reported = False
        while not stop.is_set():
            try:
                port = serial.serial_for_url(
                    self.port, baudrate=self.baudrate, timeout=_READ_POLL_S
                )
            except (serial.SerialException, OSError, ValueError) as error:
                self._status = DeviceStatus.OFFLINE
                if not unreachable_reported:
                    delivery.error(IdReaderUnavailableError(f"cannot open {self.port}: {error}"))
                    unreachable_reported = True
                stop.wait(self._reconnect_interval_s)
                continue
            unreachable_reported = False
            logger.info("%s: listening on %s at %d baud", self._name, self.port, self.baudrate)
            try:
                self._status = DeviceStatus.READY
                self._read_until_stopped(port, delivery, stop)
            except (serial.SerialException, OSError) as error:
                self._status = DeviceStatus.OFFLINE
                delivery.error(IdReaderUnavailableError(f"lost {self.port}: {error}"))
                unreachable_reported = True
                stop.wait(self._reconnect_interval_s)
            finally:
                port.close()

    def _read_until_stopped(
        self, port: serial.SerialBase, delivery: Delivery, stop: threading.Event
    ) -> None:
        stream = MrzStream(self._line_timeout_s, self._today)
        while not stop.is_set():
            data = port.read(max(1, port.in_waiting))
            now = time.monotonic()
            if data:
                delivery.outcomes(stream.feed(data, now))
            else:
                delivery.outcomes(stream.flush_expired(now))
