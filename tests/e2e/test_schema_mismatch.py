"""A site database at another schema version stops every program with a plain message that
names both versions and what IT must do; only ``db upgrade`` changes the schema; ``--demo``
never touches the configured database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.e2e.cli import run_workstation
from workstation import __version__
from workstation.app import open_site
from workstation.store.schema import head_revision

ROOT = Path(__file__).resolve().parents[2]
NEWER = "0099"


@pytest.fixture
def newer_site(tmp_path: Path) -> str:
    """A site database that a newer Loket's ``db upgrade`` has moved on."""
    url = f"sqlite:///{tmp_path / 'site' / 'queue.sqlite3'}"
    site = open_site(url, migrate=True)
    try:
        with site.database.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": NEWER})
    finally:
        site.close()
    return url


def _program(tmp_path: Path, module: str, *args: str, url: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOKET_")}
    env.update(QT_QPA_PLATFORM="offscreen", LOKET_DATA_DIR=str(tmp_path / "data"),
               LOKET_LOGGING__DIRECTORY=str(tmp_path / "logs"), LOKET_DATABASE__URL=url)
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def _names_both_versions(stderr: str) -> None:
    assert f"schemaversie {NEWER}" in stderr
    assert f"Loket {__version__}" in stderr and f"schemaversie {head_revision()}" in stderr
    assert "Vraag IT" in stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize(("module", "args"), [
    ("workstation", ("--self-test",)),  # counter, reception and kiosk start the same way
    ("workstation", ("queue", "status")),
    ("queue_display", ("--windowed",)),
])
def test_a_schema_mismatch_stops_the_program_at_start(
    tmp_path: Path, newer_site: str, module: str, args: tuple[str, ...],
) -> None:
    done = _program(tmp_path, module, *args, url=newer_site)
    assert done.returncode == 2, done.stderr
    _names_both_versions(done.stderr)


def test_an_empty_database_is_left_alone_until_db_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'site' / 'queue.sqlite3'}"
    done = _program(tmp_path, "workstation", "queue", "status", url=url)
    assert done.returncode == 2
    assert "nog niet ingericht" in done.stderr and "loket db upgrade" in done.stderr
    upgraded = _program(tmp_path, "workstation", "db", "upgrade", url=url)
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"naar {head_revision()}" in upgraded.stdout
    version = _program(tmp_path, "workstation", "db", "version", url=url)
    assert version.returncode == 0
    assert f"schemaversie {head_revision()}" in version.stdout


def test_demo_uses_its_own_file_and_never_the_configured_database(tmp_path: Path,
                                                                  newer_site: str) -> None:
    configured = Path(newer_site.removeprefix("sqlite:///"))
    before = configured.read_bytes()
    done = _program(tmp_path, "workstation", "--demo", "--self-test", url=newer_site)
    assert done.returncode == 0, done.stderr  # the newer configured database does not matter
    assert configured.read_bytes() == before
    assert (tmp_path / "data" / "demo" / "site.sqlite3").is_file()
    listed = run_workstation(tmp_path, "--demo", "queue", "status",
                             env={"LOKET_DATABASE__URL": newer_site})
    assert listed.returncode == 0, listed.stderr
