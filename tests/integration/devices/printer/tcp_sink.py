"""A network printer on 127.0.0.1: collects what it is sent and answers DLE EOT status requests.

Like port 9100 on a real printer it serves one connection at a time and closes it once the
client has ended its side and everything was read. ``answers`` maps the DLE EOT argument
(1, 2, 4) to the status byte to send back; ``None`` means the printer never answers (a hung or
half-dead printer), which the client must treat as offline.

Misbehaving printers seen in the field:

* ``asb=True``: automatic status back is on, so the printer sends a 4-byte status block by
  itself on every connection and before each answer.
* ``stop_reading_after_status=True``: the printer answers the status requests and then reads
  nothing more (the job stays in its buffers) until :meth:`close`.
* :meth:`pause` / :meth:`resume`: a slow printer. It accepts connections but reads nothing
  until resumed, then carries on as normal.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType

READY = {1: 0x12, 2: 0x12, 4: 0x12}
PAPER_LOW = {1: 0x12, 2: 0x12, 4: 0x1E}
PAPER_OUT = {1: 0x1A, 2: 0x32, 4: 0x72}
COVER_OPEN = {1: 0x1A, 2: 0x16, 4: 0x12}

ASB_BLOCK = bytes([0x10, 0x00, 0x00, 0x00])
"""An automatic status back block of a printer that is online with paper and cover closed."""

_DLE_EOT = b"\x10\x04"
_CUT = b"\x1dVA\x00"
"""The codec's cut command, always the last bytes of a job."""


class TcpPrinterSink:
    def __init__(
        self,
        answers: dict[int, int] | None = READY,
        port: int = 0,
        *,
        asb: bool = False,
        stop_reading_after_status: bool = False,
    ) -> None:
        """``port`` 0 takes a free one; a fixed port switches "the same printer" on again."""
        self.answers = answers
        self.asb = asb
        self.stop_reading_after_status = stop_reading_after_status
        self._reading = threading.Event()
        self._reading.set()
        self._closed = threading.Event()
        self._accepted = 0
        self._listener = socket.create_server(("127.0.0.1", port))  # SO_REUSEADDR on POSIX
        self.host, self.port = self._listener.getsockname()[:2]
        self._stopping = False
        self._changed = threading.Condition()
        self._connections: list[bytes] = []
        self._cut_times: list[float] = []
        self._thread = threading.Thread(target=self._serve, name="tcp-printer-sink", daemon=True)
        self._thread.start()

    @property
    def connections(self) -> list[bytes]:
        """Everything received, one entry per finished connection."""
        with self._changed:
            return list(self._connections)

    @property
    def print_jobs(self) -> list[bytes]:
        """Connections that carried a print job (more than status requests)."""
        return [data for data in self.connections if data.endswith(_CUT)]

    @property
    def cut_times(self) -> list[float]:
        """``time.perf_counter()`` at the arrival of each cut command."""
        with self._changed:
            return list(self._cut_times)

    def pause(self) -> None:
        """Stop reading (a printer busy with something else); connections are still accepted."""
        self._reading.clear()

    def resume(self) -> None:
        self._reading.set()

    def wait_for_accepted(self, count: int, timeout: float = 5.0) -> bool:
        """Until ``count`` connections were accepted, whether or not they were read."""
        with self._changed:
            return self._changed.wait_for(lambda: self._accepted >= count, timeout)

    def wait_for_connections(self, count: int, timeout: float = 5.0) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: len(self._connections) >= count, timeout)

    def wait_for_print_jobs(self, count: int, timeout: float = 5.0) -> bool:
        with self._changed:
            return self._changed.wait_for(
                lambda: sum(data.endswith(_CUT) for data in self._connections) >= count, timeout
            )

    def wait_for_cuts(self, count: int, timeout: float = 5.0) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: len(self._cut_times) >= count, timeout)

    def close(self) -> None:
        self._stopping = True
        self._closed.set()
        self._reading.set()
        # Wake the blocking accept() with a connection of our own.
        with socket.create_connection((self.host, self.port)):
            pass
        self._thread.join()
        self._listener.close()

    def __enter__(self) -> TcpPrinterSink:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _serve(self) -> None:
        while True:
            conn, _ = self._listener.accept()
            with conn:
                if self._stopping:
                    return
                with self._changed:
                    self._accepted += 1
                    self._changed.notify_all()
                data = self._receive(conn)
            with self._changed:
                self._connections.append(data)
                self._changed.notify_all()

    def _receive(self, conn: socket.socket) -> bytes:
        if self.asb:
            conn.sendall(ASB_BLOCK)
        data = bytearray()
        scanned = 0
        while True:
            self._reading.wait()
            if self._stopping or not (chunk := conn.recv(65536)):
                break
            data += chunk
            before = scanned
            scanned = self._answer_requests(conn, data, scanned)
            if self.stop_reading_after_status and scanned > before:
                self._closed.wait()  # reads nothing more; the client's job stays unread
                break
            if data.endswith(_CUT):
                with self._changed:
                    self._cut_times.append(time.perf_counter())
                    self._changed.notify_all()
        return bytes(data)

    def _answer_requests(self, conn: socket.socket, data: bytearray, scanned: int) -> int:
        """Answer DLE EOT requests seen since ``scanned``; returns the new scan position.

        Only requests before the job's ESC @ count: inside a job, 0x10 0x04 may be image data.
        """
        job_start = data.find(b"\x1b@")
        end = len(data) if job_start < 0 else job_start
        while (found := data.find(_DLE_EOT, scanned, end)) >= 0 and found + 2 < len(data):
            request = data[found + 2]
            if self.answers is not None and request in self.answers:
                conn.sendall((ASB_BLOCK if self.asb else b"") + bytes([self.answers[request]]))
            scanned = found + 3
        return scanned
