"""``catalogue list``, ``catalogue show CODE`` and ``catalogue import --from URL``: the product
catalogue of the site database, the one every channel reads (docs/decisions/0025)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from workstation.domain.catalogue import Product, Situation, euro
from workstation.services.catalogue_import import CatalogueImport
from workstation.services.catalogue_service import CatalogueService
from workstation.services.site_admin import SiteAdmin
from workstation.settings import Settings, read_secret
from workstation.store.catalogue_store import SqlCatalogueReader
from workstation.store.catalogue_upl import upl_names, upl_uri
from workstation.store.database import SiteDatabase
from workstation.store.migrate import upgrade
from workstation.store.site_uow import SqlSiteUnitOfWork
from workstation.sync.open_product_client import (
    OpenProductCatalogue,
    OpenProductClient,
    OpenProductInvalid,
)

DEFAULT_TOKEN_SECRET = "open_product_token"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    catalogue = commands.add_parser("catalogue", help="the product catalogue (products, fees)")
    actions = catalogue.add_subparsers(dest="catalogue_command", required=True,
                                       metavar="ACTION")
    listing = actions.add_parser("list", help="products with today's fee")
    listing.add_argument("--municipality", help="CBS code (default: every municipality)")
    listing.add_argument("--date", type=date.fromisoformat, help="fees on this day (ISO)")
    listing.set_defaults(handler=_list)
    show = actions.add_parser("show", help="one product: summary, checklist, fee, delivery")
    show.add_argument("code", help="the product code, e.g. rijbewijs-verlengen")
    show.add_argument("--municipality", required=True, help="CBS code, e.g. 0748")
    show.add_argument("--date", type=date.fromisoformat, help="fee on this day (ISO)")
    show.add_argument("--language", choices=("nl", "en"), default="nl")
    show.add_argument("--under-18", action="store_true", help="the visitor is under 18")
    show.add_argument("--lost", action="store_true", help="the old document was lost")
    show.add_argument("--first", action="store_true", help="a first application")
    show.add_argument("--option", action="append", default=[], help="a fee option (spoed)")
    show.set_defaults(handler=_show)
    do_import = actions.add_parser(
        "import", help="replace a municipality's products with those of an Open Product server")
    do_import.add_argument("--from", dest="url", required=True,
                           help="the Open Product server (https://producten.gemeente.nl)")
    do_import.add_argument("--municipality", required=True, help="CBS code, e.g. 0748")
    do_import.add_argument("--token-secret", default=DEFAULT_TOKEN_SECRET,
                           help="keyring entry (service 'loket') with the API token; "
                           "'' for a server without authentication")
    do_import.add_argument("--dry-run", action="store_true",
                           help="check and report what would change, change nothing")
    do_import.set_defaults(handler=_import)


def _catalogue(settings: Settings) -> tuple[SiteDatabase, CatalogueService]:
    database = SiteDatabase(settings.database_url())
    return database, CatalogueService(SqlCatalogueReader(database))


def _list(args: argparse.Namespace, settings: Settings) -> int:
    database, service = _catalogue(settings)
    try:
        products = (service.products(args.municipality) if args.municipality
                    else service.all_products())
    finally:
        database.dispose()
    day = args.date or service.today()
    for product in products:
        print(f"{product.municipality}  {product.code:<26} {_fee_text(product, day):>10}  "
              f"{_delivery(product)}  {product.title_nl}")
    return 0


def _show(args: argparse.Namespace, settings: Settings) -> int:
    database, service = _catalogue(settings)
    try:
        product = service.product(args.municipality, args.code)
    finally:
        database.dispose()
    day = args.date or service.today()
    situation = Situation(args.under_18, args.lost, args.first)
    language = args.language
    print(product.title(language))
    print(f"UPL: {product.upl_name} <{product.upl_uri}>")
    print(product.summary(language))
    print("\nMeenemen:" if language == "nl" else "\nBring:")
    for item in product.checklist_for(situation):
        print(f"  [ ] {item.text(language)}")
    fee = product.fee_on(day, situation, args.option)
    print(f"\nLeges op {day:%d-%m-%Y} (tarief vanaf {fee.valid_from:%d-%m-%Y}):")
    for line in fee.lines:
        print(f"  {line.description(language):<44} {euro(line.amount_cents):>11}")
    print(f"  Totaal: {euro(fee.total_cents)}")
    print(f"\n{_delivery(product)}; klaar op {product.ready_on(day, args.option):%d-%m-%Y}. "
          f"Zaaktype: {product.zaaktype}")
    return 0


def _fee_text(product: Product, day: date) -> str:
    current = [t for t in product.tariffs if t.valid_from <= day]
    return euro(max(current, key=lambda t: t.valid_from).amount_cents) if current else "-"


def _delivery(product: Product) -> str:
    if product.working_days:
        return f"afhalen na {product.working_days} werkdagen"
    return "klaar terwijl u wacht"


def _import(args: argparse.Namespace, settings: Settings) -> int:
    token = read_secret(args.token_secret) if args.token_secret else None
    client = OpenProductClient(args.url, token)
    database = SiteDatabase(settings.database_url())
    try:
        upgrade(database)
        admin = SiteAdmin(lambda: SqlSiteUnitOfWork(database), upl_names=upl_names)
        changes = CatalogueImport(OpenProductCatalogue(client, upl_uri), admin).run(
            args.municipality, dry_run=args.dry_run)
    except OpenProductInvalid as invalid:
        print(invalid.screen_text, file=sys.stderr)
        for problem in invalid.problems:
            print(f"  {problem.message}", file=sys.stderr)
        return 2
    finally:
        client.close()
        database.dispose()
    prefix = "Proefimport, niets opgeslagen: " if args.dry_run else ""
    print(prefix + changes.summary())
    return 0
