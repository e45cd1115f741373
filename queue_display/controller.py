"""Wires the follower, the window and the announcer together, and takes them down cleanly."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt

from queue_display.announcer import Announcer
from queue_display.calls import CallTracker
from queue_display.feed import FeedBridge
from queue_display.window import DisplayWindow
from workstation.domain.overview import LocationOverview
from workstation.services.queue_follower import QueueFollower

log = logging.getLogger("loket.ui")

FollowerFactory = Callable[
    [Callable[[LocationOverview], None], Callable[[bool], None]], QueueFollower
]


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
        self._follower = follower_factory(self._bridge.deliver_overview,
                                          self._bridge.deliver_connection)
        self.connected = False
        self._running = False

    def start(self) -> None:
        self._running = True
        self._follower.start()

    def close(self) -> None:
        """Stop the feed thread first (it joins), then the timers and the sound."""
        if self._running:
            self._running = False
            self._follower.stop()
        self.announcer.close()
        self.window.stop()

    def _show(self, overview: LocationOverview) -> None:
        if not self._running:
            return
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
