"""Engines for the site queue database: SQLite (one PC) or PostgreSQL (a site or region).

SQLite runs in WAL mode with a busy timeout, and every write transaction starts with
``BEGIN IMMEDIATE`` so two processes never both read and then fight over the write lock:
the second waits at BEGIN, which is what makes call-next hand a ticket to exactly one counter.
Read-only snapshots use a plain deferred ``BEGIN`` (docs/decisions/0003-site-database.md).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

from workstation.store.errors import (
    database_unavailable,
    discard_connections_on_damage,
    is_connection_problem,
)
from workstation.store.write_queue import WriteQueue

log = logging.getLogger("loket.db")

# A writer held up longer than this by another process gives up (DatabaseBusy): the screen
# shows a banner after a few seconds instead of freezing for half a minute.
SQLITE_BUSY_TIMEOUT_S = 3.0
PG_LOCK_TIMEOUT_MS = 3000
READ_ONLY = "loket_read_only"


class SiteDatabase:
    """The two engines of one site database: writes, and lock-free read snapshots."""

    def __init__(self, url: str | URL, *, pool_size: int = 5) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.is_postgres = self.url.get_backend_name() == "postgresql"
        if not (self.is_sqlite or self.is_postgres):
            raise ValueError(f"unsupported database {self.url.get_backend_name()!r}")
        if self.is_sqlite:
            self.engine = _sqlite_engine(self.url)
        else:
            self.engine = create_engine(
                self.url, pool_pre_ping=True, pool_size=pool_size, max_overflow=pool_size,
                pool_recycle=1800,
                connect_args={"connect_timeout": 5,
                              "options": f"-c lock_timeout={PG_LOCK_TIMEOUT_MS}"},
            )
        # A screen's overview is several SELECTs; on PostgreSQL they must share one snapshot
        # (READ COMMITTED would let a ticket show as both waiting and called). Read-only
        # REPEATABLE READ transactions take no locks and never fail to serialise.
        snapshot = {"isolation_level": "REPEATABLE READ"} if self.is_postgres else {}
        self.read_engine = self.engine.execution_options(**{READ_ONLY: True}, **snapshot)
        database = self.url.database or ""
        self._write_queue = (
            WriteQueue(Path(database)) if self.is_sqlite and database not in ("", ":memory:")
            else None
        )

    def writer_turn(self) -> AbstractContextManager[None]:
        """Hold this around a write transaction: SQLite writers of one PC take fair turns."""
        return self._write_queue.turn() if self._write_queue else nullcontext()

    @contextmanager
    def read_snapshot(self) -> Iterator[Session]:
        """One read-only transaction on the read engine; a lost connection becomes
        DatabaseUnavailable, as in the unit of work, so a follower re-reading during a
        database restart keeps going."""
        try:
            with Session(self.read_engine) as session, session.begin():
                yield session
        except Exception as exc:
            if is_connection_problem(exc):
                raise database_unavailable(exc) from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def safe_url(self) -> str:
        return self.url.render_as_string(hide_password=True)


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
    discard_connections_on_damage(engine)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy's "begin" hook below own transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine
