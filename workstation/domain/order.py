"""An order (bestelling) at the counter: the products a visitor takes, what they brought, the
identity check, the fee for the day and the payment record.

A draft lives on the screen and changes freely; ``checkout`` turns it into an ``Order`` that is
committed with its zaken and delivery events in one local transaction. Rules that decide
whether a draft may be checked out live here, so every screen applies the same ones.

Payment records hold the method, the amount and, for a card payment, the terminal's own
transaction reference. Never card data: a reference that holds something shaped like a card
number (13-19 digits passing the Luhn check) is refused.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from workstation.domain.catalogue import (
    ChecklistItem,
    Delivery,
    FeeQuote,
    Product,
    Situation,
    euro,
)
from workstation.domain.errors import UserFacingError
from workstation.domain.person import Person
from workstation.domain.site import MunicipalityInfo

_DIGIT_RUN = re.compile(r"\d[\d -]{11,}\d")
_REFERENCE = re.compile(r"^[A-Za-z0-9 ./:_-]{1,40}$")


class PaymentMethod(enum.StrEnum):
    PIN = "pin"
    CONTANT = "contant"
    OP_REKENING = "op_rekening"  # invoiced: the visitor pays later

    def label(self, language: str = "nl") -> str:
        return _METHOD_LABELS[language == "en"][self]


_METHOD_LABELS = {
    False: {PaymentMethod.PIN: "Pin", PaymentMethod.CONTANT: "Contant",
            PaymentMethod.OP_REKENING: "Op rekening"},
    True: {PaymentMethod.PIN: "Debit card", PaymentMethod.CONTANT: "Cash",
           PaymentMethod.OP_REKENING: "On account"},
}


class IdentityCheck(enum.StrEnum):
    """Where the counter stands in identifying the visitor."""

    NOT_DONE = "not_done"
    DOCUMENT_READ = "document_read"  # a document was read, not (yet) matched to the BRP
    MATCHED = "matched"  # the document's holder is the person in the BRP
    MISMATCH = "mismatch"  # the document does not belong to the person in the BRP


class LineState(enum.StrEnum):
    HANDED_OVER = "handed_over"  # a direct product: handed over at the counter
    ORDERED = "ordered"  # a pickup: made elsewhere, waiting for the visitor
    PICKED_UP = "picked_up"


@dataclass(frozen=True, slots=True)
class OrderLine:
    product: Product
    situation: Situation
    options: tuple[str, ...] = ()
    ticked: frozenset[int] = frozenset()  # indexes into ``checklist``
    language: str = "nl"  # of the document, when the product offers English

    @property
    def checklist(self) -> tuple[ChecklistItem, ...]:
        return self.product.checklist_for(self.situation)

    @property
    def missing(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for index, item in enumerate(self.checklist)
                     if index not in self.ticked)

    def fee(self, day: date) -> FeeQuote:
        return self.product.fee_on(day, self.situation, self.options)


@dataclass(frozen=True, slots=True)
class Visit:
    """Who is at the counter: the ticket (if any), where, and the identified person."""

    municipality: str
    location: str
    counter: int
    called_at: datetime  # the ticket's call (or the start of the order): delivery time starts
    ticket_id: str | None = None
    ticket_number: str = ""
    bsn: str | None = None
    birth_date: date | None = None


@dataclass(frozen=True, slots=True)
class OrderDraft:
    visit: Visit
    lines: tuple[OrderLine, ...] = ()
    identity: IdentityCheck = IdentityCheck.NOT_DONE

    def add(self, product: Product, *, on: date, options: tuple[str, ...] = (),
            lost_document: bool = False, first_application: bool = False,
            language: str = "nl") -> OrderDraft:
        if product.municipality != self.visit.municipality:
            raise UserFacingError(
                "Dit product hoort bij een andere gemeente dan deze balie.",
                "Kies een product uit de catalogus van deze gemeente.",
                detail=f"product of {product.municipality} at {self.visit.municipality}",
            )
        situation = Situation.of(self.visit.birth_date, on, lost_document=lost_document,
                                 first_application=first_application)
        product.fee_on(on, situation, options)  # an unknown option or no tariff: refuse now
        line = OrderLine(product, situation, tuple(dict.fromkeys(options)),
                         language=language if product.offers_english else "nl")
        return replace(self, lines=(*self.lines, line))

    def remove(self, index: int) -> OrderDraft:
        return replace(self, lines=self.lines[:index] + self.lines[index + 1:])

    def tick(self, line: int, item: int, ticked: bool = True) -> OrderDraft:
        current = self.lines[line]
        if not 0 <= item < len(current.checklist):
            raise IndexError(item)
        marks = current.ticked | {item} if ticked else current.ticked - {item}
        lines = list(self.lines)
        lines[line] = replace(current, ticked=frozenset(marks))
        return replace(self, lines=tuple(lines))

    def with_identity(self, check: IdentityCheck) -> OrderDraft:
        return replace(self, identity=check)

    def total_cents(self, day: date) -> int:
        return sum(line.fee(day).total_cents for line in self.lines)

    def problems(self) -> tuple[UserFacingError, ...]:
        """Why this draft cannot be checked out yet, each in plain Dutch (empty: it can)."""
        found = []
        if not self.lines:
            found.append(_problem("Kies minstens één product.", "no products"))
        if self.visit.bsn is None:
            found.append(_problem("Identificeer eerst de klant.", "no person identified"))
        if self.identity is IdentityCheck.MISMATCH:
            found.append(_problem("Het identiteitsbewijs hoort niet bij deze persoon.",
                                  "identity mismatch"))
        elif self.identity is not IdentityCheck.MATCHED:
            found.append(_problem(
                "Controleer het identiteitsbewijs: lezen en vergelijken met de BRP.",
                "identity not checked"))
        for line in self.lines:
            if line.missing:
                found.append(_problem(
                    "{product}: nog {count} punt(en) van de checklist niet afgevinkt.",
                    "checklist incomplete", product=line.product.title_nl,
                    count=len(line.missing)))
        return tuple(found)


def _problem(message: str, detail: str, **params: object) -> UserFacingError:
    return UserFacingError(message, detail=f"checkout: {detail}",
                           **params)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Payment:
    method: PaymentMethod
    amount_cents: int
    terminal_reference: str = ""  # the pin terminal's transaction reference; never card data

    def __post_init__(self) -> None:
        check_reference(self.method, self.terminal_reference)


def check_reference(method: PaymentMethod, reference: str) -> None:
    """PaymentRefused when the reference is missing for pin, malformed, or holds card data."""
    if method is PaymentMethod.PIN and not reference.strip():
        raise PaymentRefused("Vul de transactiereferentie van de pinautomaat in.",
                             "pin payment without terminal reference")
    if not reference:
        return
    if not _REFERENCE.match(reference):
        raise PaymentRefused(
            "De transactiereferentie mag alleen letters, cijfers en - . / : _ bevatten "
            "(hoogstens 40 tekens).", "malformed terminal reference")
    for run in _DIGIT_RUN.findall(reference):
        digits = re.sub(r"\D", "", run)
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            raise PaymentRefused(
                "Dit lijkt een kaartnummer. Loket bewaart nooit kaartgegevens: vul alleen de "
                "transactiereferentie van de pinautomaat in.",
                "terminal reference looks like a card number (refused, not stored)")


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


class PaymentRefused(UserFacingError):
    def __init__(self, message: str, detail: str) -> None:
        super().__init__(message, "Controleer de betaling en probeer het opnieuw.",
                         detail=detail)


class CheckoutRefused(UserFacingError):
    """The draft is not complete; ``problems`` says what is missing, one error each."""

    def __init__(self, problems: tuple[UserFacingError, ...]) -> None:
        super().__init__(
            "De bestelling kan nog niet worden afgerekend.",
            "Maak de bestelling compleet en kies opnieuw Afrekenen.",
            detail="checkout refused: " + "; ".join(p.detail for p in problems),
        )
        self.problems = problems


def check_payment(payment: Payment | None, total_cents: int) -> None:
    """The payment must cover exactly the total; a free order needs none."""
    if total_cents == 0:
        if payment is not None and payment.amount_cents != 0:
            raise PaymentRefused("Deze bestelling is gratis; er hoeft niets betaald te worden.",
                                 "payment on a free order")
        return
    if payment is None:
        raise PaymentRefused("Leg de betaling vast: pin, contant of op rekening.",
                             "no payment recorded")
    if payment.amount_cents != total_cents:
        raise WrongAmount(payment.amount_cents, total_cents)


class WrongAmount(UserFacingError):
    def __init__(self, paid: int, total: int) -> None:
        super().__init__(
            "Het betaalde bedrag ({paid}) is niet het totaal van de bestelling ({total}).",
            "Controleer de betaling en probeer het opnieuw.",
            detail=f"paid {paid} cents for a total of {total}", paid=euro(paid),
            total=euro(total),
        )


@dataclass(frozen=True, slots=True)
class OrderedLine:
    """One product of a committed order, with what was charged and how it is delivered."""

    product_code: str
    upl_name: str
    upl_uri: str
    title_nl: str
    title_en: str
    delivery: Delivery
    fee_lines: tuple[tuple[str, int], ...]  # (Dutch description, cents)
    ready_on: date
    state: LineState
    zaak_identificatie: str
    delivery_event_id: str
    document: str = ""
    language: str = "nl"
    picked_up_at: datetime | None = None

    @property
    def amount_cents(self) -> int:
        return sum(cents for _, cents in self.fee_lines)


@dataclass(frozen=True, slots=True)
class Order:
    """A committed order: what was sold, paid and registered (the store keeps it)."""

    number: str  # "<workstation>-<sequence>": unique per municipality, on the receipt
    visit: Visit
    lines: tuple[OrderedLine, ...]
    payment: Payment | None
    identity: IdentityCheck
    committed_at: datetime
    business_day: date
    receipt_printed: bool = False

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)

    @property
    def awaiting_pickup(self) -> tuple[OrderedLine, ...]:
        return tuple(line for line in self.lines if line.state is LineState.ORDERED)


@dataclass(frozen=True, slots=True)
class CashSummary:
    """Kasopmaak: one counter's takings of one day, per payment method."""

    location: str
    counter: int
    day: date
    totals_cents: dict[PaymentMethod, int] = field(default_factory=dict)
    counts: dict[PaymentMethod, int] = field(default_factory=dict)

    @property
    def total_cents(self) -> int:
        return sum(self.totals_cents.values())


