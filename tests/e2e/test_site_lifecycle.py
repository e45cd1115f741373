"""A site set up, run for two business days and upgraded with the README's commands alone.

The clock of each command is the machine's, moved by libfaketime (Debian package faketime), so
the processes live through a real evening and a real next morning in Amsterdam.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from tests.e2e.cli import run_workstation
from tests.requirements import require

LIBFAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
SITE_FILE = resources.files("resources") / "demo" / "regional_kcc.toml"


@pytest.fixture
def at(tmp_path: Path, site_url: str) -> Callable[..., str]:
    """``at("2026-12-01 08:30", *args)``: run a command at that UTC moment on this site."""
    require(LIBFAKETIME.exists() and shutil.which("faketime") is not None,
            "libfaketime (Debian package faketime)")

    def run(moment: str, *args: str) -> str:
        result = run_workstation(tmp_path, *args, env={
            "LOKET_DATABASE__URL": site_url, "TZ": "UTC",
            "LD_PRELOAD": str(LIBFAKETIME), "FAKETIME": f"@{moment}",
        })
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        return result.stdout

    return run


def test_a_site_runs_two_business_days_and_is_upgraded(at: Callable[..., str],
                                                       tmp_path: Path) -> None:
    # Day 0, IT: create the schema, import the site file, import the bookings.
    assert "schemaversie" in at("2026-11-30 15:00:00", "db", "upgrade")
    site_file = tmp_path / "site.toml"
    site_file.write_text(SITE_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    assert "toegevoegd" in at("2026-11-30 15:00:00", "site", "import", str(site_file))
    assert "Niets gewijzigd" in at("2026-11-30 15:01:00", "site", "import", str(site_file))
    bookings = tmp_path / "afspraken.csv"
    bookings.write_text("datum;tijd;dienst;boekingscode\n"
                        "2026-12-01;10:00;E;K7M2Q9XA\n", encoding="utf-8")
    assert "1 afspraken toegevoegd" in at("2026-11-30 15:02:00", "appointments", "import",
                                          str(bookings), "--location", "ETL")

    # Day 1 (Tuesday 1 December; 09:00 in Amsterdam is 08:00 UTC).
    issue = ("queue", "issue", "--location", "ETL", "--service", "A")
    assert "A001" in at("2026-12-01 08:00:00", *issue)
    assert "A002" in at("2026-12-01 08:01:00", *issue)
    counter = ("--location", "ETL", "--counter", "2", "--staff", "mw02")
    assert at("2026-12-01 08:02:00", "queue", "call", *counter).strip() == "A001 -> balie 2"
    assert "A001 afgerond" in at("2026-12-01 08:10:00", "queue", "finish", *counter)
    assert "K7M2Q9XA" in at("2026-12-01 08:20:00", "queue", "appointments", "--location", "ETL")
    # Closing time: A002 was never called; it ends as "not served (day closed)".
    closed = at("2026-12-01 17:30:00", "queue", "close-day", "--location", "ETL")
    assert closed.strip().endswith("1 wachtnummers niet geholpen.")

    # Day 2: numbering starts again and yesterday's ticket is nobody's next.
    assert "A001" in at("2026-12-02 08:00:00", *issue)
    status = at("2026-12-02 08:00:30", "queue", "status", "--location", "ETL")
    assert "A002" not in status
    assert at("2026-12-02 08:01:00", "queue", "call", *counter).strip() == "A001 -> balie 2"
    assert "A001 afgerond" in at("2026-12-02 08:05:00", "queue", "finish", *counter)

    # The upgrade procedure of the README: db version, then db upgrade (nothing to do here),
    # then every workstation starts on the current schema.
    version = at("2026-12-02 18:00:00", "db", "version")
    assert version.count("schemaversie") == 2
    at("2026-12-02 18:01:00", "db", "upgrade")
    assert "Niets gewijzigd" in at("2026-12-02 18:02:00", "site", "import", str(site_file))
