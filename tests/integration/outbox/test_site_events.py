"""Service events reach the site database once; a callback's "done" may come first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.integration.outbox.samples import AT
from workstation.domain.service_events import CallbackEventRecord, ContactEventRecord
from workstation.store.database import SiteDatabase
from workstation.store.migrate import upgrade
from workstation.store.models import CallbackEvent, ContactEvent
from workstation.store.site_events import SiteEventLog

MADE = CallbackEventRecord("it:0700000003", "0748", "BOZ", "telefoon", AT)
DONE = CallbackEventRecord("it:0700000003", "0748", "BOZ", "telefoon", AT,
                           done_at=AT + timedelta(days=1))


@pytest.fixture
def site(site_url: str) -> Iterator[SiteDatabase]:
    database = SiteDatabase(site_url)
    upgrade(database)
    yield database
    database.dispose()


def _callbacks(site: SiteDatabase) -> list[tuple[str, object]]:
    with site.engine.connect() as connection:
        return [(row.event_id, row.done_at)
                for row in connection.execute(select(CallbackEvent))]


def test_a_resent_contact_event_is_stored_once(site: SiteDatabase) -> None:
    event = ContactEventRecord("kc:0700000001", "0748", "BOZ", "balie",
                               "zelfstandig afgehandeld", True, AT, AT + timedelta(minutes=4),
                               AT + timedelta(minutes=5), "BOZ-07", 42)
    log = SiteEventLog(site)
    assert log.append_event(event) == log.append_event(event) == "event:kc:0700000001"
    with site.engine.connect() as connection:
        rows = connection.execute(select(ContactEvent)).mappings().all()
    assert len(rows) == 1 and rows[0]["ticket_id"] == 42


@pytest.mark.parametrize("order", [(MADE, DONE), (DONE, MADE), (MADE, DONE, MADE, DONE)],
                         ids=["made-done", "done-first", "resent"])
def test_a_callback_ends_done_whatever_order_its_events_arrive_in(
        site: SiteDatabase, order: tuple[CallbackEventRecord, ...]) -> None:
    log = SiteEventLog(site)
    for event in order:
        log.append_event(event)
    assert _callbacks(site) == [("it:0700000003", DONE.done_at)]
