"""Carries the follower's callbacks from the change feed's thread to the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workstation.domain.overview import LocationOverview


class FeedBridge(QObject):
    """Lives on the GUI thread; its slots are reached through queued signal connections.

    ``deliver_*`` are called on the feed's thread and only emit: the database was already read
    there, so the GUI thread never queries it.
    """

    overview = Signal(object)  # LocationOverview
    connection = Signal(bool)
    died = Signal()  # the feed's thread ended by an unexpected error (from that thread)

    def deliver_overview(self, overview: LocationOverview) -> None:
        self.overview.emit(overview)

    def deliver_connection(self, connected: bool) -> None:
        self.connection.emit(connected)
