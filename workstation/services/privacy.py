"""The retention rule for personal data in the site database: ``privacy purge`` by hand, and
daily by the apps (docs/decisions/0013-business-days-park-and-stale-counters.md)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from workstation.domain.queue import utc_now
from workstation.domain.retention import (
    Retention,
    appointments_scheduled_before,
    transfer_notes_written_before,
)

log = logging.getLogger("loket.privacy")


class PrivacyStore(Protocol):
    def purge(self, now: datetime, notes_written_before: datetime,
              appointments_before: datetime) -> tuple[int, int]:
        """In one transaction: delete transfer notes whose purge_after has passed or that
        were written before ``notes_written_before``; clear the visitor name and booking code
        of appointments scheduled before ``appointments_before``. Returns both counts."""
        ...


@dataclass(frozen=True, slots=True)
class PurgeResult:
    transfer_notes: int
    appointments: int


class PrivacyService:
    def __init__(self, store: PrivacyStore, retention: Retention,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._retention = retention
        self._clock = clock

    def purge(self) -> PurgeResult:
        now = self._clock()
        notes, appointments = self._store.purge(
            now, transfer_notes_written_before(now, self._retention),
            appointments_scheduled_before(now, self._retention))
        if notes or appointments:
            log.info("privacy purge: %d transfer notes, %d appointments", notes, appointments)
        return PurgeResult(notes, appointments)
