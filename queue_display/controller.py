"""Wires the follower, the window and the announcer together, and takes them down cleanly.

A follower whose change-feed thread died of an unexpected error is replaced by a new one after
a back-off; meanwhile the window shows "verbinding verbroken" over the last state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from queue_display.announcer import Announcer
from queue_display.calls import CallTracker
from queue_display.feed import FeedBridge
from queue_display.thread_deaths import ThreadDeaths
from queue_display.window import DisplayWindow
from workstation.domain.overview import LocationOverview
from workstation.services.queue_follower import QueueFollower

log = logging.getLogger("loket.ui")

FollowerFactory = Callable[
    [Callable[[LocationOverview], None], Callable[[bool], None]], QueueFollower
]
RESTART_DELAYS_MS = (1000, 2000, 5000, 10000, 30000)


class DisplayController(QObject):
    def __init__(self, window: DisplayWindow, announcer: Announcer,
                 follower_factory: FollowerFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.announcer = announcer
        self._tracker = CallTracker()
        self._bridge = FeedBridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.overview.connect(self._show, queued)
        self._bridge.connection.connect(self._connection, queued)
        self._bridge.died.connect(self._feed_died, queued)
        self._factory = follower_factory
        self._follower = self._new_follower()
        self._deaths = ThreadDeaths(self._bridge.died.emit)
        self._restart = QTimer(self)
        self._restart.setSingleShot(True)
        self._restart.timeout.connect(self._follow_again)
        self._restarts = 0
        self.connected = False
        self._running = False

    def start(self) -> None:
        self._running = True
        self._deaths.install()
        self._follower.start()

    def close(self) -> None:
        """Stop the feed thread first (it joins), then the timers and the sound."""
        self._restart.stop()
        if self._running:
            self._running = False
            self._follower.stop()
        self._deaths.uninstall()
        self.announcer.close()
        self.window.stop()

    def _new_follower(self) -> QueueFollower:
        return self._factory(self._bridge.deliver_overview, self._bridge.deliver_connection)

    def _feed_died(self) -> None:
        if not self._running or self._restart.isActive():
            return
        self._connection(False)
        delay = RESTART_DELAYS_MS[min(self._restarts, len(RESTART_DELAYS_MS) - 1)]
        self._restarts += 1
        log.warning("the change feed stopped; following the queue again in %d s", delay // 1000)
        self._restart.start(delay)

    def _follow_again(self) -> None:
        if not self._running:
            return
        self._follower.stop()  # its thread has ended: this only joins it
        self._follower = self._new_follower()
        self._follower.start()

    def _show(self, overview: LocationOverview) -> None:
        if not self._running:
            return
        self._restarts = 0
        fresh = self._tracker.new_calls(overview)
        self.window.show_overview(overview, fresh)
        for call in fresh:
            log.info("showing %s at counter %d", call.number, call.counter_number)
        self.announcer.enqueue(fresh)

    def _connection(self, connected: bool) -> None:
        if not self._running or connected == self.connected:
            return
        self.connected = connected
        if connected:
            log.info("queue display connected to the site database")
        else:
            log.warning("queue display lost the site database; keeping the last state")
        self.window.set_connected(connected)
