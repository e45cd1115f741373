"""A counter's order desk for the order screen tests: the real order service on a real
workstation store, the sample catalogue plus a driving-licence renewal, a receipt printer that
can jam, documents saved to a folder, and a visitor identified in the BRP."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from tests.catalogue_samples import MUNICIPALITY, PASPOORT, UITTREKSEL, VERHUIZING
from tests.integration.orders.conftest import Clock, RecordingDocuments, RecordingPrinter
from workstation.domain.catalogue import (
    Catalogue,
    ChecklistItem,
    Condition,
    Delivery,
    Fact,
    Product,
    Tariff,
)
from workstation.domain.order import IdentityCheck
from workstation.domain.overview import CurrentTicketView
from workstation.domain.person import Person, PersonName
from workstation.domain.queue import TicketKind, TicketState
from workstation.domain.site import LocationInfo
from workstation.services.catalogue_service import CatalogueService
from workstation.services.contact_service import KeyConfig
from workstation.services.order_service import OrderService, ProducedDocument
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.order_store import OrderStore
from workstation.store.local.outbox_store import WorkstationStore
from workstation.ui.order_panel import CounterVisit

BSN = "999993653"
LOCATION = LocationInfo(1, "BOZ", "Stadskantoor Bergen op Zoom", MUNICIPALITY)
COUNTER = 3

RIJBEWIJS_VERLENGEN = Product(
    municipality="0748", code="rijbewijs-verlengen", upl_name="rijbewijs verlengen",
    upl_uri="http://standaarden.overheid.nl/owms/terms/rijbVerlengen",
    title_nl="Rijbewijs verlengen", title_en="Renew a driving licence",
    summary_nl="Uw rijbewijs is 10 jaar geldig. Verleng het op tijd: u krijgt een nieuw "
               "rijbewijs met een nieuwe pasfoto.",
    summary_en="Your driving licence is valid for 10 years. Renew it in time.",
    delivery=Delivery.PICKUP, working_days=5, zaaktype="RIJBEWIJS",
    checklist=(
        ChecklistItem("Uw huidige rijbewijs", "Your current driving licence",
                      when=Condition(Fact.LOST_DOCUMENT, negated=True)),
        ChecklistItem("Pasfoto, niet ouder dan 6 maanden", "Passport photo"),
        ChecklistItem("Proces-verbaal van vermissing", "Police report of the loss",
                      when=Condition(Fact.LOST_DOCUMENT)),
        ChecklistItem("Gezondheidsverklaring bij 75 jaar of ouder", "Health declaration 75+"),
    ),
    tariffs=(Tariff(date(2026, 1, 1), 5240), Tariff(date(2027, 1, 1), 5410)),
)
CATALOGUE = Catalogue((PASPOORT, RIJBEWIJS_VERLENGEN, UITTREKSEL, VERHUIZING))


class SampleReader:
    def catalogue(self) -> Catalogue:
        return CATALOGUE

    def municipality(self, code: str) -> object:
        assert code == MUNICIPALITY.code
        return MUNICIPALITY


class SavedDocuments:
    """Documents "printed" into a folder, as ui/document_print saves them without a printer."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.saved: list[Path] = []

    def output(self, document: ProducedDocument) -> str:
        path = self.folder / f"{document.kind}-{document.document_number}.pdf"
        path.write_bytes(document.pdf)
        self.saved.append(path)
        return str(path)


@dataclass
class OrderDesk:
    orders: OrderService
    catalogue: CatalogueService
    printer: RecordingPrinter
    made: RecordingDocuments
    documents: SavedDocuments
    outbox: WorkstationStore
    clock: Clock


@contextmanager
def order_desk(folder: Path) -> Iterator[OrderDesk]:
    database = WorkstationDatabase.in_directory(folder)
    clock = Clock()
    printer = RecordingPrinter()
    made = RecordingDocuments()
    catalogue = CatalogueService(SampleReader(), clock)  # type: ignore[arg-type]
    orders = OrderService(OrderStore(database), catalogue, KeyConfig(7, "LOK"), printer,
                          made, clock=clock)
    try:
        yield OrderDesk(orders, catalogue, printer, made, SavedDocuments(folder),
                        WorkstationStore(database), clock)
    finally:
        database.dispose()


def person(birth: date = date(1965, 3, 10)) -> Person:
    return Person(BSN, PersonName("Willeke Liselotte", "Bruijn", "de",
                                  volledige_naam="Willeke Liselotte de Bruijn"),
                  birth, test_data=True)


def ticket(number: str = "A012", ticket_id: str = "t-1") -> CurrentTicketView:
    called = datetime(2026, 11, 30, 8, 55, tzinfo=UTC)
    return CurrentTicketView(ticket_id, number, 1, "Burgerzaken", "Civil affairs",
                             TicketState.SERVING, TicketKind.WALK_IN, called, called - called, 1)


def visit(identity: IdentityCheck = IdentityCheck.MATCHED, *, birth: date = date(1965, 3, 10),
          identified: bool = True, number: str = "A012") -> CounterVisit:
    return CounterVisit(ticket(number, f"t-{number}"), person(birth) if identified else None,
                        identity, datetime(2026, 11, 30, 8, 55, tzinfo=UTC))


def our_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("loket-")]
