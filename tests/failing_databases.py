"""Ways a site database fails in the field, made real for tests: garbage over the SQLite file,
a write lock held by another process, a PostgreSQL database that refuses connections."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import psycopg
from psycopg import sql

from tests.databases import PG_ADMIN, terminate_connections

_HOLD_SQLITE_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""

_HOLD_FLOCK = """
import fcntl, os, sys
descriptor = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
fcntl.flock(descriptor, fcntl.LOCK_EX)
print("locked", flush=True)
sys.stdin.readline()
"""


def sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


@contextmanager
def garbage_over(path: Path) -> Iterator[None]:
    """Write garbage over the whole SQLite file (its WAL checkpointed first); put it back."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    good = path.read_bytes()
    with path.open("r+b") as file:
        file.write(b"not a database! " * (len(good) // 16 + 1))
    try:
        yield
    finally:
        with path.open("r+b") as file:
            file.write(good)
            file.truncate(len(good))


@contextmanager
def _held_by_process(script: str, target: Path) -> Iterator[None]:
    process = subprocess.Popen([sys.executable, "-c", script, str(target)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        yield
    finally:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.close()
        process.wait(10)
        process.stdout.close()


def sqlite_write_lock(path: Path) -> AbstractContextManager[None]:
    """Another process holds SQLite's write lock (an open write transaction)."""
    return _held_by_process(_HOLD_SQLITE_LOCK, path)


def writers_turn_held(path: Path) -> AbstractContextManager[None]:
    """Another process holds the writers' queue lock beside the SQLite file (a stuck writer)."""
    return _held_by_process(_HOLD_FLOCK, path.with_name(path.name + ".writers"))


@contextmanager
def postgres_refusing(database_url: str) -> Iterator[None]:
    """The database refuses new connections and loses the ones it had; allowed again after."""
    name = database_url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(
            sql.Identifier(name)))
    terminate_connections(database_url)
    try:
        yield
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(
                sql.Identifier(name)))
