"""One sync worker per workstation store: an OS file lock beside the database.

Two relays on one store would both send the same head items; keyed objects would still be
adopted, but children without a key (a rol, a partij) could be created twice in the race. The
operating system releases the lock when its process ends in any way, SIGKILL included, so a
restarted worker never waits for a dead one.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from workstation.domain.errors import UserFacingError


class RelayBusy(UserFacingError):
    """Another process already delivers this workstation's outbox."""


class RelayLock:
    def __init__(self, database_path: Path) -> None:
        self._path = database_path.with_name(database_path.name + ".relay.lock")
        self._file: IO[bytes] | None = None

    def __enter__(self) -> RelayLock:
        handle = open(self._path, "a+b")  # held until __exit__
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise RelayBusy(
                "De synchronisatie draait al op deze werkplek.",
                "Sluit het andere Loket-venster of de andere 'sync run', of wacht tot die "
                "klaar is.", detail=f"{self._path} is locked: {exc}",
            ) from exc
        self._file = handle
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._file is not None:
            self._file.close()  # closing releases the lock
            self._file = None


def _lock(handle: IO[bytes]) -> None:
    """Take the lock without waiting; the platform module is imported here, so that importing
    this module stays possible everywhere (tests/e2e/test_windows_start.py)."""
    if sys.platform == "win32":
        msvcrt = importlib.import_module("msvcrt")
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        return
    fcntl = importlib.import_module("fcntl")
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.set_inheritable(handle.fileno(), False)
