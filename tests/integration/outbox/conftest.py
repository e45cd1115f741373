from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workstation.services.contact_service import ContactService, KeyConfig
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.outbox_store import WorkstationStore


class Clock:
    """A clock the test moves: back-off waits pass without sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WorkstationStore]:
    database = WorkstationDatabase.in_directory(tmp_path)
    yield WorkstationStore(database)
    database.dispose()


@pytest.fixture
def contacts(store: WorkstationStore, clock: Clock) -> ContactService:
    return ContactService(store, KeyConfig(workstation_number=7, zaak_prefix="LOK"), clock=clock)
