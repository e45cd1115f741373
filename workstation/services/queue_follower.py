"""One consumer API for live screens: re-read the queue after every change notice.

The follower never trusts a notice's content: any notice, and every reconnect, leads to a full
re-read of the location overview, so a missed notice can only delay a screen, not corrupt it.
After a (re)connect it first checks the database's schema: a database that IT upgraded (or
rolled back) while the screen ran stops the follower with ``SchemaMismatch`` rather than
letting it read tables it does not understand.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from workstation.domain.errors import SchemaMismatch, UserFacingError
from workstation.domain.overview import LocationOverview
from workstation.services.queue_service import QueueService

log = logging.getLogger("loket.queue")


class ReReadFailed(ConnectionError):
    """Raised into the change feed when a re-read failed: the feed reconnects, notifies again,
    and so the re-read is retried with the feed's back-off instead of waiting for a change."""


class ChangeNoticeLike(Protocol):
    @property
    def location_id(self) -> int | None: ...

    @property
    def reconnected(self) -> bool: ...


class ChangeSource(Protocol):
    def start(self) -> None: ...

    def stop(self, timeout: float = 5.0) -> None: ...


ChangeSourceFactory = Callable[
    [Callable[[ChangeNoticeLike], None], Callable[[bool], None]], ChangeSource
]
OverviewHandler = Callable[[LocationOverview], None]
ConnectionHandler = Callable[[bool], None]
SchemaCheck = Callable[[], None]
"""Raises ``SchemaMismatch`` when the site database is not at this build's schema revision."""
StoppedHandler = Callable[[SchemaMismatch], None]


class QueueFollower:
    """Calls ``on_overview`` (on the feed's thread) with a fresh overview after each change."""

    def __init__(
        self, service: QueueService, location_code: str, feed_factory: ChangeSourceFactory,
        on_overview: OverviewHandler, on_connection: ConnectionHandler | None = None,
        recent_calls: int = 10, *, check_schema: SchemaCheck | None = None,
        on_stopped: StoppedHandler | None = None,
    ) -> None:
        self._service = service
        self._check_schema = check_schema
        self._on_stopped = on_stopped or _log_stop
        self._stopped = False
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
        if self._stopped:
            return
        if notice.reconnected and self._check_schema is not None and not self._schema_ok():
            return
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

    def _schema_ok(self) -> bool:
        """False (and the follower stopped for good) when the schema does not match."""
        assert self._check_schema is not None
        try:
            self._check_schema()
        except SchemaMismatch as exc:
            log.error("queue follower stopped: %s", exc.detail)
            self._stopped = True
            self._on_connection(False)
            self._on_stopped(exc)
            return False
        except UserFacingError as exc:
            log.warning("checking the schema failed: %s", exc.detail)
            self._on_connection(False)
            raise ReReadFailed(exc.detail) from exc
        return True


def _log_stop(_error: SchemaMismatch) -> None:
    """Without a handler the follower only stays disconnected; the error is logged above."""


class Followers:
    """Starts followers of the site queue: what a live screen needs besides ``QueueService``.

    The composition root binds the change feed and the schema check; a screen only names its
    location and its handlers (docs/decisions/0012-composition-and-what-the-ui-receives.md).
    """

    def __init__(self, service: QueueService, feed_factory: ChangeSourceFactory,
                 check_schema: SchemaCheck | None = None) -> None:
        self._service = service
        self._feed_factory = feed_factory
        self._check_schema = check_schema

    def follow(self, location_code: str, on_overview: OverviewHandler,
               on_connection: ConnectionHandler | None = None, recent_calls: int = 10,
               on_stopped: StoppedHandler | None = None) -> QueueFollower:
        return QueueFollower(
            self._service, location_code, self._feed_factory, on_overview, on_connection,
            recent_calls, check_schema=self._check_schema, on_stopped=on_stopped,
        )
