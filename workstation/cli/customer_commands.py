"""``customer ...``: persons, their history and their contacts."""

from __future__ import annotations

import argparse

from workstation.cli import contact_commands, customer_history


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    customer = commands.add_parser("customer", help="persons and their history")
    actions = customer.add_subparsers(dest="customer_command", required=True, metavar="ACTION")
    customer_history.add_to(actions)
    contact_commands.add_to(actions)
