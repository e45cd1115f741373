"""What a checkout queued reaches its targets through the relay: the zaak in the (embedded)
case registry with the status for its delivery, the anonymous delivery events in the site
database (SQLite and PostgreSQL), the pickup's event completed later."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from tests.catalogue_samples import PASPOORT, UITTREKSEL
from tests.integration.orders.conftest import Clock
from tests.integration.orders.test_order_service import BSN, ready, visit
from workstation.app import Site, open_site
from workstation.domain.order import IdentityCheck, Payment, PaymentMethod
from workstation.kcc import DEMO_ZAAKTYPEN
from workstation.services.order_service import OrderService
from workstation.store import models as m
from workstation.store.catalogue_events import SiteDeliveryEvents
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.embedded_registry import EmbeddedRegistry
from workstation.store.local.outbox_store import WorkstationStore
from workstation.store.site_audit import SiteAuditLog
from workstation.sync.relay import Relay


@pytest.fixture
def site(site_url: str) -> Iterator[Site]:
    opened = open_site(site_url, migrate=True)
    yield opened
    opened.close()


@pytest.fixture
def relay(database: WorkstationDatabase, site: Site, clock: Clock) -> Iterator[Relay]:
    embedded = EmbeddedRegistry(database)
    for identificatie, omschrijving, statustypen in DEMO_ZAAKTYPEN:
        embedded.define_zaaktype(identificatie, omschrijving, statustypen)
    relay = Relay(WorkstationStore(database), embedded, embedded,
                  SiteAuditLog(site.database), clock=clock,
                  deliveries=SiteDeliveryEvents(site.database))
    yield relay
    relay.stop()


def deliveries(site: Site) -> list[tuple[object, ...]]:
    with site.database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(m.DeliveryEvent.event_id, m.DeliveryEvent.delivery,
                   m.DeliveryEvent.product_uri, m.DeliveryEvent.started_at,
                   m.DeliveryEvent.finished_at).order_by(m.DeliveryEvent.event_id))]


def test_zaken_and_delivery_events_reach_the_registry_and_the_site(
        orders: OrderService, relay: Relay, site: Site, database: WorkstationDatabase,
        clock: Clock) -> None:
    draft = ready(orders.start(visit()).add(UITTREKSEL, on=orders.today())
                  .add(PASPOORT, on=orders.today()))
    order = orders.checkout(draft, Payment(PaymentMethod.PIN, 1525 + 8470, "T1"))
    while relay.run_once():
        pass
    zaken = {z.zaaktype_omschrijving: z.status_omschrijving
             for z in EmbeddedRegistry(database).zaken_for(BSN)}
    assert zaken == {"Uittreksel BRP verstrekken": "Afgehandeld",
                     "Paspoort aanvragen": "In behandeling"}
    called, paid = datetime(2026, 11, 30, 8, 55, tzinfo=UTC), datetime(2026, 11, 30, 9,
                                                                        tzinfo=UTC)
    assert deliveries(site) == [
        (f"{order.number}-1", "direct", UITTREKSEL.upl_uri, called, paid),
        (f"{order.number}-2", "pickup", PASPOORT.upl_uri, paid, None),
    ]

    clock.advance(days=7)
    orders.hand_over(order.number, bsn=BSN, identity=IdentityCheck.MATCHED)
    while relay.run_once():
        pass
    assert deliveries(site)[1][-1] == datetime(2026, 12, 7, 9, tzinfo=UTC)
    assert WorkstationStore(database).backlog().pending == 0
