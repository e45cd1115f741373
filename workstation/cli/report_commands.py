"""``report month|year ... --pdf FILE`` and ``report export --format csv|json`` (ADR 0028).

Without ``--municipality`` the report covers the whole region, its municipalities side by
side; with it (CBS code, location code or name) one municipality, its services side by side,
in its colours.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from workstation.app import open_site_from
from workstation.domain.measures import Period
from workstation.domain.open_data import open_data_rows
from workstation.domain.queue import SITE_TIMEZONE, business_day, utc_now
from workstation.domain.site import MunicipalityInfo
from workstation.reports.export import write_csv, write_json
from workstation.reports.pdf import write_report
from workstation.reports.report_data import report_data
from workstation.settings import Settings
from workstation.store.report_reader import SqlReportReader

log = logging.getLogger("loket")


class ReportRefused(Exception):
    """Bad input for a report: the Dutch text for the terminal."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help="month and year reports (PDF), open data")
    actions = report.add_subparsers(dest="report_command", required=True, metavar="ACTION")
    month = actions.add_parser("month", help="the report of a month as PDF")
    month.add_argument("month", help="YYYY-MM")
    year = actions.add_parser("year", help="the report of a year as PDF")
    year.add_argument("year", help="YYYY")
    for parser in (month, year):
        parser.add_argument("--municipality", help="CBS code, location code or name "
                            "(default: the whole region)")
        parser.add_argument("--pdf", required=True, type=Path, help="the PDF file to write")
        parser.set_defaults(handler=_pdf)
    export = actions.add_parser("export", help="open data: the measures without personal "
                                "data, small cells suppressed")
    export.add_argument("--period", help="YYYY or YYYY-MM (default: this year)")
    export.add_argument("--municipality", help="CBS code, location code or name")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--output", type=Path, help="file to write (default: stdout)")
    export.set_defaults(handler=_export)


def parse_period(text: str) -> Period:
    """``2026`` or ``2026-11``."""
    try:
        if len(text) == 4:
            return Period.year(int(text))
        year, month = text.split("-")
        if len(year) == 4 and len(month) == 2:
            return Period.month(int(year), int(month))
    except ValueError:
        pass
    raise ReportRefused(f"'{text}' is geen periode. Geef een jaar (2026) of een maand "
                        "(2026-11).")


def find_municipality(reader: SqlReportReader, text: str | None) -> MunicipalityInfo | None:
    """The municipality by CBS code, one of its location codes, or its name; None: region."""
    if text is None:
        return None
    wanted = text.strip().casefold()
    municipalities = reader.municipalities()
    for municipality in municipalities:
        names = {municipality.code.casefold(), municipality.name.casefold(),
                 municipality.name.removeprefix("Gemeente ").casefold()}
        names |= {code.casefold() for code in reader.location_codes(municipality.code)}
        if wanted in names:
            return municipality
    known = ", ".join(f"{m.code} ({m.name})" for m in municipalities)
    raise ReportRefused(f"Gemeente '{text}' is onbekend. Bekend zijn: {known}.")


def _run(handler_args: argparse.Namespace, settings: Settings, pdf: bool) -> int:
    site = open_site_from(settings)
    try:
        reader = SqlReportReader(site.database)
        period = parse_period(
            getattr(handler_args, "month", None) or getattr(handler_args, "year", None)
            or handler_args.period or str(business_day(utc_now()).year))
        municipality = find_municipality(reader, handler_args.municipality)
        started = time.perf_counter()
        records = reader.records(period, municipality.code if municipality else None)
        now = utc_now()
        if pdf:
            data = report_data(records, period, now.timestamp(), municipality,
                               reader.municipalities(), reader.service_names())
            write_report(data, handler_args.pdf, now.astimezone(SITE_TIMEZONE))
            print(f"Rapport geschreven: {handler_args.pdf}", file=sys.stderr)
        else:
            rows = open_data_rows(records, now.timestamp())
            _write_export(handler_args, rows, period)
        log.info("report of %s to %s in %.1f s", period.first, period.last,
                 time.perf_counter() - started)
        return 0
    except ReportRefused as exc:
        log.error("report refused: %s", exc)
        print(exc, file=sys.stderr)
        return 2
    finally:
        site.close()


def _write_export(args: argparse.Namespace, rows: list[dict[str, str | int | float | None]],
                  period: Period) -> None:
    label = f"{period.first:%Y-%m}" if period.first.month == period.last.month else (
        str(period.first.year))
    out = sys.stdout if args.output is None else args.output.open(
        "w", encoding="utf-8", newline="")
    try:
        if args.format == "csv":
            write_csv(rows, out)
        else:
            write_json(rows, out, label)
    finally:
        if args.output is not None:
            out.close()


def _pdf(args: argparse.Namespace, settings: Settings) -> int:
    return _run(args, settings, pdf=True)


def _export(args: argparse.Namespace, settings: Settings) -> int:
    return _run(args, settings, pdf=False)

