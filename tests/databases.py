"""Fresh site databases for tests and benchmarks: a SQLite file, or a PostgreSQL database
created for one test and dropped after it (on the server at ``LOKET_TEST_PG``)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql

PG_ADMIN = os.environ.get("LOKET_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def postgres_available() -> bool:
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def sqlalchemy_url(conninfo: str) -> str:
    return conninfo.replace("postgresql://", "postgresql+psycopg://", 1)


@contextmanager
def fresh_postgres_database(prefix: str = "loket_test") -> Iterator[str]:
    """Create an empty database; yields its SQLAlchemy URL; drops it afterwards."""
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    base, _, _ = PG_ADMIN.rpartition("/")
    try:
        yield sqlalchemy_url(f"{base}/{name}")
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))


def terminate_connections(database_url: str) -> int:
    """Drop every connection to the database, as a server restart would."""
    name = database_url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()", (name,)
        ).fetchall()
    return len(rows)
