"""Create the demo regional KCC in a site database (``python -m workstation seed-demo``).

Idempotent: a second run adds nothing but today's appointments that are missing.
"""

from __future__ import annotations

import hashlib
import logging
import tomllib
from datetime import datetime, time, timedelta
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.queue import SITE_TIMEZONE, business_day, utc_now
from workstation.store import models as m
from workstation.store.database import SiteDatabase

log = logging.getLogger("loket.db")


def demo_definition() -> dict[str, Any]:
    text = (resources.files("resources") / "demo" / "regional_kcc.toml").read_text("utf-8")
    return tomllib.loads(text)


def booking_code(location_code: str, scheduled: datetime) -> str:
    """Short, stable code per appointment, like the ones in a confirmation e-mail."""
    digest = hashlib.sha256(f"{location_code}{scheduled.isoformat()}".encode()).hexdigest()
    return f"{location_code}-{int(digest[:8], 16) % 10000:04d}"


def seed_demo(database: SiteDatabase, now: datetime | None = None) -> int:
    """Seed the demo site; returns how many rows were added."""
    definition = demo_definition()
    now = now or utc_now()
    with Session(database.engine) as session, session.begin():
        added = 0
        if session.scalar(select(m.Municipality.id).limit(1)) is None:
            added += _seed_site(session, definition)
        added += _seed_appointments(session, definition, now)
    log.info("demo seed added %d rows", added)
    return added


def _seed_site(session: Session, definition: dict[str, Any]) -> int:
    rows: list[Any] = []
    for code, name in definition["staff"].items():
        rows.append(m.StaffMember(code=code, display_name=name))
    for entry in definition["municipality"]:
        municipality = m.Municipality(
            code=entry["code"], name=entry["name"], rsin=entry["rsin"],
            primary_colour=entry["primary_colour"], accent_colour=entry["accent_colour"],
            logo_resource=entry.get("logo"),
        )
        session.add(municipality)
        session.flush()
        place = entry["location"]
        location = m.Location(municipality_id=municipality.id, code=place["code"],
                              name=place["name"],
                              ticker_text="Welkom. Houd uw wachtnummer bij de hand.",
                              ticker_text_en="Welcome. Please keep your ticket number at hand.")
        session.add(location)
        session.flush()
        counters = [m.Counter(location_id=location.id, number=n)
                    for n in range(1, place["counters"] + 1)]
        session.add_all(counters)
        session.flush()
        for order, spec in enumerate(definition["service"]):
            service = m.Service(
                location_id=location.id, letter=spec["letter"], name_nl=spec["name_nl"],
                name_en=spec["name_en"], norm_minutes=spec["norm_minutes"],
                is_appointment=spec.get("appointment", False), sort_order=order,
            )
            session.add(service)
            session.flush()
            wanted = spec["counters"]
            rows.extend(
                m.CounterService(counter_id=c.id, service_id=service.id) for c in counters
                if wanted == "all" or c.number in wanted
            )
        rows.extend([municipality, location, *counters])
    session.add_all(rows)
    return len(rows)


def _seed_appointments(session: Session, definition: dict[str, Any], now: datetime) -> int:
    spec = definition["appointments"]
    day = business_day(now)
    start = datetime.combine(day, time.fromisoformat(spec["first"]), SITE_TIMEZONE)
    end = datetime.combine(day, time.fromisoformat(spec["last"]), SITE_TIMEZONE)
    step = timedelta(minutes=spec["every_minutes"])
    services = session.execute(
        select(m.Service.id, m.Service.location_id, m.Location.code)
        .join(m.Location, m.Location.id == m.Service.location_id)
        .where(m.Service.is_appointment.is_(True))
    ).all()
    existing = set(session.scalars(select(m.Appointment.booking_code)))
    added = 0
    for service_id, location_id, location_code in services:
        moment = start
        while moment <= end:
            code = booking_code(location_code, moment)
            if code not in existing:
                session.add(m.Appointment(location_id=location_id, service_id=service_id,
                                          booking_code=code, scheduled_at=moment))
                existing.add(code)
                added += 1
            moment += step
    return added
