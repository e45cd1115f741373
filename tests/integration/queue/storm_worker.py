"""A counter workstation as a separate process, for the storm and crash-safety tests.

Run as ``python -m tests.integration.queue.storm_worker URL LOCATION COUNTER STAFF MODE
[COUNT]`` (``WorkerProcess`` below does that for a test). It signs STAFF in at the counter
and talks to the test over stdout, one line per fact, flushed at once so that a test that
kills the process knows exactly what it had done:

- ``ready``: signed in at the counter; in ``storm`` mode it then waits for a line on stdin.
- ``claimed <ticket id>``: call_next returned (committed) this ticket to the counter.
- ``finished <ticket id>``: the ticket is done.
- ``holding <ticket id>``: (``hold`` mode) claimed inside an open transaction, not committed.
- ``done``: the work is complete.

Modes: ``storm`` (COUNT x call_next/start_serving/finish after the go line), ``once`` (one
call_next after the go line, the ticket kept at the counter), ``loop`` (the
same without end and without waiting, until the test kills it), ``hold`` (claim in a unit of
work, write the CALLED event, then sleep inside the open transaction until killed).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from workstation.app import Site, open_site
from workstation.domain.queue import TicketState, business_day, utc_now
from workstation.services.queue_service import CounterPost
from workstation.store.queue_uow import SqlQueueUnitOfWork

HOLD_SECONDS = 600.0


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _serve(site: Site, post: CounterPost, count: int | None) -> None:
    served = 0
    while count is None or served < count:
        ticket = site.queue.call_next(post)
        if ticket is None:
            break
        _say(f"claimed {ticket.id}")
        if ticket.state is TicketState.CALLED:  # a restarted counter may get back a served one
            site.queue.start_serving(post)
        site.queue.finish(post)
        _say(f"finished {ticket.id}")
        served += 1


def _hold(site: Site, post: CounterPost) -> None:
    with SqlQueueUnitOfWork(site.database) as uow:
        now = utc_now()
        claim = uow.claim_next(post.location.id, post.counter.id, None, now, business_day(now))
        if claim is None:
            raise SystemExit("nothing to claim")
        uow.session.flush()
        _say(f"holding {claim[0].id}")
        time.sleep(HOLD_SECONDS)
    raise SystemExit("hold ended without being killed")


def main(argv: list[str]) -> None:
    url, location, counter, staff, mode = argv[:5]
    count = int(argv[5]) if len(argv) > 5 else None
    site = open_site(url, migrate=False)
    try:
        post = site.queue.counter_post(location, int(counter), staff)
        _say("ready")
        if mode == "storm":
            sys.stdin.readline()
            _serve(site, post, count)
        elif mode == "once":
            sys.stdin.readline()
            ticket = site.queue.call_next(post)
            _say(f"claimed {ticket.id}" if ticket is not None else "nothing")
        elif mode == "loop":
            _serve(site, post, None)
        elif mode == "hold":
            _hold(site, post)
        else:
            raise SystemExit(f"unknown mode {mode!r}")
        _say("done")
    finally:
        site.close()


_REPOSITORY = Path(__file__).resolve().parents[3]


class WorkerProcess:
    """The test's handle on one worker process: its stdout lines, collected by a thread."""

    def __init__(self, url: str, location: str, counter: int, staff: str, mode: str,
                 count: int | None = None) -> None:
        arguments = [url, location, str(counter), staff, mode]
        if count is not None:
            arguments.append(str(count))
        self.counter = counter
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.queue.storm_worker", *arguments],
            cwd=_REPOSITORY, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(_REPOSITORY)},
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            with self._changed:
                self.lines.append(line.strip())
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for(self, predicate: Callable[[list[str]], bool], timeout: float) -> None:
        """Wait until the lines so far satisfy ``predicate``; fails on timeout or exit."""
        with self._changed:
            ok = self._changed.wait_for(
                lambda: predicate(self.lines) or not self._reader.is_alive(), timeout)
            if not (ok and predicate(self.lines)):
                raise AssertionError(
                    f"worker at counter {self.counter} (exit {self._process.poll()}) "
                    f"did not get there; last lines: {self.lines[-3:]}")

    def wait_ready(self, timeout: float = 60.0) -> None:
        self.wait_for(lambda lines: "ready" in lines, timeout)

    def go(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write("go\n")
        self._process.stdin.flush()

    def ids(self, word: str) -> list[str]:
        """Ticket ids of every ``<word> <id>`` line so far."""
        with self._changed:
            return [line.split()[1] for line in self.lines if line.startswith(word + " ")]

    def kill(self) -> None:
        """SIGKILL: no clean-up, no rollback, no closing of connections by the process."""
        if self._process.poll() is None:
            self._process.send_signal(signal.SIGKILL)
        self._process.wait(10)

    def finish(self, timeout: float) -> int:
        """Wait for a normal exit; returns the exit code."""
        code = self._process.wait(timeout)
        self._reader.join(timeout)
        return code

    def close(self) -> None:
        self.kill()
        self._reader.join(10)
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                stream.close()


if __name__ == "__main__":
    main(sys.argv[1:])
