"""A fair queue for SQLite writers of one PC.

SQLite makes a second writer wait in its busy handler, which sleeps in growing steps (up to
100 ms) and wakes in no particular order: with eight counters pressing "Volgende" together the
unlucky one waited 0.7 s. An exclusive lock on a lock file beside the database queues the
writers in the kernel instead, which wakes the next one the moment the previous one is done
(``store.file_lock``: ``flock`` on POSIX, ``msvcrt.locking`` on Windows).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

from workstation.store.file_lock import exclusive


class WriteQueue:
    def __init__(self, database_file: Path) -> None:
        self._path = database_file.with_name(database_file.name + ".writers")

    def turn(self) -> AbstractContextManager[None]:
        """Wait for this writer's turn; held until the block ends."""
        return exclusive(self._path)
