"""An order's receipt on a real ESC/POS network printer (a TCP sink): the bytes decoded show
the fee lines in €, the total, the payment, the order number and the leges text; a printer
that is switched off fails the print but leaves the order committed and reprintable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.catalogue_samples import PASPOORT, UITTREKSEL, FakeCatalogueReader
from tests.escpos_decoder import decode
from tests.integration.devices.printer.tcp_sink import TcpPrinterSink
from tests.integration.orders.conftest import Clock, RecordingDocuments
from tests.integration.orders.test_order_service import ready, visit
from workstation.devices.manager import DeviceManager, build_device_manager
from workstation.devices.printer import PrinterConfig
from workstation.domain.errors import UserFacingError
from workstation.domain.order import Payment, PaymentMethod
from workstation.services.catalogue_service import CatalogueService
from workstation.services.contact_service import KeyConfig
from workstation.services.order_service import OrderService
from workstation.settings import DeviceSettings
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.order_store import OrderStore
from workstation.wiring.receipt_printer import DeviceReceiptPrinter

WAIT_S = 5.0


@pytest.fixture
def sink() -> Iterator[TcpPrinterSink]:
    with TcpPrinterSink() as printer:
        yield printer


def manager(port: int) -> DeviceManager:
    config = PrinterConfig(backend="network", host="127.0.0.1", port=port, timeout_s=0.5,
                           status_timeout_s=0.3)
    return build_device_manager(DeviceSettings(printer=config), demo=False, frozen=True,
                                poll_interval_s=0.05)


def service(database: WorkstationDatabase, devices: DeviceManager) -> OrderService:
    clock = Clock()
    return OrderService(OrderStore(database), CatalogueService(FakeCatalogueReader(), clock),
                        KeyConfig(7, "LOK"), DeviceReceiptPrinter(devices, timeout_s=WAIT_S),
                        RecordingDocuments(), clock=clock)


def test_the_receipt_reaches_the_printer_with_euro_amounts_and_leges_text(
        sink: TcpPrinterSink, tmp_path: Path) -> None:
    database = WorkstationDatabase.in_directory(tmp_path)
    try:
        with manager(sink.port) as devices:
            orders = service(database, devices)
            draft = ready(orders.start(visit()).add(UITTREKSEL, on=orders.today())
                          .add(PASPOORT, on=orders.today(), options=("spoed",)))
            order = orders.checkout(draft, Payment(PaymentMethod.PIN, 1525 + 8470 + 5770,
                                                   "STAN 004512"))
            assert orders.print_receipt(order).receipt_printed
            assert sink.wait_for_print_jobs(1)
    finally:
        database.dispose()
    texts = decode(sink.print_jobs[0]).texts
    assert "Gemeente Bergen op Zoom" in texts and "Kwitantie" in texts
    assert "Bestelnummer: 0748-07-000001" in texts
    assert any(t.startswith("Leges Uittreksel BRP") and t.endswith("€ 15,25") for t in texts)
    assert any(t.startswith("Leges Paspoort") and t.endswith("€ 84,70") for t in texts)
    assert any(t.startswith("Spoedlevering") and t.endswith("€ 57,70") for t in texts)
    assert any(t.startswith("Totaal") and t.endswith("€ 157,65") for t in texts)
    assert "Betaald met: Pin (ref. STAN 004512)" in texts
    joined = " ".join(texts)
    assert "Paspoort: af te halen vanaf 01-12-2026." in joined  # spoed: the next working day
    assert "Leges volgens de legesverordening 2026 van Gemeente Bergen op Zoom." in joined


def test_a_printer_that_is_off_leaves_the_order_committed(tmp_path: Path) -> None:
    database = WorkstationDatabase.in_directory(tmp_path)
    with TcpPrinterSink() as sink:
        port = sink.port
    try:
        with manager(port) as devices:  # nothing listens on the port any more
            orders = service(database, devices)
            draft = ready(orders.start(visit()).add(UITTREKSEL, on=orders.today()))
            order = orders.checkout(draft, Payment(PaymentMethod.CONTANT, 1525))
            with pytest.raises(UserFacingError):
                orders.print_receipt(order)
            assert orders.order(order.number) == order  # committed, receipt not printed
            with TcpPrinterSink(port=port) as again:
                assert orders.print_receipt(order).receipt_printed
                assert again.wait_for_print_jobs(1)
    finally:
        database.dispose()
