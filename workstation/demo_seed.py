"""The demo regional KCC (``python -m workstation seed-demo``, and ``--demo`` at start).

The demo site is an ordinary site file (``resources/demo/regional_kcc.toml``), imported like
any other; on top of it come today's appointments, every half hour from 09:00 to 16:30 for
each appointment service, with booking codes from the same generator as real ones would be
checked against (unguessable). Idempotent: a second run adds only today's missing
appointments. It lives beside ``app.py`` because it wires store units of work to services.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.errors import UserFacingError
from workstation.domain.queue import SITE_TIMEZONE, business_day, utc_now
from workstation.domain.site_file import SiteFile, read_site_file
from workstation.services.appointment_import import AppointmentImporter
from workstation.services.site_admin import SiteAdmin
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.site_appointments import SqlAppointmentUnitOfWork
from workstation.store.site_uow import SqlSiteUnitOfWork

log = logging.getLogger("loket.db")

FIRST_APPOINTMENT = time(9, 0)
LAST_APPOINTMENT = time(16, 30)
APPOINTMENT_EVERY = timedelta(minutes=30)


def demo_site_text() -> str:
    return (resources.files("resources") / "demo" / "regional_kcc.toml").read_text("utf-8")


def demo_site() -> SiteFile:
    return read_site_file(demo_site_text())


def seed_demo(database: SiteDatabase, now: datetime | None = None) -> int:
    """Import the demo site and today's appointments; returns how many things changed."""
    site = demo_site()
    _refuse_other_sites(database, site)
    changes = SiteAdmin(lambda: SqlSiteUnitOfWork(database)).apply(site)
    importer = AppointmentImporter(lambda: SqlAppointmentUnitOfWork(database))
    day = business_day(now or utc_now())
    moments = []
    moment = datetime.combine(day, FIRST_APPOINTMENT, SITE_TIMEZONE)
    while moment <= datetime.combine(day, LAST_APPOINTMENT, SITE_TIMEZONE):
        moments.append(moment)
        moment += APPOINTMENT_EVERY
    added = sum(changes.counts.values())
    with Session(database.read_engine) as session:
        services = session.execute(
            select(m.Location.code, m.Service.id)
            .join(m.Location, m.Location.id == m.Service.location_id)
            .where(m.Service.is_appointment.is_(True), m.Service.active.is_(True))
            .order_by(m.Location.code, m.Service.letter)
        ).all()
    for location, service_id in services:
        added += importer.add_generated(location, service_id, moments)
    log.info("demo seed: %s; %d changes in all", changes.summary(), added)
    return added


def _refuse_other_sites(database: SiteDatabase, site: SiteFile) -> None:
    """The demo never replaces a real site: only an empty or demo database is seeded."""
    with Session(database.read_engine) as session:
        codes = set(session.scalars(select(m.Municipality.code)))
    others = codes - {municipality.code for municipality in site.municipalities}
    if others:
        raise UserFacingError(
            "Deze database bevat al een andere site (gemeente {codes}); de demo laat die "
            "ongemoeid.",
            "Gebruik een lege database voor de demo, of start zonder --demo.",
            detail=f"seed-demo refused: other municipalities {sorted(others)}",
            codes=", ".join(sorted(others)),
        )
