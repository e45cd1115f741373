"""A known PIN for the demo colleagues (``--demo`` only; README names it).

Their roles come from the demo site file like any site's; this only saves the demo user from
choosing a PIN for each of them first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workstation.store import models as m
from workstation.store.database import SiteDatabase

log = logging.getLogger("loket.db")


def seed_demo_staff(database: SiteDatabase, codes: Iterable[str],
                    demo_pin_hash: Callable[[], str]) -> int:
    """Give the demo colleagues (``codes``) who have no PIN the demo PIN; returns how many.

    A demo colleague who chose their own PIN keeps it. ``demo_pin_hash`` is called only when
    someone needs it (the hash is slow on purpose).
    """
    wanted = list(codes)
    with Session(database.engine) as session, session.begin():
        without_pin = list(session.scalars(
            select(m.StaffMember.id).where(m.StaffMember.code.in_(wanted),
                                           m.StaffMember.pin_hash.is_(None))
        ))
        if not without_pin:
            return 0
        session.execute(update(m.StaffMember).where(m.StaffMember.id.in_(without_pin))
                        .values(pin_hash=demo_pin_hash()))
    log.info("demo PIN given to %d colleague(s)", len(without_pin))
    return len(without_pin)
