"""Command line and settings of the display, checked before any window opens.

A bad setting stops the display with a plain-Dutch message that names the key, the value and
what is allowed (exit code 2), instead of a half-working screen in the hall.
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from workstation.app import Site, open_site
from workstation.domain.errors import NotFound, SchemaMismatch
from workstation.domain.site import LocationInfo
from workstation.settings import Settings, SettingsError, load_settings

log = logging.getLogger("loket.ui")

STARTUP_RETRY_S = (1.0, 2.0, 5.0, 10.0)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m queue_display",
        description="Loket wachtrijscherm: wie naar welke balie mag, voor in de wachtruimte.",
    )
    parser.add_argument("--config", help="settings file (default: the platform config dir)")
    parser.add_argument("--demo", action="store_true",
                        help="demo site: embedded SQLite in the data dir, with demo data")
    parser.add_argument("--location", help="location code (overrides display.location)")
    parser.add_argument("--windowed", action="store_true",
                        help="run in a window instead of fullscreen (for IT)")
    parser.add_argument("--voice-engine",
                        help="QtTextToSpeech engine (default: the machine's speech engine); "
                             "'hang' is a test engine that never answers")
    return parser


def display_settings(args: argparse.Namespace, environ: dict[str, str] | None = None,
                     ) -> Settings:
    """Settings file + ``LOKET_*`` environment + the flags, validated as one."""
    env = dict(os.environ if environ is None else environ)
    if args.demo:
        env["LOKET_DEMO"] = "true"
    if args.location:
        env["LOKET_DISPLAY__LOCATION"] = f'"{args.location}"'
    if args.windowed:
        env["LOKET_DISPLAY__FULLSCREEN"] = "false"
    return load_settings(Path(args.config) if args.config else None, env)


def open_display_site(settings: Settings, demo: bool) -> Site:
    """The demo site is the demo's own SQLite file, migrated and seeded; otherwise the
    configured site database as it is (the display reads, it never migrates: a schema of
    another version stops it with ``SchemaMismatch``)."""
    if demo:
        return open_site(f"sqlite:///{settings.demo_database_path}", demo=True)
    return open_site(settings.database_url(), migrate=False)


def checked_location(site: Site, code: str) -> LocationInfo:
    try:
        return site.queue.location(code)
    except NotFound as exc:
        raise SettingsError(
            "De instellingen kloppen niet: sleutel 'display.location' heeft waarde '{code}'; "
            "die vestiging bestaat niet in de wachtrijdatabase.",
            "Kies de code van een bestaande vestiging (bijvoorbeeld BOZ) in het "
            "instellingenbestand, met LOKET_DISPLAY__LOCATION of met --location.",
            detail=f"display.location={code!r}: {exc.detail}", code=code,
        ) from exc


def site_when_readable(open_: Callable[[], Site], code: str,
                       sleep: Callable[[float], None] = time.sleep) -> tuple[Site, LocationInfo]:
    """The site and the location, once the site database can be read: a display PC that boots
    before the database server, or finds a damaged file, waits and retries (with a fresh
    connection each time) instead of leaving the hall with a bare desktop. An unknown
    location or a schema of another Loket version stops at once: IT must act."""
    attempt = 0
    while True:
        site: Site | None = None
        try:
            site = open_()
            return site, checked_location(site, code)
        except (SettingsError, SchemaMismatch):  # waiting would not fix these
            if site is not None:
                site.close()
            raise
        except Exception as exc:  # any database error: wait for it to be fixed
            if site is not None:
                site.close()
            if attempt == 0:
                log.warning("the site database cannot be read yet (%s); the display waits "
                            "for it", _first_line(exc))
            sleep(STARTUP_RETRY_S[min(attempt, len(STARTUP_RETRY_S) - 1)])
            attempt += 1


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0] if text else ''}"


def check_screen(index: int, screens: int) -> None:
    if index >= screens:
        raise SettingsError(
            f"De instellingen kloppen niet: sleutel 'display.screen' heeft waarde {index}; "
            f"deze computer heeft {screens} scherm(en), toegestaan: 0 tot en met {screens - 1}.",
            "Kies een ander schermnummer in het instellingenbestand of met "
            "LOKET_DISPLAY__SCREEN.",
            detail=f"display.screen={index} but {screens} screen(s) attached",
        )
