"""The counter's receipt printer is found on devices that start after the window: before they
have, a receipt is refused in plain Dutch (the order stays committed; Kwitantie opnieuw
afdrukken prints it later)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from workstation.domain.errors import UserFacingError
from workstation.domain.order import ReceiptText
from workstation.services.deferred_devices import DeferredDeviceBoard
from workstation.wiring.receipt_printer import StartingReceiptPrinter

RECEIPT = ReceiptText("Bergen op Zoom", "Balie 2", "0748-02-000001",
                      datetime(2026, 11, 30, 9, 0, tzinfo=UTC), (("Uittreksel BRP", 1650),),
                      1650, "Pin (ref. STAN 004512)")


def test_a_receipt_before_the_devices_started_is_refused() -> None:
    devices = DeferredDeviceBoard()
    printer = StartingReceiptPrinter(lambda: devices.board)
    with pytest.raises(UserFacingError) as raised:
        printer.print_receipt(RECEIPT)
    assert raised.value.message_template == "De bonprinter is nog niet gestart."
    assert raised.value.detail == "receipt 0748-02-000001: devices not started yet"
    devices.close()
