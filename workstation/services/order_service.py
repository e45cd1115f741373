"""Orders at the counter: check out, print the receipt, produce the documents, hand over
pickups later, and the counter's cash summary (kasopmaak).

Retention: an order names its person (BSN, birth date) until its business day is over and
nothing is left to pick up; each checkout drops the person from such orders of earlier days,
keeping what they cost and how they were paid.

``checkout`` commits the order, its payment record, one zaak per product and the anonymous
delivery events in ONE local transaction (the outbox delivers the zaken to the case registry
and the events to the site database later: docs/decisions/0020 and 0025). Everything after it
(receipt, documents) may fail without undoing the order: a jammed printer leaves a committed,
paid order whose receipt can be printed again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Protocol

from workstation.domain.cases import NewZaak
from workstation.domain.catalogue import Delivery
from workstation.domain.errors import NotFound, UserFacingError
from workstation.domain.order import (
    CashSummary,
    CheckoutRefused,
    DeliveryEvent,
    DocumentRequest,
    IdentityCheck,
    LineState,
    Order,
    OrderDraft,
    OrderedLine,
    Payment,
    PaymentMethod,
    ReceiptText,
    Visit,
    check_payment,
)
from workstation.domain.order_receipt import receipt_for
from workstation.domain.outbox import zaak_identificatie
from workstation.domain.person import Person
from workstation.domain.queue import business_day
from workstation.services.catalogue_service import CatalogueService
from workstation.services.contact_service import ZAAK_SEQUENCE, KeyConfig
from workstation.services.local_ports import LocalUnitOfWork

log = logging.getLogger("loket.orders")

ORDER_SEQUENCE = "order"
STATUS_DONE = "Afgehandeld"
STATUS_IN_PROGRESS = "In behandeling"


class OrderUnitOfWork(LocalUnitOfWork, Protocol):
    def add_order(self, order: Order) -> None: ...

    def order(self, number: str) -> Order | None: ...

    def update_order(self, order: Order) -> None: ...

    def orders_awaiting_pickup(self, bsn: str) -> list[Order]: ...

    def orders_on(self, location: str, counter: int, day: date) -> list[Order]: ...

    def forget_persons(self, before: date) -> int:
        """Drop the person from delivered orders of days before ``before``; how many."""
        ...


class OrderStore(Protocol):
    def unit_of_work(self) -> OrderUnitOfWork: ...


class ReceiptPrinter(Protocol):
    def print_receipt(self, receipt: ReceiptText) -> None:
        """Blocks until the printer took the job; UserFacingError when it did not."""
        ...


@dataclass(frozen=True, slots=True)
class ProducedDocument:
    document_number: str  # the documents module mints it (unique, printed on the document)
    kind: str
    pdf: bytes


class DocumentProducer(Protocol):
    def produce(self, request: DocumentRequest) -> ProducedDocument:
        """The signed PDF; UserFacingError when it cannot be made."""
        ...


class OrderService:
    def __init__(
        self, store: OrderStore, catalogue: CatalogueService, keys: KeyConfig,
        printer: ReceiptPrinter, documents: DocumentProducer, *,
        notify: Callable[[], None] = lambda: None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._catalogue = catalogue
        self._keys = keys
        self._printer = printer
        self._documents = documents
        self._notify = notify
        self._clock = clock

    # -- the order at the counter -----------------------------------------------------------

    def start(self, visit: Visit) -> OrderDraft:
        return OrderDraft(visit)

    def today(self) -> date:
        return business_day(self._clock())

    def checkout(self, draft: OrderDraft, payment: Payment | None) -> Order:
        """Commit the order (CheckoutRefused / PaymentRefused: nothing is stored)."""
        problems = draft.problems()
        if problems:
            raise CheckoutRefused(problems)
        now = self._clock()
        day = business_day(now)
        check_payment(payment, draft.total_cents(day))
        visit = draft.visit
        bsn = visit.bsn
        assert bsn is not None  # problems() refuses a draft without a person
        municipality = self._catalogue.municipality(visit.municipality)
        ws = self._keys.workstation_number
        with self._store.unit_of_work() as uow:
            number = f"{visit.municipality}-{ws:02d}-{uow.next_sequence(ORDER_SEQUENCE):06d}"
            lines = []
            for index, line in enumerate(draft.lines, start=1):
                product = line.product
                direct = product.delivery is Delivery.DIRECT
                identificatie = zaak_identificatie(self._keys.zaak_prefix, ws,
                                                   uow.next_sequence(ZAAK_SEQUENCE))
                uow.add_outbox_item(bsn, NewZaak(
                    identificatie=identificatie, bronorganisatie=municipality.rsin,
                    zaaktype=product.zaaktype, omschrijving=product.title_nl[:80],
                    startdatum=day, initiator_bsn=bsn,
                    status_omschrijving=STATUS_DONE if direct else STATUS_IN_PROGRESS,
                    status_gezet_op=now, toelichting=f"Bestelling {number}",
                ), now)
                event = DeliveryEvent(
                    event_id=f"{number}-{index}", municipality_code=visit.municipality,
                    location_code=visit.location, product_uri=product.upl_uri,
                    product_name=product.upl_name, delivery=product.delivery,
                    started_at=visit.called_at if direct else now,
                    finished_at=now if direct else None,
                )
                uow.add_outbox_item(f"delivery-{event.event_id}", event, now)
                fee = line.fee(day)
                lines.append(OrderedLine(
                    product_code=product.code, upl_name=product.upl_name,
                    upl_uri=product.upl_uri, title_nl=product.title_nl,
                    title_en=product.title_en, delivery=product.delivery,
                    fee_lines=tuple((fl.description_nl, fl.amount_cents) for fl in fee.lines),
                    ready_on=product.ready_on(day, line.options),
                    state=LineState.HANDED_OVER if direct else LineState.ORDERED,
                    zaak_identificatie=identificatie, delivery_event_id=event.event_id,
                    document=product.document, language=line.language,
                ))
            order = Order(number, visit, tuple(lines), payment, draft.identity, now, day)
            uow.add_order(order)
            uow.forget_customer(bsn)
            forgotten = uow.forget_persons(before=day)
            uow.commit()
        if forgotten:
            log.info("%d delivered order(s) of earlier days no longer name their person",
                     forgotten)
        log.info("order %s committed: %d product(s), %d cents", number, len(lines),
                 order.total_cents)
        self._notify()
        return order

    def print_receipt(self, order: Order) -> Order:
        """Print (or print again) the order's receipt; the order stays committed whatever the
        printer does. The returned order says the receipt was printed."""
        municipality = self._catalogue.municipality(order.visit.municipality)
        self._printer.print_receipt(receipt_for(order, municipality.name))
        with self._store.unit_of_work() as uow:
            stored = uow.order(order.number) or order
            printed = replace(stored, receipt_printed=True)
            uow.update_order(printed)
            uow.commit()
        return printed

    def produce(self, order: Order, person: Person) -> tuple[ProducedDocument, ...]:
        """The documents of the order's products that Loket makes itself (uittreksels), for
        ``person``: the identified visitor who ordered them, as the BRP gave them."""
        if person.bsn != order.visit.bsn:
            raise UserFacingError(
                "Deze persoon heeft bestelling {number} niet gedaan.",
                "Maak de documenten voor de klant van deze bestelling.",
                detail=f"documents of order {order.number} asked for another person",
                number=order.number)
        municipality = self._catalogue.municipality(order.visit.municipality)
        return tuple(
            self._documents.produce(DocumentRequest(
                kind=line.document, person=person, municipality=municipality,
                issued_on=order.business_day, language=line.language,
            ))
            for line in order.lines if line.document
        )

    def order(self, number: str) -> Order:
        with self._store.unit_of_work() as uow:
            found = uow.order(number)
        if found is None:
            raise NotFound("Bestelling {number} bestaat niet op deze werkplek.",
                           "Controleer het nummer op de kwitantie.",
                           detail=f"order {number!r} not found", number=number)
        return found

    # -- picking up later -------------------------------------------------------------------

    def awaiting_pickup(self, bsn: str) -> tuple[Order, ...]:
        """The person's orders with products still to be picked up, oldest first."""
        with self._store.unit_of_work() as uow:
            return tuple(uow.orders_awaiting_pickup(bsn))

    def hand_over(self, number: str, *, bsn: str, identity: IdentityCheck) -> Order:
        """The visitor picks up what order ``number`` left to collect. Only for the person
        who ordered it, after their identity document was read and matched to the BRP."""
        if identity is not IdentityCheck.MATCHED:
            raise UserFacingError(
                "Controleer eerst het identiteitsbewijs: lezen en vergelijken met de BRP.",
                "Lees het document van de klant en probeer het opnieuw.",
                detail=f"pickup of {number} without a matched identity ({identity})",
            )
        now = self._clock()
        with self._store.unit_of_work() as uow:
            order = uow.order(number)
            if order is None or order.visit.bsn != bsn:
                raise NotFound(
                    "Deze klant heeft geen bestelling {number} om af te halen.",
                    "Controleer het nummer en de geïdentificeerde persoon.",
                    detail=f"order {number!r} not found for this person", number=number)
            if not order.awaiting_pickup:
                raise UserFacingError(
                    "Bestelling {number} is al afgehaald.",
                    "Kijk of de klant nog een andere bestelling heeft om af te halen.",
                    detail=f"order {number} has nothing left to pick up", number=number)
            for line in order.awaiting_pickup:
                uow.add_outbox_item(f"delivery-{line.delivery_event_id}", DeliveryEvent(
                    event_id=line.delivery_event_id, municipality_code=order.visit.municipality,
                    location_code=order.visit.location, product_uri=line.upl_uri,
                    product_name=line.upl_name, delivery=line.delivery,
                    started_at=order.committed_at, finished_at=now,
                ), now)
            handed = replace(order, lines=tuple(
                replace(line, state=LineState.PICKED_UP, picked_up_at=now)
                if line.state is LineState.ORDERED else line
                for line in order.lines))
            uow.update_order(handed)
            uow.commit()
        log.info("order %s picked up", number)
        self._notify()
        return handed

    # -- kasopmaak --------------------------------------------------------------------------

    def cash_summary(self, location: str, counter: int, day: date | None = None,
                     ) -> CashSummary:
        """The counter's takings of ``day`` (default today) per payment method."""
        day = day or self.today()
        with self._store.unit_of_work() as uow:
            orders = uow.orders_on(location, counter, day)
        totals: dict[PaymentMethod, int] = {}
        counts: dict[PaymentMethod, int] = {}
        for order in orders:
            if order.payment is None:
                continue
            method = order.payment.method
            totals[method] = totals.get(method, 0) + order.payment.amount_cents
            counts[method] = counts.get(method, 0) + 1
        return CashSummary(location, counter, day, totals, counts)
