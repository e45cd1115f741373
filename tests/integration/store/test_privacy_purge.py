"""The retention rule on SQLite and PostgreSQL: transfer notes go at the end of their business
day (or when their purge_after passes), appointment names and codes after 30 days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.app import open_site
from workstation.demo_seed import seed_demo
from workstation.domain.queue import SITE_TIMEZONE
from workstation.domain.retention import Retention, transfer_note_purge_after
from workstation.services.privacy import PrivacyService
from workstation.services.queue_service import QueueService
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.privacy_store import SqlPrivacyStore
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork

DAY = datetime(2026, 3, 2, 9, 0, tzinfo=SITE_TIMEZONE)


@pytest.fixture
def db(site_url: str) -> Iterator[SiteDatabase]:
    site = open_site(site_url, demo=True)
    seed_demo(site.database, now=DAY)
    yield site.database
    site.close()


def _note(db: SiteDatabase, written_at: datetime, purge_after: datetime) -> int:
    queue = QueueService(lambda: SqlQueueUnitOfWork(db), SqlQueueReader(db), lambda: written_at)
    ticket = queue.issue_ticket("BOZ", "A").ticket
    with Session(db.engine) as session, session.begin():
        note = m.TransferNote(ticket_id=ticket.id, text="komt terug met uittreksel",
                              written_at=written_at, purge_after=purge_after)
        session.add(note)
        session.flush()
        return note.id


def _notes(db: SiteDatabase) -> set[int]:
    with Session(db.engine) as session:
        return set(session.scalars(select(m.TransferNote.id)))


DEFAULT = Retention()


def _purge(db: SiteDatabase, now: datetime, retention: Retention = DEFAULT) -> PrivacyService:
    return PrivacyService(SqlPrivacyStore(db), retention, lambda: now.astimezone(UTC))


def test_transfer_notes_go_at_the_end_of_their_business_day(db: SiteDatabase) -> None:
    morning = DAY.astimezone(UTC)
    default = transfer_note_purge_after(morning, Retention())
    assert default == datetime(2026, 3, 2, 23, 0, tzinfo=UTC)  # Amsterdam midnight
    kept = _note(db, morning, default)
    # Written with a later purge_after by mistake: the retention rule still applies.
    careless = _note(db, morning, morning + timedelta(days=365))
    assert _purge(db, datetime(2026, 3, 2, 23, 59, tzinfo=SITE_TIMEZONE)).purge(
        ).transfer_notes == 0
    assert _notes(db) == {kept, careless}
    result = _purge(db, datetime(2026, 3, 3, 0, 0, tzinfo=SITE_TIMEZONE)).purge()
    assert result.transfer_notes == 2
    assert _notes(db) == set()


def test_a_longer_note_retention_from_the_settings(db: SiteDatabase) -> None:
    note = _note(db, DAY.astimezone(UTC), DAY.astimezone(UTC) + timedelta(days=30))
    two_days = Retention(transfer_note_days=2)
    assert _purge(db, DAY + timedelta(days=2), two_days).purge().transfer_notes == 0
    assert _notes(db) == {note}
    assert _purge(db, DAY + timedelta(days=3), two_days).purge().transfer_notes == 1


def test_appointment_names_and_codes_go_after_30_days(db: SiteDatabase) -> None:
    on_the_day = m.Appointment.scheduled_at < DAY + timedelta(days=1)  # not the real today's
    with Session(db.engine) as session, session.begin():
        rows = session.scalars(select(m.Appointment)).all()
        for row in rows:
            row.visitor_name = "J. de Vries"
        count = len(session.scalars(select(m.Appointment).where(on_the_day)).all())
    assert count > 0
    assert _purge(db, DAY + timedelta(days=29)).purge().appointments == 0
    result = _purge(db, DAY + timedelta(days=31)).purge()
    assert result.appointments == count
    with Session(db.engine) as session:
        rows = session.scalars(select(m.Appointment).where(on_the_day)).all()
        later = session.scalars(select(m.Appointment).where(~on_the_day)).all()
    assert {row.visitor_name for row in rows} == {None}
    assert all(row.booking_code.startswith("PURGED-") for row in rows)
    assert all(row.visitor_name == "J. de Vries" for row in later)
    assert _purge(db, DAY + timedelta(days=32)).purge().appointments == 0  # once
