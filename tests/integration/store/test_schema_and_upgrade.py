"""Only ``db upgrade`` changes the schema, one machine at a time; everything else checks it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import inspect, text

from tests.databases import PG_ADMIN
from workstation import __version__
from workstation.app import open_site
from workstation.domain.errors import SchemaMismatch
from workstation.store import schema
from workstation.store.database import SiteDatabase
from workstation.store.file_lock import exclusive
from workstation.store.migrate import MIGRATION_LOCK_KEY, alembic_head, upgrade

WAIT_S = 120  # two cold Python start-ups on a loaded CI machine


def test_the_light_revision_reader_agrees_with_alembic() -> None:
    assert schema.head_revision() == alembic_head()
    assert schema.head_revision() in schema.revisions()


def _stamp(url: str, revision: str) -> None:
    database = SiteDatabase(url)
    try:
        with database.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :r"),
                               {"r": revision})
    finally:
        database.dispose()


def _mismatch(url: str) -> SchemaMismatch:
    database = SiteDatabase(url)
    try:
        with pytest.raises(SchemaMismatch) as caught:
            schema.check_schema(database)
    finally:
        database.dispose()
    return caught.value


def test_an_empty_database_is_not_set_up_and_opening_it_changes_nothing(sqlite_url: str) -> None:
    with pytest.raises(SchemaMismatch) as caught:
        open_site(sqlite_url)
    assert "nog niet ingericht" in caught.value.message
    assert __version__ in caught.value.message
    assert "loket db upgrade" in caught.value.next_step
    database = SiteDatabase(sqlite_url)
    try:
        with database.engine.connect() as connection:
            assert inspect(connection).get_table_names() == []  # no tables were made
    finally:
        database.dispose()


def test_a_newer_database_names_both_versions(sqlite_url: str) -> None:
    open_site(sqlite_url, migrate=True).close()
    _stamp(sqlite_url, "0099")
    error = _mismatch(sqlite_url)
    assert "0099" in error.message and schema.head_revision() in error.message
    assert __version__ in error.message
    assert "bij te werken" in error.next_step


def test_an_older_database_asks_for_db_upgrade(sqlite_url: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    open_site(sqlite_url, migrate=True).close()
    head = schema.head_revision()
    known = {**schema.revisions(), "0999": head}
    monkeypatch.setattr(schema, "revisions",
                        lambda _package=schema.SITE_MIGRATIONS: known)  # one migration ahead
    error = _mismatch(sqlite_url)
    assert f"schemaversie {head}" in error.message and "schemaversie 0999" in error.message
    assert "loket db upgrade" in error.next_step


def test_a_current_database_opens(sqlite_url: str) -> None:
    open_site(sqlite_url, migrate=True).close()
    open_site(sqlite_url).close()


# -- two machines run db upgrade at once ------------------------------------------------------

def _upgrade_process(tmp_path: Path, name: str, url: str) -> subprocess.Popen[str]:
    env = {**os.environ, "LOKET_DATABASE__URL": url,
           "LOKET_LOGGING__DIRECTORY": str(tmp_path / name), "LOKET_DATA_DIR": str(tmp_path)}
    return subprocess.Popen([sys.executable, "-m", "workstation", "db", "upgrade"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(condition: Callable[[], bool], what: str,
              processes: tuple[subprocess.Popen[str], ...] = ()) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        exited = [process for process in processes if process.poll() is not None]
        if exited or time.monotonic() > deadline:
            raise AssertionError(f"{'a process exited' if exited else 'timed out'} while "
                                 f"waiting for {what}:\n{_report(processes)}")
        time.sleep(0.05)  # polling a condition, not synchronising by sleeping


def _report(processes: tuple[subprocess.Popen[str], ...]) -> str:
    """What each process printed (stopping the ones still running), for a failure message."""
    lines = []
    for process in processes:
        if process.poll() is None:
            process.kill()
        out, err = process.communicate(timeout=WAIT_S)
        lines.append(f"pid {process.pid} exit {process.returncode}\nstdout: {out}\nstderr: {err}")
    return "\n".join(lines)


def _waiting_in_log(tmp_path: Path, name: str) -> bool:
    log = tmp_path / name / "db.log"
    return log.exists() and "waiting for the migration lock" in log.read_text(encoding="utf-8")


def _two_upgrades(tmp_path: Path, url: str, hold: Callable[[], AbstractContextManager[None]],
                  both_waiting: Callable[[], bool]) -> list[str]:
    """Hold the migration lock, start two ``db upgrade`` processes, see both wait, let go."""
    with hold():
        first = _upgrade_process(tmp_path, "pc1", url)
        second = _upgrade_process(tmp_path, "pc2", url)
        _wait_for(both_waiting, "both upgrades to wait for the lock", (first, second))
    outputs = []
    for process in (first, second):
        out, err = process.communicate(timeout=WAIT_S)
        assert process.returncode == 0, err
        outputs.append(out)
    return outputs


def _one_migrated_one_found_it_current(outputs: list[str]) -> None:
    migrated = [out for out in outputs if "bijgewerkt van schemaversie - naar" in out]
    current = [out for out in outputs if "was al bijgewerkt" in out]
    assert len(migrated) == 1 and len(current) == 1, outputs


@pytest.mark.postgres
def test_postgres_second_upgrade_waits_then_finds_the_schema_current(
    tmp_path: Path, pg_url: str,
) -> None:
    name = pg_url.rsplit("/", 1)[1]
    conninfo = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)

    @contextmanager
    def hold() -> Iterator[None]:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
            yield

    def both_waiting() -> bool:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            row = admin.execute(
                "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                "WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = %s", (name,)
            ).fetchone()
        return row is not None and row[0] == 2

    _one_migrated_one_found_it_current(_two_upgrades(tmp_path, pg_url, hold, both_waiting))
    database = SiteDatabase(pg_url)
    try:
        assert schema.is_current(database)
    finally:
        database.dispose()


def test_sqlite_second_upgrade_waits_then_finds_the_schema_current(
    tmp_path: Path, sqlite_url: str,
) -> None:
    lock_file = Path(sqlite_url.removeprefix("sqlite:///") + ".migrate")

    def both_waiting() -> bool:
        return _waiting_in_log(tmp_path, "pc1") and _waiting_in_log(tmp_path, "pc2")

    outputs = _two_upgrades(tmp_path, sqlite_url, lambda: exclusive(lock_file), both_waiting)
    _one_migrated_one_found_it_current(outputs)


def test_upgrade_twice_in_one_process_is_a_no_op(sqlite_url: str) -> None:
    database = SiteDatabase(sqlite_url)
    try:
        upgrade(database)
        upgrade(database)
        assert schema.is_current(database)
    finally:
        database.dispose()
