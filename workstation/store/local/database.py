"""The workstation store's SQLite file: WAL, ``synchronous=FULL``, mode 0600.

``synchronous=FULL`` makes every commit durable before it returns, so a write a person made
survives a power cut the moment the screen says it is saved (NORMAL in WAL mode may lose the
last commits). Every transaction that may write starts with ``BEGIN IMMEDIATE``: the sync
worker and the screens never deadlock on a lock upgrade. The file and its WAL are created
readable and writable by the owner only (SQLite gives -wal/-shm the main file's mode).
"""

from __future__ import annotations

import logging
import os
import stat
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from workstation.store.schema import VERSION_TABLE, head_revision

log = logging.getLogger("loket.db")

FILE_NAME = "workstation.sqlite3"
MIGRATIONS_PACKAGE = "workstation.store.local"
BUSY_TIMEOUT_S = 30.0
OWNER_ONLY = stat.S_IRUSR | stat.S_IWUSR


class WorkstationDatabase:
    """One workstation's store; ``upgrade()`` brings it to the newest schema."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        _create_owner_only(path)
        self.engine = _engine(path, "FULL")
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # The embedded registry writes only what the relay then marks as delivered in a FULL
        # commit; that commit's fsync of the WAL makes the registry's earlier frames durable
        # too, so the registry's own commits need not wait for the disk.
        self.relaxed_engine = _engine(path, "NORMAL")
        self.relaxed_sessions = sessionmaker(self.relaxed_engine, expire_on_commit=False)

    @classmethod
    def in_directory(cls, data_dir: Path) -> WorkstationDatabase:
        database = cls(data_dir / FILE_NAME)
        database.upgrade()
        return database

    def session(self) -> Session:
        return self.sessions()

    def upgrade(self) -> None:
        """Migrate to this build's head; a store already there costs one query, not alembic."""
        if self._revision() == head_revision(MIGRATIONS_PACKAGE):
            return
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option(
            "script_location", str(resources.files(MIGRATIONS_PACKAGE) / "migrations")
        )
        with self.engine.connect() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()

    def _revision(self) -> str | None:
        with self.engine.connect() as connection:
            if not inspect(connection).has_table(VERSION_TABLE):
                return None
            revision: str | None = connection.execute(
                text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
            return revision

    def dispose(self) -> None:
        self.engine.dispose()
        self.relaxed_engine.dispose()


def _create_owner_only(path: Path) -> None:
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if name == path or name.exists():
            os.close(os.open(name, os.O_CREAT | os.O_RDWR, OWNER_ONLY))
            os.chmod(name, OWNER_ONLY)


def _engine(path: Path, synchronous: str) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
