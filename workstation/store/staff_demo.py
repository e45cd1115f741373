"""Roles and a known PIN for the demo colleagues (``--demo`` only; README lists them)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workstation.store import models as m
from workstation.store.database import SiteDatabase

log = logging.getLogger("loket.db")

DEMO_ROLES = {
    "mw01": "reception,counter,supervisor",
    "mw02": "reception,counter",
    "mw03": "counter",
    "mw04": "counter",
    "mw05": "counter",
    "mw06": "counter,admin",
}


def seed_demo_staff(database: SiteDatabase, demo_pin_hash: Callable[[], str]) -> int:
    """Give demo colleagues without a PIN their roles and the demo PIN; returns how many.

    A demo colleague who chose their own PIN keeps it. ``demo_pin_hash`` is called only when
    someone needs it (the hash is slow on purpose).
    """
    with Session(database.engine) as session, session.begin():
        codes = list(session.scalars(
            select(m.StaffMember.code).where(m.StaffMember.code.in_(DEMO_ROLES),
                                             m.StaffMember.pin_hash.is_(None))
        ))
        if not codes:
            return 0
        pin_hash = demo_pin_hash()
        for code in codes:
            session.execute(update(m.StaffMember).where(m.StaffMember.code == code)
                            .values(roles=DEMO_ROLES[code], pin_hash=pin_hash))
    log.info("demo PIN given to %d colleague(s)", len(codes))
    return len(codes)
