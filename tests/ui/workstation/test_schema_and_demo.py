"""A running window stops when the database's schema changes under it; a demo says DEMO."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.databases import PG_ADMIN
from tests.ui.workstation.conftest import WindowFactory
from workstation import __version__
from workstation.app import Site, open_site
from workstation.domain.errors import SchemaMismatch
from workstation.ui import main as ui_main

APP_NAME = "loket-schema-test"


@pytest.fixture
def pg_site(pg_url: str) -> Iterator[Site]:
    opened = open_site(f"{pg_url}?application_name={APP_NAME}", demo=True)
    yield opened
    opened.close()


@pytest.mark.postgres
def test_window_stops_when_the_schema_changed_while_it_was_disconnected(
    qtbot: QtBot, open_window: WindowFactory, pg_site: Site, pg_url: str,
) -> None:
    window = open_window(pg_site, role="reception")
    conninfo = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    name = pg_url.rsplit("/", 1)[1]
    with qtbot.waitSignal(window.stopped, timeout=15_000) as stopped:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            # IT ran a newer Loket's db upgrade, and the server restarted meanwhile.
            connection.execute("UPDATE alembic_version SET version_num = '0099'")
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = %s AND application_name = %s", (name, APP_NAME))
    error = stopped.args[0]
    assert isinstance(error, SchemaMismatch)
    assert "0099" in error.message and __version__ in error.message
    qtbot.waitUntil(lambda: window.connected is False)


def test_demo_window_says_demo_in_its_title(open_window: WindowFactory, site: Site) -> None:
    demo = open_window(site, role="counter", demo=True)
    assert "DEMO" in demo.windowTitle()
    real = open_window(site, role="reception")
    assert "DEMO" not in real.windowTitle()


def test_a_stopped_window_tells_why_and_ends_the_program(
    qapp: QApplication, open_window: WindowFactory, site: Site,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    window = open_window(site, role="counter")
    shown: list[str] = []
    monkeypatch.setattr(ui_main.QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text))
    error = SchemaMismatch(
        "De wachtrijdatabase heeft schemaversie {database}, maar Loket {app} verwacht "
        "schemaversie {expected}.", database="0099", app=__version__, expected="0001")
    QTimer.singleShot(0, lambda: window.stopped.emit(error))
    window.stopped.connect(lambda stopped: ui_main._stop(qapp, window, stopped, False))
    assert qapp.exec() == ui_main.EXIT_STOPPED
    assert shown and "0099" in shown[0]
    assert "schemaversie 0099" in capsys.readouterr().err
    assert not window.live._running  # the window stopped following the queue
