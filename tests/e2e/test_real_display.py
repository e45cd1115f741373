"""The apps on a real X display server (Xvfb), the way a workstation runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.xvfb import xvfb_available, xvfb_display
from tests.requirements import require

pytestmark = pytest.mark.display


@pytest.fixture
def display() -> Iterator[str]:
    require(xvfb_available(), "Xvfb (Debian package xvfb)")
    with xvfb_display() as value:
        yield value


def _environment(tmp_path: Path, display: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LOKET_", "QT_QPA"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", LOKET_DATA_DIR=str(tmp_path / "data"),
               LOKET_LOGGING__DIRECTORY=str(tmp_path / "log"), **extra)
    return env


@pytest.mark.parametrize("role", ["counter", "kiosk"])
def test_workstation_self_test_on_a_real_display(tmp_path: Path, display: str,
                                                 role: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "workstation", "--demo", "--self-test"],
        env=_environment(tmp_path, display, LOKET_WORKSTATION__ROLE=role),
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "self-test ok" in done.stdout
