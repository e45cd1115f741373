"""The hall display stops, with the Dutch message on stderr, when the site database's schema
changed while it was disconnected (IT ran a newer Loket's ``db upgrade``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.databases import PG_ADMIN
from tests.ui.display.processes import ROOT
from tests.ui.display.test_main import log_text, wait_for
from workstation import __version__
from workstation.app import open_site

APP_NAME = "loket-display-under-test"


@pytest.mark.postgres
def test_display_stops_when_the_schema_changed_under_it(tmp_path: Path, pg_url: str) -> None:
    open_site(pg_url, demo=True).close()
    logs = tmp_path / "logs"
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOKET_")}
    env.update(QT_QPA_PLATFORM="offscreen", LOKET_LOGGING__DIRECTORY=str(logs),
               LOKET_DATABASE__URL=f"{pg_url}?application_name={APP_NAME}",
               LOKET_DISPLAY__VOICE="false", LOKET_DISPLAY__CHIME="false")
    display = subprocess.Popen([sys.executable, "-m", "queue_display", "--windowed"], cwd=ROOT,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    try:
        wait_for(lambda: "connected to the site database" in log_text(logs / "ui.log"), display)
        conninfo = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '0099'")
        name = pg_url.rsplit("/", 1)[1]
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = %s AND application_name = %s", (name, APP_NAME))
        _, stderr = display.communicate(timeout=30)
    finally:
        if display.poll() is None:
            display.kill()
            display.communicate()
    assert display.returncode == 2, stderr
    assert "schemaversie 0099" in stderr and f"Loket {__version__}" in stderr
    assert "Traceback" not in stderr
