"""The supervisor's board, live: re-read the whole board after every change notice.

As for a counter's screen (``queue_follower``), a notice carries no data and every notice and
reconnect leads to a full re-read, so a missed notice only delays the board. Notices of every
location count: the board shows them all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from workstation.domain.errors import SchemaMismatch, UserFacingError
from workstation.domain.staff import HasRoles, Permission, require
from workstation.domain.supervision import SupervisorBoard
from workstation.services.queue_follower import (
    ChangeNoticeLike,
    ChangeSourceFactory,
    ConnectionHandler,
    ReReadFailed,
    SchemaCheck,
    StoppedHandler,
)
from workstation.services.supervisor_service import SupervisorService

log = logging.getLogger("loket.queue")

BoardHandler = Callable[[SupervisorBoard], None]


class SupervisorFollower:
    """Calls ``on_board`` (on the feed's thread) with a fresh board after each change."""

    def __init__(self, service: SupervisorService, by: HasRoles,
                 feed_factory: ChangeSourceFactory, on_board: BoardHandler,
                 on_connection: ConnectionHandler, on_stopped: StoppedHandler,
                 check_schema: SchemaCheck | None = None) -> None:
        require(by, Permission.SUPERVISE)
        self._service = service
        self._by = by
        self._on_board = on_board
        self._on_connection = on_connection
        self._on_stopped = on_stopped
        self._check_schema = check_schema
        self._stopped = False
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
        try:
            if notice.reconnected and self._check_schema is not None:
                self._check_schema()
            board = self._service.board(self._by)
        except SchemaMismatch as exc:
            log.error("supervisor board stopped: %s", exc.detail)
            self._stopped = True
            self._on_connection(False)
            self._on_stopped(exc)
            return
        except UserFacingError as exc:
            log.warning("re-reading the supervisor board failed: %s", exc.detail)
            self._on_connection(False)
            raise ReReadFailed(exc.detail) from exc
        self._on_connection(True)
        self._on_board(board)


class SupervisorFollowers:
    """Starts board followers; the composition root binds the change feed and schema check."""

    def __init__(self, service: SupervisorService, feed_factory: ChangeSourceFactory,
                 check_schema: SchemaCheck | None = None) -> None:
        self.service = service
        self._feed_factory = feed_factory
        self._check_schema = check_schema

    def follow(self, by: HasRoles, on_board: BoardHandler, on_connection: ConnectionHandler,
               on_stopped: StoppedHandler) -> SupervisorFollower:
        return SupervisorFollower(self.service, by, self._feed_factory, on_board,
                                  on_connection, on_stopped, self._check_schema)
