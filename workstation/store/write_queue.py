"""A fair queue for SQLite writers of one PC, with a bounded wait.

SQLite makes a second writer wait in its busy handler, which sleeps in growing steps (up to
100 ms) and wakes in no particular order: with eight counters pressing "Volgende" together the
unlucky one waited 0.7 s. An exclusive lock on a lock file beside the database queues the
writers in the kernel instead, which wakes the next one the moment the previous one is done
(``store.file_lock``: ``flock`` on POSIX, ``msvcrt.locking`` on Windows).

A writer that does not get its turn within ``WRITER_WAIT_S`` (another process holds the
database for seconds) gives up with ``DatabaseBusy``: the screen says so instead of freezing.
The uncontended path is one non-blocking ``flock``; only a contended writer waits on a helper
thread, in the kernel's queue, so the order stays fair. (Windows takes ``file_lock.exclusive``
as it is; there SQLite's own busy timeout bounds a writer.)
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from types import ModuleType

from workstation.store.errors import DatabaseUnavailable, database_busy, database_unavailable
from workstation.store.file_lock import exclusive

WRITER_WAIT_S = 3.0


class WriteQueue:
    def __init__(self, database_file: Path, wait_s: float = WRITER_WAIT_S) -> None:
        self._path = database_file.with_name(database_file.name + ".writers")
        self._wait_s = wait_s

    def turn(self) -> AbstractContextManager[None]:
        """Wait for this writer's turn (at most ``wait_s``); held until the block ends."""
        if sys.platform == "win32":
            return exclusive(self._path)
        return self._bounded_turn(importlib.import_module("fcntl"))

    @contextlib.contextmanager
    def _bounded_turn(self, fcntl: ModuleType) -> Iterator[None]:
        try:
            descriptor = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise database_unavailable(exc) from exc
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not self._wait_for_turn(fcntl, descriptor):
                # The waiter owns the descriptor now and closes it once it gets the lock.
                raise database_busy(f"no write turn within {self._wait_s:.1f} s") from None
        except OSError as exc:
            os.close(descriptor)
            raise database_unavailable(exc) from exc
        try:
            yield
        finally:
            os.close(descriptor)  # closing releases the lock


    def _wait_for_turn(self, fcntl: ModuleType, descriptor: int) -> bool:
        try:
            return _BoundedWait(fcntl, descriptor).acquired(self._wait_s)
        except DatabaseUnavailable:
            os.close(descriptor)
            raise


class _BoundedWait:
    """A blocking ``flock`` on a helper thread that the caller may stop waiting for."""

    def __init__(self, fcntl: ModuleType, descriptor: int) -> None:
        self._fcntl = fcntl
        self._descriptor = descriptor
        self._guard = threading.Lock()
        self._done = threading.Event()
        self._abandoned = False
        self.error: OSError | None = None

    def acquired(self, timeout: float) -> bool:
        threading.Thread(target=self._wait, name="loket-write-turn", daemon=True).start()
        if not self._done.wait(timeout):
            with self._guard:
                if not self._done.is_set():
                    self._abandoned = True
                    return False
        if self.error is not None:
            raise database_unavailable(self.error) from self.error
        return True

    def _wait(self) -> None:
        try:
            self._fcntl.flock(self._descriptor, self._fcntl.LOCK_EX)
        except OSError as exc:  # reported to the waiting writer, never lost with the thread
            self.error = exc
        with self._guard:
            if self._abandoned:
                os.close(self._descriptor)  # give the turn straight to the next writer
                return
            self._done.set()
