"""``appointments import FILE``: appointments from the booking system (CSV or .ics)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workstation.domain.appointment_file import AppointmentFileInvalid
from workstation.services.appointment_import import AppointmentImporter
from workstation.settings import Settings
from workstation.store.database import SiteDatabase
from workstation.store.migrate import upgrade
from workstation.store.site_appointments import SqlAppointmentUnitOfWork


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    appointments = commands.add_parser("appointments", help="appointments from the booking "
                                       "system")
    actions = appointments.add_subparsers(dest="appointments_command", required=True,
                                          metavar="ACTION")
    do_import = actions.add_parser("import", help="read a CSV or .ics file of appointments")
    do_import.add_argument("file", type=Path, help="CSV (datum,tijd,dienst,boekingscode,naam) "
                           "or iCalendar (.ics)")
    do_import.add_argument("--location", help="location code for lines that name none")
    do_import.set_defaults(handler=_import)


def _import(args: argparse.Namespace, settings: Settings) -> int:
    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"Kan {args.file} niet lezen: {exc}", file=sys.stderr)
        return 2
    database = SiteDatabase(settings.database_url())
    try:
        upgrade(database)
        importer = AppointmentImporter(lambda: SqlAppointmentUnitOfWork(database))
        result = importer.import_file(args.file.name, text, args.location)
    except AppointmentFileInvalid as invalid:
        print(invalid.screen_text, file=sys.stderr)
        for problem in invalid.problems:
            print(f"  {args.file}, regel {problem.line}: {problem.message}", file=sys.stderr)
        return 2
    finally:
        database.dispose()
    print(result.summary())
    return 0
