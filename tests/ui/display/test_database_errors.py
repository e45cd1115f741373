"""Any database error, not only a lost connection, puts the display in the disconnected state
with its mark, never kills its feed for good, and reaches the log; the display recovers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from tests.ui.display.conftest import LiveDisplay
from workstation.app import open_site
from workstation.store.queue_uow import NOTIFY_CHANNEL


def conninfo(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.mark.postgres
def test_a_schema_the_display_cannot_read_shows_disconnected_then_recovers(
    qtbot: QtBot, pg_url: str, open_display: Callable[..., LiveDisplay],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="loket.ui")
    site = open_site(pg_url, demo=True)
    try:
        site.queue.issue_ticket("BOZ", "A")
        post = site.queue.counter_post("BOZ", 1, "mw01")
        live = open_display(pg_url)
        offline = live.window.header.offline
        location_id = site.queue.location("BOZ").id
        with psycopg.connect(conninfo(pg_url), autocommit=True) as admin:
            # IT restores another version's schema: the table of calls is not where it was.
            admin.execute("ALTER TABLE queue_event RENAME TO queue_event_elsewhere")
            admin.execute(f"NOTIFY {NOTIFY_CHANNEL}, '{location_id}'")
            qtbot.waitUntil(offline.isVisible, timeout=10000)
            admin.execute("ALTER TABLE queue_event_elsewhere RENAME TO queue_event")
        qtbot.waitUntil(lambda: not offline.isVisible(), timeout=20000)
        site.queue.call_next(post)
        qtbot.waitUntil(lambda: live.window.current.rows[0].number.text() == "A001",
                        timeout=5000)
    finally:
        site.close()
    assert "queue display lost the site database; keeping the last state" in caplog.text


def test_a_file_that_is_not_a_database_shows_disconnected_then_recovers(
    qtbot: QtBot, tmp_path: Path, open_display: Callable[..., LiveDisplay],
) -> None:
    path = tmp_path / "site.sqlite3"
    url = f"sqlite:///{path}"
    open_site(url, demo=True).close()
    live = open_display(url)
    offline = live.window.header.offline
    good = path.read_bytes()
    path.write_bytes(b"this is not a database " * 4096)
    qtbot.waitUntil(offline.isVisible, timeout=10000)
    path.write_bytes(good)
    qtbot.waitUntil(lambda: not offline.isVisible(), timeout=20000)