@dataclass(frozen=True, slots=True)
class DeliveryEvent:
    """The anonymous delivery fact for the site database (ADR 0022): codes and times only.

    A direct product has both times at once (called -> handed over); a pickup is sent once when
    ordered (no ``finished_at``) and again, with the same ``event_id``, when picked up.
    """

    event_id: str  # "<municipality>-<ws>-<sequence>-<line>": unique in the region
    municipality_code: str
    location_code: str
    product_uri: str
    product_name: str
    delivery: Delivery
    started_at: datetime
    finished_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """What the documents module needs to make one product's document (an uittreksel): the
    same fields as its own request (workstation/documents, ADR 0026), the kind as written in
    the catalogue."""

    kind: str  # the product's ``document``: "uittreksel-brp", "uittreksel-brp-gezag"
    person: Person  # as the BRP gave them, for the identified visitor
    municipality: MunicipalityInfo  # the issuing municipality
    issued_on: date
    language: str = "nl"


@dataclass(frozen=True, slots=True)
class ReceiptText:
    """The receipt (kwitantie) as printed: every word decided here, layout by the printer."""

    municipality: str
    counter: str
    order_number: str
    paid_at: datetime
    lines: tuple[tuple[str, int], ...]  # (description, cents)
    total_cents: int
    payment: str  # "Pin (ref. 123456)", "Contant", "Op rekening", "Geen betaling"
    notes: tuple[str, ...] = ()  # the leges text, pickup dates
