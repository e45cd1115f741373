"""The one-thread-per-device worker."""

from __future__ import annotations

import threading

import pytest

from workstation.devices.worker import DeviceWorker


def test_jobs_run_in_order_on_one_named_thread() -> None:
    with DeviceWorker("printer") as worker:
        seen: list[tuple[int, str]] = []

        def record(n: int) -> None:
            seen.append((n, threading.current_thread().name))

        futures = [worker.submit(record, n) for n in range(20)]
        for future in futures:
            future.result()
        assert [n for n, _ in seen] == list(range(20))
        assert len({name for _, name in seen}) == 1
        assert seen[0][1].startswith("device-printer")
        assert worker.submit(worker.on_worker_thread).result()
        assert not worker.on_worker_thread()


def test_exceptions_reach_the_caller() -> None:
    with DeviceWorker("printer") as worker:
        future = worker.submit(int, "not a number")
        with pytest.raises(ValueError):
            future.result()
        assert worker.submit(int, "7").result() == 7


def test_close_drops_queued_jobs_and_refuses_new_ones() -> None:
    worker = DeviceWorker("printer")
    release = threading.Event()
    started = threading.Event()

    def block() -> None:
        started.set()
        release.wait()

    running = worker.submit(block)
    started.wait()
    queued = worker.submit(int, "1")
    queued.add_done_callback(lambda _: release.set())  # the running job ends once it is dropped
    worker.close()
    assert running.done() and queued.cancelled()
    with pytest.raises(RuntimeError):
        worker.submit(int, "2")
    worker.close()
