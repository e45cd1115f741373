"""Real ESC/POS printers through python-escpos's transports.

Only the transport classes of python-escpos are used (``Network``, ``Serial``, ``Usb``,
``File``, ``CupsPrinter``/``LP``, ``Win32Raw``); the bytes come from :mod:`escpos_codec` and go
out through ``_raw`` in one piece (see the codec's docstring for why).

Each job opens the transport, asks the real-time status (where the transport can read an
answer), sends the bytes, waits until the printer has taken them (``finish``) and closes again.
A printer that was unplugged or restarted therefore works again on the next job without any
reconnect logic, and a network printer is not held busy between jobs for other clients. Every
step has a short explicit timeout.

"Printed" means the printer took the job (docs/decisions/0010-tickets-printers-and-waits.md):
a network printer has read every byte and closed the connection after our end of data, a
serial printer has drained the port's output buffer. A job whose bytes went out but were not
taken fails with ``PrintOutcomeUnknown``: the paper may still come out later, so a reprint of
that ticket is marked as a duplicate. A job that times out before its bytes went out is
cancelled and never sent.
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from workstation.devices.printer import escpos_codec
from workstation.devices.printer._escpos import Error as EscposError
from workstation.devices.printer._escpos import Escpos, keep_basic_config_off
from workstation.devices.printer._escpos import printer as escpos_printer
from workstation.devices.printer.errors import (
    PrintOutcomeUnknown,
    not_printable_error,
    offline_error,
    unavailable_error,
)
from workstation.devices.printer.logo import load_logo
from workstation.devices.printer.model import (
    PaperWidth,
    PrinterStatus,
    ReceiptPrint,
    TicketPrint,
)
from workstation.devices.worker import DeviceWorker

log = logging.getLogger("loket.devices")

_TRANSPORT_ERRORS = (OSError, EscposError, subprocess.SubprocessError)
"""What a failing transport raises (socket, serial, USB and file errors are all ``OSError``)."""
_DRAIN_POLL_S = 0.02
"""How often a serial port's output buffer is checked while it drains."""


class EscposTransport(Protocol):
    """One way of reaching a printer. Runs on the printer's I/O thread only."""

    reads_status: bool

    @property
    def describe(self) -> str:
        """For logs: kind and address (never personal data)."""
        ...

    def connect(self) -> Escpos:
        """An opened python-escpos printer; raises on failure."""
        ...

    def read(self, device: Escpos, timeout_s: float) -> bytes:
        """Whatever the printer sent, waiting at most ``timeout_s``; ``b""`` when nothing came."""
        ...

    def finish(self, device: Escpos) -> None:
        """Wait until the printer has taken everything sent; raise ``OSError`` when it did not
        within the transport's timeout."""
        ...


@dataclass
class NetworkTransport:
    """Raw TCP, normally port 9100 (also called JetDirect or AppSocket)."""

    host: str
    port: int
    timeout_s: float
    reads_status: bool = True

    @property
    def describe(self) -> str:
        return f"network printer {self.host}:{self.port}"

    def connect(self) -> Escpos:
        # Not Network.open(): in python-escpos 3.1 it leaks the socket when connecting fails.
        sock = socket.create_connection((self.host, self.port), timeout=self.timeout_s)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        device = escpos_printer.Network(self.host, self.port, timeout=self.timeout_s)
        device.device = sock
        return device

    def read(self, device: Escpos, timeout_s: float) -> bytes:
        sock = device.device
        sock.settimeout(timeout_s)
        try:
            return bytes(sock.recv(64))
        except TimeoutError:
            return b""
        finally:
            sock.settimeout(self.timeout_s)

    def finish(self, device: Escpos) -> None:
        """End our half of the connection and wait for the printer to close its half.

        A printer closes only after it has read up to our end of data, so this is the proof
        that it took the whole job (the CUPS socket backend's ``waiteof``). Anything it sends
        meanwhile (automatic status back) is read and dropped. A printer that stopped reading
        never closes: ``TimeoutError`` after ``timeout_s``.
        """
        sock = device.device
        sock.shutdown(socket.SHUT_WR)
        deadline = time.monotonic() + self.timeout_s
        while (remaining := deadline - time.monotonic()) > 0:
            sock.settimeout(remaining)
            if not sock.recv(256):
                return
        raise TimeoutError(f"printer did not close the connection within {self.timeout_s} s")


