"""A workstation's outbox backlog, reported to the site database for the supervisor's view.

The workstation's sync status calls :meth:`BacklogHeartbeat.report` whenever it learns its
backlog (after each relay round and on a timer): one row per workstation, overwritten, so the
supervisor sees every workstation's backlog and when it last reported.
"""

from __future__ import annotations

import logging
from typing import Protocol

from workstation.domain.customer import Backlog
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import utc_now
from workstation.domain.supervision import WorkstationBacklog
from workstation.services.ports import Clock

log = logging.getLogger("loket.sync")

ERROR_MAX_LENGTH = 300


class BacklogStore(Protocol):
    def save_backlog(self, report: WorkstationBacklog) -> None:
        """Insert or overwrite the workstation's row; ``UserFacingError`` on failure."""
        ...


class BacklogHeartbeat:
    def __init__(self, store: BacklogStore, workstation: str, location_code: str, role: str,
                 clock: Clock = utc_now) -> None:
        self._store = store
        self._workstation = workstation
        self._location_code = location_code
        self._role = role
        self._clock = clock

    def report(self, backlog: Backlog) -> bool:
        """Save the backlog; False (logged, not raised) when the site database refuses, as
        the next report comes soon and the sync itself must not stop for it."""
        report = WorkstationBacklog(
            self._workstation, self._location_code, self._role, backlog.pending,
            backlog.parked, backlog.last_error[:ERROR_MAX_LENGTH], self._clock())
        try:
            self._store.save_backlog(report)
        except UserFacingError as exc:
            log.warning("backlog not reported to the site database: %s", exc.detail)
            return False
        return True
