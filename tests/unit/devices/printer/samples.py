"""Tickets and receipts used across the printer tests."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from workstation.devices.printer.model import ReceiptLine, ReceiptPrint, TicketPrint

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
TICKET_ID = "3f2a9c1e-0b4d-4c8e-9a57-6d1f2e3b4a5c"


def ticket(number: str = "A012", **changes: object) -> TicketPrint:
    fields: dict[str, object] = {
        "municipality": "Gemeente Súdwest-Fryslân",
        "location": "Stadskantoor Sneek",
        "heading": "Uw wachtnummer",
        "number": number,
        "service": "Paspoort en identiteitskaart",
        "issued_at": datetime(2025, 3, 12, 9, 41, tzinfo=AMSTERDAM),
        "qr_payload": TICKET_ID,
        "lines": ("Er wachten 3 mensen voor u.", "Verwachte wachttijd: ongeveer 15 minuten."),
        "footer": "Bewaar dit briefje – één ĳsje kost € 2,50",
    }
    fields.update(changes)
    return TicketPrint(**fields)  # type: ignore[arg-type]


def receipt() -> ReceiptPrint:
    return ReceiptPrint(
        municipality="Gemeente IJsselstein",
        lines=(
            ReceiptLine("Paspoort volwassene (18 jaar en ouder), spoedlevering", Decimal("84.70")),
            ReceiptLine("Uittreksel BRP", Decimal("15.30")),
            ReceiptLine("Verklaring omtrent het gedrag", Decimal("1041.25")),
        ),
        total=Decimal("1141.25"),
        payment_method="pin",
        paid_at=datetime(2025, 7, 1, 12, 5, tzinfo=UTC),
        counter="Balie 3",
    )
