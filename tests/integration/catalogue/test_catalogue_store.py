"""The catalogue in the site database (SQLite and PostgreSQL): what the site file says is what
every channel reads; a new year's tariff and a dropped product are applied as differences;
delivery events shipped by the relay land once and are completed by the pickup."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from tests.integration.store.test_site_admin import rows
from workstation.app import Site, open_site
from workstation.demo_seed import demo_site_text
from workstation.domain.catalogue import Delivery, Situation
from workstation.domain.order import DeliveryEvent
from workstation.domain.site_file import read_site_file
from workstation.services.catalogue_service import CatalogueService
from workstation.services.site_admin import SiteAdmin
from workstation.store import models as m
from workstation.store.catalogue_events import SiteDeliveryEvents
from workstation.store.catalogue_store import SqlCatalogueReader
from workstation.store.catalogue_upl import upl_names
from workstation.store.site_uow import SqlSiteUnitOfWork

DEMO = demo_site_text()


@pytest.fixture
def site(site_url: str) -> Iterator[Site]:
    opened = open_site(site_url, migrate=True)
    yield opened
    opened.close()


@pytest.fixture
def admin(site: Site) -> SiteAdmin:
    return SiteAdmin(lambda: SqlSiteUnitOfWork(site.database), upl_names=upl_names)


def test_every_channel_reads_the_products_of_the_site_file(admin: SiteAdmin,
                                                          site: Site) -> None:
    admin.import_text(DEMO)
    reader = SqlCatalogueReader(site.database)
    assert reader.catalogue().products == read_site_file(DEMO).products
    assert site.catalogue.all_products() == reader.catalogue().products  # the screens' source
    service = CatalogueService(reader, lambda: datetime(2027, 2, 1, 10, tzinfo=UTC))
    rijbewijs = service.product("0777", "rijbewijs-verlengen")
    assert rijbewijs.delivery is Delivery.PICKUP
    assert service.fee_today(rijbewijs, Situation()).total_cents == 5340
    assert service.ready_on(rijbewijs) == date(2027, 2, 8)
    assert [p.code for p in service.search("1674", "uittreksel")] == [
        "uittreksel-brp", "uittreksel-brp-gezag"]
    assert service.municipality("1674").name == "Gemeente Roosendaal"


def test_a_new_tariff_and_a_dropped_product_are_applied_as_differences(
        admin: SiteAdmin, site: Site) -> None:
    admin.import_text(DEMO)
    current = read_site_file(DEMO)
    changed = []
    for product in current.products:
        key = (product.municipality, product.code)
        if key == ("0748", "uittreksel-brp"):
            tariff = replace(product.tariffs[-1], valid_from=date(2028, 1, 1),
                             amount_cents=1790)
            changed.append(replace(product, tariffs=(*product.tariffs, tariff)))
        elif key != ("1709", "parkeervergunning"):
            changed.append(product)
    wanted = replace(current, products=tuple(changed))
    assert admin.apply(wanted).summary() == "1 product gewijzigd, 1 product verwijderd."
    assert not admin.apply(wanted).changed_anything
    product = SqlCatalogueReader(site.database).catalogue().product("0748", "uittreksel-brp")
    assert product.fee_on(date(2028, 3, 1), Situation()).total_cents == 1790
    assert product.fee_on(date(2027, 3, 1), Situation()).total_cents == 1715
    assert rows(site, select(m.Product.id).join(
        m.Municipality, m.Municipality.id == m.Product.municipality_id).where(
        m.Municipality.code == "1709", m.Product.code == "parkeervergunning")) == []


def test_delivery_events_land_once_and_the_pickup_completes_them(site: Site) -> None:
    events = SiteDeliveryEvents(site.database)
    ordered = DeliveryEvent("0748-07-000001-1", "0748", "BOZ",
                            "http://standaarden.overheid.nl/owms/terms/paspoort", "paspoort",
                            Delivery.PICKUP, datetime(2026, 11, 30, 9, tzinfo=UTC))
    picked_up = replace(ordered, finished_at=datetime(2026, 12, 7, 10, tzinfo=UTC))
    assert events.record_delivery(ordered) == "delivery:0748-07-000001-1"
    events.record_delivery(ordered)  # re-sent: nothing changes
    events.record_delivery(picked_up)
    events.record_delivery(ordered)  # a late duplicate of the first never undoes the pickup
    found = rows(site, select(m.DeliveryEvent.delivery, m.DeliveryEvent.started_at,
                              m.DeliveryEvent.finished_at, m.DeliveryEvent.ticket_id))
    assert found == [("pickup", datetime(2026, 11, 30, 9, tzinfo=UTC),
                      datetime(2026, 12, 7, 10, tzinfo=UTC), None)]
