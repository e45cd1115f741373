"""A real X display server for tests: Xvfb on a free display number."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


def xvfb_available() -> bool:
    return shutil.which("Xvfb") is not None


@contextmanager
def xvfb_display(width: int = 1920, height: int = 1080) -> Iterator[str]:
    """Start Xvfb, yield its DISPLAY value (":N"), stop it afterwards."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "r") as numbers:
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not report a display number")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
