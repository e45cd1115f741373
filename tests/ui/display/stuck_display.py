"""A process whose GUI thread gets stuck for good, with the display's lifeline installed.

``python -m tests.ui.display.stuck_display [--restart]``: prints "stuck" when its event loop
has blocked in a call that never returns. The lifeline must log the stall and still end it on
SIGTERM; with ``--restart`` it must replace the stuck process by a fresh one, which prints
"restarted" and ends.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

from PySide6.QtCore import QCoreApplication, QTimer

from queue_display.lifeline import Lifeline

AFTER_RESTART = "--after-restart"


def block_forever() -> None:
    print("stuck", flush=True)
    threading.Event().wait()


def restart() -> None:
    os.execv(sys.executable, [sys.executable, "-m", __spec__.name, AFTER_RESTART])


def main(argv: list[str]) -> int:
    if argv == [AFTER_RESTART]:
        print("restarted", flush=True)
        return 0
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(message)s")
    app = QCoreApplication(sys.argv[:1])
    lifeline = Lifeline(app, stall_s=1.0, grace_s=2.0, restart_after_s=2.0,
                        restart=restart if argv == ["--restart"] else None)
    QTimer.singleShot(0, block_forever)
    try:
        return app.exec()
    finally:
        lifeline.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
