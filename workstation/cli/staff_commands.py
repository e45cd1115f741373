"""``staff list|set-pin|clear-pin|unlock`` for IT: manage PINs without ever showing one.

The command line holds the site database's credentials, so it acts as the site's
administrator (``SiteOperator``); each change is logged with the staff code, never the PIN.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable

from workstation.app import Site, open_site_from
from workstation.domain.queue import SITE_TIMEZONE, utc_now
from workstation.domain.staff import roles_text
from workstation.services.staff_service import SiteOperator
from workstation.settings import Settings

Prompt = Callable[[str], str]
OPERATOR = SiteOperator()


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    staff = commands.add_parser("staff", help="staff codes, roles, PINs and lockouts")
    actions = staff.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    actions.add_parser("list", help="every staff member with roles and PIN state (no PINs)"
                       ).set_defaults(handler=_with_site(list_staff))
    for name, action, text in (
        ("set-pin", set_pin, "set a person's PIN (asked twice, not shown)"),
        ("clear-pin", clear_pin, "forget a PIN: the person chooses one at next sign-in"),
        ("unlock", unlock, "lift a lockout after too many wrong PINs"),
    ):
        parser = actions.add_parser(name, help=text)
        parser.add_argument("code", help="staff code, e.g. mw03")
        parser.set_defaults(handler=_with_site(action))


Action = Callable[[argparse.Namespace, Site], int]


def _with_site(action: Action) -> Callable[[argparse.Namespace, Settings], int]:
    def handler(args: argparse.Namespace, settings: Settings) -> int:
        site = open_site_from(settings)
        try:
            return action(args, site)
        finally:
            site.close()
    return handler


def list_staff(_args: argparse.Namespace, site: Site) -> int:
    now = utc_now()
    print(f"{'code':<10} {'naam':<24} {'rollen':<32} pincode")
    for account in site.staff.accounts(OPERATOR):
        state = "ingesteld" if account.pin_hash else "nog niet ingesteld"
        if account.attempts.locked(now):
            assert account.attempts.locked_until is not None
            until = account.attempts.locked_until.astimezone(SITE_TIMEZONE)
            state += f", geblokkeerd tot {until:%H:%M}"
        if not account.active:
            state += ", niet actief"
        print(f"{account.code:<10} {account.display_name:<24} "
              f"{roles_text(account.roles):<32} {state}")
    return 0


def set_pin(args: argparse.Namespace, site: Site, prompt: Prompt = getpass.getpass) -> int:
    pin = prompt(f"Nieuwe pincode voor {args.code}: ")
    repeated = prompt("Herhaal de pincode: ")
    site.staff.set_pin(OPERATOR, args.code, pin, repeated)
    print(f"Pincode van {args.code} ingesteld.")
    return 0


def clear_pin(args: argparse.Namespace, site: Site) -> int:
    site.staff.clear_pin(OPERATOR, args.code)
    print(f"Pincode van {args.code} gewist; bij de volgende aanmelding kiest "
          f"{args.code} een nieuwe.")
    return 0


def unlock(args: argparse.Namespace, site: Site) -> int:
    site.staff.unlock(OPERATOR, args.code)
    print(f"Blokkade van {args.code} opgeheven.")
    return 0
