"""Generate a realistic year of visits, questions, callbacks, deliveries and marks.

    python scripts/generate_year.py --demo                       # the demo site, this year
    python scripts/generate_year.py --database URL --year 2025 --seed 7

Into the demo file (``--demo``) or any site database at the current schema; the site's
locations, services, counters and opening hours decide what is generated
(workstation/demo_year.py). Days that already have tickets are refused. By default the year
runs up to yesterday, so today's queue stays the live one.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workstation.app import open_site
from workstation.demo_year import generate
from workstation.domain.queue import business_day, utc_now
from workstation.settings import load_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--demo", action="store_true", help="the demo site's own SQLite file")
    where.add_argument("--database", help="a site database URL (SQLite or PostgreSQL)")
    parser.add_argument("--year", type=int, help="the year (default: this year)")
    parser.add_argument("--until", type=date.fromisoformat,
                        help="last day, YYYY-MM-DD (default: the year's end or yesterday)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--scale", type=float, default=1.0,
                        help="visitor and question volumes relative to the demo region's")
    args = parser.parse_args(argv)
    today = business_day(utc_now())
    year = args.year or today.year
    last = args.until or min(date(year, 12, 31), today - timedelta(days=1))
    if args.demo:
        url = load_settings(None, {"LOKET_DEMO": "true"}).database_url()
        site = open_site(url, demo=True)
    else:
        site = open_site(args.database)
    try:
        started = time.perf_counter()
        made = generate(site.database, date(year, 1, 1), last, seed=args.seed,
                        scale=args.scale)
    except ValueError as exc:
        print(f"Niet gegenereerd: {exc}", file=sys.stderr)
        return 2
    finally:
        site.close()
    print(f"{made.tickets} tickets, {made.events} queue events, {made.contacts} questions, "
          f"{made.callbacks} callbacks, {made.deliveries} deliveries, {made.marks} marks "
          f"({date(year, 1, 1)} to {last}) in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
