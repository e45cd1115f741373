"""Appointments for UI tests: booked straight into the site database, at chosen moments."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from tests.ui.workstation.conftest import LOCATION
from workstation.app import Site
from workstation.domain.appointments import new_booking_code
from workstation.services.queue_service import QueueService
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.store.site_appointments import SqlAppointmentUnitOfWork


def book(site: Site, scheduled_at: datetime, letter: str = "E") -> str:
    """A new appointment at ``scheduled_at``; returns its booking code."""
    code = new_booking_code()
    with SqlAppointmentUnitOfWork(site.database) as uow:
        services = uow.services_at(LOCATION) or ()
        service = next(s for s in services if s.letter == letter)
        uow.put_appointment(code, LOCATION, service.id, scheduled_at, None)
        uow.commit()
    return code


def site_at(site: Site, now: datetime) -> Site:
    """The same site database, with the queue's clock standing still at ``now``."""
    database = site.database
    queue = QueueService(lambda: SqlQueueUnitOfWork(database), SqlQueueReader(database),
                         lambda: now)
    return replace(site, queue=queue)
