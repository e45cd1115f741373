"""``queue park|unpark|cancel|close-day|stale`` and ``privacy purge`` as real processes."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli import run_workstation


def _run(tmp_path: Path, *args: str) -> str:
    result = run_workstation(tmp_path, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_park_unpark_cancel_stale_and_close_the_day(tmp_path: Path) -> None:
    _run(tmp_path, "db", "upgrade")
    _run(tmp_path, "seed-demo")
    for _ in range(4):
        _run(tmp_path, "queue", "issue", "--location", "ETL", "--service", "A")
    assert _run(tmp_path, "queue", "call", "--location", "ETL", "--counter", "2",
                "--staff", "mw02").strip() == "A001 -> balie 2"
    assert _run(tmp_path, "queue", "park", "--location", "ETL", "--counter", "2").strip() == (
        "A001 geparkeerd bij balie 2")
    _run(tmp_path, "queue", "call", "--location", "ETL", "--counter", "2")
    refused = run_workstation(tmp_path, "queue", "unpark", "--location", "ETL", "--counter",
                              "2", "--ticket", "A001")
    assert refused.returncode == 2 and "nog een bezoeker" in refused.stderr
    _run(tmp_path, "queue", "finish", "--location", "ETL", "--counter", "2")
    assert _run(tmp_path, "queue", "unpark", "--location", "ETL", "--counter", "2",
                "--ticket", "a001").strip() == "A001 weer in gesprek aan balie 2"
    assert _run(tmp_path, "queue", "cancel", "--location", "ETL", "--ticket", "A004").strip() \
        == "A004 geannuleerd"
    # Counter 3 calls without anyone signed in: no workstation keeps its session alive.
    _run(tmp_path, "queue", "call", "--location", "ETL", "--counter", "3")
    status = _run(tmp_path, "queue", "status", "--location", "ETL")
    assert "A001 in gesprek bij balie 2" in status
    assert "A003 opgeroepen bij balie 3  VERLATEN (laatst gezien: niemand aangemeld" in status
    assert "A001" not in _run(tmp_path, "queue", "stale", "--location", "ETL")
    assert _run(tmp_path, "queue", "stale", "--location", "ETL", "--requeue", "A003").strip() \
        == "A003: terug in de wachtrij"
    closed = _run(tmp_path, "queue", "close-day", "--location", "ETL")
    assert closed.strip().endswith("1 wachtnummers niet geholpen.")
    assert "Geen verlaten balies." in _run(tmp_path, "queue", "stale", "--location", "ETL")
    purged = _run(tmp_path, "privacy", "purge")
    assert purged.startswith("Gewist: 0 doorstuurnotities")
