"""An exclusive lock on a file beside the database, held by one process at a time.

POSIX: ``flock`` on the whole file. Windows: ``msvcrt.locking`` on its first byte, retried
until granted (``LK_LOCK`` itself gives up after ten one-second tries). Either way the
operating system releases the lock when the holder's process dies, so a killed workstation
blocks nobody. The platform module is chosen when the lock is taken, not at import, so every
module of the workstation imports on every platform.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

WINDOWS_RETRY_S = 0.01


@contextlib.contextmanager
def exclusive(path: Path, *, platform: str | None = None) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created when missing) until the block ends."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if (platform or sys.platform) == "win32":
            _lock_windows(descriptor)
        else:
            _lock_posix(descriptor)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock on both platforms


def _lock_posix(descriptor: int) -> None:
    fcntl = importlib.import_module("fcntl")
    fcntl.flock(descriptor, fcntl.LOCK_EX)


def _lock_windows(descriptor: int) -> None:
    msvcrt = importlib.import_module("msvcrt")
    while True:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
            return
        except OSError:  # held by another process: wait for it
            time.sleep(WINDOWS_RETRY_S)
