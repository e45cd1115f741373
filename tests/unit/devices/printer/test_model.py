"""Validation of what gets printed."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from tests.unit.devices.printer import samples
from workstation.devices.printer.model import PrinterStatus, ReceiptLine, ReceiptPrint


@pytest.mark.parametrize(
    "changes",
    [
        {"number": " "},
        {"issued_at": datetime(2025, 3, 12, 9, 41)},
        {"qr_payload": ""},
    ],
)
def test_invalid_ticket_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        samples.ticket(**changes)  # type: ignore[arg-type]


def test_receipt_total_must_be_the_sum_of_its_lines() -> None:
    good = samples.receipt()
    with pytest.raises(ValueError, match="not the sum"):
        ReceiptPrint(good.municipality, good.lines, Decimal("1"), "pin", good.paid_at, "Balie 3")
    with pytest.raises(ValueError, match="at least one line"):
        ReceiptPrint(good.municipality, (), Decimal(0), "pin", good.paid_at, "Balie 3")
    with pytest.raises(ValueError, match="aware"):
        ReceiptPrint(good.municipality, (ReceiptLine("x", Decimal(1)),), Decimal(1), "pin",
                     datetime(2025, 1, 1), "Balie 3")


def test_which_statuses_can_print() -> None:
    printable = {status for status in PrinterStatus if status.can_print}
    assert printable == {PrinterStatus.READY, PrinterStatus.PAPER_LOW, PrinterStatus.UNKNOWN}
