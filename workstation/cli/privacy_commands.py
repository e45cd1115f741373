"""``privacy purge``: run the retention rule on the site database now (the apps do it daily)."""

from __future__ import annotations

import argparse

from workstation.app import open_site_from
from workstation.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    privacy = commands.add_parser("privacy", help="personal data in the site database")
    actions = privacy.add_subparsers(dest="privacy_command", required=True, metavar="ACTION")
    purge = actions.add_parser(
        "purge", help="purge transfer notes and appointment names and codes past retention")
    purge.set_defaults(handler=_purge)


def _purge(_args: argparse.Namespace, settings: Settings) -> int:
    site = open_site_from(settings)
    try:
        result = site.privacy.purge()
    finally:
        site.close()
    print(f"Gewist: {result.transfer_notes} doorstuurnotities, "
          f"{result.appointments} afspraken (naam en code).")
    return 0
