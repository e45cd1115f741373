"""Killing the sync worker with SIGKILL mid-delivery loses nothing and doubles nothing.

The worker is the real ``python -m workstation sync run`` process in demo mode (the embedded
registry is the record). It is killed three times while it delivers; a final ``sync run
--once`` finishes the job. Every contact and callback is then in the registry exactly once,
in each customer's order, and no item is left in the outbox.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.e2e.cli import run_workstation
from tests.integration.outbox.samples import callback, contact
from workstation.domain.bsn import passes_11_proef
from workstation.kcc import open_kcc
from workstation.settings import load_settings
from workstation.store.local.models import (
    EmbeddedCallbackRow,
    EmbeddedKlantcontactRow,
    OutboxRow,
)

CONTACTS = 240
KILLS = 3


def _customers(count: int) -> list[str]:
    found: list[str] = []
    number = 999_990_000
    while len(found) < count:
        number += 1
        if passes_11_proef(str(number)):
            found.append(str(number))
    return found


def _delivered(database_path: Path) -> int:
    import sqlite3

    connection = sqlite3.connect(database_path, timeout=30)
    try:
        return int(connection.execute(
            "SELECT count(*) FROM outbox_item WHERE state = 'done'").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.slow
def test_sigkill_during_delivery_loses_and_doubles_nothing(tmp_path: Path) -> None:
    environ = {"LOKET_DATA_DIR": str(tmp_path / "data"), "LOKET_DEMO": "true",
               "LOKET_LOGGING__DIRECTORY": str(tmp_path / "log")}
    kcc = open_kcc(load_settings(None, environ))
    customers = _customers(24)
    try:
        service = kcc.contact_service()
        for n in range(CONTACTS):
            service.record(contact(customers[n % len(customers)], onderwerp=f"vraag {n}"),
                           [callback()] if n % 3 == 0 else [])
        database_path = kcc.database.path
    finally:
        kcc.close()
    total = CONTACTS + CONTACTS // 3

    for kill in range(1, KILLS + 1):
        worker = subprocess.Popen(
            [sys.executable, "-m", "workstation", "sync", "run"],
            env={**os.environ, **environ}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        target = total * kill // (KILLS + 1)
        deadline = time.monotonic() + 120
        while _delivered(database_path) < target and time.monotonic() < deadline:
            assert worker.poll() is None, worker.stderr.read() if worker.stderr else ""
            time.sleep(0.01)
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
        if worker.stderr:
            worker.stderr.close()
        assert _delivered(database_path) < total, "killed too late to prove anything"

    finished = run_workstation(tmp_path, "sync", "run", "--once", env=environ)
    assert finished.returncode == 0, finished.stderr

    kcc = open_kcc(load_settings(None, environ))
    try:
        with kcc.database.session() as session:
            assert session.scalar(select(func.count()).select_from(OutboxRow)
                                  .where(OutboxRow.state != "done")) == 0
            contacts = session.scalars(select(EmbeddedKlantcontactRow)).all()
            callbacks = session.scalar(select(func.count()).select_from(EmbeddedCallbackRow))
            items = session.scalars(select(OutboxRow).order_by(OutboxRow.id)).all()
        assert len(contacts) == CONTACTS
        assert len({c.onderwerp for c in contacts}) == CONTACTS
        assert callbacks == CONTACTS // 3
        for bsn in customers:  # each customer's items were delivered in the order recorded
            delivered = [item.delivered_at or item.created_at for item in items
                         if item.stream == bsn]
            assert delivered == sorted(delivered)
    finally:
        kcc.close()
