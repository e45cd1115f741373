"""The KCC side of a running desk workstation, beside its windows.

- The status bar shows what the outbox still has to deliver and the last sync error in plain
  Dutch (``ContactService.backlog``, read off the GUI thread every few seconds), and the
  supervisor's view hears it too (``BacklogHeartbeat``: written when it changes, else now and
  then to say the workstation is alive).
- Today's person lookups are forgotten at sign-out (and at exit, which signs out) and when the
  business day changes; what an earlier day left (the workstation was switched off while
  someone was signed in) goes at start-up (issue 10: purged at sign-out and at day close).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from workstation.domain.customer import Backlog
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import business_day, utc_now
from workstation.ui.main_window import MainWindow
from workstation.ui.status_bar import WorkstationStatusBar
from workstation.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the audit trail's crypto loads with the KCC side, after the window
    from workstation.services.contact_service import ContactService
    from workstation.services.customer_service import CustomerService
    from workstation.services.supervisor_heartbeat import BacklogHeartbeat

log = logging.getLogger("loket.ui")

POLL_MS = 3000


class KccUpkeep(QObject):
    def __init__(self, contacts: ContactService, customers: CustomerService | None, *,
                 heartbeat: BacklogHeartbeat | None = None,
                 clock: Callable[[], datetime] = utc_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._customers = customers  # None: lookups are not configured, nothing is cached
        self._heartbeat = heartbeat
        self._clock = clock
        self._day: date = business_day(clock())
        self._status: WorkstationStatusBar | None = None
        self._runner = TaskRunner("kcc", self._failed, self)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        customers = self._customers
        if customers is not None:
            self._runner.run(customers.forget_earlier_days, self._forgotten)
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        """At exit, which signs out whoever is still signed in: forget today's lookups too
        (here, on the GUI thread: the worker is closed and the program is ending)."""
        self._timer.stop()
        self._runner.close()
        if self._customers is not None:
            try:
                self._forgotten(self._customers.forget_today())
            except UserFacingError as exc:
                log.warning("lookup cache not purged at exit: %s", exc.detail)

    def attach(self, window: MainWindow) -> None:
        """Show the backlog in this window's status bar; forget at its sign-out."""
        status = self._status = window.status
        window.signed_out.connect(self.forget_today)
        window.destroyed.connect(lambda _object=None: self._detach(status))
        self.poll()

    def forget_today(self) -> None:
        customers = self._customers
        if customers is not None:
            self._runner.run(customers.forget_today, self._forgotten)

    def poll(self) -> None:
        today = business_day(self._clock())
        if today != self._day:
            self._day = today
            self.forget_today()
        if self._status is not None or self._heartbeat is not None:
            self._runner.run(self._read_backlog, self._show)

    def _read_backlog(self) -> Backlog:
        """On the worker: the outbox's backlog, reported to the supervisor's view on the way
        (a site database that refuses is logged there and retried next round)."""
        backlog = self._contacts.backlog()
        if self._heartbeat is not None:
            self._heartbeat.report(backlog)
        return backlog

    def _show(self, backlog: Backlog) -> None:
        if self._status is not None:
            self._status.show_backlog(backlog)

    def _detach(self, status: WorkstationStatusBar) -> None:
        if self._status is status:
            self._status = None

    @staticmethod
    def _forgotten(removed: int) -> None:
        log.info("lookup cache purged: %d persons", removed)

    @staticmethod
    def _failed(error: UserFacingError) -> None:
        # The workstation store is local; a failure here (disk full) is retried next round.
        log.warning("kcc upkeep postponed: %s", error.detail)
