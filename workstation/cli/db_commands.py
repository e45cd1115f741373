"""``db upgrade``, ``db version`` and ``seed-demo``.

``db upgrade`` is the only command that changes the schema of a real site database (under the
migration lock, see ``store.migrate``); ``seed-demo`` fills a database that is already current.
"""

from __future__ import annotations

import argparse

from workstation.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="site database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_upgrade = db_commands.add_parser(
        "upgrade", help="bring the schema to this version's (one machine at a time)"
    )
    db_upgrade.set_defaults(handler=_upgrade)
    db_version = db_commands.add_parser(
        "version", help="the schema version of the database and of this Loket"
    )
    db_version.set_defaults(handler=_version)
    seed = commands.add_parser("seed-demo", help="create the demo regional KCC")
    seed.set_defaults(handler=_seed)


def _upgrade(_args: argparse.Namespace, settings: Settings) -> int:
    from workstation.store.database import SiteDatabase
    from workstation.store.migrate import upgrade

    database = SiteDatabase(settings.database_url())
    try:
        before, after = upgrade(database)  # both read under the migration lock
        if before == after:
            print(f"Database {database.safe_url} was al bijgewerkt (schemaversie {after}).")
        else:
            print(f"Database {database.safe_url} is bijgewerkt van schemaversie "
                  f"{before or '-'} naar {after}.")
    finally:
        database.dispose()
    return 0


def _version(_args: argparse.Namespace, settings: Settings) -> int:
    from workstation import __version__
    from workstation.store.database import SiteDatabase
    from workstation.store.schema import current_revision, head_revision

    database = SiteDatabase(settings.database_url())
    try:
        found = current_revision(database)
    finally:
        database.dispose()
    expected = head_revision()
    print(f"Database {database.safe_url}: schemaversie {found or '-'}")
    print(f"Loket {__version__}: schemaversie {expected}")
    return 0 if found == expected else 1


def _seed(_args: argparse.Namespace, settings: Settings) -> int:
    from workstation.app import open_site
    from workstation.demo_seed import seed_demo

    # The demo's own file is migrated here; any other database must be current already.
    site = open_site(settings.database_url(), migrate=settings.demo)
    try:
        added = seed_demo(site.database)
        print(f"Demogegevens staan klaar in {site.database.safe_url} ({added} nieuwe rijen).")
    finally:
        site.close()
    return 0
