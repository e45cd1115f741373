"""The workstation store migrates with alembic only when it has work: its head is read from
the migration files (as the site database's is), and a store already there opens without
loading alembic (a third of a second on every desk workstation's start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from workstation.store.local.database import MIGRATIONS_PACKAGE, WorkstationDatabase
from workstation.store.schema import head_revision

OPEN_STORE = (
    "import sys\n"
    "from pathlib import Path\n"
    "from workstation.store.local.database import WorkstationDatabase\n"
    "WorkstationDatabase.in_directory(Path(sys.argv[1])).dispose()\n"
    "print('alembic' in sys.modules)\n"
)


def _alembic_head() -> str | None:
    config = Config()
    config.set_main_option("script_location", str(
        Path(__file__).resolve().parents[3] / "workstation" / "store" / "local" / "migrations"))
    return ScriptDirectory.from_config(config).get_current_head()


def test_the_head_read_from_the_files_is_alembics(tmp_path: Path) -> None:
    assert head_revision(MIGRATIONS_PACKAGE) == _alembic_head()
    database = WorkstationDatabase.in_directory(tmp_path)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar() == _alembic_head()
    finally:
        database.dispose()


def test_a_store_at_its_head_opens_without_alembic(tmp_path: Path) -> None:
    def alembic_loaded() -> str:
        return subprocess.run([sys.executable, "-c", OPEN_STORE, str(tmp_path)], check=True,
                              capture_output=True, text=True, timeout=60).stdout.strip()

    assert alembic_loaded() == "True"  # a new store: migrated
    assert alembic_loaded() == "False"  # at its head: one query
