"""Afrekenen on a real ESC/POS network printer (a TCP printer on 127.0.0.1): the receipt bytes
decode to the order, and a printer out of paper leaves the order committed until the worker
prints the receipt again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.catalogue_samples import FakeCatalogueReader
from tests.escpos_decoder import decode
from tests.integration.devices.printer import tcp_sink
from tests.integration.devices.printer.tcp_sink import TcpPrinterSink
from tests.integration.orders.conftest import Clock, RecordingDocuments
from tests.ui.order_desk import COUNTER, LOCATION, our_threads, visit
from workstation.devices.manager import DeviceManager
from workstation.devices.printer import PrinterConfig, build_printer
from workstation.domain.outbox import OutboxKind
from workstation.services.catalogue_service import CatalogueService
from workstation.services.contact_service import KeyConfig
from workstation.services.order_service import OrderService
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.order_store import OrderStore
from workstation.store.local.outbox_store import WorkstationStore
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.order_panel import OrderPanel
from workstation.wiring.receipt_printer import DeviceReceiptPrinter

WAIT_MS = 10_000


@pytest.fixture
def sink() -> Iterator[TcpPrinterSink]:
    with TcpPrinterSink() as printer:
        yield printer


@pytest.fixture
def panel(qtbot: QtBot, qapp: QApplication, tmp_path: Path,
          sink: TcpPrinterSink) -> Iterator[OrderPanel]:
    language = LanguageSwitcher()
    language.set_language("nl")
    database = WorkstationDatabase.in_directory(tmp_path)
    manager = DeviceManager(build_printer(PrinterConfig(
        backend="network", host=sink.host, port=sink.port, timeout_s=1, status_timeout_s=1)))
    clock = Clock()
    catalogue = CatalogueService(FakeCatalogueReader(), clock)
    orders = OrderService(OrderStore(database), catalogue, KeyConfig(7, "LOK"),
                          DeviceReceiptPrinter(manager), RecordingDocuments(), clock=clock)
    opened = OrderPanel(orders, catalogue, LOCATION, COUNTER, language, lambda _doc: "")
    qtbot.addWidget(opened)
    opened.show()
    opened.load()
    qtbot.waitUntil(lambda: opened.browser.picker.list.count() == 3, timeout=WAIT_MS)
    try:
        yield opened
    finally:
        opened.shutdown()
        manager.close()
        assert WorkstationStore(database).outbox_items()[0].kind is OutboxKind.ZAAK
        database.dispose()
        assert our_threads() == []


def _afrekenen(qtbot: QtBot, panel: OrderPanel) -> None:
    panel.set_visit(visit())
    qtbot.keyClicks(panel.browser.picker.search, "uittreksel")
    qtbot.keyClick(panel.browser.picker.search, Qt.Key.Key_Return)
    qtbot.keyClick(panel.checklist.boxes[0], Qt.Key.Key_Space)
    qtbot.keyClicks(panel.payment.reference, "STAN 004512")
    qtbot.mouseClick(panel.checkout_button, Qt.MouseButton.LeftButton)


def test_the_receipt_on_the_printer_says_what_was_paid(
        qtbot: QtBot, panel: OrderPanel, sink: TcpPrinterSink) -> None:
    _afrekenen(qtbot, panel)
    qtbot.waitUntil(lambda: "Kwitantie afgedrukt." in panel.message.text(), timeout=WAIT_MS)
    order = panel.last_order
    assert order is not None
    receipt = decode(sink.print_jobs[0])
    texts = receipt.texts
    assert receipt.ends_with_cut
    assert any("Leges Uittreksel BRP" in text and "15,25" in text for text in texts), texts
    assert any("Pin (ref. STAN 004512)" in text for text in texts), texts
    assert any(order.number in text for text in texts), texts


def test_a_printer_out_of_paper_keeps_the_order_and_prints_it_again(
        qtbot: QtBot, panel: OrderPanel, sink: TcpPrinterSink) -> None:
    sink.answers = tcp_sink.PAPER_OUT
    _afrekenen(qtbot, panel)
    qtbot.waitUntil(panel.reprint_button.isVisible, timeout=WAIT_MS)
    order = panel.last_order
    assert order is not None
    assert "is vastgelegd en betaald, maar de kwitantie is niet afgedrukt" in (
        panel.message.text())
    assert sink.print_jobs == []
    sink.answers = tcp_sink.READY  # paper in
    qtbot.mouseClick(panel.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(sink.print_jobs) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Kwitantie afgedrukt." in panel.message.text(), timeout=WAIT_MS)
    assert any(order.number in text for text in decode(sink.print_jobs[0]).texts)
    assert not panel.reprint_button.isVisible()
