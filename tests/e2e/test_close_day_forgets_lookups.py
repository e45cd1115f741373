"""``queue close-day`` ends the day on this machine too: the persons its workstation store
looked up today are forgotten (issue 10: the cache is purged at day close)."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli import run_workstation
from tests.ui.workstation.test_desk_sync import cached, seed
from workstation.settings import load_settings


def test_closing_the_day_forgets_the_persons_looked_up_on_this_machine(tmp_path: Path) -> None:
    settings = load_settings(environ={"LOKET_DEMO": "true",
                                      "LOKET_DATA_DIR": str(tmp_path / "data")})
    seed(settings)
    assert cached(settings) == 1

    closed = run_workstation(tmp_path, "--demo", "queue", "close-day", "--location", "BOZ")

    assert closed.returncode == 0, closed.stderr
    assert "1 opgezochte personen vergeten op deze werkplek." in closed.stdout
    assert cached(settings) == 0
