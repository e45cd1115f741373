from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.catalogue_samples import FakeCatalogueReader
from workstation.domain.errors import UserFacingError
from workstation.domain.order import DocumentRequest, ReceiptText
from workstation.services.catalogue_service import CatalogueService
from workstation.services.contact_service import KeyConfig
from workstation.services.order_service import OrderService, ProducedDocument
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.order_store import OrderStore
from workstation.store.local.outbox_store import WorkstationStore


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class RecordingPrinter:
    def __init__(self) -> None:
        self.receipts: list[ReceiptText] = []
        self.jammed = False

    def print_receipt(self, receipt: ReceiptText) -> None:
        if self.jammed:
            raise UserFacingError("Het papier zit vast.", "Open de klep.", detail="jam")
        self.receipts.append(receipt)


class RecordingDocuments:
    def __init__(self) -> None:
        self.requests: list[DocumentRequest] = []

    def produce(self, request: DocumentRequest) -> ProducedDocument:
        self.requests.append(request)
        number = f"{request.municipality.code}-{request.issued_on:%Y%m%d}-{len(self.requests)}"
        return ProducedDocument(number, request.kind, b"%PDF-1.7 test")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[WorkstationDatabase]:
    database = WorkstationDatabase.in_directory(tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def printer() -> RecordingPrinter:
    return RecordingPrinter()


@pytest.fixture
def documents() -> RecordingDocuments:
    return RecordingDocuments()


@pytest.fixture
def outbox(database: WorkstationDatabase) -> WorkstationStore:
    return WorkstationStore(database)


@pytest.fixture
def orders(database: WorkstationDatabase, clock: Clock, printer: RecordingPrinter,
           documents: RecordingDocuments) -> OrderService:
    catalogue = CatalogueService(FakeCatalogueReader(), clock)
    return OrderService(OrderStore(database), catalogue, KeyConfig(7, "LOK"), printer,
                        documents, clock=clock)
