"""The migrations build exactly the schema the models declare, on SQLite and PostgreSQL,
and go down and up again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from workstation.store.database import SiteDatabase
from workstation.store.migrate import _config, upgrade
from workstation.store.models import Base


def _differences(database: SiteDatabase) -> list[object]:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


@pytest.fixture
def empty_database(site_url: str) -> Iterator[SiteDatabase]:
    database = SiteDatabase(site_url)
    yield database
    database.dispose()


def test_migrated_schema_matches_the_models(empty_database: SiteDatabase) -> None:
    upgrade(empty_database)
    assert _differences(empty_database) == []


def test_downgrade_to_the_first_revision_and_up_again(empty_database: SiteDatabase) -> None:
    upgrade(empty_database)
    config = _config()
    with empty_database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
        connection.commit()
    upgrade(empty_database)
    assert _differences(empty_database) == []
