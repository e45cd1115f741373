"""``db upgrade`` and ``seed-demo``."""

from __future__ import annotations

import argparse

from workstation.demo_seed import seed_demo
from workstation.settings import Settings
from workstation.store.database import SiteDatabase
from workstation.store.migrate import upgrade


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="site database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_upgrade = db_commands.add_parser("upgrade", help="bring the schema to the newest version")
    db_upgrade.set_defaults(handler=_upgrade)
    seed = commands.add_parser("seed-demo", help="create the demo regional KCC")
    seed.set_defaults(handler=_seed)


def _upgrade(_args: argparse.Namespace, settings: Settings) -> int:
    database = SiteDatabase(settings.database_url())
    try:
        upgrade(database)
        print(f"Database {database.safe_url} is bijgewerkt.")
    finally:
        database.dispose()
    return 0


def _seed(_args: argparse.Namespace, settings: Settings) -> int:
    database = SiteDatabase(settings.database_url())
    try:
        upgrade(database)
        added = seed_demo(database)
        print(f"Demogegevens staan klaar in {database.safe_url} ({added} nieuwe rijen).")
    finally:
        database.dispose()
    return 0
