"""``db upgrade``: bring a site database to this build's schema, one machine at a time.

Only ``db upgrade`` (and the demo, on its own file) changes the schema; everything else checks
it with ``store.schema.check_schema``. ``upgrade`` runs alembic under a lock on the database
itself, so two machines of a site that run ``db upgrade`` at once cannot both migrate: the
second waits, then finds the schema current and does nothing. PostgreSQL: a session advisory
lock (released by the server when the session ends). SQLite: an exclusive lock on
``<file>.migrate`` beside the database, on top of SQLite's own write lock
(docs/decisions/0011-upgrades-and-machine-settings.md).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from workstation.store.database import SiteDatabase
from workstation.store.file_lock import exclusive

log = logging.getLogger("loket.db")

# pg_advisory_lock key: "LOKETMIG" as a 64-bit number, so no other application's lock clashes.
MIGRATION_LOCK_KEY = int.from_bytes(b"LOKETMIG", "big")  # < 2**63: a bigint


def _config() -> Config:
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("workstation.store") / "migrations")
    )
    return config


def alembic_head() -> str | None:
    """The head as alembic sees it (``store.schema`` reads it without alembic)."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def upgrade(database: SiteDatabase, revision: str = "head") -> tuple[str | None, str | None]:
    """Migrate to ``revision`` under the migration lock; a no-op when already there.

    Returns the revisions before and after, both read while holding the lock.
    """
    config = _config()
    with database.engine.connect() as connection, _migration_lock(database, connection):
        before = MigrationContext.configure(connection).get_current_revision()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        after = MigrationContext.configure(connection).get_current_revision()
        connection.commit()
    if before == after:
        log.info("site database %s already at revision %s", database.safe_url, after)
    else:
        log.info("site database %s migrated from %s to %s", database.safe_url, before, after)
    return before, after


@contextmanager
def _migration_lock(database: SiteDatabase, connection: Connection) -> Iterator[None]:
    log.info("waiting for the migration lock of %s", database.safe_url)
    if database.is_postgres:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        connection.commit()  # the lock belongs to the session; migrations start afresh
        try:
            yield
        finally:
            connection.rollback()
            connection.execute(text("SELECT pg_advisory_unlock(:key)"),
                               {"key": MIGRATION_LOCK_KEY})
            connection.commit()
        return
    file = database.url.database or ""
    with exclusive(Path(file + ".migrate")) if file not in ("", ":memory:") else nullcontext():
        yield
