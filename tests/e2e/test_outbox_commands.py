"""The outbox, history and audit commands, as IT and the privacy officer run them, in demo
mode with no registry configured (the embedded registry is the record)."""

from __future__ import annotations

import json
import os
import stat
from importlib import resources
from pathlib import Path

from sqlalchemy import select

from tests.e2e.cli import run_workstation
from tests.integration.outbox.samples import BSN, callback, contact, zaak
from workstation.domain.contacts import Kanaal
from workstation.domain.desk import DeskContact, Question, Uitkomst
from workstation.domain.staff import Role
from workstation.kcc import open_kcc
from workstation.settings import load_settings
from workstation.store.models import ContactEvent

DEMO = {"LOKET_DEMO": "true"}


def _record_a_contact(tmp_path: Path) -> None:
    settings = load_settings(None, {"LOKET_DATA_DIR": str(tmp_path / "data"),
                                    "LOKET_DEMO": "true"})
    kcc = open_kcc(settings)
    try:
        kcc.contact_service().record(contact(), [callback()], zaak())
    finally:
        kcc.close()


def test_record_sync_history_and_audit_round_trip(tmp_path: Path) -> None:
    _record_a_contact(tmp_path)
    status = run_workstation(tmp_path, "sync", "status", env=DEMO)
    assert status.returncode == 0, status.stderr
    assert "Te verzenden: 3" in status.stdout

    shown = run_workstation(tmp_path, "sync", "show", "2", env=DEMO)
    assert "Item 2: contact (wacht)" in shown.stdout
    assert BSN not in shown.stdout  # masked

    delivered = run_workstation(tmp_path, "sync", "run", "--once", env=DEMO)
    assert delivered.returncode == 0, delivered.stderr
    assert "Te verzenden: 0; geparkeerd: 0" in delivered.stdout

    history = run_workstation(tmp_path, "customer", "history", "--bsn", BSN, "--staff", "mw07",
                              env=DEMO)
    assert history.returncode == 0, history.stderr
    assert "LOKET-01-00000001  Paspoort aanvragen — Ontvangen" in history.stdout
    assert "balie  Paspoort aanvragen" in history.stdout
    assert "terugbelverzoek 0100000002 aan Burgerzaken: te verwerken" in history.stdout

    # the history lookup was audited; ship it, export it, open it with the officer's key
    assert run_workstation(tmp_path, "sync", "run", "--once", env=DEMO).returncode == 0
    export = tmp_path / "audit.jsonl"
    exported = run_workstation(tmp_path, "audit", "export", "--from", "2000-01-01",
                               "--to", "2100-01-01", "--output", str(export), env=DEMO)
    assert exported.returncode == 0, exported.stderr
    assert stat.S_IMODE(os.stat(export).st_mode) == 0o600
    [line] = export.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["name"] == "RaadpleegContacthistorie" and record["user"] == "mw07"
    assert BSN not in line
    key = resources.files("resources.demo.audit") / "demo_privacy_officer_private.pem"
    opened = run_workstation(tmp_path, "audit", "decrypt", "--key", str(key), "--input",
                             str(export), env=DEMO)
    assert opened.returncode == 0, opened.stderr
    assert json.loads(opened.stdout)["bsn"] == BSN


def test_no_lookups_without_an_audit_key_outside_demo_mode(tmp_path: Path) -> None:
    refused = run_workstation(tmp_path, "customer", "history", "--bsn", BSN)
    assert refused.returncode == 2
    assert "De protocollering is niet ingericht" in refused.stderr


def test_record_a_contact_with_a_callback_from_the_command_line(tmp_path: Path) -> None:
    recorded = run_workstation(tmp_path, "customer", "contact", "--bsn", BSN, "--onderwerp",
                               "Vraag over WOZ", "--terugbellen", "Belastingen", "--telefoon",
                               "0612345678", env=DEMO)
    assert recorded.returncode == 0, recorded.stderr
    assert "Contact 0100000001 vastgelegd." in recorded.stdout
    assert "Terugbelverzoek 0100000002 vastgelegd." in recorded.stdout
    assert run_workstation(tmp_path, "sync", "run", "--once", env=DEMO).returncode == 0
    history = run_workstation(tmp_path, "customer", "history", "--bsn", BSN, env=DEMO)
    assert "Vraag over WOZ" in history.stdout
    assert "terugbelverzoek 0100000002 aan Belastingen: te verwerken" in history.stdout


def test_the_demo_finds_a_test_person_records_a_contact_and_shows_it(tmp_path: Path) -> None:
    found = run_workstation(tmp_path, "customer", "find", "--name", "Moulin", "--birth",
                            "1985-12-01", "--staff", "mw07", env=DEMO)
    assert found.returncode == 0, found.stderr
    assert BSN in found.stdout and "TESTGEGEVENS" in found.stdout
    recorded = run_workstation(tmp_path, "customer", "contact", "--bsn", BSN, "--onderwerp",
                               "Paspoort verlopen", "--kanaal", "telefoon", env=DEMO)
    assert recorded.returncode == 0, recorded.stderr
    assert run_workstation(tmp_path, "sync", "run", "--once", env=DEMO).returncode == 0
    history = run_workstation(tmp_path, "customer", "history", "--bsn", BSN, "--staff", "mw07",
                              env=DEMO)
    assert "telefoon  Paspoort verlopen" in history.stdout
    assert run_workstation(tmp_path, "sync", "run", "--once", env=DEMO).returncode == 0
    exported = run_workstation(tmp_path, "audit", "export", "--from", "2000-01-01", "--to",
                               "2100-01-01", env=DEMO)
    names = [json.loads(line)["name"] for line in exported.stdout.splitlines()]
    assert names == ["ZoekMetGeslachtsnaamEnGeboortedatum", "RaadpleegContacthistorie"]


def test_a_desk_contact_and_its_service_events_go_out_with_sync_run(tmp_path: Path) -> None:
    settings = load_settings(None, {"LOKET_DATA_DIR": str(tmp_path / "data"),
                                    "LOKET_DEMO": "true"})
    kcc = open_kcc(settings)
    try:
        desk = kcc.desk_service("0748")
        now = desk.now()
        desk.save(_Phone(), DeskContact(
            (Question("paspoort", Uitkomst.ZELFSTANDIG_AFGEHANDELD, kanaal=Kanaal.TELEFOON),),
            started_at=now, ended_at=now))
    finally:
        kcc.close()

    shown = run_workstation(tmp_path, "sync", "show", "2", env=DEMO)
    assert "Item 2: meetgegeven contact (wacht)" in shown.stdout, shown.stderr
    delivered = run_workstation(tmp_path, "sync", "run", "--once", env=DEMO)
    assert delivered.returncode == 0, delivered.stderr
    assert "Te verzenden: 0; geparkeerd: 0" in delivered.stdout

    kcc = open_kcc(settings)
    try:
        with kcc.site.database.engine.connect() as connection:
            rows = connection.execute(select(ContactEvent.kanaal, ContactEvent.uitkomst,
                                             ContactEvent.municipality_code)).all()
    finally:
        kcc.close()
    assert rows == [("telefoon", "zelfstandig afgehandeld", "0748")]


class _Phone:
    code = "mw02"
    roles = frozenset({Role.PHONE})
