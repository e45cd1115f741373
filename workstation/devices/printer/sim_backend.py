"""A simulated ticket printer that behaves like a real one.

It runs the same codec as a real printer, on its own device thread, keeps every job's bytes and
shows them as text or PNG (read back from the bytes, so the preview shows what paper would).
Tests, demos and IT can make it offline, out of paper, low on paper, cover open, or slow; it then
fails with the same ``UserFacingError`` as a real printer.
"""

from __future__ import annotations

import logging
import threading

from workstation.devices.printer import escpos_codec
from workstation.devices.printer.errors import not_printable_error
from workstation.devices.printer.logo import load_logo
from workstation.devices.printer.model import (
    PaperWidth,
    PrinterStatus,
    ReceiptPrint,
    TicketPrint,
)
from workstation.devices.worker import DeviceWorker

log = logging.getLogger("loket.devices")


class SimulatedPrinter:
    """Implements ``TicketPrinter`` without hardware."""

    simulated = True

    def __init__(
        self,
        name: str = "Gesimuleerde bonprinter",
        layout: escpos_codec.PaperLayout | None = None,
        *,
        condition: PrinterStatus = PrinterStatus.READY,
        latency_s: float = 0.0,
    ) -> None:
        self.name = name
        self._layout = layout or escpos_codec.PaperLayout.for_width(80)
        self._lock = threading.Lock()
        self._jobs: list[bytes] = []
        self._condition = PrinterStatus.READY
        self._latency_s = 0.0
        self._closing = threading.Event()
        self.set_condition(condition)
        self.set_latency(latency_s)
        self._worker = DeviceWorker(name)

    # -- what tests and demos control -----------------------------------------------------

    def set_condition(self, condition: PrinterStatus) -> None:
        """What the printer reports from now on, and whether it prints."""
        if condition is PrinterStatus.UNKNOWN:
            raise ValueError("a simulated printer always knows its status")
        with self._lock:
            self._condition = condition

    def set_latency(self, seconds: float) -> None:
        """How long every print and status request takes from now on."""
        if seconds < 0:
            raise ValueError("latency is negative")
        with self._lock:
            self._latency_s = seconds

    @property
    def jobs(self) -> list[bytes]:
        """The bytes of every job printed so far, oldest first."""
        with self._lock:
            return list(self._jobs)

    def preview_text(self, job: int = -1) -> str:
        from workstation.devices.printer import preview  # for IT and tests, not at start-up

        return preview.render_text(preview.parse(self.jobs[job]), self._layout.columns)

    def preview_png(self, job: int = -1) -> bytes:
        from workstation.devices.printer import preview

        return preview.render_png(preview.parse(self.jobs[job]), self._layout.dots)

    # -- TicketPrinter ---------------------------------------------------------------------

    def print_ticket(self, ticket: TicketPrint) -> None:
        self._worker.submit(self._print_ticket, ticket).result()

    def print_receipt(self, receipt: ReceiptPrint) -> None:
        self._worker.submit(self._print_receipt, receipt).result()

    def status(self) -> PrinterStatus:
        return self._worker.submit(self._status).result()

    def close(self) -> None:
        self._closing.set()
        self._worker.close()

    # -- on the device thread --------------------------------------------------------------

    def _status(self) -> PrinterStatus:
        with self._lock:
            condition, latency = self._condition, self._latency_s
        self._closing.wait(latency)
        return condition

    def _print_ticket(self, ticket: TicketPrint) -> None:
        layout = self._layout_for(ticket.paper_width_mm)
        self._print(escpos_codec.encode_ticket(ticket, layout, load_logo(ticket.logo)),
                    f"ticket {ticket.number}")

    def _print_receipt(self, receipt: ReceiptPrint) -> None:
        self._print(escpos_codec.encode_receipt(receipt, self._layout_for(receipt.paper_width_mm)),
                    "receipt")

    def _layout_for(self, width: PaperWidth | None) -> escpos_codec.PaperLayout:
        if width is None or width == self._layout.width_mm:
            return self._layout
        return escpos_codec.PaperLayout.for_width(width)

    def _print(self, data: bytes, what: str) -> None:
        condition = self._status()
        if not condition.can_print:
            raise not_printable_error(condition, self.name, f"simulated printer {self.name}: "
                                      f"{what} not printed, {condition.value}")
        with self._lock:
            self._jobs.append(data)
        log.info("%s (simulated): %s printed (%d bytes)", self.name, what, len(data))
