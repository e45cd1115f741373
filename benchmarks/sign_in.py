"""Sign-in cost: the PIN hash alone, and a whole sign-in on the embedded SQLite database.

- ``hash_ms`` / ``verify_ms``: scrypt with the shipped cost (n=2^15, r=8, p=1), median.
- ``sign_in_p50_ms`` / ``sign_in_p99_ms``: ``StaffService.sign_in`` with the right PIN (the
  account row locked, the hash checked, the outcome written), as the sign-in screen waits for it.
- ``wrong_pin_p50_ms``: the same with a wrong PIN (counted, so also a write).

Run: ``python -m benchmarks.sign_in [--quick]`` (as a module: run as a file, the sibling
``benchmarks/workstation.py`` would shadow the ``workstation`` package); the last line is flat
JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from benchmarks._common import fresh_database, percentile
from workstation.app import open_site
from workstation.services.pin_hash import PinHasher
from workstation.services.staff_service import SiteOperator, StaffService, WrongPin
from workstation.store.staff_repository import SqlStaffUnitOfWork

PIN = "739105"


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def measure(runs: int) -> dict[str, float]:
    hasher = PinHasher()
    hashes, verifies = [], []
    stored = hasher.hash(PIN)
    for _ in range(runs):
        before = time.perf_counter()
        hasher.hash(PIN)
        hashes.append(time.perf_counter() - before)
        before = time.perf_counter()
        hasher.verify(PIN, stored)
        verifies.append(time.perf_counter() - before)
    with fresh_database("sqlite") as url:
        site = open_site(url, demo=True)
        try:
            staff = StaffService(lambda: SqlStaffUnitOfWork(site.database), hasher)
            staff.set_pin(SiteOperator(), "mw01", PIN, PIN)
            signed_in, wrong = [], []
            for _ in range(runs):
                before = time.perf_counter()
                staff.sign_in("mw01", PIN)
                signed_in.append(time.perf_counter() - before)
                before = time.perf_counter()
                try:
                    staff.sign_in("mw02", "918273")
                except WrongPin:
                    wrong.append(time.perf_counter() - before)
                else:
                    raise RuntimeError("a wrong PIN was accepted")
                staff.unlock(SiteOperator(), "mw02")  # keep measuring wrong PINs, not the lock
        finally:
            site.close()
    return {
        "hash_ms": _ms(statistics.median(hashes)),
        "verify_ms": _ms(statistics.median(verifies)),
        "sign_in_p50_ms": _ms(statistics.median(signed_in)),
        "sign_in_p99_ms": _ms(percentile(signed_in, 99)),
        "wrong_pin_p50_ms": _ms(statistics.median(wrong)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs (under a minute)")
    args = parser.parse_args(argv)
    print(json.dumps(measure(10 if args.quick else 50)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
