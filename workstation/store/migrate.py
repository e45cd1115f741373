"""Bring a site database to the newest schema (``python -m workstation db upgrade``)."""

from __future__ import annotations

import logging
from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from workstation.store.database import SiteDatabase

log = logging.getLogger("loket.db")


def _config() -> Config:
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("workstation.store") / "migrations")
    )
    return config


def upgrade(database: SiteDatabase, revision: str = "head") -> None:
    config = _config()
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()
    log.info("site database %s at revision %s", database.safe_url, revision)


def is_current(database: SiteDatabase) -> bool:
    """True when the database is at the newest revision (a new workstation checks this)."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    with database.read_engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() == head
