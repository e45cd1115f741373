"""Real ESC/POS printers through python-escpos's transports.

Only the transport classes of python-escpos are used (``Network``, ``Serial``, ``Usb``,
``File``, ``CupsPrinter``/``LP``, ``Win32Raw``); the bytes come from :mod:`escpos_codec` and go
out through ``_raw`` in one piece (see the codec's docstring for why).

Each job opens the transport, asks the real-time status (where the transport can read an
answer), sends the bytes and closes again. A printer that was unplugged or restarted therefore
works again on the next job without any reconnect logic, and a network printer is not held busy
between jobs for other clients. Every step has a short explicit timeout.
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from escpos import printer as escpos_printer
from escpos.escpos import Escpos
from escpos.exceptions import Error as EscposError

from workstation.devices.printer import escpos_codec
from workstation.devices.printer.errors import (
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
            return bytes(sock.recv(16))
        except TimeoutError:
            return b""
        finally:
            sock.settimeout(self.timeout_s)


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
        return bytes(port.read(16))


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
            return bytes(device.device.read(device.in_ep, 16, int(timeout_s * 1000)))
        except OSError:  # pyusb's USBTimeoutError is an OSError
            return b""


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


def queue_device_class() -> Any:
    """The python-escpos class that reaches a named system queue here; raises if there is none."""
    if sys.platform == "win32":
        candidates: tuple[Any, ...] = (escpos_printer.Win32Raw,)
    else:
        candidates = (escpos_printer.CupsPrinter, escpos_printer.LP)
    for candidate in candidates:
        if candidate.is_usable():
            return candidate
    raise unavailable_error(
        "no system print queue support (needs pywin32 on Windows, pycups or lp elsewhere)"
    )


def require_usb() -> None:
    """Raise when pyusb, which python-escpos needs for USB printers, is not installed."""
    if not escpos_printer.Usb.is_usable():
        raise unavailable_error("USB printing needs pyusb, which is not installed")


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
        self.name = name
        self._transport = transport
        self._layout = layout
        self._status_timeout_s = status_timeout_s
        self._check_status = check_status_before_print and transport.reads_status
        self._job_timeout_s = job_timeout_s
        self._worker = DeviceWorker(name)

    def print_ticket(self, ticket: TicketPrint) -> None:
        self._on_device_thread(self._print_ticket, ticket)

    def print_receipt(self, receipt: ReceiptPrint) -> None:
        self._on_device_thread(self._print_receipt, receipt)

    def status(self) -> PrinterStatus:
        result: PrinterStatus = self._on_device_thread(self._status)
        return result

    def close(self) -> None:
        self._worker.close()

    def _on_device_thread(self, fn: Any, *args: Any) -> Any:
        future = self._worker.submit(fn, *args)
        try:
            return future.result(timeout=self._job_timeout_s)
        except TimeoutError as exc:
            raise offline_error(f"{self._transport.describe}: job still running after "
                                f"{self._job_timeout_s} s") from exc

    def _layout_for(self, width: PaperWidth | None) -> escpos_codec.PaperLayout:
        if width is None or width == self._layout.width_mm:
            return self._layout
        return escpos_codec.PaperLayout.for_width(width)

    def _print_ticket(self, ticket: TicketPrint) -> None:
        layout = self._layout_for(ticket.paper_width_mm)
        data = escpos_codec.encode_ticket(ticket, layout, load_logo(ticket.logo))
        self._send(data, f"ticket {ticket.number}")

    def _print_receipt(self, receipt: ReceiptPrint) -> None:
        data = escpos_codec.encode_receipt(receipt, self._layout_for(receipt.paper_width_mm))
        self._send(data, "receipt")

    def _connect(self) -> Escpos:
        try:
            return self._transport.connect()
        except _TRANSPORT_ERRORS as exc:
            raise offline_error(f"{self._transport.describe}: cannot connect: {exc}") from exc

    def _send(self, data: bytes, what: str) -> None:
        started = time.perf_counter()
        device = self._connect()
        try:
            if self._check_status:
                status = self._ask_status(device)
                if not status.can_print:
                    raise not_printable_error(
                        status, f"{self._transport.describe}: {what} not printed, {status.value}"
                    )
                if status is PrinterStatus.PAPER_LOW:
                    log.warning("%s: paper low", self._transport.describe)
            device._raw(data)
            device.close()
        except _TRANSPORT_ERRORS as exc:
            raise offline_error(f"{self._transport.describe}: {what} failed: {exc}") from exc
        finally:
            _close_quietly(device)
        log.info(
            "%s: %s printed (%d bytes, %.1f ms)",
            self._transport.describe, what, len(data), (time.perf_counter() - started) * 1000,
        )

    def _status(self) -> PrinterStatus:
        if not self._transport.reads_status:
            return PrinterStatus.UNKNOWN
        try:
            device = self._transport.connect()
        except _TRANSPORT_ERRORS as exc:
            log.info("%s: offline: %s", self._transport.describe, exc)
            return PrinterStatus.OFFLINE
        try:
            return self._ask_status(device)
        except _TRANSPORT_ERRORS as exc:
            log.info("%s: offline: %s", self._transport.describe, exc)
            return PrinterStatus.OFFLINE
        finally:
            _close_quietly(device)

    def _ask_status(self, device: Escpos) -> PrinterStatus:
        """Send the three DLE EOT requests at once and parse the answers that come back."""
        device._raw(b"".join(escpos_codec.STATUS_REQUESTS))
        expected = len(escpos_codec.STATUS_REQUESTS)
        answers = b""
        deadline = time.monotonic() + self._status_timeout_s
        while len(answers) < expected:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            chunk = self._transport.read(device, remaining)
            if not chunk:
                break
            answers += chunk
        status = escpos_codec.parse_status(answers[:expected])
        log.debug("%s: status %s (answer %s)", self._transport.describe, status, answers.hex())
        return status


def _close_quietly(device: Escpos) -> None:
    """Close after a failure; the original error is the one worth reporting."""
    try:
        device.close()
    except _TRANSPORT_ERRORS as exc:
        log.debug("closing printer after failure: %s", exc)
