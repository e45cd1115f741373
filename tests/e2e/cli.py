"""Run ``python -m workstation`` as a real process with its own data and log directories."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_workstation(tmp_path: Path, *args: str, env: dict[str, str] | None = None,
                    ) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "LOKET_DATA_DIR": str(tmp_path / "data"),
        "LOKET_LOGGING__DIRECTORY": str(tmp_path / "log"),
        **(env or {}),
    }
    return subprocess.run([sys.executable, "-m", "workstation", *args], capture_output=True,
                          text=True, env=environment, timeout=120, check=False)
