"""One consumer API for live screens: re-read the queue after every change notice.

The follower never trusts a notice's content: any notice, and every reconnect, leads to a full
re-read of the location overview, so a missed notice can only delay a screen, not corrupt it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from workstation.domain.errors import UserFacingError
from workstation.domain.overview import LocationOverview
from workstation.services.queue_service import QueueService

log = logging.getLogger("loket.queue")


class ReReadFailed(ConnectionError):
    """Raised into the change feed when a re-read failed: the feed reconnects, notifies again,
    and so the re-read is retried with the feed's back-off instead of waiting for a change."""


class ChangeNoticeLike(Protocol):
    @property
    def location_id(self) -> int | None: ...


class ChangeSource(Protocol):
    def start(self) -> None: ...

    def stop(self, timeout: float = 5.0) -> None: ...


ChangeSourceFactory = Callable[
    [Callable[[ChangeNoticeLike], None], Callable[[bool], None]], ChangeSource
]
OverviewHandler = Callable[[LocationOverview], None]
ConnectionHandler = Callable[[bool], None]


class QueueFollower:
    """Calls ``on_overview`` (on the feed's thread) with a fresh overview after each change."""

    def __init__(
        self, service: QueueService, location_code: str, feed_factory: ChangeSourceFactory,
        on_overview: OverviewHandler, on_connection: ConnectionHandler | None = None,
        recent_calls: int = 10,
    ) -> None:
        self._service = service
        self._location_code = location_code
        self._on_overview = on_overview
        self._on_connection = on_connection or (lambda _connected: None)
        self._recent_calls = recent_calls
        self._location_id: int | None = None
        self._feed = feed_factory(self._changed, self._connection_changed)

    def start(self) -> None:
        self._feed.start()

    def stop(self) -> None:
        self._feed.stop()

    def _connection_changed(self, connected: bool) -> None:
        if not connected:
            self._on_connection(False)

    def _changed(self, notice: ChangeNoticeLike) -> None:
        known = self._location_id
        if notice.location_id is not None and known is not None and notice.location_id != known:
            return
        try:
            overview = self._service.overview(self._location_code, self._recent_calls)
        except UserFacingError as exc:
            log.warning("re-reading the queue failed: %s", exc.detail)
            self._on_connection(False)
            raise ReReadFailed(exc.detail) from exc
        self._location_id = overview.location_id
        self._on_connection(True)
        self._on_overview(overview)
