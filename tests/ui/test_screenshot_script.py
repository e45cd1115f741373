"""The README's screenshots can always be rendered again (the script runs, every PNG is real)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ["reception", "reception-ticket", "kiosk", "kiosk-ticket", "counter", "counter-en",
           "counter-waiting-note", "transfer-dialog", "alarm-banner", "disconnected-banner",
           "sign-in", "sign-in-first-pin", "counter-paused", "kiosk-exit",
           "desk-person", "desk-person-en", "desk-contact", "desk-callback-dialog",
           "desk-callbacks", "desk-results", "desk-lock", "phone", "counter-order",
           "order-panel", "order-checklist-rijbewijs", "order-panel-en", "kasopmaak",
           "kiosk-product-info",
           "kto", "kto-aspects", "kto-aspects-en", "supervisor", "supervisor-en",
           "supervisor-ticker"]


def test_render_screenshots_writes_every_screen(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOKET_")}
    env.update(QT_QPA_PLATFORM="offscreen", LOKET_DATA_DIR=str(tmp_path / "data"),
               LOKET_LOGGING__DIRECTORY=str(tmp_path / "log"))
    subprocess.run([sys.executable, str(ROOT / "scripts" / "render_screenshots.py"),
                    "--out", str(tmp_path)], env=env, cwd=ROOT, check=True,
                   capture_output=True, timeout=180)
    for name in SCREENS:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert image.width() >= 300 and image.height() >= 200, name  # a dialog is smaller
