"""``queue park|unpark|cancel|close-day|stale`` and ``privacy purge`` as real processes."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli import run_workstation

LATER = {"LD_PRELOAD": "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
         "FAKETIME": "+5m"}  # libfaketime: this command runs five minutes from now


def _run(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = run_workstation(tmp_path, *args, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_park_unpark_cancel_stale_and_close_the_day(tmp_path: Path) -> None:
    _run(tmp_path, "db", "upgrade")
    _run(tmp_path, "seed-demo")
    for _ in range(4):
        _run(tmp_path, "queue", "issue", "--location", "ETL", "--service", "A")
    assert _run(tmp_path, "queue", "call", "--location", "ETL", "--counter", "2",
                "--staff", "mw02").strip() == "A001 -> balie 2"
    assert _run(tmp_path, "queue", "park", "--location", "ETL", "--counter", "2",
                "--staff", "mw02").strip() == (
        "A001 geparkeerd bij balie 2")
    _run(tmp_path, "queue", "call", "--location", "ETL", "--counter", "2", "--staff", "mw02")
    refused = run_workstation(tmp_path, "queue", "unpark", "--location", "ETL", "--counter",
                              "2", "--staff", "mw02", "--ticket", "A001")
    assert refused.returncode == 2 and "nog een bezoeker" in refused.stderr
    _run(tmp_path, "queue", "finish", "--location", "ETL", "--counter", "2", "--staff", "mw02")
    assert _run(tmp_path, "queue", "unpark", "--location", "ETL", "--counter", "2",
                "--staff", "mw02", "--ticket", "a001").strip() == "A001 weer in gesprek aan balie 2"
    assert _run(tmp_path, "queue", "cancel", "--location", "ETL", "--ticket", "A004").strip() \
        == "A004 geannuleerd"
    # Counter 3 calls from the command line: no workstation keeps its session alive, so five
    # minutes later its ticket is a dead counter's (counter 2's is too: nothing runs there).
    _run(tmp_path, "queue", "call", "--location", "ETL", "--counter", "3", "--staff", "mw03")
    status = _run(tmp_path, "queue", "status", "--location", "ETL", env=LATER)
    assert "A001 in gesprek bij balie 2" in status
    assert "A003 opgeroepen bij balie 3  VERLATEN" in status
    refused = run_workstation(tmp_path, "queue", "stale", "--location", "ETL", "--requeue",
                              "A003", "--staff", "mw03", env=LATER)
    assert refused.returncode == 2 and "rol" in refused.stderr  # a supervisor's task
    assert _run(tmp_path, "queue", "stale", "--location", "ETL", "--requeue", "A003",
                "--staff", "mw04", env=LATER).strip() == "A003: terug in de wachtrij"
    closed = _run(tmp_path, "queue", "close-day", "--location", "ETL")
    assert closed.strip().endswith("1 wachtnummers niet geholpen.")
    assert "A003" not in _run(tmp_path, "queue", "stale", "--location", "ETL", env=LATER)
    purged = _run(tmp_path, "privacy", "purge")
    assert purged.startswith("Gewist: 0 doorstuurnotities")
