"""Change feed of the site queue database: who should re-read, and when.

PostgreSQL: LISTEN on the channel the unit of work NOTIFYs at commit. SQLite: poll
``PRAGMA data_version``, which moves whenever another connection commits. Either way the feed
runs on a thread of its own, reconnects by itself with a short back-off, and tells the consumer
after every notice *and* after every (re)connect, so a notice missed while disconnected never
leaves a stale screen (docs/decisions/0004-change-feed.md). A consumer whose re-read fails
raises ``ConnectionError``: the feed then reconnects and notifies again, retrying the re-read.

The feed's thread never dies: any other exception (a bug in a consumer, say) is logged with its
traceback, reported as a lost connection (so screens show they are not current), and the feed
starts over after a longer back-off.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from workstation.store.database import SiteDatabase
from workstation.store.queue_uow import NOTIFY_CHANNEL

log = logging.getLogger("loket.db")

SQLITE_POLL_INTERVAL_S = 0.02
PG_WAIT_SLICE_S = 0.5
PG_KEEPALIVE_S = 2.0
RECONNECT_DELAYS_S = (0.1, 0.2, 0.5, 1.0)
CONSUMER_FAILURE_DELAYS_S = (0.5, 1.0, 2.0, 5.0)


@dataclass(frozen=True, slots=True)
class ChangeNotice:
    """Something may have changed; ``reconnected`` means: re-read everything."""

    location_id: int | None
    reconnected: bool = False


ChangeHandler = Callable[[ChangeNotice], None]
ConnectionHandler = Callable[[bool], None]


class ChangeFeed:
    def __init__(
        self, database: SiteDatabase, on_change: ChangeHandler,
        on_connection: ConnectionHandler | None = None,
    ) -> None:
        self._database = database
        self._on_change = on_change
        self._on_connection = on_connection or (lambda _connected: None)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="loket-change-feed", daemon=True)
        self.connected = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        attempt = failures = 0
        connection_errors = _connection_errors(self._database)
        while not self._stop.is_set():
            try:
                if self._database.is_postgres:
                    self._listen_postgres()
                else:
                    self._poll_sqlite()
                attempt = failures = 0
            except connection_errors as exc:
                if self.connected.is_set():
                    log.warning("change feed lost its connection: %s", _first_line(exc))
                self._set_connected(False)
                self._stop.wait(_delay(RECONNECT_DELAYS_S, attempt))
                attempt += 1
            except Exception:
                log.exception("change feed consumer failed; the feed starts over")
                self._set_connected(False)
                self._stop.wait(_delay(CONSUMER_FAILURE_DELAYS_S, failures))
                failures += 1
        self._set_connected(False)

    def _set_connected(self, connected: bool) -> None:
        if connected == self.connected.is_set():
            return
        if connected:
            self.connected.set()
        else:
            self.connected.clear()
        if connected:
            self._on_connection(True)  # a failure here is the caller's to handle
            return
        try:
            self._on_connection(False)
        except Exception:  # called from the feed's own error handling: must not end it
            log.exception("change feed consumer failed on a lost connection")

    def _connected_now(self) -> None:
        self._set_connected(True)
        self._on_change(ChangeNotice(location_id=None, reconnected=True))

    def _listen_postgres(self) -> None:
        import psycopg

        url = self._database.url.set(drivername="postgresql")
        conninfo = url.render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=3) as connection:
            connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
            self._connected_now()
            last_seen = time.monotonic()
            while not self._stop.is_set():
                for notice in connection.notifies(timeout=PG_WAIT_SLICE_S):
                    last_seen = time.monotonic()
                    self._on_change(ChangeNotice(location_id=_location(notice.payload)))
                    if self._stop.is_set():
                        return
                if time.monotonic() - last_seen > PG_KEEPALIVE_S:
                    connection.execute("SELECT 1")  # finds a dead server between notices
                    last_seen = time.monotonic()

    def _poll_sqlite(self) -> None:
        path = self._database.url.database or ""
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                     timeout=1.0)
        try:
            version = connection.execute("PRAGMA data_version").fetchone()[0]
            self._connected_now()
            while not self._stop.wait(SQLITE_POLL_INTERVAL_S):
                current = connection.execute("PRAGMA data_version").fetchone()[0]
                if current != version:
                    version = current
                    self._on_change(ChangeNotice(location_id=None))
        finally:
            connection.close()


def _delay(delays: tuple[float, ...], attempt: int) -> float:
    return delays[min(attempt, len(delays) - 1)]


def _connection_errors(database: SiteDatabase) -> tuple[type[Exception], ...]:
    """What a lost connection raises. psycopg is imported only for a PostgreSQL site: it is
    a sixth of a SQLite workstation's start-up."""
    if database.is_postgres:
        import psycopg

        return (psycopg.Error, sqlite3.Error, OSError)
    return (sqlite3.Error, OSError)


def _location(payload: str) -> int | None:
    return int(payload) if payload.isdigit() else None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0] if text else ''}"
