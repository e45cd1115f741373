"""Running other workstations as real processes against the display's database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run(args: list[str], url: str) -> str:
    env = dict(os.environ, LOKET_DATABASE__URL=url)
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def workstation_cli(url: str, *args: str) -> str:
    """``python -m workstation ...``: the real command line of a workstation."""
    return run(["-m", "workstation", *args], url)


def workstation_actions(url: str, *actions: str) -> list[str]:
    return run(["-m", "tests.ui.display.workstation_process", url, *actions], url).split("\n")
