"""The database goes away and comes back: the display keeps its last state, marks the lost
connection, recovers by itself and shows what happened meanwhile (never a stale call)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg
import pytest
from psycopg import sql
from pytestqt.qtbot import QtBot

from tests.databases import PG_ADMIN
from tests.ui.display.conftest import LiveDisplay
from workstation.app import open_site

WRITER_APP = "loket-test-writer"


@contextmanager
def database_away(url: str) -> Iterator[None]:
    """No new connections to the database, and every connection but the writer's dropped —
    what the display sees of a server restart, without restarting the shared server."""
    name = url.rsplit("/", 1)[1].split("?", maxsplit=1)[0]
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(
            sql.Identifier(name)))
        try:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                "AND pid <> pg_backend_pid() AND application_name <> %s", (name, WRITER_APP))
            yield
        finally:
            admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(
                sql.Identifier(name)))


@pytest.mark.postgres
def test_reconnects_and_shows_the_calls_made_while_away(
    qtbot: QtBot, pg_url: str, open_display: Callable[..., LiveDisplay],
) -> None:
    open_site(pg_url, demo=True).close()
    writer = open_site(f"{pg_url}?application_name={WRITER_APP}", migrate=False)
    try:
        queue = writer.queue
        for _ in range(3):
            queue.issue_ticket("BOZ", "A")
        first, second = (queue.counter_post("BOZ", n, f"mw0{n}") for n in (1, 2))
        live = open_display(pg_url)
        queue.call_next(first)
        current = live.window.current
        qtbot.waitUntil(lambda: current.rows[0].number.text() == "A001", timeout=5000)
        offline = live.window.header.offline

        with database_away(pg_url):
            qtbot.waitUntil(offline.isVisible, timeout=5000)
            assert current.rows[0].number.text() == "A001"  # the last state stays
            queue.start_serving(first)  # while away: A001 is answered, A002 called
            queue.call_next(second)
            back = time.monotonic()

        qtbot.waitUntil(lambda: not offline.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: current.rows[0].number.text() == "A002", timeout=5000)
        assert time.monotonic() - back < 5.0
        assert [r.number.text() for r in current.rows if r.isVisible()] == ["A002"]
        assert live.window.recent.shown() == ("A001",)
        qtbot.waitUntil(lambda: len(live.announced) == 2, timeout=5000)
        assert live.spoken == ["Nummer A 1, balie 1", "Nummer A 2, balie 2"]
    finally:
        writer.close()
