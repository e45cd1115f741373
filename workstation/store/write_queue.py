"""A fair queue for SQLite writers of one PC.

SQLite makes a second writer wait in its busy handler, which sleeps in growing steps (up to
100 ms) and wakes in no particular order: with eight counters pressing "Volgende" together the
unlucky one waited 0.7 s. An exclusive ``flock`` on a lock file beside the database queues the
writers in the kernel instead, which wakes the next one the moment the previous one is done.
The lock is released when the holder's process dies, so a killed workstation blocks nobody.
Where ``fcntl`` does not exist (Windows) the busy timeout alone remains.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


class WriteQueue:
    def __init__(self, database_file: Path) -> None:
        self._path = database_file.with_name(database_file.name + ".writers")

    @contextlib.contextmanager
    def turn(self) -> Iterator[None]:
        """Wait for this writer's turn; held until the block ends."""
        if fcntl is None:
            yield
            return
        descriptor = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)  # closing releases the lock
