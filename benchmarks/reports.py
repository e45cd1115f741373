"""The region's year report on a generated year of the four-municipality demo region.

- ``tickets`` / ``contacts``: what the year holds (scripts/generate_year.py's model, seed 2025).
- ``year_report_s``: ``report year 2025`` without ``--municipality`` as the command does it:
  read every record of the year (SqlReportReader), compute the measures, write the PDF.
  The median of the runs (1 with ``--quick``, 3 otherwise). ``year_report_cpu_s`` is this
  process's CPU time for it (on SQLite the database work included), ``read_cpu_s``,
  ``measures_cpu_s`` and ``pdf_cpu_s`` that run's stages, ``load_average_1m`` the machine's
  load when it ended: on a shared machine the wall clock says little alone.

``--quick`` generates the year once into ``build/reports-year-2025.sqlite3`` and reuses it;
without it the year is generated into a fresh SQLite file, or with ``--postgres`` into a fresh
PostgreSQL database (COPY). Run: ``python -m benchmarks.reports [--quick] [--postgres]``; the
last line is flat JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from benchmarks._common import fresh_database
from workstation.app import open_site
from workstation.demo_year import generate
from workstation.domain.measures import Period
from workstation.reports.pdf import write_report
from workstation.reports.report_data import report_data
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.report_reader import SqlReportReader

YEAR = 2025
SEED = 2025
CACHE = Path(__file__).resolve().parents[1] / "build" / f"reports-year-{YEAR}.sqlite3"


def _count(database: SiteDatabase, table: type[m.Base]) -> int:
    with database.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(table)) or 0


def _fill(url: str) -> None:
    site = open_site(url, demo=True)
    try:
        made = generate(site.database, date(YEAR, 1, 1), date(YEAR, 12, 31), seed=SEED)
        print(f"generated {made.tickets} tickets, {made.contacts} questions", file=sys.stderr)
    finally:
        site.close()


@contextmanager
def _year(quick: bool, postgres: bool) -> Iterator[str]:
    if quick and not postgres:
        url = f"sqlite:///{CACHE}"
        if not CACHE.exists():
            partial = CACHE.with_suffix(".partial")
            for stale in CACHE.parent.glob(f"{partial.name}*"):
                stale.unlink()
            _fill(f"sqlite:///{partial}")
            partial.rename(CACHE)
        yield url
        return
    with fresh_database("postgres" if postgres else "sqlite") as url:
        _fill(url)
        yield url


def year_report_seconds(database: SiteDatabase, pdf: Path) -> tuple[float, float,
                                                                   tuple[float, float, float]]:
    """Wall-clock and this process's CPU seconds of one region year report, and the CPU of
    its stages: reading the records, computing the measures, writing the PDF."""
    started, cpu = time.perf_counter(), time.process_time()
    reader = SqlReportReader(database)
    period = Period.year(YEAR)
    records = reader.records(period)
    read = time.process_time()
    now = datetime.now(UTC)
    data = report_data(records, period, now.timestamp(), None, reader.municipalities(),
                       reader.service_names())
    measured = time.process_time()
    write_report(data, pdf, now)
    wall, done = time.perf_counter() - started, time.process_time()
    return wall, done - cpu, (read - cpu, measured - read, done - measured)


def measure(quick: bool, postgres: bool = False) -> dict[str, float | int]:
    with _year(quick, postgres) as url, tempfile.TemporaryDirectory() as folder:
        database = SiteDatabase(url)
        try:
            runs = [year_report_seconds(database, Path(folder) / "year.pdf")
                    for _ in range(1 if quick else 3)]
            median = sorted(runs)[len(runs) // 2]
            return {
                "tickets": _count(database, m.Ticket),
                "contacts": _count(database, m.ContactEvent),
                "year_report_s": round(median[0], 2),
                "year_report_cpu_s": round(median[1], 2),
                **{f"{stage}_cpu_s": round(seconds, 2) for stage, seconds in zip(
                    ("read", "measures", "pdf"), median[2], strict=True)},
                "load_average_1m": round(os.getloadavg()[0], 1),
            }
        finally:
            database.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="one run on the cached year (generated once into build/)")
    parser.add_argument("--postgres", action="store_true",
                        help="on a fresh PostgreSQL database (LOKET_TEST_PG)")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.quick, args.postgres)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
