"""Orders at the counter on a real workstation store: one transaction holds the order, its
zaken and delivery events; the receipt and documents follow; pickups and the cash summary."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from tests.catalogue_samples import PASPOORT, UITTREKSEL, VERHUIZING
from tests.integration.orders.conftest import Clock, RecordingDocuments, RecordingPrinter
from workstation.domain.errors import NotFound, UserFacingError
from workstation.domain.order import (
    CheckoutRefused,
    IdentityCheck,
    LineState,
    OrderDraft,
    Payment,
    PaymentMethod,
    PaymentRefused,
    Visit,
    WrongAmount,
)
from workstation.domain.outbox import OutboxKind
from workstation.domain.person import Person, PersonName
from workstation.services.order_service import OrderService
from workstation.store.local.outbox_store import WorkstationStore

BSN = "999993653"
PERSON = Person(BSN, PersonName("Suzanne", "Moulin"), date(1980, 5, 1), test_data=True)
CALLED = datetime(2026, 11, 30, 8, 55, tzinfo=UTC)


def visit(bsn: str | None = BSN, birth: date = date(1980, 5, 1)) -> Visit:
    return Visit("0748", "BOZ", 3, CALLED, ticket_id="t-1", ticket_number="A012", bsn=bsn,
                 birth_date=birth)


def ready(draft: OrderDraft) -> OrderDraft:
    for line_index, line in enumerate(draft.lines):
        for item in range(len(line.checklist)):
            draft = draft.tick(line_index, item)
    return draft.with_identity(IdentityCheck.MATCHED)


def uittreksel_order(orders: OrderService) -> OrderDraft:
    return ready(orders.start(visit()).add(UITTREKSEL, on=orders.today()))


def test_checkout_commits_order_zaak_and_delivery_event_together(
        orders: OrderService, outbox: WorkstationStore) -> None:
    order = orders.checkout(uittreksel_order(orders), Payment(PaymentMethod.PIN, 1525, "T123"))
    assert order.number == "0748-07-000001"
    assert order.total_cents == 1525
    assert order.lines[0].state is LineState.HANDED_OVER
    items = outbox.outbox_items()
    assert [item.kind for item in items] == [OutboxKind.ZAAK, OutboxKind.DELIVERY_EVENT]
    zaak = json.loads(items[0].payload)
    assert zaak["status_omschrijving"] == "Afgehandeld"
    assert zaak["bronorganisatie"] == "001710011"
    assert zaak["zaaktype"] == "UITTREKSEL-BRP"
    assert zaak["initiator_bsn"] == BSN
    event = json.loads(items[1].payload)
    assert event["event_id"] == "0748-07-000001-1"
    assert event["delivery"] == "direct"
    assert event["started_at"].startswith("2026-11-30T08:55")
    assert event["finished_at"].startswith("2026-11-30T09:00")
    assert BSN not in items[1].payload and BSN not in items[1].stream
    assert orders.order(order.number) == order


def test_a_pickup_is_in_behandeling_and_handed_over_later_with_identity(
        orders: OrderService, outbox: WorkstationStore, clock: Clock) -> None:
    draft = ready(orders.start(visit()).add(PASPOORT, on=orders.today(), options=("spoed",)))
    order = orders.checkout(draft, Payment(PaymentMethod.CONTANT, 8470 + 5770))
    assert order.lines[0].ready_on == date(2026, 12, 1)  # spoed: the next working day
    zaak, opened = outbox.outbox_items()
    assert json.loads(zaak.payload)["status_omschrijving"] == "In behandeling"
    assert json.loads(opened.payload)["finished_at"] is None
    assert orders.awaiting_pickup(BSN) == (order,)

    clock.advance(days=7)
    with pytest.raises(UserFacingError):
        orders.hand_over(order.number, bsn=BSN, identity=IdentityCheck.DOCUMENT_READ)
    with pytest.raises(NotFound):
        orders.hand_over(order.number, bsn="111222333", identity=IdentityCheck.MATCHED)
    handed = orders.hand_over(order.number, bsn=BSN, identity=IdentityCheck.MATCHED)
    assert handed.lines[0].state is LineState.PICKED_UP
    assert orders.awaiting_pickup(BSN) == ()
    finished = outbox.outbox_items()[-1]
    assert finished.kind is OutboxKind.DELIVERY_EVENT
    assert finished.stream == opened.stream  # in order after the "ordered" event
    event = json.loads(finished.payload)
    assert event["started_at"].startswith("2026-11-30T09:00")
    assert event["finished_at"].startswith("2026-12-07T09:00")
    with pytest.raises(UserFacingError):
        orders.hand_over(order.number, bsn=BSN, identity=IdentityCheck.MATCHED)


def test_an_incomplete_order_is_refused_and_nothing_is_stored(
        orders: OrderService, outbox: WorkstationStore) -> None:
    draft = orders.start(visit(bsn=None)).add(PASPOORT, on=orders.today())
    with pytest.raises(CheckoutRefused) as refused:
        orders.checkout(draft, Payment(PaymentMethod.CONTANT, 8470))
    details = [problem.detail for problem in refused.value.problems]
    assert details == ["checkout: no person identified", "checkout: identity not checked",
                       "checkout: checklist incomplete"]
    with pytest.raises(WrongAmount):
        orders.checkout(uittreksel_order(orders), Payment(PaymentMethod.CONTANT, 1500))
    with pytest.raises(PaymentRefused):
        orders.checkout(uittreksel_order(orders), None)
    assert outbox.outbox_items() == []


def test_card_numbers_are_never_taken_as_a_terminal_reference() -> None:
    with pytest.raises(PaymentRefused):
        Payment(PaymentMethod.PIN, 1525, "4111 1111 1111 1111")
    with pytest.raises(PaymentRefused):
        Payment(PaymentMethod.PIN, 1525, "")
    assert Payment(PaymentMethod.PIN, 1525, "STAN 004512 / 1234567890123").amount_cents == 1525


def test_a_free_order_needs_no_payment(orders: OrderService) -> None:
    draft = ready(orders.start(visit()).add(VERHUIZING, on=orders.today()))
    assert orders.checkout(draft, None).payment is None


def test_receipt_and_documents_after_checkout(
        orders: OrderService, printer: RecordingPrinter, documents: RecordingDocuments) -> None:
    draft = ready(orders.start(visit()).add(UITTREKSEL, on=orders.today(), language="en")
                  .add(PASPOORT, on=orders.today()))
    order = orders.checkout(draft, Payment(PaymentMethod.PIN, 1525 + 8470, "T77"))
    printed = orders.print_receipt(order)
    assert printed.receipt_printed and orders.order(order.number).receipt_printed
    receipt = printer.receipts[0]
    assert receipt.lines == (("Leges Uittreksel BRP", 1525), ("Leges Paspoort", 8470))
    assert receipt.total_cents == 9995
    assert receipt.payment == "Pin (ref. T77)"
    assert "Paspoort: af te halen vanaf 07-12-2026." in receipt.notes
    assert any("legesverordening 2026 van Gemeente Bergen op Zoom" in n for n in receipt.notes)
    with pytest.raises(UserFacingError):
        orders.produce(order, replace(PERSON, bsn="111222333"))
    produced = orders.produce(order, PERSON)
    assert [(doc.kind, doc.document_number) for doc in produced] == [
        ("uittreksel-brp", "0748-20261130-1")]
    request = documents.requests[0]
    assert (request.language, request.person, request.issued_on) == ("en", PERSON,
                                                                     date(2026, 11, 30))
    assert request.municipality.rsin == "001710011"


def test_a_jammed_printer_leaves_the_order_committed(
        orders: OrderService, printer: RecordingPrinter) -> None:
    order = orders.checkout(uittreksel_order(orders), Payment(PaymentMethod.CONTANT, 1525))
    printer.jammed = True
    with pytest.raises(UserFacingError):
        orders.print_receipt(order)
    assert not orders.order(order.number).receipt_printed
    printer.jammed = False
    assert orders.print_receipt(order).receipt_printed


def test_cash_summary_per_payment_method(orders: OrderService, clock: Clock) -> None:
    orders.checkout(uittreksel_order(orders), Payment(PaymentMethod.PIN, 1525, "A1"))
    orders.checkout(uittreksel_order(orders), Payment(PaymentMethod.PIN, 1525, "A2"))
    orders.checkout(uittreksel_order(orders), Payment(PaymentMethod.CONTANT, 1525))
    orders.checkout(uittreksel_order(orders), Payment(PaymentMethod.OP_REKENING, 1525))
    clock.advance(days=1)
    orders.checkout(uittreksel_order(orders), Payment(PaymentMethod.CONTANT, 1525))
    summary = orders.cash_summary("BOZ", 3, date(2026, 11, 30))
    assert summary.totals_cents == {PaymentMethod.PIN: 3050, PaymentMethod.CONTANT: 1525,
                                    PaymentMethod.OP_REKENING: 1525}
    assert summary.counts[PaymentMethod.PIN] == 2
    assert summary.total_cents == 6100
    assert orders.cash_summary("BOZ", 4, date(2026, 11, 30)).total_cents == 0
    assert orders.cash_summary("BOZ", 3).total_cents == 1525  # today


def test_delivered_orders_of_earlier_days_no_longer_name_their_person(
        orders: OrderService, clock: Clock) -> None:
    direct = orders.checkout(uittreksel_order(orders), Payment(PaymentMethod.CONTANT, 1525))
    pickup = orders.checkout(
        ready(orders.start(visit()).add(PASPOORT, on=orders.today())),
        Payment(PaymentMethod.PIN, 8470, "P1"))
    clock.advance(days=1)
    orders.checkout(uittreksel_order(orders), Payment(PaymentMethod.CONTANT, 1525))
    assert orders.order(direct.number).visit.bsn is None
    assert orders.order(direct.number).visit.birth_date is None
    assert orders.order(pickup.number).visit.bsn == BSN  # still to be collected
    assert orders.cash_summary("BOZ", 3, date(2026, 11, 30)).total_cents == 1525 + 8470
    orders.hand_over(pickup.number, bsn=BSN, identity=IdentityCheck.MATCHED)
    clock.advance(days=1)
    orders.checkout(uittreksel_order(orders), Payment(PaymentMethod.CONTANT, 1525))
    assert orders.order(pickup.number).visit.bsn is None
    assert orders.awaiting_pickup(BSN) == ()
