"""``staff list|set-pin|clear-pin|unlock`` as real processes: PINs asked, never shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.cli import run_workstation
from workstation.app import open_site
from workstation.services.staff_service import (
    AccountLocked,
    PinNotSet,
    SiteOperator,
    WrongPin,
)

PIN = "739105"


def _set_pin(tmp_path: Path, code: str, typed: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "LOKET_DATA_DIR": str(tmp_path / "data"),
                   "LOKET_LOGGING__DIRECTORY": str(tmp_path / "log")}
    return subprocess.run([sys.executable, "-m", "workstation", "staff", "set-pin", code],
                          input=typed, capture_output=True, text=True, env=environment,
                          timeout=120, check=False)


def test_it_sets_lists_unlocks_and_clears_pins(tmp_path: Path) -> None:
    assert run_workstation(tmp_path, "db", "upgrade").returncode == 0
    assert run_workstation(tmp_path, "seed-demo").returncode == 0
    listed = run_workstation(tmp_path, "staff", "list")
    assert listed.returncode == 0, listed.stderr
    assert "mw03" in listed.stdout and "nog niet ingesteld" in listed.stdout

    refused = _set_pin(tmp_path, "mw03", "123456\n123456\n")
    assert refused.returncode == 2
    assert "te makkelijk te raden" in refused.stderr
    done = _set_pin(tmp_path, "mw03", f"{PIN}\n{PIN}\n")
    assert done.returncode == 0, done.stderr
    assert "Pincode van mw03 ingesteld." in done.stdout

    url = f"sqlite:///{tmp_path / 'data' / 'site.sqlite3'}"
    site = open_site(url, migrate=False)
    try:
        assert site.staff.sign_in("mw03", PIN).code == "mw03"
        for _ in range(5):
            with pytest.raises((WrongPin, AccountLocked)):
                site.staff.sign_in("mw03", "918273")
        locked = run_workstation(tmp_path, "staff", "list")
        assert "geblokkeerd tot" in locked.stdout
        assert run_workstation(tmp_path, "staff", "unlock", "mw03").returncode == 0
        assert site.staff.sign_in("mw03", PIN).code == "mw03"
        cleared = run_workstation(tmp_path, "staff", "clear-pin", "mw03")
        assert cleared.returncode == 0
        with pytest.raises(PinNotSet):
            site.staff.sign_in("mw03", PIN)
        assert next(a.code for a in site.staff.accounts(SiteOperator())) == "mw01"
    finally:
        site.close()
    unknown = run_workstation(tmp_path, "staff", "unlock", "nobody")
    assert unknown.returncode == 2 and "onbekend" in unknown.stderr
    logs = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "log").glob("*.log"))
    everything = listed.stdout + done.stdout + done.stderr + logs
    assert PIN not in everything
    assert "PIN of staff mw03 set by command line" in logs
