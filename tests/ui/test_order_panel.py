"""The order panel at the counter, driven by keyboard and by mouse in a real window: choose a
product, tick its checklist, record the payment, Afrekenen → receipt, document, zaak."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from tests.ui.order_desk import (
    BSN,
    CATALOGUE,
    COUNTER,
    LOCATION,
    OrderDesk,
    SampleReader,
    visit,
)
from workstation.domain.catalogue import Catalogue
from workstation.domain.errors import StoreUnavailable
from workstation.domain.order import IdentityCheck, PaymentMethod
from workstation.domain.outbox import OutboxKind
from workstation.services.catalogue_service import CatalogueService
from workstation.services.order_service import ProducedDocument
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.order_panel import OrderPanel, office_documents

WAIT_MS = 5_000


def _wait_idle(qtbot: QtBot, panel: OrderPanel) -> None:
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=WAIT_MS)


def test_an_uittreksel_ordered_and_paid_by_keyboard_prints_files_and_queues_the_zaak(
        qtbot: QtBot, panel: OrderPanel, desk: OrderDesk) -> None:
    panel.set_visit(visit())
    assert "Willeke Liselotte de Bruijn" in panel.visitor.text()
    assert panel.identity.text().startswith("Identiteit gecontroleerd")
    qtbot.keyClick(panel, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.browser.picker.search.hasFocus()
    qtbot.keyClicks(panel.browser.picker.search, "uittr")
    assert panel.browser.info.name.text() == "Uittreksel BRP"
    assert panel.browser.info.fees.text() == "Kosten: € 15,25"
    qtbot.keyClick(panel.browser.picker.search, Qt.Key.Key_Return)
    assert [line.product.code for line in panel.draft.lines] == ["uittreksel-brp"]
    box = panel.checklist.boxes[0]
    assert box.hasFocus() and panel.checklist.labels[0].text() == "Geldig identiteitsbewijs"
    assert panel.checklist.missing.text() == "Ontbreekt nog: Geldig identiteitsbewijs"
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert panel.checklist.missing.text() == "Alles is meegenomen."
    assert panel.payment.total.text() == "€ 15,25"
    assert panel.payment.amount.text() == "15,25"
    for expected in (panel.payment.methods[PaymentMethod.PIN], panel.payment.amount,
                     panel.payment.reference):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    qtbot.keyClicks(panel.payment.reference, "STAN 004512")
    qtbot.keyClick(panel.payment.reference, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(desk.documents.saved) == 1, timeout=WAIT_MS)
    _wait_idle(qtbot, panel)
    receipt = desk.printer.receipts[0]
    assert receipt.lines == (("Leges Uittreksel BRP", 1525),)
    assert receipt.payment == "Pin (ref. STAN 004512)"
    order = panel.last_order
    assert order is not None and order.receipt_printed
    text = panel.message.text()
    assert f"Bestelling {order.number} afgerekend (€ 15,25)." in text
    assert "Kwitantie afgedrukt." in text
    assert f"Document: {desk.documents.saved[0]}" in text
    assert [(r.kind, r.person.bsn) for r in desk.made.requests] == [("uittreksel-brp", BSN)]
    zaak, event = desk.outbox.outbox_items()
    assert zaak.kind is OutboxKind.ZAAK and event.kind is OutboxKind.DELIVERY_EVENT
    assert json.loads(zaak.payload)["status_omschrijving"] == "Afgehandeld"
    assert panel.draft.lines == () and panel.payment.reference.text() == ""


def test_a_driving_licence_renewal_by_mouse_shows_checklist_fee_and_pays_cash(
        qtbot: QtBot, panel: OrderPanel, desk: OrderDesk) -> None:
    panel.set_visit(visit())
    picker = panel.browser.picker
    row = next(i for i in range(picker.list.count())
               if picker.list.item(i).text().startswith("Rijbewijs verlengen"))
    assert picker.list.item(row).text() == "Rijbewijs verlengen  ·  €\u00a052,40"
    rect = picker.list.visualItemRect(picker.list.item(row))
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    info = panel.browser.info
    assert info.name.text() == "Rijbewijs verlengen"
    assert info.delivery.text() == "Af te halen vanaf 07-12-2026"
    assert "• Proces-verbaal van vermissing (bij verlies of diefstal)" in info.checklist.text()
    assert "• Uw huidige rijbewijs (niet bij verlies of diefstal)" in info.checklist.text()
    assert panel.lost.isVisible() and not panel.first.isVisible()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [label.text() for label in panel.checklist.labels] == [
        "Uw huidige rijbewijs (niet bij verlies of diefstal)",
        "Pasfoto, niet ouder dan 6 maanden", "Gezondheidsverklaring bij 75 jaar of ouder"]
    qtbot.mouseClick(panel.checkout_button, Qt.MouseButton.LeftButton)
    assert "nog 3 punt(en) van de checklist niet afgevinkt" in panel.message.text()
    assert desk.outbox.outbox_items() == []
    _click_box(qtbot, panel.checklist.boxes[0])
    assert panel.lines.item(0).text().endswith("2 punten ontbreken")
    qtbot.mouseClick(panel.checklist.labels[1], Qt.MouseButton.LeftButton)  # on the text
    assert panel.lines.item(0).text().endswith("1 punt ontbreekt")
    _click_box(qtbot, panel.checklist.boxes[2])
    assert panel.lines.item(0).text() == "Rijbewijs verlengen  ·  € 52,40"
    qtbot.mouseClick(panel.payment.methods[PaymentMethod.CONTANT], Qt.MouseButton.LeftButton)
    assert not panel.payment.reference.isEnabled()
    qtbot.mouseClick(panel.checkout_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(desk.printer.receipts) == 1, timeout=WAIT_MS)
    _wait_idle(qtbot, panel)
    assert desk.printer.receipts[0].payment == "Contant"
    assert "Rijbewijs verlengen: af te halen vanaf 07-12-2026." in desk.printer.receipts[0].notes
    assert json.loads(desk.outbox.outbox_items()[0].payload)["status_omschrijving"] == (
        "In behandeling")
    assert desk.documents.saved == []  # Loket makes no driving licences


def test_spoed_and_the_minors_fee_are_in_the_total(
        qtbot: QtBot, panel: OrderPanel) -> None:
    panel.set_visit(visit(birth=date(2012, 6, 1)))
    qtbot.keyClicks(panel.browser.picker.search, "paspoort")
    assert panel.browser.info.fees.text() == (
        "Kosten: € 84,70 · onder 18 jaar: € 63,00 · Spoedlevering: € 57,70 extra")
    spoed = panel.option_boxes["spoed"]
    assert spoed.text() == "Spoedlevering (+ € 57,70)"
    _click_box(qtbot, spoed)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.payment.total.text() == "€ 120,70"
    assert "Toestemming van beide ouders (onder 18 jaar)" in [
        label.text() for label in panel.checklist.labels]


def test_a_card_number_is_refused_and_wiped_from_the_screen(
        qtbot: QtBot, panel: OrderPanel, desk: OrderDesk) -> None:
    panel.set_visit(visit())
    _order_uittreksel(qtbot, panel)
    qtbot.keyClicks(panel.payment.reference, "4111 1111 1111 1111")
    qtbot.mouseClick(panel.checkout_button, Qt.MouseButton.LeftButton)
    assert "Dit lijkt een kaartnummer" in panel.message.text()
    assert panel.payment.reference.text() == ""
    assert "4111" not in panel.message.text()
    _wait_idle(qtbot, panel)
    assert desk.outbox.outbox_items() == []


def test_without_a_matched_identity_afrekenen_says_what_to_do(
        qtbot: QtBot, panel: OrderPanel, desk: OrderDesk) -> None:
    panel.set_visit(visit(IdentityCheck.DOCUMENT_READ))
    assert panel.identity.text() == "Document gelezen, nog niet vergeleken met de BRP."
    _order_uittreksel(qtbot, panel)
    assert panel.todo.text() == ("Nog te doen: Controleer het identiteitsbewijs: lezen en "
                                 "vergelijken met de BRP.")
    qtbot.keyClicks(panel.payment.reference, "T1")
    qtbot.mouseClick(panel.checkout_button, Qt.MouseButton.LeftButton)
    assert "Controleer het identiteitsbewijs" in panel.message.text()
    panel.set_visit(visit(IdentityCheck.MATCHED))  # the desk matched the document: same visit
    assert [line.product.code for line in panel.draft.lines] == ["uittreksel-brp"]
    assert panel.draft.lines[0].missing == ()
    assert not panel.todo.isVisible()
    qtbot.mouseClick(panel.checkout_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(desk.printer.receipts) == 1, timeout=WAIT_MS)
    _wait_idle(qtbot, panel)


def test_a_jammed_printer_keeps_the_order_and_the_receipt_is_printed_again(
        qtbot: QtBot, panel: OrderPanel, desk: OrderDesk) -> None:
    panel.set_visit(visit())
    desk.printer.jammed = True
    _order_uittreksel(qtbot, panel)
    qtbot.keyClicks(panel.payment.reference, "T9")
    qtbot.mouseClick(panel.checkout_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.reprint_button.isVisible, timeout=WAIT_MS)
    order = panel.last_order
    assert order is not None
    assert panel.message.text().startswith(
        f"Bestelling {order.number} is vastgelegd en betaald, maar de kwitantie is niet "
        "afgedrukt: Het papier zit vast.")
    assert desk.orders.order(order.number) == order
    _wait_idle(qtbot, panel)
    desk.printer.jammed = False
    qtbot.keyClick(panel.reprint_button, Qt.Key.Key_Return)  # it has the focus
    qtbot.waitUntil(lambda: len(desk.printer.receipts) == 1, timeout=WAIT_MS)
    _wait_idle(qtbot, panel)
    assert "Kwitantie afgedrukt." in panel.message.text()
    assert desk.orders.order(order.number).receipt_printed
    assert len([i for i in desk.outbox.outbox_items() if i.kind is OutboxKind.ZAAK]) == 1


def test_the_next_visitor_starts_a_new_order(qtbot: QtBot, panel: OrderPanel) -> None:
    panel.set_visit(visit())
    _order_uittreksel(qtbot, panel)
    qtbot.keyClick(panel, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # selects all
    qtbot.keyClicks(panel.browser.picker.search, "paspoort")
    qtbot.keyClick(panel.browser.picker.search, Qt.Key.Key_Return)
    assert len(panel.draft.lines) == 2
    panel.lines.setFocus()
    qtbot.keyClick(panel.lines, Qt.Key.Key_Delete)
    assert [line.product.code for line in panel.draft.lines] == ["uittreksel-brp"]
    panel.set_visit(visit(number="A013"))
    assert panel.draft.lines == ()
    assert panel.draft.visit.ticket_number == "A013"
    panel.set_visit(None)
    assert panel.visitor.text() == "Geen bezoeker"


def test_the_panel_speaks_english(qtbot: QtBot, panel: OrderPanel,
                                  language: LanguageSwitcher) -> None:
    panel.set_visit(visit())
    _order_uittreksel(qtbot, panel)
    qtbot.keyClick(panel, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.browser.picker.search, "paspoort")
    assert panel.option_boxes["spoed"].text() == "Spoedlevering (+ € 57,70)"
    language.set_language("en")
    qtbot.waitUntil(lambda: panel.checkout_button.text() == "Check out (Ctrl+Enter)")
    assert panel.option_boxes["spoed"].text() == "Express delivery (+ €57.70)"
    assert panel.checklist.heading.text() == "Checklist Extract from the BRP"
    assert panel.payment.total.text() == "€15.25"
    assert panel.checklist.labels[0].text() == "Valid proof of identity"


def _order_uittreksel(qtbot: QtBot, panel: OrderPanel) -> None:
    qtbot.keyClicks(panel.browser.picker.search, "uittreksel")
    qtbot.keyClick(panel.browser.picker.search, Qt.Key.Key_Return)
    qtbot.keyClick(panel.checklist.boxes[0], Qt.Key.Key_Space)


def _click_box(qtbot: QtBot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().bottomLeft() / 2)


def test_a_catalogue_that_could_not_be_read_is_read_again_for_the_next_visitor(
        qtbot: QtBot, desk: OrderDesk, language: LanguageSwitcher) -> None:
    reader = SampleReader()
    away = [True]  # the first read fails

    def catalogue() -> Catalogue:
        if away:
            away.clear()
            raise StoreUnavailable("De sitedatabase is niet bereikbaar.", "Even geduld.",
                                   detail="test: site database away")
        return CATALOGUE

    reader.catalogue = catalogue  # type: ignore[method-assign]
    service = CatalogueService(reader, desk.clock)  # type: ignore[arg-type]
    panel = OrderPanel(desk.orders, service, LOCATION, COUNTER, language,
                       desk.documents.output)
    qtbot.addWidget(panel)
    panel.show()
    try:
        panel.load()
        qtbot.waitUntil(lambda: panel.message.text().startswith("De sitedatabase"),
                        timeout=WAIT_MS)
        assert panel.browser.picker.list.count() == 0
        panel.set_visit(visit())
        qtbot.waitUntil(lambda: panel.browser.picker.list.count() == 4, timeout=WAIT_MS)
    finally:
        panel.shutdown()


def test_without_an_office_printer_documents_are_saved_under_their_number(
        qapp: QApplication, tmp_path: Path) -> None:
    output = office_documents(tmp_path, find_printer=lambda: None)
    where = output(ProducedDocument("0748-20261130-K7Q2M9XD", "uittreksel-brp", b"%PDF-1.7"))
    saved = tmp_path / "uittreksel-brp-0748-20261130-K7Q2M9XD.pdf"
    assert where == f"Opgeslagen als {saved}."
    assert saved.read_bytes() == b"%PDF-1.7"


def test_an_uittreksel_in_english_is_asked_in_english(
        qtbot: QtBot, panel: OrderPanel, desk: OrderDesk) -> None:
    panel.set_visit(visit())
    qtbot.keyClicks(panel.browser.picker.search, "uittreksel")
    assert panel.english.isVisible() and not panel.lost.isVisible()
    _click_box(qtbot, panel.english)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    _click_box(qtbot, panel.checklist.boxes[0])
    qtbot.mouseClick(panel.payment.methods[PaymentMethod.OP_REKENING], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.checkout_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(desk.documents.saved) == 1, timeout=WAIT_MS)
    _wait_idle(qtbot, panel)
    assert [request.language for request in desk.made.requests] == ["en"]
    assert desk.printer.receipts[0].payment == "Op rekening: u ontvangt een factuur"
