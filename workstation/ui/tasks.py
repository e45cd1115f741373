"""Run service calls and device futures off the GUI thread; deliver results on it.

Every database transaction (a ``QueueService`` call) runs on one worker thread per window, in
the order it was asked for, so two clicks never race each other inside one workstation. The
result (or the ``UserFacingError``) comes back through a queued Qt signal, so callbacks always
run on the GUI thread and may touch widgets (docs/decisions/0006-ui-threading.md).
A ``StoreUnavailable`` (the site database failing in any way) is also announced on
``store_unavailable``, so the window can show its disconnected state whatever the action was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from workstation.domain.errors import StoreUnavailable, UserFacingError

log = logging.getLogger("loket.ui")

T = TypeVar("T")
ErrorHandler = Callable[[UserFacingError], None]


@dataclass(frozen=True, slots=True)
class _Outcome:
    on_done: Callable[[Any], None]
    on_error: ErrorHandler
    result: Any = None
    error: BaseException | None = None
    counts_as_busy: bool = True


class TaskRunner(QObject):
    """A single worker thread for one purpose, with results delivered on the GUI thread.

    ``busy_changed(True)`` is emitted when the first job starts and ``busy_changed(False)`` when
    the last one has been delivered, so a screen can show a busy state without freezing.
    An exception that is not a ``UserFacingError`` is a bug: it is re-raised on the GUI thread,
    where the crash handler (``sys.excepthook``) takes it.
    """

    busy_changed = Signal(bool)
    store_unavailable = Signal(object)  # StoreUnavailable, after the job's own error handler
    _delivered = Signal(object)

    def __init__(self, name: str, on_error: ErrorHandler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"loket-ui-{name}")
        self._default_error = on_error
        self._pending = 0
        self._closed = False
        self._delivered.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(self, call: Callable[[], T], on_done: Callable[[T], None],
            on_error: ErrorHandler | None = None) -> None:
        """Run ``call()`` on the worker thread, then ``on_done(result)`` on the GUI thread."""
        if self._closed:
            return
        self._track(+1)
        self._executor.submit(self._call, call, on_done, on_error or self._default_error)

    def watch(self, future: Future[T], on_done: Callable[[T], None],
              on_error: ErrorHandler | None = None) -> None:
        """Deliver a future's outcome (from a device thread, say) on the GUI thread."""
        handler = on_error or self._default_error

        def finished(done: Future[T]) -> None:
            error = done.exception()
            result = None if error is not None else done.result()
            self._emit(_Outcome(on_done, handler, result, error, counts_as_busy=False))

        future.add_done_callback(finished)

    def close(self) -> None:
        """Wait for the running job, drop queued ones; later results are not delivered."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _call(self, call: Callable[[], Any], on_done: Callable[[Any], None],
              on_error: ErrorHandler) -> None:
        try:
            result = call()
        except BaseException as exc:  # delivered to the GUI thread: handled or crash dialog
            self._emit(_Outcome(on_done, on_error, error=exc))
            return
        self._emit(_Outcome(on_done, on_error, result=result))

    def _emit(self, outcome: _Outcome) -> None:
        if not self._closed:
            self._delivered.emit(outcome)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        if outcome.counts_as_busy:
            self._track(-1)
        if self._closed:
            return
        error = outcome.error
        if error is None:
            outcome.on_done(outcome.result)
        elif isinstance(error, UserFacingError):
            log.info("action refused: %s", error.detail)
            outcome.on_error(error)
            if isinstance(error, StoreUnavailable):
                self.store_unavailable.emit(error)
        else:
            raise error

    def _track(self, step: int) -> None:
        was_busy = self._pending > 0
        self._pending += step
        if was_busy != (self._pending > 0):
            self.busy_changed.emit(self._pending > 0)
