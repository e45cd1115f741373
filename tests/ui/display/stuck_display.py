"""A process whose GUI thread gets stuck for good, with the display's lifeline installed.

``python -m tests.ui.display.stuck_display``: prints "stuck" when its event loop has blocked
in a call that never returns; the lifeline must still end it on SIGTERM and log the stall.
"""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QCoreApplication, QTimer

from queue_display.lifeline import Lifeline


def block_forever() -> None:
    print("stuck", flush=True)
    threading.Event().wait()


def main() -> int:
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(message)s")
    app = QCoreApplication(sys.argv[:1])
    lifeline = Lifeline(app, stall_s=1.0, grace_s=2.0)
    QTimer.singleShot(0, block_forever)
    try:
        return app.exec()
    finally:
        lifeline.close()


if __name__ == "__main__":
    sys.exit(main())
