"""Command line and settings of the display, checked before any window opens.

A bad setting stops the display with a plain-Dutch message that names the key, the value and
what is allowed (exit code 2), instead of a half-working screen in the hall.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from workstation.app import Site, open_site
from workstation.domain.errors import NotFound
from workstation.domain.site import LocationInfo
from workstation.settings import Settings, SettingsError, load_settings


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
                        help="QtTextToSpeech engine (default: the machine's speech engine)")
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


def check_screen(index: int, screens: int) -> None:
    if index >= screens:
        raise SettingsError(
            f"De instellingen kloppen niet: sleutel 'display.screen' heeft waarde {index}; "
            f"deze computer heeft {screens} scherm(en), toegestaan: 0 tot en met {screens - 1}.",
            "Kies een ander schermnummer in het instellingenbestand of met "
            "LOKET_DISPLAY__SCREEN.",
            detail=f"display.screen={index} but {screens} screen(s) attached",
        )
