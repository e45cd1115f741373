"""The command line IT and scripts use, run as real processes."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest

from tests.e2e.cli import run_workstation
from workstation import __version__
from workstation.app import open_site
from workstation.domain.appointments import BOOKING_ALPHABET
from workstation.domain.queue import SITE_TIMEZONE, business_day, utc_now
from workstation.services.queue_service import QueueService
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork


def test_version(tmp_path: Path) -> None:
    result = run_workstation(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Loket {__version__}"


def test_seed_issue_call_finish_status(tmp_path: Path) -> None:
    assert run_workstation(tmp_path, "db", "upgrade").returncode == 0
    seeded = run_workstation(tmp_path, "seed-demo")
    assert seeded.returncode == 0, seeded.stderr
    assert "Demogegevens staan klaar" in seeded.stdout
    assert run_workstation(tmp_path, "seed-demo").returncode == 0  # idempotent
    issued = run_workstation(tmp_path, "queue", "issue", "--location", "ETL", "--service", "A")
    assert issued.stdout.startswith("A001  Paspoort en ID-kaart")
    called = run_workstation(tmp_path, "queue", "call", "--location", "ETL", "--counter", "2",
                 "--staff", "mw02")
    assert called.stdout.strip() == "A001 -> balie 2"
    status = run_workstation(tmp_path, "queue", "status", "--location", "ETL")
    assert "A001 opgeroepen bij balie 2" in status.stdout
    finished = run_workstation(tmp_path, "queue", "finish", "--location", "ETL", "--counter", "2")
    assert finished.stdout.strip() == "A001 afgerond aan balie 2"
    nobody = run_workstation(tmp_path, "queue", "call", "--location", "ETL", "--counter", "2")
    assert nobody.returncode == 1
    assert "Niemand wacht" in nobody.stdout
    log = (tmp_path / "log" / "queue.log").read_text(encoding="utf-8")
    assert "counter 2 called A001" in log


def test_appointments_of_today_with_check_in(tmp_path: Path) -> None:
    run_workstation(tmp_path, "db", "upgrade")
    run_workstation(tmp_path, "seed-demo")
    listed = run_workstation(tmp_path, "queue", "appointments", "--location", "MDK")
    assert listed.returncode == 0, listed.stderr
    first = listed.stdout.splitlines()[0].split()
    assert first[0] == "09:00" and first[2] == "E"
    code = first[1]
    assert len(code) == 8 and set(code) <= set(BOOKING_ALPHABET)  # not guessable
    nine = datetime.combine(business_day(utc_now()), time(9, 0), SITE_TIMEZONE)
    site = open_site(f"sqlite:///{tmp_path / 'data' / 'site.sqlite3'}", migrate=False)
    try:
        queue = QueueService(lambda: SqlQueueUnitOfWork(site.database),
                             SqlQueueReader(site.database), lambda: nine)
        queue.check_in("MDK", code)
    finally:
        site.close()
    again = run_workstation(tmp_path, "queue", "appointments", "--location", "MDK")
    assert again.stdout.splitlines()[0].endswith(f"{code}  E  aangemeld")


def test_bad_settings_stop_with_a_message(tmp_path: Path) -> None:
    result = run_workstation(tmp_path, "queue", "status", env={"LOKET_WORKSTATION__ROLE": "balie"})
    assert result.returncode == 2
    assert "workstation.role" in result.stderr
    assert "'balie'" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_location(tmp_path: Path) -> None:
    run_workstation(tmp_path, "db", "upgrade")
    run_workstation(tmp_path, "seed-demo")
    result = run_workstation(tmp_path, "queue", "status", "--location", "XXX")
    assert result.returncode == 2
    assert "Vestiging 'XXX' bestaat niet" in result.stderr


@pytest.mark.postgres
def test_postgres_site_by_url(tmp_path: Path, pg_url: str) -> None:
    env = {"LOKET_DATABASE__URL": pg_url}
    assert run_workstation(tmp_path, "db", "upgrade", env=env).returncode == 0
    assert run_workstation(tmp_path, "seed-demo", env=env).returncode == 0
    issued = run_workstation(tmp_path, "queue", "issue", "--location", "RSD", "--service", "D",
                             env=env)
    assert issued.returncode == 0, issued.stderr
    assert issued.stdout.startswith("D001  Verhuizing")
