"""One configured device inside the device manager: its control thread, its status, its jobs.

Every slot owns one ``DeviceWorker``. Status polls, print jobs and chip reads of that device run
on it in order, so a poll never talks to a printer in the middle of a job and the caller (the
GUI, a service) never waits on hardware. The backends keep their own transport threads; the
slot's worker is where the manager waits for them.

A slot turns what its backend reports into a ``DeviceState`` with a plain-Dutch message and
hands every new state to ``publish``; the manager decides whether it changed.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import TypeVar

from workstation.devices.cardreader import ChipReader, ChipReadResult, IdentityCallback
from workstation.devices.idreader import IdDocumentReader, IdReaderUnavailableError, MrzDocument
from workstation.devices.idreader.wedge_backend import WedgeIdReader
from workstation.devices.printer import PrinterStatus, TicketPrinter
from workstation.devices.status import DEVICE_NAMES, DeviceKind, DeviceState, DeviceStatus
from workstation.devices.worker import DeviceWorker
from workstation.domain.errors import UserFacingError, dutch_text

log = logging.getLogger("loket.devices")

Publish = Callable[[DeviceState], None]
T = TypeVar("T")

STARTING = dutch_text("Wordt gestart")
SIMULATED_MESSAGE = dutch_text("Gesimuleerd apparaat (demo)")

# Shown next to the printer's name, so they do not name it again.
_PRINTER_MESSAGES = {
    PrinterStatus.PAPER_LOW: (DeviceStatus.DEGRADED, dutch_text("Papier bijna op")),
    PrinterStatus.PAPER_OUT: (DeviceStatus.OFFLINE, dutch_text("Geen papier")),
    PrinterStatus.COVER_OPEN: (DeviceStatus.OFFLINE, dutch_text("Klep staat open")),
    PrinterStatus.OFFLINE: (DeviceStatus.OFFLINE, dutch_text("Reageert niet")),
}
_PRINTER_STATUS_UNREAD = dutch_text("Status niet uitgelezen; afdrukken werkt wel")
_IDREADER_UNREACHABLE = dutch_text("De documentlezer is niet bereikbaar")
_WEDGE_NOT_FED = dutch_text("Toetsenbordlezer: werkt zodra een Loket-venster open is")
_CARDREADER_UNREACHABLE = dutch_text("Geen chiplezer gevonden")
_POLL_FAILED = dutch_text("Storing bij het uitlezen van de status")


class DeviceSlot(ABC):
    """A device that was built; subclasses say how to read its status."""

    def __init__(self, kind: DeviceKind, name: str, simulated: bool, publish: Publish) -> None:
        self.kind = kind
        self.name = name
        self.simulated = simulated
        self._publish = publish
        self.worker = DeviceWorker(f"manager-{kind.value}")
        self._pending_poll: Future[None] | None = None
        self.last = self._state(DeviceStatus.OFFLINE, STARTING)

    def initial_state(self) -> DeviceState:
        return self.last

    def poll(self, *, force: bool) -> Future[None]:
        """Read the status on the device thread. Without ``force`` a poll still queued or running
        is reused, so a slow device never piles up polls."""
        pending = self._pending_poll
        if not force and pending is not None and not pending.done():
            return pending
        self._pending_poll = self.worker.submit(self.poll_now)
        return self._pending_poll

    def poll_now(self) -> None:
        """On the device thread: ask the backend and publish what it says."""
        try:
            status, message = self.read_status()
        except Exception:
            # A bug in a backend: keep the traceback, show the device as not working.
            log.exception("%s: status poll failed", self.name)
            status, message = DeviceStatus.OFFLINE, _POLL_FAILED
        self.set(status, message)

    @abstractmethod
    def read_status(self) -> tuple[DeviceStatus, str]:
        """On the device thread: the status and its plain-Dutch message."""

    def set(self, status: DeviceStatus, message: str) -> None:
        self.last = self._state(status, message)
        self._publish(self.last)

    def healthy(self) -> tuple[DeviceStatus, str]:
        if self.simulated:
            return DeviceStatus.SIMULATED, SIMULATED_MESSAGE
        return DeviceStatus.READY, ""

    def close(self) -> None:
        """Finish the running job, drop queued ones, stop the thread; then the backend."""
        self.worker.close()
        self.close_backend()

    @abstractmethod
    def close_backend(self) -> None:
        """Stop the backend and its transport threads."""

    def _state(self, status: DeviceStatus, message: str) -> DeviceState:
        return DeviceState(self.kind, self.name, status, self.simulated, message)


class PrinterSlot(DeviceSlot):
    def __init__(self, printer: TicketPrinter, publish: Publish) -> None:
        super().__init__(DeviceKind.PRINTER, printer.name, printer.simulated, publish)
        self.printer = printer

    def read_status(self) -> tuple[DeviceStatus, str]:
        status = self.printer.status()
        if status is PrinterStatus.UNKNOWN:
            # A print queue, a device file or status checks turned off: nothing to read back
            # (but reachable where that can be tried); printing is still attempted.
            return DeviceStatus.READY, _PRINTER_STATUS_UNREAD
        return _PRINTER_MESSAGES.get(status) or self.healthy()

    def run_job(self, job: Callable[[TicketPrinter], None]) -> Future[None]:
        return self.worker.submit(self._job, job)

    def _job(self, job: Callable[[TicketPrinter], None]) -> None:
        try:
            job(self.printer)
        except UserFacingError:
            # Show at once why it failed (paper out, offline); the caller gets the error.
            self.poll_now()
            raise
        if self.last.status is DeviceStatus.OFFLINE:
            self.poll_now()

    def close_backend(self) -> None:
        self.printer.close()


class IdReaderSlot(DeviceSlot):
    """Starts the reader on its device thread and forwards documents and errors."""

    def __init__(
        self,
        reader: IdDocumentReader,
        publish: Publish,
        on_document: Callable[[MrzDocument], None],
        on_error: Callable[[UserFacingError], None],
        on_code: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(DeviceKind.ID_READER, DEVICE_NAMES[DeviceKind.ID_READER],
                         reader.simulated, publish)
        self.reader = reader
        self._on_document = on_document
        self._on_error = on_error
        self._unreachable = ""
        self.started = self.worker.submit(reader.start, self._document, self._error, on_code)

    def read_status(self) -> tuple[DeviceStatus, str]:
        status = self.reader.status()
        if status is DeviceStatus.OFFLINE:
            if isinstance(self.reader, WedgeIdReader):  # it types only into a Loket window
                return status, _WEDGE_NOT_FED
            return status, self._unreachable or _IDREADER_UNREACHABLE
        self._unreachable = ""
        if status in {DeviceStatus.READY, DeviceStatus.SIMULATED}:
            return self.healthy()
        return status, ""

    def _document(self, document: MrzDocument) -> None:
        # On the reader's thread. A document proves the reader is back: show it now.
        if self.last.status is DeviceStatus.OFFLINE:
            self.poll(force=False)
        self._on_document(document)

    def _error(self, error: UserFacingError) -> None:
        # On the reader's thread.
        if isinstance(error, IdReaderUnavailableError):
            self._unreachable = error.message.rstrip(".")
            self.set(DeviceStatus.OFFLINE, self._unreachable)
        self._on_error(error)

    def close(self) -> None:
        # The other way round than the other devices: stop the reader first, so that no reader
        # callback can queue a poll on a closed worker.
        self.close_backend()
        self.worker.close()

    def close_backend(self) -> None:
        # On the device thread, so that it runs after the reader's start.
        self.worker.submit(self.reader.stop).result()


class CardReaderSlot(DeviceSlot):
    def __init__(self, reader: ChipReader, publish: Publish) -> None:
        super().__init__(DeviceKind.CARD_READER, DEVICE_NAMES[DeviceKind.CARD_READER],
                         reader.simulated, publish)
        self.reader = reader

    def read_status(self) -> tuple[DeviceStatus, str]:
        status = self.reader.status()
        if status is DeviceStatus.OFFLINE:
            return status, _CARDREADER_UNREACHABLE
        if status in {DeviceStatus.READY, DeviceStatus.SIMULATED}:
            return self.healthy()
        return status, ""

    def read(
        self,
        mrz_lines: Sequence[str],
        *,
        can: str | None = None,
        on_identity: IdentityCallback | None = None,
    ) -> Future[ChipReadResult]:
        return self.worker.submit(self._read, list(mrz_lines), can, on_identity)

    def _read(
        self, mrz_lines: list[str], can: str | None, on_identity: IdentityCallback | None
    ) -> ChipReadResult:
        try:
            return self.reader.read_document(mrz_lines, can=can, on_identity=on_identity)
        except UserFacingError:
            self.poll_now()
            raise

    def close_backend(self) -> None:
        self.reader.close()


class FailedDevice:
    """A configured device that could not be built: OFFLINE with the reason, nothing to poll."""

    def __init__(self, kind: DeviceKind, name: str, simulated: bool, error: UserFacingError):
        self.kind = kind
        self.error = error
        self.state = DeviceState(kind, name, DeviceStatus.OFFLINE, simulated, error.message)


def failed_future(error: UserFacingError) -> Future[T]:
    """A future that already failed with ``error``: a job for a device that cannot do it."""
    future: Future[T] = Future()
    future.set_exception(error)
    return future
