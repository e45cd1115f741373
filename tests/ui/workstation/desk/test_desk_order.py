"""Issue 12 end to end at the counter, as the GUI's entry point builds it (ui/main.py): the
colleague signs in, calls a ticket, a passport on the simulated ID reader identifies the RvIG
test person, the Bestelling tab orders an uittreksel BRP paid by pin, and Afrekenen prints the
receipt on a TCP ESC/POS printer, saves the signed PDF (no system printer here) and leaves
the zaak in the outbox. Once by keyboard alone, once by mouse."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.escpos_decoder import decode
from tests.integration.devices.printer.tcp_sink import TcpPrinterSink
from tests.ui.workstation.conftest import LOCATION
from tests.ui.workstation.desk.conftest import WAIT_MS, DemoKcc, desk_of
from tests.ui.workstation.fakes import FakeDevices
from workstation.app import Site
from workstation.devices.idreader.sim_backend import SimulatedIdReader
from workstation.devices.manager import DeviceManager
from workstation.devices.printer import PrinterConfig, build_printer
from workstation.documents.verify import Verdict, verify_pdf
from workstation.domain.outbox import OutboxKind
from workstation.services.staff_service import DEMO_PIN
from workstation.settings import load_settings
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.main import sign_in_flow
from workstation.ui.main_window import MainWindow
from workstation.ui.order_panel import OrderPanel
from workstation.ui.sign_in_window import SignInFlow
from workstation.wiring.device_board import ManagedDeviceBoard
from workstation.wiring.documents import trusted_keys_from

PIN_REFERENCE = "STAN 004512"


@pytest.fixture
def sink() -> Iterator[TcpPrinterSink]:
    with TcpPrinterSink() as printer:
        yield printer


@pytest.fixture
def board(sink: TcpPrinterSink) -> Iterator[ManagedDeviceBoard]:
    """The counter's devices: an ESC/POS printer on the network, the simulated ID reader."""
    printer = build_printer(PrinterConfig(backend="network", host=sink.host, port=sink.port,
                                          timeout_s=1, status_timeout_s=1))
    opened = ManagedDeviceBoard(DeviceManager(
        printer, SimulatedIdReader(latency_s=0, line_timeout_s=0.05)))
    yield opened
    opened.close()


