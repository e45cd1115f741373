"""Shared fixtures: fresh site databases on SQLite and PostgreSQL, a keyring of our own."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.databases import fresh_postgres_database, postgres_available
from tests.requirements import require
from workstation.settings import Locations


@pytest.fixture(autouse=True)
def _isolated_platform_dirs(tmp_path_factory: pytest.TempPathFactory,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes to the real config, data or log directories of the machine."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    for name in list(os.environ):
        if name.startswith("LOKET_") and name != "LOKET_TEST_PG":
            monkeypatch.delenv(name)
    # Nor the machine's shared settings and data (/etc/loket, /var/lib/loket, %PROGRAMDATA%).
    monkeypatch.setenv("PROGRAMDATA", str(home / "programdata"))
    machine = Locations.of_platform()
    monkeypatch.setattr(Locations, "of_platform", classmethod(
        lambda _cls, platform=None, environ=None: Locations(
            home / "machine" / "loket.toml", machine.user_config, home / "machine-data",
            machine.user_data)))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'site.sqlite3'}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    require(postgres_available(), "PostgreSQL at LOKET_TEST_PG (127.0.0.1:5432)")
    with fresh_postgres_database() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def site_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on the embedded SQLite file and on a real PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'site.sqlite3'}"
        return
    require(postgres_available(), "PostgreSQL at LOKET_TEST_PG (127.0.0.1:5432)")
    with fresh_postgres_database() as url:
        yield url
