"""``python -m workstation``: the workstation app, and the commands IT and scripts use."""

from __future__ import annotations

import argparse
import os
import sys

from workstation import __version__
from workstation.cli import (
    appointment_commands,
    config_commands,
    db_commands,
    queue_commands,
    site_commands,
    staff_commands,
)
from workstation.cli.common import run_command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m workstation",
        description="Loket: werkplek voor balie, ontvangst en telefoon van een gemeente-KCC.",
    )
    parser.add_argument("--version", action="version", version=f"Loket {__version__}")
    parser.add_argument("--config", help="settings file (default: the platform config dir)")
    parser.add_argument("--demo", action="store_true",
                        help="demo setup: embedded SQLite, simulated devices, demo data")
    parser.add_argument("--self-test", action="store_true",
                        help="open the main window, check the devices, exit 0 when all is well")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    config_commands.register(commands)
    db_commands.register(commands)
    queue_commands.register(commands)
    site_commands.register(commands)
    appointment_commands.register(commands)
    staff_commands.register(commands)
    _register_optional(commands)
    return parser


def _register_optional(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Device commands arrive with the device manager; register them when present."""
    try:
        from workstation.cli import device_commands
    except ImportError:
        return
    device_commands.register(commands)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from workstation.ui.main import report_startup_error, run_gui

        return run_command(args, run_gui, None if args.self_test else report_startup_error)
    return run_command(args, args.handler)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into `head` and cut short: not an error to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
