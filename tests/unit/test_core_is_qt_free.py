"""The core runs without Qt: importing everything below the UI never loads PySide6.

import-linter checks the import graph statically; this proves it at run time, in a fresh
interpreter, including imports made lazily inside functions that build the app.
"""

import subprocess
import sys

CORE = [
    "workstation.app", "workstation.settings", "workstation.logging_setup",
    "workstation.__main__", "workstation.cli.queue_commands", "workstation.cli.device_commands",
    "workstation.cli.config_commands", "workstation.cli.db_commands",
    "workstation.services.queue_service", "workstation.wiring.device_board",
    "workstation.store.change_feed", "workstation.devices.manager",
    "workstation.store.schema", "workstation.store.migrate", "workstation.store.file_lock",
    "workstation.services.deferred_devices", "workstation.wiring.ticket_layout",
    "workstation.cli.document_commands", "workstation.wiring.documents",
    "workstation.documents.maker", "workstation.documents.verify",
]


def test_core_modules_do_not_load_pyside6() -> None:
    script = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in CORE)
        + "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        + "print(','.join(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == ""
