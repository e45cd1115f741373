"""The order service's ``ReceiptPrinter`` port on the device manager's ESC/POS printer.

The order's receipt text (domain/order_receipt.py) becomes the printer's ``ReceiptPrint``;
amounts go from cents to exact Decimals, never through a float.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from decimal import Decimal
from typing import Literal

from workstation.devices.manager import DeviceManager
from workstation.devices.printer.errors import PrintOutcomeUnknown
from workstation.devices.printer.model import ReceiptLine, ReceiptPrint
from workstation.domain.errors import UserFacingError
from workstation.domain.order import ReceiptText
from workstation.services.device_ports import DeviceBoard
from workstation.wiring.device_board import ManagedDeviceBoard

RECEIPT_TIMEOUT_S = 30.0


def receipt_print_for(receipt: ReceiptText,
                      paper_width: Literal[80, 58] | None = None) -> ReceiptPrint:
    return ReceiptPrint(
        municipality=receipt.municipality,
        lines=tuple(ReceiptLine(description, _euros(cents))
                    for description, cents in receipt.lines),
        total=_euros(receipt.total_cents),
        payment_method=receipt.payment,
        paid_at=receipt.paid_at,
        counter=receipt.counter,
        paper_width_mm=paper_width,
        reference=receipt.order_number,
        notes=receipt.notes,
    )


def _euros(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


class DeviceReceiptPrinter:
    """Prints on the printer's own thread and waits for it (call from a service thread)."""

    def __init__(self, manager: DeviceManager, paper_width: Literal[80, 58] | None = None,
                 timeout_s: float = RECEIPT_TIMEOUT_S) -> None:
        self._manager = manager
        self._paper_width = paper_width
        self._timeout_s = timeout_s

    def print_receipt(self, receipt: ReceiptText) -> None:
        job = self._manager.print_receipt(receipt_print_for(receipt, self._paper_width))
        try:
            job.result(self._timeout_s)
        except FutureTimeout as exc:
            raise PrintOutcomeUnknown(
                "bonprinter", f"receipt {receipt.order_number}: no answer in "
                f"{self._timeout_s:.0f} s") from exc


class StartingReceiptPrinter:
    """The receipt printer of devices that start after the window shows (ui/main.py):
    ``board`` gives the device board once they have started, None until then."""

    def __init__(self, board: Callable[[], DeviceBoard | None],
                 paper_width: Literal[80, 58] | None = None) -> None:
        self._board = board
        self._paper_width = paper_width

    def print_receipt(self, receipt: ReceiptText) -> None:
        board = self._board()
        manager = board.manager if isinstance(board, ManagedDeviceBoard) else None
        if manager is None:
            raise UserFacingError(
                "De bonprinter is nog niet gestart.",
                "Kies over een paar seconden Kwitantie opnieuw afdrukken.",
                detail=f"receipt {receipt.order_number}: devices not started yet")
        DeviceReceiptPrinter(manager, self._paper_width).print_receipt(receipt)
