"""Site file import and export on a real database (SQLite and PostgreSQL): idempotent, a fixed
point, one transaction, and what has history is retired instead of deleted."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from workstation.app import Site, open_site
from workstation.demo_seed import demo_site_text, seed_demo
from workstation.domain.errors import UserFacingError
from workstation.domain.overview import LocationOverview
from workstation.domain.site_file import SiteFileInvalid
from workstation.services.site_admin import SiteAdmin
from workstation.store import models as m
from workstation.store.site_uow import SqlSiteUnitOfWork

DEMO = demo_site_text()


@pytest.fixture
def site(site_url: str) -> Iterator[Site]:
    opened = open_site(site_url, migrate=True)
    yield opened
    opened.close()


@pytest.fixture
def admin(site: Site) -> SiteAdmin:
    return SiteAdmin(lambda: SqlSiteUnitOfWork(site.database))


def rows(site: Site, statement: object) -> list[tuple[object, ...]]:
    with site.database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(statement)]  # type: ignore[call-overload]


def without_block(text: str, header: str, first_line: str) -> str:
    """``text`` without the table that starts with ``header`` followed by ``first_line``."""
    start = text.index(f"{header}\n{first_line}\n")
    end = text.find("\n[", start + len(header))
    if end == -1:  # the last table of the file
        return text[:start].rstrip("\n") + "\n"
    return text[:start] + text[end + 1:]


def test_import_twice_changes_nothing_and_export_is_the_file(admin: SiteAdmin) -> None:
    first = admin.import_text(DEMO)
    assert first.summary() == ("4 gemeenten toegevoegd, 4 vestigingen toegevoegd, "
                               "24 diensten toegevoegd, 21 balies toegevoegd, "
                               "8 medewerkers toegevoegd, 44 producten toegevoegd.")
    second = admin.import_text(DEMO)
    assert not second.changed_anything
    assert second.summary().startswith("Niets gewijzigd")
    exported = admin.export_text()
    assert exported == DEMO
    assert not admin.import_text(exported).changed_anything


def test_changes_are_counted_and_checkin_late_minutes_is_settable(
        admin: SiteAdmin, site: Site) -> None:
    admin.import_text(DEMO)
    changed = DEMO.replace("checkin_late_minutes = 15", "checkin_late_minutes = 25", 1)
    changed = changed.replace('name = "Bram"', 'name = "Bram V."')
    assert admin.import_text(changed).summary() == ("1 vestiging gewijzigd, "
                                                    "1 medewerker gewijzigd.")
    assert site.queue.location("BOZ").checkin_late_minutes == 25
    assert admin.export_text() == changed


def test_removed_with_history_is_retired_without_history_deleted(
        admin: SiteAdmin, site: Site) -> None:
    admin.import_text(DEMO)
    site.queue.issue_ticket("BOZ", "F")  # service F at BOZ now has history
    site.queue.counter_post("BOZ", 6, "mw06")  # so do counter 6 and mw06 (a session)
    boz = DEMO[DEMO.index('code = "BOZ"'):DEMO.index('code = "ETL"')]
    smaller_boz = boz
    for header, first in (("[[location.service]]", 'letter = "D"'),
                          ("[[location.service]]", 'letter = "F"'),
                          ("[[location.counter]]", "number = 5"),
                          ("[[location.counter]]", "number = 6")):
        smaller_boz = without_block(smaller_boz, header, first)
    smaller_boz = smaller_boz.replace('"D", ', "").replace('"F", ', "").replace(', "F"', "")
    smaller = DEMO.replace(boz, smaller_boz)
    for code in ("mw05", "mw06"):
        smaller = without_block(smaller, "[[staff]]", f'code = "{code}"')
    changes = admin.import_text(smaller)
    assert changes.summary() == (  # E moved up a place: changed
        "1 dienst gewijzigd, 1 dienst verwijderd, 1 dienst buiten gebruik gesteld, "
        "3 balies gewijzigd, 1 balie verwijderd, 1 balie buiten gebruik gesteld, "
        "1 medewerker verwijderd, 1 medewerker buiten gebruik gesteld.")
    boz_id = site.queue.location("BOZ").id
    assert rows(site, select(m.Service.letter, m.Service.active).where(
        m.Service.location_id == boz_id, m.Service.letter.in_(["D", "F"]))) == [("F", False)]
    assert rows(site, select(m.Counter.number, m.Counter.active).where(
        m.Counter.location_id == boz_id, m.Counter.number.in_([5, 6]))) == [(6, False)]
    assert rows(site, select(m.StaffMember.code, m.StaffMember.active).where(
        m.StaffMember.code.in_(["mw05", "mw06"]))) == [("mw06", False)]
    assert [s.letter for s in site.queue.services("BOZ")] == ["A", "B", "C", "E"]
    assert admin.export_text() == smaller
    assert not admin.import_text(smaller).changed_anything

    back = admin.import_text(DEMO)  # naming them again brings them back
    assert back.summary() == ("2 diensten toegevoegd, 1 dienst gewijzigd, 2 balies toegevoegd, "
                              "3 balies gewijzigd, 2 medewerkers toegevoegd.")
    assert admin.export_text() == DEMO


def test_a_location_with_history_cannot_go_and_nothing_changes(
        admin: SiteAdmin, site: Site) -> None:
    admin.import_text(DEMO)
    site.queue.issue_ticket("MDK", "A")
    mdk = DEMO[DEMO.index("[[location]]\ncode = \"MDK\""):DEMO.index("[[location]]\ncode = "
                                                                    "\"RSD\"")]
    without_mdk = DEMO.replace(mdk, "").replace('name = "Anouk"', 'name = "Anouk B."')
    with pytest.raises(UserFacingError) as caught:
        admin.import_text(without_mdk)
    assert caught.value.message == ("Vestiging MDK heeft al wachtnummers of afspraken en kan "
                                    "niet uit het sitebestand verdwijnen.")
    assert admin.export_text() == DEMO  # one transaction: Anouk's new name was not kept


def test_a_location_without_history_is_deleted_with_its_municipality(
        admin: SiteAdmin, site: Site) -> None:
    admin.import_text(DEMO)
    mdk = DEMO[DEMO.index("[[location]]\ncode = \"MDK\""):DEMO.index("[[location]]\ncode = "
                                                                    "\"RSD\"")]
    smaller = without_block(DEMO.replace(mdk, ""), "[[municipality]]", 'code = "1709"')
    # Moerdijk's products are the last tables of the file (by municipality code).
    smaller = smaller[:smaller.index('[[product]]\nmunicipality = "1709"')].rstrip("\n") + "\n"
    assert admin.import_text(smaller).summary() == (
        "1 gemeente verwijderd, 1 vestiging verwijderd, 6 diensten verwijderd, "
        "4 balies verwijderd, 11 producten verwijderd.")
    assert admin.export_text() == smaller
    assert rows(site, select(m.OpeningHours.id).join(
        m.Location, m.Location.id == m.OpeningHours.location_id).where(
        m.Location.code == "MDK")) == []


def test_an_invalid_file_changes_nothing(admin: SiteAdmin) -> None:
    with pytest.raises(SiteFileInvalid):
        admin.import_text(DEMO.replace('letter = "A"', 'letter = "AA"', 1))
    assert admin.export_text().count("[[municipality]]") == 0


def test_dry_run_reports_but_keeps_nothing(admin: SiteAdmin) -> None:
    assert admin.import_text(DEMO, dry_run=True).changed_anything
    assert "[[location]]" not in admin.export_text()


def test_seed_demo_refuses_a_database_with_another_site(admin: SiteAdmin, site: Site) -> None:
    other = DEMO.replace('"0748"', '"0796"').replace('rsin = "001710011"',
                                                     'rsin = "002220027"')
    admin.import_text(other)
    with pytest.raises(UserFacingError) as caught:
        seed_demo(site.database, now=datetime(2026, 3, 2, 8, 0, tzinfo=UTC))
    assert "al een andere site (gemeente 0796)" in caught.value.message
    assert "[[municipality]]\ncode = \"0796\"" in admin.export_text()


def test_screens_following_a_location_see_an_imported_change(admin: SiteAdmin,
                                                             site: Site) -> None:
    admin.import_text(DEMO)
    overviews: queue.Queue[LocationOverview] = queue.Queue()
    follower = site.follower("BOZ", overviews.put)
    follower.start()
    try:
        first = overviews.get(timeout=10)
        assert "G" not in [s.letter for s in first.services]
        extra = ('[[location.service]]\nletter = "G"\nname_nl = "Nieuw"\nname_en = "New"\n'
                 'norm_minutes = 10\nappointment = false\n\n')
        at = DEMO.index("[[location.counter]]")  # BOZ's counters come first
        admin.import_text(DEMO[:at] + extra + DEMO[at:])
        while True:  # the follower re-reads after the change is announced
            overview = overviews.get(timeout=10)
            if "G" in [s.letter for s in overview.services]:
                break
    finally:
        follower.stop()
