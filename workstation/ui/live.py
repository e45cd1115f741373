"""Live queue state for one window, from the change feed, delivered on the GUI thread.

The follower calls back on the feed's own thread; everything read there (the overview, the open
alarms, this counter's ticket) is read on that thread too and handed to the GUI thread through
queued signals, so the GUI thread never waits on the database.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.domain.alarm import OpenAlarm
from workstation.domain.errors import SchemaMismatch, UserFacingError
from workstation.domain.overview import CurrentTicketView, LocationOverview
from workstation.services.alarm_service import AlarmService
from workstation.services.queue_follower import Followers, QueueFollower, ReReadFailed
from workstation.services.queue_service import CounterPost, QueueService
from workstation.services.site_health import SiteHealth
from workstation.ui.tasks import TaskRunner

log = logging.getLogger("loket.ui")

# While the site database is unavailable, try it again this often (health probe + re-read).
PROBE_MS = 2_000


@dataclass(frozen=True, slots=True)
class LiveSnapshot:
    """What one change notice leads to on screen."""

    overview: LocationOverview
    alarms: tuple[OpenAlarm, ...]
    current: CurrentTicketView | None
    current_read_at: float  # time.monotonic() before the counter's ticket was read


def complete_snapshot(queue: QueueService, alarms: AlarmService, overview: LocationOverview,
                      post: CounterPost | None) -> LiveSnapshot:
    """Add the open alarms and the counter's ticket to an overview (database reads)."""
    open_alarms = alarms.open_alarms(overview.location_id)
    read_at = time.monotonic()
    current = queue.current_ticket(post) if post is not None else None
    return LiveSnapshot(overview, open_alarms, current, read_at)


def read_snapshot(queue: QueueService, alarms: AlarmService, location_code: str,
                  post: CounterPost | None) -> LiveSnapshot:
    return complete_snapshot(queue, alarms, queue.overview(location_code), post)


class LiveQueue(QObject):
    """Starts a follower for the location; emits ``snapshot`` and ``connection`` on the GUI
    thread, and ``stopped`` (with the ``SchemaMismatch``) when the database's schema no longer
    matches after a reconnect. ``post`` (a counter) adds the counter's current ticket to every
    snapshot."""

    snapshot = Signal(object)
    connection = Signal(bool)
    stopped = Signal(object)

    def __init__(self, queue: QueueService, alarms: AlarmService, followers: Followers,
                 location_code: str, post: Callable[[], CounterPost | None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        self._alarms = alarms
        self._post = post
        self._follower: QueueFollower = followers.follow(
            location_code, self._on_overview, self._on_connection, on_stopped=self._on_stopped
        )
        self._running = False

    def start(self) -> None:
        self._running = True
        self._follower.start()

    def stop(self) -> None:
        """Stop the feed and wait for its thread; idempotent."""
        if self._running:
            self._running = False
            self._follower.stop()

    def _on_overview(self, overview: LocationOverview) -> None:  # feed thread
        try:
            snapshot = complete_snapshot(self._queue, self._alarms, overview, self._post())
        except UserFacingError as exc:
            log.warning("reading alarms or the current ticket failed: %s", exc.detail)
            self._on_connection(False)
            raise ReReadFailed(exc.detail) from exc
        if self._running:
            self.snapshot.emit(snapshot)

    def _on_connection(self, connected: bool) -> None:  # feed thread
        if self._running:
            self.connection.emit(connected)

    def _on_stopped(self, error: SchemaMismatch) -> None:  # feed thread
        if self._running:
            self.stopped.emit(error)


class DatabaseProbe(QObject):
    """While started: every ``PROBE_MS`` the site's health probe and a fresh snapshot, on the
    window's worker (never two at once, never ahead of a waiting action). ``back`` carries the
    snapshot once the database is usable again; failures are expected and stay quiet."""

    back = Signal(object)  # LiveSnapshot

    def __init__(self, queue: QueueService, alarms: AlarmService, health: SiteHealth,
                 location_code: str, post: Callable[[], CounterPost | None],
                 runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        self._alarms = alarms
        self._health = health
        self._location_code = location_code
        self._post = post
        self._runner = runner
        self._timer = QTimer(self)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._try)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _try(self) -> None:
        if self._runner.busy:
            return  # an action is still waiting on the database; it will report
        queue, alarms, health = self._queue, self._alarms, self._health
        code, post = self._location_code, self._post()

        def probe() -> LiveSnapshot:
            health.check()
            return read_snapshot(queue, alarms, code, post)

        self._runner.run(probe, self.back.emit, lambda _error: None)
