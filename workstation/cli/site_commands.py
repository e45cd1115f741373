"""``site import FILE`` and ``site export``: the site file IT keeps under version control."""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from workstation.domain.site_file import SiteFileInvalid
from workstation.services.site_admin import SiteAdmin
from workstation.settings import Settings
from workstation.store.catalogue_upl import upl_names
from workstation.store.database import SiteDatabase
from workstation.store.migrate import upgrade
from workstation.store.site_uow import SqlSiteUnitOfWork


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    site = commands.add_parser("site", help="import or export the site file")
    actions = site.add_subparsers(dest="site_command", required=True, metavar="ACTION")
    do_import = actions.add_parser(
        "import", help="check the site file, then apply it in one transaction")
    do_import.add_argument("file", type=Path, help="the site file (TOML)")
    do_import.add_argument("--dry-run", action="store_true",
                           help="check and report what would change, change nothing")
    do_import.set_defaults(handler=_import)
    export = actions.add_parser("export", help="write the current site as a site file")
    export.add_argument("--output", type=Path, help="write to this file instead of stdout")
    export.set_defaults(handler=_export)


def _import(args: argparse.Namespace, settings: Settings) -> int:
    try:
        source = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"Kan {args.file} niet lezen: {exc}", file=sys.stderr)
        return 2
    database = SiteDatabase(settings.database_url())
    try:
        upgrade(database)
        changes = SiteAdmin(lambda: SqlSiteUnitOfWork(database), _logo_exists,
                            upl_names).import_text(source, dry_run=args.dry_run)
    except SiteFileInvalid as invalid:
        print(invalid.screen_text, file=sys.stderr)
        for problem in invalid.problems:
            print(f"  {args.file}: {problem.where}: {problem.message}", file=sys.stderr)
        return 2
    finally:
        database.dispose()
    prefix = "Proefimport, niets opgeslagen: " if args.dry_run else ""
    print(prefix + changes.summary())
    return 0


def _logo_exists(path: str) -> bool:
    """Logos are resources of Loket (``ui/logo.py`` loads them from the resources package)."""
    try:
        return (resources.files("resources") / path).is_file()
    except (OSError, ValueError):
        return False


def _export(args: argparse.Namespace, settings: Settings) -> int:
    database = SiteDatabase(settings.database_url())
    try:
        text = SiteAdmin(lambda: SqlSiteUnitOfWork(database)).export_text()
    finally:
        database.dispose()
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"Site geschreven naar {args.output}.")
    return 0
