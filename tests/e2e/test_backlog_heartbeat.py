"""A delivery round tells the supervisor's view this workstation's backlog (workstation_status
in the site database), as `sync run --once` runs it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.e2e.cli import run_workstation
from tests.integration.outbox.samples import callback, contact, zaak
from workstation.kcc import open_kcc
from workstation.settings import load_settings
from workstation.store import models as m

DEMO = {"LOKET_DEMO": "true"}


def test_a_delivery_round_reports_the_backlog_to_the_site(tmp_path: Path) -> None:
    settings = load_settings(None, {"LOKET_DATA_DIR": str(tmp_path / "data"),
                                    "LOKET_DEMO": "true"})
    kcc = open_kcc(settings)
    try:
        kcc.contact_service().record(contact(), [callback()], zaak())
    finally:
        kcc.close()
    delivered = run_workstation(tmp_path, "sync", "run", "--once", env=DEMO)
    assert delivered.returncode == 0, delivered.stderr
    kcc = open_kcc(settings)
    try:
        with kcc.site.database.engine.connect() as connection:
            rows = connection.execute(select(m.WorkstationStatus)).all()
    finally:
        kcc.close()
    assert [(r.workstation, r.location_code, r.role, r.pending, r.parked) for r in rows] == [
        ("BOZ-01", "BOZ", "counter", 0, 0)]