@pytest.fixture
def signed_in(qtbot: QtBot, site: Site, board: ManagedDeviceBoard, language: LanguageSwitcher,
              demo_kcc: DemoKcc, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              ) -> Iterator[Callable[[bool], MainWindow]]:
    """The counter workstation's sign-in, then its window with a ticket waiting. The desk's
    service is the demo KCC's, whose lookup threads the fixture stops at the end."""
    monkeypatch.setattr(demo_kcc.kcc, "desk_service", lambda _code, _relay=None: demo_kcc.service)
    settings = load_settings(environ={
        "LOKET_WORKSTATION__ROLE": "counter", "LOKET_WORKSTATION__LOCATION": LOCATION,
        "LOKET_WORKSTATION__COUNTER": "2", "LOKET_DATA_DIR": str(tmp_path / "data"),
        "LOKET_DOCUMENTS__SAVE_FOLDER": str(tmp_path / "documenten")})
    flows: list[SignInFlow] = []

    def sign_in(keyboard: bool) -> MainWindow:
        site.queue.issue_ticket(LOCATION, "A")
        flow = sign_in_flow(site, board, language, settings, demo_kcc.kcc)
        flows.append(flow)
        flow.start()
        page = flow.sign_in.page
        if keyboard:
            flow.sign_in.activateWindow()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is page.code, timeout=WAIT_MS)
            type_text(qtbot, "mw01")
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            type_text(qtbot, DEMO_PIN)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(page.code, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(page.code, "mw01")
            qtbot.mouseClick(page.pin, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(page.pin, DEMO_PIN)
            qtbot.keyClick(page.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: flow.window is not None and flow.window.snapshot is not None,
                        timeout=WAIT_MS)
        assert flow.window is not None
        return flow.window

    yield sign_in
    for flow in flows:
        window = flow.window
        flow.shutdown()
        if window is not None:
            window.close()
            window.deleteLater()
        flow.sign_in.close()
        flow.sign_in.deleteLater()


def type_text(qtbot: QtBot, text: str) -> None:
    """Typed into whatever has the keyboard focus, as a person at the keyboard would."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def press(qtbot: QtBot, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 30) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}")


def orders_of(window: MainWindow) -> OrderPanel:
    assert window.orders is not None
    return window.orders


def identify_by_passport(qtbot: QtBot, window: MainWindow, board: ManagedDeviceBoard) -> None:
    board.manager.present_simulated_document("nl-paspoort-specimen").result(10)
    desk = desk_of(window)
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)
    panel = orders_of(window)
    qtbot.waitUntil(lambda: "Identiteit gecontroleerd" in panel.identity.text(),
                    timeout=WAIT_MS)
    assert "Willeke Liselotte de Bruijn" in panel.visitor.text()


def check_the_visit_was_served(qtbot: QtBot, window: MainWindow, sink: TcpPrinterSink,
                               demo_kcc: DemoKcc, tmp_path: Path) -> None:
    panel = orders_of(window)
    qtbot.waitUntil(lambda: "Kwitantie afgedrukt." in panel.message.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Document:" in panel.message.text(), timeout=WAIT_MS)
    order = panel.last_order
    assert order is not None
    assert [line.product_code for line in order.lines] == ["uittreksel-brp"]
    assert order.visit.ticket_number == window.counter.current.number  # type: ignore[union-attr]
    texts = decode(sink.print_jobs[0]).texts
    assert any(order.number in text for text in texts), texts
    assert any(f"Pin (ref. {PIN_REFERENCE})" in text for text in texts), texts
    assert any("Uittreksel BRP" in text for text in texts), texts
    saved = list((tmp_path / "documenten").glob("uittreksel-brp-*.pdf"))
    assert len(saved) == 1
    verification = verify_pdf(saved[0].read_bytes(), trusted_keys_from(demo_kcc.kcc.settings))
    assert verification.verdict is Verdict.GENUINE, verification.message
    assert verification.specimen
    zaken = [item for item in demo_kcc.kcc.store.outbox_items()
             if item.kind is OutboxKind.ZAAK]
    assert len(zaken) == 1
    payload = json.loads(zaken[0].payload)
    assert "UITTREKSEL-BRP" in json.dumps(payload)
    assert f"Bestelling {order.number}" in json.dumps(payload)


def test_an_uittreksel_brp_served_by_keyboard_alone(
    qtbot: QtBot, signed_in: Callable[[bool], MainWindow], board: ManagedDeviceBoard,
    sink: TcpPrinterSink, demo_kcc: DemoKcc, tmp_path: Path,
) -> None:
    window = signed_in(True)
    counter = window.counter
    assert counter is not None
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: counter.current is not None, timeout=WAIT_MS)
    identify_by_passport(qtbot, window, board)
    panel = orders_of(window)
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert counter.tabs.currentWidget() is panel
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is panel.browser.picker.search
    type_text(qtbot, "uittreksel brp")
    press(qtbot, Qt.Key.Key_Return)
    assert [line.product.code for line in panel.draft.lines] == ["uittreksel-brp"]
    for box in panel.checklist.boxes:
        tab_to(qtbot, box)
        press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, panel.payment.reference)
    type_text(qtbot, PIN_REFERENCE)
    assert panel.draft.problems() == ()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    check_the_visit_was_served(qtbot, window, sink, demo_kcc, tmp_path)
    press(qtbot, Qt.Key.Key_F7)  # Start, then Afronden: the visit ends, the order tab empties
    qtbot.waitUntil(counter.finish.isEnabled, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: counter.current is None, timeout=WAIT_MS)
    assert panel.visit is None
    assert panel.visitor.text() == "Geen bezoeker"


def test_an_uittreksel_brp_served_by_mouse(
    qtbot: QtBot, signed_in: Callable[[bool], MainWindow], board: ManagedDeviceBoard,
    sink: TcpPrinterSink, demo_kcc: DemoKcc, tmp_path: Path,
) -> None:
    window = signed_in(False)
    counter = window.counter
    assert counter is not None
    qtbot.mouseClick(counter.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.current is not None, timeout=WAIT_MS)
    identify_by_passport(qtbot, window, board)
    panel = orders_of(window)
    bar = counter.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(counter.tabs.indexOf(panel)).center())
    assert counter.tabs.currentWidget() is panel
    picker = panel.browser.picker
    qtbot.waitUntil(lambda: picker.list.count() > 0, timeout=WAIT_MS)
    row = next(index for index in range(picker.list.count())
               if picker.list.item(index).text().startswith("Uittreksel BRP"))
    item_rect = picker.list.visualItemRect(picker.list.item(row))
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [line.product.code for line in panel.draft.lines] == ["uittreksel-brp"]
    for box in panel.checklist.boxes:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked()
    qtbot.mouseClick(panel.payment.reference, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.payment.reference, PIN_REFERENCE)  # typed off the pin terminal
    assert panel.draft.problems() == ()
    qtbot.mouseClick(panel.checkout_button, Qt.MouseButton.LeftButton)
    check_the_visit_was_served(qtbot, window, sink, demo_kcc, tmp_path)


def test_the_phone_reads_the_counters_catalogue(
    qtbot: QtBot, site: Site, language: LanguageSwitcher, demo_kcc: DemoKcc, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, devices: FakeDevices,
) -> None:
    """The phone role's Producten tab: the same product text, fee and checklist as the
    counter, from the one catalogue; nothing to order there."""
    monkeypatch.setattr(demo_kcc.kcc, "desk_service", lambda _code, _relay=None: demo_kcc.service)
    settings = load_settings(environ={
        "LOKET_WORKSTATION__ROLE": "phone", "LOKET_WORKSTATION__LOCATION": LOCATION,
        "LOKET_DATA_DIR": str(tmp_path / "data")})
    flow = sign_in_flow(site, devices, language, settings, demo_kcc.kcc)
    try:
        flow.start()
        page = flow.sign_in.page
        page.code.setText("mw03")
        page.pin.setText(DEMO_PIN)
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: flow.window is not None and flow.window.snapshot is not None,
                        timeout=WAIT_MS)
        window = flow.window
        assert window is not None and window.orders is None
        products = window.products
        assert products is not None
        desk = desk_of(window)
        bar = desk.tabs.tabBar()
        index = desk.tabs.indexOf(products)
        assert desk.tabs.tabText(index) == "Producten"
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        qtbot.waitUntil(lambda: products.picker.list.count() > 0, timeout=WAIT_MS)
        qtbot.keyClicks(products.picker.search, "rijbewijs verl")
        catalogue = demo_kcc.kcc.catalogue_service()
        renewal = next(product for product in catalogue.products("0748")
                       if product.code == "rijbewijs-verlengen")
        qtbot.waitUntil(lambda: products.info.name.text() == renewal.title_nl, timeout=WAIT_MS)
        fee = f"{renewal.tariff_on(catalogue.today()).amount_cents / 100:.2f}".replace(".", ",")
        assert fee in products.info.fees.text()
        assert renewal.checklist[0].text_nl in products.info.checklist.text()
    finally:
        window = flow.window
        flow.shutdown()
        if window is not None:
            window.close()
            window.deleteLater()
        flow.sign_in.close()
        flow.sign_in.deleteLater()
