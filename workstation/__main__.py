"""``python -m workstation``: the workstation app, and the commands IT and scripts use.

Starting the window parses only the global options: the command modules (and what they import)
are loaded when a command, or ``--help``, is asked for, so they stay off the path to the first
window (benchmarks/workstation.py, cold start).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from types import ModuleType

from workstation import __version__
from workstation.cli.common import run_command

COMMAND_MODULES = (
    "config_commands", "db_commands", "queue_commands", "device_commands", "site_commands",
    "appointment_commands", "privacy_commands", "staff_commands", "sync_commands",
    "audit_commands", "customer_commands", "report_commands",
)
HELP_FLAGS = ("-h", "--help")


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"Loket {__version__}")
    parser.add_argument("--config", help="settings file (default: the platform config dir)")
    parser.add_argument("--demo", action="store_true",
                        help="demo setup: its own SQLite file, simulated devices, demo data")
    parser.add_argument("--self-test", action="store_true",
                        help="open the main window, check the devices, exit 0 when all is well")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m workstation",
        description="Loket: werkplek voor balie, ontvangst en telefoon van een gemeente-KCC.",
    )
    _global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    if with_commands:
        for name in COMMAND_MODULES:
            importlib.import_module(f"workstation.cli.{name}").register(commands)
    return parser


def names_a_command(argv: list[str]) -> bool:
    """True when ``argv`` asks for more than the window: a command, or help."""
    if any(flag in argv for flag in HELP_FLAGS):
        return True
    options = argparse.ArgumentParser(add_help=False)
    _global_options(options)
    _known, rest = options.parse_known_args(argv)
    return bool(rest)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    args = build_parser(with_commands=names_a_command(arguments)).parse_args(arguments)
    if args.command is None:
        gui = gui_entry()
        return run_command(args, gui.run_gui, None if args.self_test else gui.report_startup_error)
    return run_command(args, args.handler)


def gui_entry() -> ModuleType:
    """``workstation.ui.main``, imported after the Qt-free core: once PySide6 is loaded it
    reads the source of every module imported after it (its ``__feature__`` check), which
    for SQLAlchemy's few hundred modules was a tenth of the cold start."""
    importlib.import_module("workstation.app")
    return importlib.import_module("workstation.ui.main")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into `head` and cut short: not an error to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
