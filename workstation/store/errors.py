"""Database failures as the person at the counter should hear about them.

Every failure of the database itself (a lost connection, a file that is not a database, a
locked file, a schema of another version) is an expected state, not a bug: it becomes a
``DatabaseUnavailable``, which the screens show as the disconnected state (DESIGN.md §7).
"""

from __future__ import annotations

import sqlite3
import sys

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from workstation.domain.errors import StoreUnavailable

_BUSY_MARKERS = ("database is locked", "database table is locked", "lock timeout",
                 "lock_timeout", "statement timeout", "could not obtain lock")
_BROKEN_FILE_MARKERS = ("file is not a database", "malformed")
_DAMAGED_MARKERS = ("file is not a database", "malformed", "no such table", "no such column",
                    "does not exist")


class DatabaseUnavailable(StoreUnavailable):
    """The site database cannot be used right now; nothing was changed."""


class DatabaseBusy(DatabaseUnavailable):
    """Another writer holds the site database longer than a screen may wait."""


class DatabaseDamaged(DatabaseUnavailable):
    """The file or schema is not what this Loket expects (damaged, or another version)."""


def is_connection_problem(exc: BaseException) -> bool:
    """True for any failure of the database itself, not only a lost connection.

    Driver errors of every kind (SQLAlchemy's ``DBAPIError`` family and the raw ``sqlite3``
    and ``psycopg`` errors), a pool that hands out no connection in time, and a connection
    found dead: none of them is a bug in Loket's own code.
    """
    if isinstance(exc, DBAPIError | DisconnectionError | PoolTimeout | sqlite3.Error):
        return True
    psycopg = sys.modules.get("psycopg")  # not imported: no psycopg error can exist
    return psycopg is not None and isinstance(exc, psycopg.Error)


def discard_connections_on_damage(engine: Engine) -> None:
    """A SQLite connection that once found "file is not a database" keeps saying so, also
    after the file is repaired: treat that error as a disconnect, so the pool drops its
    connections and the next transaction opens the repaired file afresh."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        original = context.original_exception
        if (type(original) is sqlite3.DatabaseError
                and any(marker in str(original).lower() for marker in _BROKEN_FILE_MARKERS)):
            context.is_disconnect = True


def database_unavailable(exc: BaseException) -> DatabaseUnavailable:
    detail = _first_line(exc)
    lowered = detail.lower()
    if any(marker in lowered for marker in _BUSY_MARKERS):
        return database_busy(detail)
    if any(marker in lowered for marker in _DAMAGED_MARKERS):
        return DatabaseDamaged(
            "De wachtrijdatabase is beschadigd of hoort bij een andere versie van Loket. "
            "Er is niets gewijzigd.",
            "Meld het bij IT. Loket gaat vanzelf verder zodra de database hersteld is.",
            detail=detail,
        )
    return DatabaseUnavailable(
        "Geen verbinding met de wachtrijdatabase. Er is niets gewijzigd.",
        "Wacht even; Loket maakt zelf opnieuw verbinding. Probeer het daarna nog eens.",
        detail=detail,
    )


def database_busy(detail: str) -> DatabaseBusy:
    return DatabaseBusy(
        "De wachtrijdatabase is bezet door een ander programma. Er is niets gewijzigd.",
        "Probeer het zo nog eens. Blijft dit zo, meld het dan bij IT.",
        detail=detail,
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0] if text else ''}"
