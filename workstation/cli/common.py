"""What every command shares: settings, logging, and plain-Dutch errors on stderr."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from workstation.domain.errors import UserFacingError
from workstation.logging_setup import configure_logging
from workstation.settings import Settings, load_settings

log = logging.getLogger("loket")

Handler = Callable[[argparse.Namespace, Settings], int]


def settings_for(args: argparse.Namespace) -> Settings:
    environ = dict(os.environ)
    if getattr(args, "demo", False):
        environ["LOKET_DEMO"] = "true"
    path = Path(args.config) if getattr(args, "config", None) else None
    return load_settings(path, environ)


def run_command(args: argparse.Namespace, handler: Handler,
                report_settings_error: Callable[[UserFacingError], None] | None = None) -> int:
    """Load settings, start logging, run ``handler``; expected errors end in exit code 2.

    ``report_settings_error`` also shows unusable settings somewhere a person looks (the GUI
    passes a dialog: a workstation started from a shortcut has no terminal).
    """
    try:
        settings = settings_for(args)
    except UserFacingError as exc:
        print(exc.screen_text, file=sys.stderr)
        if report_settings_error is not None:
            report_settings_error(exc)
        return 2
    try:
        configure_logging(settings.log_path, settings.logging.level, settings.logging.json_lines)
        return handler(args, settings)
    except UserFacingError as exc:
        log.error("command failed: %s", exc.detail)
        print(exc.screen_text, file=sys.stderr)
        return 2