@dataclass
class SerialTransport:
    device_path: str
    baudrate: int
    timeout_s: float
    flow_control: str
    reads_status: bool = True

    @property
    def describe(self) -> str:
        return f"serial printer {self.device_path}"

    def connect(self) -> Escpos:
        device = escpos_printer.Serial(
            self.device_path,
            baudrate=self.baudrate,
            timeout=self.timeout_s,
            dsrdtr=self.flow_control == "dsrdtr",
            xonxoff=self.flow_control == "xonxoff",
        )
        device.open()
        # python-escpos leaves pyserial's write timeout at "block forever".
        device.device.write_timeout = self.timeout_s
        return device

    def read(self, device: Escpos, timeout_s: float) -> bytes:
        port = device.device
        port.timeout = timeout_s
        return bytes(port.read(64))

    def finish(self, device: Escpos) -> None:
        """Wait until the port's output buffer is empty: the printer has taken every byte
        (with flow control it takes them only as fast as it prints). Not ``flush()``: that
        waits forever on a printer that holds the line."""
        port = device.device
        deadline = time.monotonic() + self.timeout_s
        while port.out_waiting:
            if time.monotonic() >= deadline:
                raise TimeoutError(f"{port.out_waiting} bytes still unsent after "
                                   f"{self.timeout_s} s")
            time.sleep(_DRAIN_POLL_S)


@dataclass
class UsbTransport:
    vendor_id: int
    product_id: int
    timeout_s: float
    reads_status: bool = True

    @property
    def describe(self) -> str:
        return f"USB printer {self.vendor_id:04x}:{self.product_id:04x}"

    def connect(self) -> Escpos:
        device = escpos_printer.Usb(
            self.vendor_id, self.product_id, timeout=int(self.timeout_s * 1000)
        )
        device.open()
        return device

    def read(self, device: Escpos, timeout_s: float) -> bytes:
        try:
            return bytes(device.device.read(device.in_ep, 64, int(timeout_s * 1000)))
        except OSError:  # pyusb's USBTimeoutError is an OSError
            return b""

    def finish(self, device: Escpos) -> None:
        """Nothing to wait for: a USB bulk write returns once the printer accepted the data."""


@dataclass
class FileTransport:
    """A device file (``/dev/usb/lp0``, a parallel port). Write-only: status is unknown.

    Every job reopens the file for writing, so on a regular file only the last job remains.
    """

    path: Path
    reads_status: bool = False

    @property
    def describe(self) -> str:
        return f"printer device file {self.path}"

    def connect(self) -> Escpos:
        device = escpos_printer.File(str(self.path))
        device.open()
        return device

    def read(self, device: Escpos, timeout_s: float) -> bytes:
        raise NotImplementedError("a device file cannot be read")

    def finish(self, device: Escpos) -> None:
        """The kernel driver took the bytes when the write returned; nothing to read back."""


@dataclass
class QueueTransport:
    """A named system print queue in raw mode: Windows spooler, else CUPS (pycups or ``lp``).

    The spooler stands between us and the printer, so no status can be read.
    """

    queue_name: str
    device_class: Any
    """The python-escpos class for this platform, from :func:`queue_device_class`."""
    reads_status: bool = False

    @property
    def describe(self) -> str:
        return f"print queue {self.queue_name or '(default)'}"

    def connect(self) -> Escpos:
        device = self.device_class(self.queue_name)
        device.open()
        return device

    def read(self, device: Escpos, timeout_s: float) -> bytes:
        raise NotImplementedError("a print queue cannot be read")

    def finish(self, device: Escpos) -> None:
        """The spooler took the job when the write returned; it prints it or reports it."""


