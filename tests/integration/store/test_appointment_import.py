"""Appointment import on a real database: whole file checked first, re-import changes nothing,
a moved appointment is updated, one that has checked in is left alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from workstation.app import Site, open_site
from workstation.demo_seed import seed_demo
from workstation.domain.appointment_file import AppointmentFileInvalid
from workstation.services.appointment_import import AppointmentImporter
from workstation.services.queue_service import QueueService
from workstation.store import models as m
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.store.site_appointments import SqlAppointmentUnitOfWork

MORNING = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam
CSV = ("datum,tijd,dienst,boekingscode,naam\n"
       "2026-12-01,09:30,E,K7M2Q9XA,J. Jansen\n"
       "2026-12-01,10:00,Paspoort en ID-kaart,P4R8T2WZ,\n")


@pytest.fixture
def site(site_url: str) -> Iterator[Site]:
    opened = open_site(site_url, migrate=True)
    seed_demo(opened.database, now=MORNING)
    yield opened
    opened.close()


@pytest.fixture
def importer(site: Site) -> AppointmentImporter:
    return AppointmentImporter(lambda: SqlAppointmentUnitOfWork(site.database))


def stored(site: Site, code: str) -> tuple[str, datetime, str | None]:
    with site.database.engine.connect() as connection:
        row = connection.execute(
            select(m.Service.letter, m.Appointment.scheduled_at, m.Appointment.visitor_name)
            .join(m.Service, m.Service.id == m.Appointment.service_id)
            .where(m.Appointment.booking_code == code)).one()
    return row[0], row[1], row[2]


def test_import_again_changes_nothing_and_a_moved_one_is_updated(
        importer: AppointmentImporter, site: Site) -> None:
    first = importer.import_file("afspraken.csv", CSV, "BOZ")
    assert (first.added, first.changed, first.unchanged) == (2, 0, 0)
    assert stored(site, "K7M2Q9XA") == ("E", datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
                                        "J. Jansen")
    assert stored(site, "P4R8T2WZ")[0] == "A"  # found by its Dutch name
    again = importer.import_file("afspraken.csv", CSV, "BOZ")
    assert (again.added, again.changed, again.unchanged) == (0, 0, 2)
    moved = importer.import_file("afspraken.csv", CSV.replace("09:30", "11:15"), "BOZ")
    assert (moved.added, moved.changed, moved.unchanged) == (0, 1, 1)
    assert stored(site, "K7M2Q9XA")[1] == datetime(2026, 12, 1, 10, 15, tzinfo=UTC)


def test_an_appointment_that_checked_in_is_left_alone(
        importer: AppointmentImporter, site: Site) -> None:
    importer.import_file("afspraken.csv", CSV, "BOZ")
    queue = QueueService(lambda: SqlQueueUnitOfWork(site.database),
                         SqlQueueReader(site.database), lambda: MORNING)
    assert queue.check_in("BOZ", "k7m2q9xa").ticket.number == "E001"
    result = importer.import_file("afspraken.csv", CSV.replace("09:30", "14:00"), "BOZ")
    assert (result.already_checked_in, result.unchanged) == (1, 1)
    assert "1 al aangemeld (niet gewijzigd)" in result.summary()
    assert stored(site, "K7M2Q9XA")[1] == datetime(2026, 12, 1, 8, 30, tzinfo=UTC)


def test_every_problem_is_listed_by_line_and_nothing_is_imported(
        importer: AppointmentImporter, site: Site) -> None:
    text = ("datum,tijd,dienst,boekingscode,vestiging\n"
            "2026-12-01,09:30,E,K7M2Q9XA,BOZ\n"
            "2026-12-01,09:30,Z,P4R8T2WZ,BOZ\n"
            "2026-12-01,09:30,E,X9Y8Z7W6,XYZ\n"
            "2026-12-01,09:30,E,K7M2Q9XA,ETL\n"
            "2026-12-01,09:30,E,123456,ETL\n")
    with pytest.raises(AppointmentFileInvalid) as caught:
        importer.import_file("afspraken.csv", text, None)
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (3, "Dienst 'Z' bestaat niet bij vestiging BOZ."),
        (4, "Vestiging 'XYZ' bestaat niet."),
        (5, "Boekingscode 'K7M2Q9XA' staat ook op regel 2."),
        (6, "Boekingscode '123456' is te makkelijk te raden (te kort, of een kort getal zoals "
            "1234). Laat het boekingssysteem langere codes maken."),
    ]
    with site.database.engine.connect() as connection:
        assert connection.scalar(select(m.Appointment.id).where(
            m.Appointment.booking_code == "K7M2Q9XA")) is None


def test_no_location_anywhere_is_a_problem_per_line(importer: AppointmentImporter) -> None:
    with pytest.raises(AppointmentFileInvalid) as caught:
        importer.import_file("afspraken.csv", CSV, None)
    assert [p.line for p in caught.value.problems] == [2, 3]


def test_demo_seed_adds_only_missing_appointments_with_unguessable_codes(site: Site) -> None:
    assert seed_demo(site.database, now=MORNING) == 0
    with site.database.engine.connect() as connection:
        codes = list(connection.scalars(select(m.Appointment.booking_code)))
    assert len(codes) == 4 * 16  # four locations, 09:00..16:30 every half hour
    assert all(len(code) == 8 for code in codes) and len(set(codes)) == len(codes)


def test_a_cancelled_event_removes_the_appointment_once(importer: AppointmentImporter,
                                                       site: Site) -> None:
    event = ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Europe/Amsterdam:20261201T093000\n"
             "SUMMARY:Afspraak\nX-LOKET-BOOKING-CODE:K7M2Q9XA\n{status}END:VEVENT\n"
             "END:VCALENDAR\n")
    booked = importer.import_file("agenda.ics", event.format(status=""), "BOZ")
    assert booked.added == 1
    cancelled_file = event.format(status="STATUS:CANCELLED\n")
    cancelled = importer.import_file("agenda.ics", cancelled_file, "BOZ")
    assert cancelled.cancelled == 1
    assert cancelled.summary() == ("0 afspraken toegevoegd, 0 gewijzigd, 0 ongewijzigd, "
                                   "1 geannuleerd.")
    with site.database.engine.connect() as connection:
        assert connection.scalar(select(m.Appointment.id).where(
            m.Appointment.booking_code == "K7M2Q9XA")) is None
    again = importer.import_file("agenda.ics", cancelled_file, "BOZ")
    assert (again.cancelled, again.unchanged) == (0, 1)
