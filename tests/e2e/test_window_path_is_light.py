"""What the first window does not need is not imported on its way: the command modules,
alembic, the PostgreSQL driver (on a SQLite site), the chip crypto, the printer preview and
codec, pyserial, the device manager and the reports' numpy all load later, if at all (issue 9,
cold start)."""

import subprocess
import sys
from pathlib import Path

LATER = (
    "workstation.cli.queue_commands", "workstation.cli.device_commands",
    "workstation.cli.config_commands", "workstation.cli.db_commands", "alembic", "psycopg",
    "Crypto", "workstation.devices.cardreader.emulator", "workstation.devices.printer.preview",
    "workstation.devices.printer.escpos_codec", "serial", "PIL",
    "workstation.devices.manager", "workstation.store.migrate", "numpy",
)


def test_the_window_path_leaves_the_rest_for_later() -> None:
    script = (
        "import sys\n"
        "from workstation.__main__ import build_parser, gui_entry, names_a_command\n"
        "assert not names_a_command(['--demo', '--self-test'])\n"
        "build_parser(with_commands=False).parse_args(['--demo', '--self-test'])\n"
        "import workstation.cli.common\n"
        "gui_entry()\n"
        f"later = {LATER!r}\n"
        "print(','.join(sorted({m for m in sys.modules for name in later\n"
        "                       if m == name or m.startswith(name + '.')})))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == ""


def test_a_command_still_finds_its_module() -> None:
    script = (
        "from workstation.__main__ import build_parser, names_a_command\n"
        "assert names_a_command(['--demo', 'queue', 'status'])\n"
        "assert names_a_command(['--help'])\n"
        "args = build_parser().parse_args(['db', 'version'])\n"
        "print(args.handler.__module__)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "workstation.cli.db_commands"


def test_the_qt_free_core_is_imported_before_pyside6() -> None:
    script = (
        "import sys\n"
        "from workstation.__main__ import gui_entry\n"
        "gui_entry()\n"
        "order = list(sys.modules)\n"
        "print(order.index('sqlalchemy.orm') < order.index('PySide6.QtCore'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "True"


def test_a_desk_makes_its_documents_ready_at_the_first_order(tmp_path: Path) -> None:
    """The counter's KCC half (its store, the order service) opens without the documents'
    reportlab and pypdf, and a store already migrated without alembic."""
    script = (
        "import sys\n"
        "from workstation.kcc import open_kcc\n"
        "from workstation.settings import load_settings\n"
        "settings = load_settings(environ={'LOKET_DEMO': 'true',\n"
        f"                                   'LOKET_DATA_DIR': {str(tmp_path)!r}}})\n"
        "kcc = open_kcc(settings)\n"
        "kcc.order_documents()\n"
        "kcc.close()\n"
        "heavy = ('pypdf', 'reportlab', 'alembic')\n"
        "print(','.join(sorted(m for m in heavy if m in sys.modules)))\n"
    )

    def loaded() -> str:
        return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              timeout=60, check=True).stdout.strip()

    assert loaded() == "alembic"  # the first start creates the workstation store
    assert loaded() == ""
