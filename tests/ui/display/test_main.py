"""``python -m queue_display`` as a process: starts on a demo site, follows and announces calls
from another process, stops cleanly on SIGTERM, and stops plainly on a bad setting."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.ui.display.processes import ROOT, workstation_cli
from workstation.app import open_site

DEMO_LOCATION = "ETL"


def run_display(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "queue_display", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[str],
             timeout: float = 30.0) -> None:
    """Poll a log condition; fail at once (with its stderr) if the display process died."""
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"display exited with {process.returncode}: {process.communicate()[1]}")
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def log_text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_demo_display_follows_another_process_and_stops_on_sigterm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    logs = tmp_path / "logs"
    monkeypatch.setenv("LOKET_LOGGING__DIRECTORY", str(logs))
    ui_log = logs / "ui.log"
    display = subprocess.Popen(
        [sys.executable, "-m", "queue_display", "--demo", "--windowed", "--location",
         DEMO_LOCATION, "--voice-engine", "mock"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: "connected to the site database" in log_text(ui_log), display)
        demo_file = Path(os.environ["XDG_DATA_HOME"]) / "loket" / "demo" / "site.sqlite3"
        demo_url = f"sqlite:///{demo_file}"
        workstation_cli(demo_url, "queue", "issue", "--location", DEMO_LOCATION, "--service", "B")
        workstation_cli(demo_url, "queue", "call", "--location", DEMO_LOCATION, "--counter", "2",
                        "--staff", "mw02")
        wait_for(lambda: "announcing B001 at counter 2" in log_text(ui_log), display)
        display.send_signal(signal.SIGTERM)
        _, stderr = display.communicate(timeout=20)
    finally:
        if display.poll() is None:
            display.kill()
            display.communicate()
    assert display.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert "Traceback" not in log_text(logs / "loket.log")


def test_a_hung_speech_engine_neither_stops_the_calls_nor_sigterm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The morning's freeze: say() never returns (speechd without audio). The engine runs in
    the speaker process, so the display keeps showing calls and SIGTERM still ends it."""
    logs = tmp_path / "logs"
    monkeypatch.setenv("LOKET_LOGGING__DIRECTORY", str(logs))
    ui_log = logs / "ui.log"
    display = subprocess.Popen(
        [sys.executable, "-m", "queue_display", "--demo", "--windowed", "--location",
         DEMO_LOCATION, "--voice-engine", "hang"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: "connected to the site database" in log_text(ui_log), display)
        demo_file = Path(os.environ["XDG_DATA_HOME"]) / "loket" / "demo" / "site.sqlite3"
        demo_url = f"sqlite:///{demo_file}"
        for counter in (2, 3):
            workstation_cli(demo_url, "queue", "issue", "--location", DEMO_LOCATION,
                            "--service", "B")
            workstation_cli(demo_url, "queue", "call", "--location", DEMO_LOCATION,
                            "--counter", str(counter), "--staff", f"mw0{counter}")
        wait_for(lambda: "announcing B001 at counter 2" in log_text(ui_log), display)
        wait_for(lambda: "showing B002 at counter 3" in log_text(ui_log), display)
        display.send_signal(signal.SIGTERM)
        _, stderr = display.communicate(timeout=20)
    finally:
        if display.poll() is None:
            display.kill()
            display.communicate()
    assert display.returncode == 0, stderr
    assert "Traceback" not in log_text(logs / "loket.log")


def test_a_display_that_finds_no_readable_database_waits_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A display PC that boots before IT restored the site database stays up and waits."""
    logs = tmp_path / "logs"
    monkeypatch.setenv("LOKET_LOGGING__DIRECTORY", str(logs))
    ui_log = logs / "ui.log"
    database = tmp_path / "site.sqlite3"
    database.write_bytes(b"this is not a database " * 4096)
    monkeypatch.setenv("LOKET_DATABASE__URL", f"sqlite:///{database}")
    display = subprocess.Popen(
        [sys.executable, "-m", "queue_display", "--windowed", "--location", "BOZ",
         "--voice-engine", "mock"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: "the site database cannot be read yet" in log_text(ui_log), display)
        restored = tmp_path / "restored.sqlite3"
        open_site(f"sqlite:///{restored}", demo=True).close()
        os.replace(restored, database)  # IT puts the backup back
        wait_for(lambda: "connected to the site database" in log_text(ui_log), display)
        display.send_signal(signal.SIGTERM)
        _, stderr = display.communicate(timeout=20)
    finally:
        if display.poll() is None:
            display.kill()
            display.communicate()
    assert display.returncode == 0, stderr
    assert "Traceback" not in stderr


def test_a_screen_beyond_the_attached_screens_stops_with_a_dutch_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOKET_DISPLAY__SCREEN", "4")
    done = run_display("--demo")
    assert done.returncode == 2
    assert "sleutel 'display.screen' heeft waarde 4" in done.stderr
    assert "toegestaan: 0 tot en met 0" in done.stderr


def test_an_unknown_location_stops_with_exit_code_2_and_a_dutch_message() -> None:
    done = run_display("--demo", "--location", "XYZ")
    assert done.returncode == 2
    assert done.stderr.strip().endswith(
        "De instellingen kloppen niet: sleutel 'display.location' heeft waarde 'XYZ'; die "
        "vestiging bestaat niet in de wachtrijdatabase. Kies de code van een bestaande vestiging"
        " (bijvoorbeeld BOZ) in het instellingenbestand, met LOKET_DISPLAY__LOCATION of met "
        "--location.")


def test_an_invalid_setting_stops_with_exit_code_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOKET_DISPLAY__HIGHLIGHT_SECONDS", "0")
    done = run_display("--demo")
    assert done.returncode == 2
    assert "display.highlight_seconds" in done.stderr
