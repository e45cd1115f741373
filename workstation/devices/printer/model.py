"""What gets printed: plain, immutable descriptions of a ticket and a receipt (no I/O).

``paper_width_mm`` on a print is an override: ``None`` (the default) means "the width of the
printer it goes to", which is a hardware fact from the printer's settings. Set it only to force a
layout, e.g. a 58 mm preview on an 80 mm simulated printer.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Literal

PaperWidth = Literal[80, 58]


class PrinterStatus(enum.Enum):
    """What a printer reports through the real-time status command (DLE EOT).

    ``UNKNOWN`` is for transports that cannot read an answer (a CUPS or Windows queue, a device
    file): printing is attempted, and a failure only shows when the transport itself fails.
    """

    READY = "ready"
    PAPER_LOW = "paper_low"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    UNKNOWN = "unknown"

    @property
    def can_print(self) -> bool:
        """True when a print job may be sent (paper low still prints)."""
        return self in {PrinterStatus.READY, PrinterStatus.PAPER_LOW, PrinterStatus.UNKNOWN}


@dataclass(frozen=True, slots=True)
class TicketPrint:
    """A queue ticket (wachtnummer) as it appears on paper.

    Every text is already in the visitor's language (``wiring/ticket_layout.py`` decides what
    the ticket says); the printer adds only layout, the ticket number and the issue time.
    """

    municipality: str
    location: str
    """The location (vestiging) where the ticket counts: a visitor can be in the wrong one."""
    heading: str
    """The words above the number ("Uw wachtnummer")."""
    number: str
    service: str
    issued_at: datetime
    qr_payload: str
    lines: tuple[str, ...] = ()
    """Sentences under the service: the appointment time, people ahead, the expected wait."""
    footer: str = ""
    duplicate_label: str = ""
    """Printed large under the number when this paper is a copy of one that may already have
    come out ("DUPLICAAT"); empty for the first paper."""
    logo: bytes | Path | None = None
    """Image file contents (PNG, BMP, ...) or a path to one; printed centred above the name."""
    paper_width_mm: PaperWidth | None = None

    def __post_init__(self) -> None:
        if not self.number.strip():
            raise ValueError("ticket number is empty")
        if self.issued_at.tzinfo is None:
            raise ValueError("issued_at must be timezone-aware")
        if not self.qr_payload:
            raise ValueError("qr_payload is empty")

    @property
    def duplicate(self) -> bool:
        return bool(self.duplicate_label)


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    description: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class ReceiptPrint:
    """A payment receipt (kwitantie) for fees paid at the counter."""

    municipality: str
    lines: tuple[ReceiptLine, ...]
    total: Decimal
    payment_method: str
    paid_at: datetime
    counter: str
    paper_width_mm: PaperWidth | None = field(default=None)
    reference: str = ""
    """The order number the receipt belongs to (printed under the counter)."""
    notes: tuple[str, ...] = ()
    """Sentences under the payment: the leges text, when a pickup is ready."""

    def __post_init__(self) -> None:
        if self.paid_at.tzinfo is None:
            raise ValueError("paid_at must be timezone-aware")
        if not self.lines:
            raise ValueError("a receipt needs at least one line")
        line_sum = sum((line.amount for line in self.lines), Decimal(0))
        if line_sum != self.total:
            raise ValueError(f"total {self.total} is not the sum of the lines {line_sum}")
