"""Which schema revision a site database is at, and whether this build can work with it.

Workstations, kiosks and the hall display call ``check_schema`` at start and after every
reconnect: a database at another revision than this build's stops them with ``SchemaMismatch``
(naming both versions and what IT must do) instead of failing half-way through a query. Only
``db upgrade`` changes the schema (``store.migrate``).

This module reads the revision graph from the migration files itself rather than through
alembic, which would add a third of a second to every start-up; a test keeps both in step. The
workstation store (``store.local``) asks it too, and runs alembic only when it has work.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from workstation import __version__
from workstation.domain.errors import SchemaMismatch
from workstation.store.database import SiteDatabase
from workstation.store.errors import database_unavailable, is_connection_problem

UPGRADE_COMMAND = "loket db upgrade"
VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r"^revision\s*(?::[^=]+)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE)


SITE_MIGRATIONS = "workstation.store"
"""The package whose ``migrations`` folder holds the site database's migrations."""


@cache
def revisions(package: str = SITE_MIGRATIONS) -> dict[str, str | None]:
    """Every migration's revision id and the revision it follows (of ``package``'s
    ``migrations``: the site database's, or the workstation store's)."""
    graph: dict[str, str | None] = {}
    folder = resources.files(package) / "migrations" / "versions"
    for entry in folder.iterdir():
        if not entry.name.endswith(".py"):
            continue
        source = entry.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is not None and down is not None:
            graph[revision.group(1)] = down.group(1)
    return graph


def head_revision(package: str = SITE_MIGRATIONS) -> str:
    """The schema revision this build of Loket works with."""
    graph = revisions(package)
    heads = set(graph) - set(graph.values())
    if len(heads) != 1:
        raise RuntimeError(f"the migrations need exactly one head, found {sorted(heads)}")
    return heads.pop()


def current_revision(database: SiteDatabase) -> str | None:
    """The revision the database is at (None: no Loket schema yet)."""
    try:
        with database.read_engine.connect() as connection:
            if not inspect(connection).has_table(VERSION_TABLE):
                return None
            return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    except DBAPIError as exc:
        if is_connection_problem(exc):
            raise database_unavailable(exc) from exc
        raise


def is_current(database: SiteDatabase) -> bool:
    return current_revision(database) == head_revision()


def check_schema(database: SiteDatabase) -> None:
    """Raise ``SchemaMismatch`` unless the database is at this build's revision."""
    found = current_revision(database)
    expected = head_revision()
    if found == expected:
        return
    detail = f"site database {database.safe_url} at revision {found}, Loket {__version__} " \
             f"needs {expected}"
    if found is None:
        raise SchemaMismatch(
            "De wachtrijdatabase is nog niet ingericht (geen schemaversie); Loket {app} "
            "verwacht schemaversie {expected}.",
            "Vraag IT om '{command}' uit te voeren en start Loket daarna opnieuw.",
            detail=detail, app=__version__, expected=expected, command=UPGRADE_COMMAND,
        )
    if _is_known(found):
        raise SchemaMismatch(
            "De wachtrijdatabase heeft schemaversie {database}, maar Loket {app} verwacht "
            "schemaversie {expected}.",
            "Vraag IT om '{command}' uit te voeren en start Loket daarna opnieuw.",
            detail=detail, database=found, app=__version__, expected=expected,
            command=UPGRADE_COMMAND,
        )
    raise SchemaMismatch(
        "De wachtrijdatabase heeft schemaversie {database}, nieuwer dan Loket {app} kent "
        "(schemaversie {expected}).",
        "Vraag IT om deze computer bij te werken naar dezelfde Loket-versie als de database.",
        detail=detail, database=found, app=__version__, expected=expected,
    )


def _is_known(revision: str) -> bool:
    return revision in revisions()
