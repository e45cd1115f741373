"""The device manager: builds the configured devices, keeps a status per device, runs their jobs.

DESIGN.md §6. One ``DeviceWorker`` per device (see :mod:`device_slots`); a small poller thread
asks every device for its status every few seconds, so an unplugged printer shows OFFLINE and a
replugged one READY again without anybody printing. Reconnecting itself is the backends' own
business: network and USB printers connect per job, the serial ID reader reopens its port, PC/SC
lists its readers on every call. A device that cannot be built at all (pyusb or pyscard missing,
no print system) is shown OFFLINE with the reason; the other devices work as usual.

Simulated devices (docs/decisions/0008-device-manager.md): in demo mode a device left at
``backend = "none"`` becomes its simulated backend; a frozen (installed) build refuses a
simulated backend unless demo mode is on. A healthy simulated device reports ``SIMULATED``; a
simulated printer that is told to run out of paper reports what a real one would.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, wait
from typing import Protocol, TypeVar

from workstation.devices.cardreader import (
    CardReaderConfig,
    ChipReader,
    ChipReadResult,
    IdentityCallback,
    build_cardreader,
)
from workstation.devices.device_slots import (
    CardReaderSlot,
    DeviceSlot,
    FailedDevice,
    IdReaderSlot,
    PrinterSlot,
    failed_future,
)
from workstation.devices.idreader import (
    IdDocumentReader,
    IdReaderConfig,
    MrzDocument,
    build_idreader,
)
from workstation.devices.idreader._protocol import CodeHandler, DocumentHandler, ErrorHandler
from workstation.devices.idreader.sim_backend import SimulatedIdReader
from workstation.devices.idreader.wedge_backend import WedgeIdReader
from workstation.devices.printer import (
    PrinterConfig,
    ReceiptPrint,
    TicketPrint,
    TicketPrinter,
    build_printer,
)
from workstation.devices.status import (
    DEVICE_NAMES,
    DeviceKind,
    DeviceState,
    DeviceStateHandler,
)
from workstation.domain.errors import UserFacingError

log = logging.getLogger("loket.devices")

DEFAULT_POLL_INTERVAL_S = 3.0
"""How often every device is asked for its status: quick enough to show a replugged printer
within seconds, slow enough that a status request never gets in the way of a print job."""

ConfigT = TypeVar("ConfigT", PrinterConfig, IdReaderConfig, CardReaderConfig)


class DeviceSettingsLike(Protocol):
    """``settings.devices``; a protocol so that devices/ does not import the settings module."""

    @property
    def printer(self) -> PrinterConfig: ...

    @property
    def idreader(self) -> IdReaderConfig: ...

    @property
    def cardreader(self) -> CardReaderConfig: ...


# Whole sentences per kind (a device that is not there has no name of its own yet).
_NOT_CONFIGURED = {
    DeviceKind.PRINTER: "Er is geen bonprinter ingesteld op deze werkplek.",
    DeviceKind.ID_READER: "Er is geen documentlezer ingesteld op deze werkplek.",
    DeviceKind.CARD_READER: "Er is geen chiplezer ingesteld op deze werkplek.",
}


def device_name(kind: DeviceKind, config: PrinterConfig | IdReaderConfig | CardReaderConfig,
                ) -> str:
    """The one name of a device: the printer's from its settings, the readers' fixed."""
    return config.name if isinstance(config, PrinterConfig) else DEVICE_NAMES[kind]


class SimulatedDeviceRefused(UserFacingError):
    def __init__(self, kind: DeviceKind, name: str) -> None:
        super().__init__(
            "{device} staat ingesteld als gesimuleerd apparaat. Dat mag alleen in demomodus.",
            "Stel het echte apparaat in, of start Loket in demomodus.",
            detail=f"{name}: backend 'simulated' refused in a frozen build without demo",
            device=name,
        )


def no_device_error(kind: DeviceKind) -> UserFacingError:
    return UserFacingError(
        _NOT_CONFIGURED[kind],
        "Neem contact op met de IT-afdeling.",
        detail=f"{kind.value}: backend 'none'",
    )


def build_device_manager(
    devices: DeviceSettingsLike,
    *,
    demo: bool,
    frozen: bool = getattr(sys, "frozen", False),
    poll_interval_s: float = DEFAULT_POLL_INTERVAL_S,
) -> DeviceManager:
    """The manager for the devices in ``devices`` (``settings.devices``), already running.

    Raises ``SimulatedDeviceRefused`` when a frozen build without demo mode is configured with a
    simulated device; any other device problem shows as an OFFLINE device instead.
    """
    printer_config = _effective(devices.printer, DeviceKind.PRINTER, demo=demo, frozen=frozen)
    idreader_config = _effective(devices.idreader, DeviceKind.ID_READER, demo=demo, frozen=frozen)
    cardreader_config = _effective(
        devices.cardreader, DeviceKind.CARD_READER, demo=demo, frozen=frozen
    )
    printer = _build(DeviceKind.PRINTER, printer_config, build_printer)
    idreader = _build(DeviceKind.ID_READER, idreader_config, build_idreader)
    cardreader = _build(DeviceKind.CARD_READER, cardreader_config, build_cardreader)
    return DeviceManager(printer, idreader, cardreader, poll_interval_s=poll_interval_s)


def _effective(config: ConfigT, kind: DeviceKind, *, demo: bool, frozen: bool) -> ConfigT:
    if demo and config.backend == "none":
        config = config.model_copy(update={"backend": "simulated"})
    if frozen and not demo and config.backend == "simulated":
        raise SimulatedDeviceRefused(kind, device_name(kind, config))
    return config


D = TypeVar("D")
H = TypeVar("H")
A = TypeVar("A")


def _build(
    kind: DeviceKind, config: ConfigT, build: Callable[[ConfigT], D | None]
) -> D | FailedDevice | None:
    name = device_name(kind, config)
    try:
        return build(config)
    except UserFacingError as exc:
        error = exc
    except ImportError as exc:  # an optional driver library (pyscard, pyusb) is missing
        error = UserFacingError(
            "{device} kan op deze computer niet worden gebruikt.",
            "Neem contact op met de IT-afdeling.",
            detail=f"{name}: {exc}",
            device=name,
        )
    log.warning("%s (%s) not available: %s", name, config.backend, error.detail)
    return FailedDevice(kind, name, config.backend == "simulated", error)


class DeviceManager:
    """The devices of this workstation. Every method returns at once; work runs per device.

    Callbacks (``subscribe``, ``on_document``) are called from device threads, one state at a
    time and in order; a UI hands them over to its own thread.
    """

    def __init__(
        self,
        printer: TicketPrinter | FailedDevice | None = None,
        idreader: IdDocumentReader | FailedDevice | None = None,
        cardreader: ChipReader | FailedDevice | None = None,
        *,
        poll_interval_s: float = DEFAULT_POLL_INTERVAL_S,
    ) -> None:
        self._lock = threading.RLock()
        self._states: dict[DeviceKind, DeviceState] = {}
        self._state_handlers: list[DeviceStateHandler] = []
        self._document_handlers: list[tuple[DocumentHandler, ErrorHandler | None]] = []
        self._code_handlers: list[CodeHandler] = []
        self._failed: dict[DeviceKind, FailedDevice] = {}
        self._printer: PrinterSlot | None = None
        self._idreader: IdReaderSlot | None = None
        self._cardreader: CardReaderSlot | None = None
        self._slots: list[DeviceSlot] = []
        for device in (printer, idreader, cardreader):
            if isinstance(device, FailedDevice):
                self._failed[device.kind] = device
                self._states[device.kind] = device.state
        if printer is not None and not isinstance(printer, FailedDevice):
            self._printer = PrinterSlot(printer, self._publish)
        if idreader is not None and not isinstance(idreader, FailedDevice):
            self._idreader = IdReaderSlot(
                idreader, self._publish, self._deliver_document, self._deliver_error,
                self._deliver_code,
            )
        if cardreader is not None and not isinstance(cardreader, FailedDevice):
            self._cardreader = CardReaderSlot(cardreader, self._publish)
        self._slots = [s for s in (self._printer, self._idreader, self._cardreader) if s]
        for slot in self._slots:
            self._states[slot.kind] = slot.initial_state()
            slot.poll(force=True)
        self._interval = poll_interval_s
        self._closed = threading.Event()
        # Daemon: the poller only waits and hands polls to the device threads, so a manager
        # nobody closed (a crash path, a script) must not keep the process alive at exit.
        self._poller = threading.Thread(target=self._poll_loop, name="device-poller",
                                        daemon=True)
        self._poller.start()

    # -- status ------------------------------------------------------------------------------

    def states(self) -> list[DeviceState]:
        """Every configured device (printer, ID reader, chip reader order), as last seen."""
        with self._lock:
            return [self._states[kind] for kind in DeviceKind if kind in self._states]

    def subscribe(self, on_state: DeviceStateHandler) -> Callable[[], None]:
        """Call ``on_state`` with every changed state; returns a function that unsubscribes.

        Subscribe first, then read ``states()``: that way no change is missed.
        """
        with self._lock:
            self._state_handlers.append(on_state)
        return lambda: self._remove(self._state_handlers, on_state)

    def refresh(self, timeout_s: float | None = None) -> list[DeviceState]:
        """Ask every device now and wait for the answers (CLI and tests; never the GUI)."""
        wait([slot.poll(force=True) for slot in self._slots], timeout=timeout_s)
        return self.states()

    # -- printer -----------------------------------------------------------------------------

    def print_ticket(self, ticket: TicketPrint) -> Future[None]:
        """Print on the printer's thread; fails with a ``UserFacingError``, undoing nothing."""
        return self._print(lambda printer: printer.print_ticket(ticket))

    def print_receipt(self, receipt: ReceiptPrint) -> Future[None]:
        return self._print(lambda printer: printer.print_receipt(receipt))

    def _print(self, job: Callable[[TicketPrinter], None]) -> Future[None]:
        if self._printer is None:
            return failed_future(self._unavailable(DeviceKind.PRINTER))
        return self._printer.run_job(job)

    # -- ID reader ---------------------------------------------------------------------------

    def on_document(
        self, on_document: DocumentHandler, on_error: ErrorHandler | None = None
    ) -> Callable[[], None]:
        """Call ``on_document`` for every document read and ``on_error`` for every unreadable
        document or unreachable reader (on the reader's thread); returns an unsubscribe."""
        entry = (on_document, on_error)
        with self._lock:
            self._document_handlers.append(entry)
        return lambda: self._remove(self._document_handlers, entry)

    def on_code(self, on_code: CodeHandler) -> Callable[[], None]:
        """Call ``on_code`` with every code scanned on the ID reader (a booking code), on the
        reader's thread; returns an unsubscribe."""
        with self._lock:
            self._code_handlers.append(on_code)
        return lambda: self._remove(self._code_handlers, on_code)

    @property
    def idreader_simulated(self) -> bool:
        return self._idreader is not None and self._idreader.simulated

    def present_simulated_document(self, key: str | None = None) -> Future[None]:
        """Demo and diagnostics: lay a configured document on the simulated ID reader.

        ``key`` defaults to the reader's first document (the Dutch specimen passport).
        """
        slot = self._idreader
        reader = slot.reader if slot is not None else None
        if slot is None or not isinstance(reader, SimulatedIdReader):
            raise UserFacingError(
                "Deze documentlezer is geen gesimuleerde lezer.",
                "Leg een echt document op de documentlezer.",
                detail="present_simulated_document on a real or missing ID reader",
            )
        slot.started.result()  # quick, and the reader must listen before it is shown anything
        return reader.present(key or reader.document_keys[0])

    def attach_wedge(self) -> Callable[[], None]:
        """A window feeds the keyboard-wedge ID reader (if that is this workstation's reader)
        from now on: it is ready until the returned detach is called (idempotent)."""
        slot = self._idreader
        reader = slot.reader if slot is not None else None
        if slot is None or not isinstance(reader, WedgeIdReader):
            return lambda: None
        reader.attach()
        slot.poll(force=True)
        detached = threading.Event()

        def detach() -> None:
            if detached.is_set():
                return
            detached.set()
            reader.detach()
            if not self._closed.is_set():
                slot.poll(force=True)

        return detach

    def feed_wedge(self, text: str) -> bool:
        """Hand text a keyboard-wedge reader typed to it; False when this workstation's ID
        reader is no keyboard wedge (or has stopped)."""
        slot = self._idreader
        reader = slot.reader if slot is not None else None
        if not isinstance(reader, WedgeIdReader) or self._closed.is_set():
            return False
        try:
            reader.feed(text)
        except RuntimeError:  # stopped while the window still typed
            return False
        return True

    def _deliver_document(self, document: MrzDocument) -> None:
        for on_document, _ in self._handlers(self._document_handlers):
            self._guarded(on_document, document)

    def _deliver_code(self, code: str) -> None:
        for on_code in self._handlers(self._code_handlers):
            self._guarded(on_code, code)

    def _deliver_error(self, error: UserFacingError) -> None:
        for _, on_error in self._handlers(self._document_handlers):
            if on_error is not None:
                self._guarded(on_error, error)

    # -- chip reader -------------------------------------------------------------------------

    @property
    def cardreader_simulated(self) -> bool:
        return self._cardreader is not None and self._cardreader.simulated

    def read_chip(
        self,
        mrz_lines: Sequence[str],
        *,
        can: str | None = None,
        on_identity: IdentityCallback | None = None,
    ) -> Future[ChipReadResult]:
        """Read the chip of the document on the reader, with the MRZ read optically (or the
        CAN) as key. ``on_identity`` (device thread) gets the name and document data before
        the face is read; the future holds the whole result."""
        if self._cardreader is None:
            return failed_future(self._unavailable(DeviceKind.CARD_READER))
        return self._cardreader.read(mrz_lines, can=can, on_identity=on_identity)

    # -- lifetime ----------------------------------------------------------------------------

    def close(self) -> None:
        """Stop polling, finish running jobs, stop every device and its threads. Idempotent."""
        if self._closed.is_set():
            return
        self._closed.set()
        self._poller.join()
        for slot in self._slots:
            slot.close()
        log.info("device manager stopped")

    def __enter__(self) -> DeviceManager:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- internals ---------------------------------------------------------------------------

    def _poll_loop(self) -> None:
        while not self._closed.wait(self._interval):
            for slot in self._slots:
                slot.poll(force=False)

    def _publish(self, state: DeviceState) -> None:
        # Under the lock so that subscribers see the states of one device in order.
        with self._lock:
            previous = self._states.get(state.kind)
            if previous == state:
                return
            self._states[state.kind] = state
            old = previous.status.value if previous is not None else "-"
            log.info("%s: %s -> %s %s", state.name, old, state.status.value, state.message)
            for handler in list(self._state_handlers):
                self._guarded(handler, state)

    def _unavailable(self, kind: DeviceKind) -> UserFacingError:
        failed = self._failed.get(kind)
        return failed.error if failed is not None else no_device_error(kind)

    def _handlers(self, handlers: list[H]) -> list[H]:
        with self._lock:
            return list(handlers)

    def _remove(self, handlers: list[H], handler: H) -> None:
        with self._lock:
            if handler in handlers:
                handlers.remove(handler)

    @staticmethod
    def _guarded(handler: Callable[[A], None], argument: A) -> None:
        # A failing subscriber is a bug in the caller: log it, keep the device thread alive.
        try:
            handler(argument)
        except Exception:
            log.exception("a device subscriber failed")

