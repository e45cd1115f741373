"""A workstation's outbox backlog, reported to the site database for the supervisor's view.

The workstation's sync status calls :meth:`BacklogHeartbeat.report` whenever it learns its
backlog (after each relay round and on a timer): one row per workstation, overwritten, so the
supervisor sees every workstation's backlog and when it last reported.

Every commit to the site database makes screens re-read (SQLite moves ``data_version`` for any
write), so a report is written only when the backlog changed, and otherwise once per
``KEEP_ALIVE`` so that the supervisor can tell a silent workstation from a quiet one
(``domain.supervision.SILENT_AFTER``). Only a change tells the change feed.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Protocol

from workstation.domain.customer import Backlog
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import utc_now
from workstation.domain.supervision import WorkstationBacklog
from workstation.services.ports import Clock

log = logging.getLogger("loket.sync")

ERROR_MAX_LENGTH = 300
KEEP_ALIVE = timedelta(minutes=5)


class BacklogStore(Protocol):
    def save_backlog(self, report: WorkstationBacklog, *, announce: bool) -> None:
        """Insert or overwrite the workstation's row, telling the change feed if
        ``announce``; ``UserFacingError`` on failure."""
        ...


class BacklogHeartbeat:
    def __init__(self, store: BacklogStore, workstation: str, location_code: str, role: str,
                 clock: Clock = utc_now) -> None:
        self._store = store
        self._workstation = workstation
        self._location_code = location_code
        self._role = role
        self._clock = clock
        self._written: tuple[Backlog, datetime] | None = None

    def report(self, backlog: Backlog) -> bool:
        """Save the backlog if it changed or the keep-alive is due; True when written. A
        refusal of the site database is logged, not raised: the next report comes soon and
        the sync itself must not stop for it."""
        backlog = Backlog(backlog.pending, backlog.parked,
                          backlog.last_error[:ERROR_MAX_LENGTH])
        now = self._clock()
        changed = self._written is None or self._written[0] != backlog
        if not changed and self._written is not None and now - self._written[1] < KEEP_ALIVE:
            return False
        report = WorkstationBacklog(self._workstation, self._location_code, self._role,
                                    backlog.pending, backlog.parked, backlog.last_error, now)
        try:
            self._store.save_backlog(report, announce=changed)
        except UserFacingError as exc:
            log.warning("backlog not reported to the site database: %s", exc.detail)
            return False
        self._written = backlog, now
        return True
