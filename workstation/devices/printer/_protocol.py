"""The ticket and receipt printer as the rest of Loket sees it."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from workstation.devices.printer.model import PrinterStatus, ReceiptPrint, TicketPrint


@runtime_checkable
class TicketPrinter(Protocol):
    """An ESC/POS ticket printer, real or simulated.

    Every method blocks its caller until the printer's own I/O thread has done the work, so call
    it from a service thread, never from the GUI thread. ``print_ticket`` and ``print_receipt``
    raise ``UserFacingError`` (plain Dutch, with a next step) when the print failed; they never
    touch anything upstream — the ticket that was being printed stays issued.
    """

    name: str
    simulated: bool

    def print_ticket(self, ticket: TicketPrint) -> None: ...

    def print_receipt(self, receipt: ReceiptPrint) -> None: ...

    def status(self) -> PrinterStatus:
        """Ask the printer now; never raises for an unreachable printer (that is ``OFFLINE``)."""
        ...

    def close(self) -> None:
        """Stop the printer's I/O thread. Idempotent."""
        ...
