"""The retention rule on the site database's rows that may hold personal data."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, cast, delete, literal, or_, update
from sqlalchemy.orm import Session

from workstation.domain.retention import PURGED_BOOKING_CODE_PREFIX
from workstation.store import models as m
from workstation.store.database import SiteDatabase


class SqlPrivacyStore:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    def purge(self, now: datetime, notes_written_before: datetime,
              appointments_before: datetime) -> tuple[int, int]:
        with self._database.writer_turn(), Session(self._database.engine) as session, \
                session.begin():
            notes = session.execute(delete(m.TransferNote).where(or_(
                m.TransferNote.purge_after <= now,
                m.TransferNote.written_at < notes_written_before)))
            # The booking code identifies a person in the booking system; the row stays (its
            # service, time and ticket) for the statistics, under a code that says nothing.
            purged_code = (literal(PURGED_BOOKING_CODE_PREFIX, String(20))
                           + cast(m.Appointment.id, String(20)))
            appointments = session.execute(
                update(m.Appointment)
                .where(m.Appointment.scheduled_at < appointments_before,
                       or_(m.Appointment.visitor_name.is_not(None),
                           ~m.Appointment.booking_code.startswith(PURGED_BOOKING_CODE_PREFIX)))
                .values(visitor_name=None, booking_code=purged_code)
            )
        return int(getattr(notes, "rowcount", 0)), int(getattr(appointments, "rowcount", 0))