def queue_device_class(printer: str) -> Any:
    """The python-escpos class that reaches a named system queue here; raises if there is none.

    Windows needs pywin32 (declared for Windows in pyproject.toml), elsewhere pycups or ``lp``.
    """
    if sys.platform == "win32":
        candidates: tuple[Any, ...] = (escpos_printer.Win32Raw,)
    else:
        candidates = (escpos_printer.CupsPrinter, escpos_printer.LP)
    for candidate in candidates:
        if candidate.is_usable():
            return candidate
    raise unavailable_error(
        printer, "no system print queue support (needs pywin32 on Windows, pycups or lp elsewhere)"
    )


def require_usb(printer: str) -> None:
    """Raise unless USB printing can work here: pyusb installed and a libusb it can load.

    pyusb is a dependency and is bundled in the installed build together with the libusb the
    build machine has (PyInstaller's hook); a machine without either gets the plain error
    instead of a printer that fails on every ticket.
    """
    if not escpos_printer.Usb.is_usable():
        raise unavailable_error(printer, "USB printing needs pyusb, which is not installed")
    import usb.backend.libusb0
    import usb.backend.libusb1

    if usb.backend.libusb1.get_backend() is None and usb.backend.libusb0.get_backend() is None:
        raise unavailable_error(printer, "USB printing needs libusb, which is not installed")


