"""The outbox and the customer lookup: delivery rate, loss and duplicates under faults and
SIGKILL, and identification latency (cold and warm).

Phases (``--quick`` makes each small):
1. ``outbox_items_per_s``: contacts (every third with a callback request) queued for many
   customers, then delivered by the relay with no faults and no added latency.
2. Faults and SIGKILL: the sync worker (``python -m workstation sync run``, a process of its
   own) is killed with SIGKILL three times while it delivers; a final ``sync run --once``
   finishes. ``lost`` and ``duplicates`` are counted in the registry itself.
3. ``history_cold_p99_ms``: identification by BSN -> BRP data, zaken and contact history in
   memory (fetched in parallel, audited, cached); ``history_warm_p99_ms``: the same person again
   the same day, from the cache (still audited).

Run: ``python benchmarks/sync.py [--quick]``; the last line is flat JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.integration.outbox.samples import callback, contact  # noqa: E402
from workstation.domain.bsn import passes_11_proef  # noqa: E402
from workstation.kcc import Kcc, open_kcc  # noqa: E402
from workstation.settings import load_settings  # noqa: E402

KILLS = 3


def customers(count: int) -> list[str]:
    found: list[str] = []
    number = 999_990_000
    while len(found) < count:
        number += 1
        if passes_11_proef(str(number)):
            found.append(str(number))
    return found


def queue_contacts(kcc: Kcc, count: int, bsns: list[str]) -> int:
    """Record ``count`` contacts (every third with a callback); how many outbox items."""
    service = kcc.contact_service()
    for n in range(count):
        service.record(contact(bsns[n % len(bsns)], onderwerp=f"vraag {n}"),
                       [callback()] if n % 3 == 0 else [])
    return count + (count + 2) // 3


def delivered(database_path: Path) -> int:
    connection = sqlite3.connect(database_path, timeout=30)
    try:
        return int(connection.execute(
            "SELECT count(*) FROM outbox_item WHERE state = 'done' AND kind != 'audit'"
        ).fetchone()[0])
    finally:
        connection.close()


def embedded_environment(folder: Path) -> dict[str, str]:
    return {"LOKET_DATA_DIR": str(folder / "data"), "LOKET_DEMO": "true",
            "LOKET_LOGGING__DIRECTORY": str(folder / "log")}


def throughput(folder: Path, items: int) -> float:
    kcc = open_kcc(load_settings(None, embedded_environment(folder)))
    try:
        total = queue_contacts(kcc, items * 3 // 4, customers(50))
        relay = kcc.relay()
        start = time.perf_counter()
        while relay.run_once():
            pass
        elapsed = time.perf_counter() - start
        relay.stop()
        assert delivered(kcc.database.path) == total
        return total / elapsed
    finally:
        kcc.close()


def kill_rounds(folder: Path, contacts: int) -> dict[str, int]:
    environ = embedded_environment(folder)
    kcc = open_kcc(load_settings(None, environ))
    try:
        total = queue_contacts(kcc, contacts, customers(24))
        database_path = kcc.database.path
    finally:
        kcc.close()
    kills = 0
    for kill in range(1, KILLS + 1):
        worker = subprocess.Popen([sys.executable, "-m", "workstation", "sync", "run"],
                                  env={**os.environ, **environ}, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        target = total * kill // (KILLS + 1)
        deadline = time.monotonic() + 300
        while delivered(database_path) < target and time.monotonic() < deadline:
            time.sleep(0.01)
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
        kills += 1
    subprocess.run([sys.executable, "-m", "workstation", "sync", "run", "--once"],
                   env={**os.environ, **environ}, check=True, capture_output=True, timeout=600)
    connection = sqlite3.connect(database_path, timeout=30)
    try:
        stored = connection.execute(
            "SELECT count(*), count(DISTINCT onderwerp) FROM embedded_klantcontact").fetchone()
        callbacks = connection.execute("SELECT count(*) FROM embedded_callback").fetchone()[0]
    finally:
        connection.close()
    expected_contacts, expected_callbacks = contacts, (contacts + 2) // 3
    return {
        "kills": kills,
        "lost": (expected_contacts - stored[1]) + max(0, expected_callbacks - callbacks),
        "duplicates": (stored[0] - stored[1]) + max(0, callbacks - expected_callbacks),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    result: dict[str, Any] = {"benchmark": "sync", "quick": args.quick}
    with tempfile.TemporaryDirectory(prefix="loket-sync-") as folder:
        root = Path(folder)
        rate = throughput(root / "rate", 400 if args.quick else 4000)
        result["outbox_items_per_s"] = round(rate, 1)
        result.update(kill_rounds(root / "kill", 240 if args.quick else 2000))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
