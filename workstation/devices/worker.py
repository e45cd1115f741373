"""One I/O thread per device.

DESIGN.md §6: all I/O of one device runs on one thread of its own, so the GUI never blocks on a
device and two callers (a print job and a status poll, say) never talk to the same transport at
the same time. A ``DeviceWorker`` is a single-thread executor: work submitted to it runs in
order, one job at a time, on a thread named after the device.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class DeviceWorker:
    """Runs every submitted call on the same dedicated thread, in submission order."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"device-{name}")
        self._thread_ident: int | None = None
        # The first job records the thread's identity; the executor starts its one thread lazily.
        self._executor.submit(self._remember_thread)

    def _remember_thread(self) -> None:
        self._thread_ident = threading.get_ident()

    def submit(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Queue ``fn(*args, **kwargs)`` on the device thread.

        Raises ``RuntimeError`` after :meth:`close`.
        """
        return self._executor.submit(fn, *args, **kwargs)

    def on_worker_thread(self) -> bool:
        """True when called from this worker's own thread."""
        return threading.get_ident() == self._thread_ident

    def close(self) -> None:
        """Drop queued jobs, wait for the running one and stop the thread. Idempotent."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> DeviceWorker:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
