"""``python -m workstation --demo --self-test`` as the frozen build's CI step runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workstation.domain.errors import UserFacingError

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("role", ["counter", "reception", "kiosk"])
def test_self_test_opens_the_demo_window_and_exits_zero(tmp_path: Path, role: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOKET_")}
    env.update(QT_QPA_PLATFORM="offscreen", LOKET_DATA_DIR=str(tmp_path),
               LOKET_LOGGING__DIRECTORY=str(tmp_path / "logs"),
               LOKET_WORKSTATION__ROLE=role)
    done = subprocess.run([sys.executable, "-m", "workstation", "--demo", "--self-test"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "self-test ok" in done.stdout
    assert "window_shown_at=" in done.stdout


def test_self_test_fails_with_a_reason_when_the_site_is_unusable(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOKET_")}
    env.update(QT_QPA_PLATFORM="offscreen", LOKET_DATA_DIR=str(tmp_path),
               LOKET_LOGGING__DIRECTORY=str(tmp_path / "logs"),
               LOKET_WORKSTATION__LOCATION="XXX")
    done = subprocess.run([sys.executable, "-m", "workstation", "--demo", "--self-test"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode != 0
    assert done.stderr.strip()


def test_unusable_settings_are_shown_in_a_dialog_not_only_on_stderr(qapp: object) -> None:
    from workstation.settings import load_settings
    from workstation.ui.main import startup_error_box

    with pytest.raises(UserFacingError) as caught:
        load_settings(environ={"LOKET_WORKSTATION__ROLE": "balie"})
    box = startup_error_box(caught.value)
    assert "workstation.role" in box.text()
    assert "'balie'" in box.text()
    assert box.icon() is QMessageBox.Icon.Warning