class _JobClaim:
    """Whether a print job may still send its bytes, or has been given up on by its caller.

    The caller's time-out and the device thread race for it: exactly one of ``start_sending``
    (the device thread, right before the first byte) and ``give_up`` (the caller) wins.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = "queued"

    def start_sending(self) -> bool:
        """False when the caller gave up: the job must not send anything."""
        with self._lock:
            if self._state == "given_up":
                return False
            self._state = "sending"
            return True

    def give_up(self) -> bool:
        """True when the job will now never send; False when its bytes are already going out."""
        with self._lock:
            if self._state == "sending":
                return False
            self._state = "given_up"
            return True


class EscposPrinter:
    """A real printer: implements ``TicketPrinter`` over one :class:`EscposTransport`."""

    simulated = False

    def __init__(
        self,
        name: str,
        transport: EscposTransport,
        layout: escpos_codec.PaperLayout,
        *,
        status_timeout_s: float = 0.5,
        check_status_before_print: bool = True,
        job_timeout_s: float = 30.0,
    ) -> None:
        keep_basic_config_off()  # python-escpos logs through the root logger on every job
        self.name = name
        self._transport = transport
        self._layout = layout
        self._status_timeout_s = status_timeout_s
        self._check_status = check_status_before_print and transport.reads_status
        self._job_timeout_s = job_timeout_s
        self._label = f"{name} ({transport.describe})"
        """How logs name this printer: the staff's name for it, then where it is."""
        self._worker = DeviceWorker(name)

    def print_ticket(self, ticket: TicketPrint) -> None:
        layout = self._layout_for(ticket.paper_width_mm)
        what = f"ticket {ticket.number}" + (" (duplicate)" if ticket.duplicate else "")
        self._print(lambda: escpos_codec.encode_ticket(ticket, layout, load_logo(ticket.logo)),
                    what)

    def print_receipt(self, receipt: ReceiptPrint) -> None:
        layout = self._layout_for(receipt.paper_width_mm)
        self._print(lambda: escpos_codec.encode_receipt(receipt, layout), "receipt")

    def status(self) -> PrinterStatus:
        future = self._worker.submit(self._status)
        try:
            return future.result(timeout=self._job_timeout_s)
        except TimeoutError:
            future.cancel()
            log.warning("%s: status still unknown after %s s", self._label, self._job_timeout_s)
            return PrinterStatus.OFFLINE

    def close(self) -> None:
        self._worker.close()

    def _print(self, encode: Callable[[], bytes], what: str) -> None:
        """Run the job on the device thread and wait for it, at most ``job_timeout_s``.

        A job still queued or connecting when the caller stops waiting is cancelled and never
        sent, so it cannot come out later behind a reprint. One already sending is reported as
        ``PrintOutcomeUnknown``.
        """
        claim = _JobClaim()
        future = self._worker.submit(self._send, encode, what, claim)
        try:
            future.result(timeout=self._job_timeout_s)
        except TimeoutError as exc:
            detail = f"{self._label}: {what} not done after {self._job_timeout_s} s"
            if claim.give_up():
                future.cancel()
                log.warning("%s; cancelled before sending", detail)
                raise offline_error(self.name, f"{detail}, cancelled") from exc
            log.warning("%s; it was being sent and may still print", detail)
            raise PrintOutcomeUnknown(self.name, f"{detail}, was being sent") from exc

    def _layout_for(self, width: PaperWidth | None) -> escpos_codec.PaperLayout:
        if width is None or width == self._layout.width_mm:
            return self._layout
        return escpos_codec.PaperLayout.for_width(width)

    def _connect(self) -> Escpos:
        try:
            return self._transport.connect()
        except _TRANSPORT_ERRORS as exc:
            raise offline_error(self.name, f"{self._label}: cannot connect: {exc}") from exc

    def _send(self, encode: Callable[[], bytes], what: str, claim: _JobClaim) -> None:
        started = time.perf_counter()
        data = encode()
        device = self._connect()
        try:
            if self._check_status:
                status = self._ask_status(device)
                if not status.can_print:
                    raise not_printable_error(
                        status, self.name, f"{self._label}: {what} not printed, {status.value}"
                    )
                if status is PrinterStatus.PAPER_LOW:
                    log.warning("%s: paper low", self._label)
            if not claim.start_sending():
                log.info("%s: %s cancelled, nothing sent", self._label, what)
                return
            try:
                device._raw(data)
                self._transport.finish(device)
            except _TRANSPORT_ERRORS as exc:
                raise PrintOutcomeUnknown(
                    self.name, f"{self._label}: {what} sent but not taken: {exc!r}"
                ) from exc
        except _TRANSPORT_ERRORS as exc:
            raise offline_error(self.name, f"{self._label}: {what} failed: {exc}") from exc
        finally:
            _close_quietly(device)
        log.info(
            "%s: %s printed (%d bytes, %.1f ms)",
            self._label, what, len(data), (time.perf_counter() - started) * 1000,
        )

    def _status(self) -> PrinterStatus:
        """The printer's status; ``UNKNOWN`` when it cannot or may not be asked.

        With status checks off the printer is only connected to: a printer that never answers
        status requests must not show as broken all day, but one that cannot be reached at all
        is ``OFFLINE``. A device file or print queue is not touched at all (opening a file for
        writing would empty it).
        """
        if not self._transport.reads_status:
            return PrinterStatus.UNKNOWN
        try:
            device = self._transport.connect()
        except _TRANSPORT_ERRORS as exc:
            log.info("%s: offline: %s", self._label, exc)
            return PrinterStatus.OFFLINE
        try:
            if not self._check_status:
                return PrinterStatus.UNKNOWN
            return self._ask_status(device)
        except _TRANSPORT_ERRORS as exc:
            log.info("%s: offline: %s", self._label, exc)
            return PrinterStatus.OFFLINE
        finally:
            _close_quietly(device)

    def _ask_status(self, device: Escpos) -> PrinterStatus:
        """Send the three DLE EOT requests at once and parse the answers that come back.

        Automatic status back blocks in between are skipped (``escpos_codec.status_answers``).
        """
        device._raw(b"".join(escpos_codec.STATUS_REQUESTS))
        expected = len(escpos_codec.STATUS_REQUESTS)
        received = answers = b""
        deadline = time.monotonic() + self._status_timeout_s
        while len(answers) < expected:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            chunk = self._transport.read(device, remaining)
            if not chunk:
                break
            received += chunk
            answers = escpos_codec.status_answers(received)
        status = escpos_codec.parse_status(answers[:expected])
        log.debug("%s: status %s (received %s)", self._label, status, received.hex())
        return status


def _close_quietly(device: Escpos) -> None:
    """Close the connection; a failure to close changes nothing about the job's outcome."""
    try:
        device.close()
    except _TRANSPORT_ERRORS as exc:
        log.debug("closing printer connection: %s", exc)
