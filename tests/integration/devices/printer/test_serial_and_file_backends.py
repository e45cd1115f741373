"""The serial backend over a pseudo-terminal and the file backend on a temporary file."""

from __future__ import annotations

import os
import select
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.escpos_decoder import decode
from tests.integration.devices.printer import tcp_sink
from tests.unit.devices.printer import samples
from workstation.devices.printer import PrinterConfig, build_printer
from workstation.devices.printer.escpos_codec import PaperLayout, encode_ticket
from workstation.devices.printer.model import PrinterStatus
from workstation.domain.errors import UserFacingError


class PtyPrinter:
    """The printer end of a pseudo-terminal: collects bytes, answers DLE EOT requests."""

    def __init__(self, answers: dict[int, int]) -> None:
        self.answers = answers
        self.master, self._slave = os.openpty()
        self.path = os.ttyname(self._slave)
        self.received = bytearray()
        self._changed = threading.Condition()
        self._stop_read, self._stop_write = os.pipe()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def wait_for(self, data: bytes, timeout: float = 5.0) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: data in self.received, timeout)

    def close(self) -> None:
        os.write(self._stop_write, b"x")
        self._thread.join()
        for fd in (self.master, self._slave, self._stop_read, self._stop_write):
            os.close(fd)

    def _serve(self) -> None:
        while True:
            ready, _, _ = select.select([self.master, self._stop_read], [], [])
            if self._stop_read in ready:
                return
            chunk = os.read(self.master, 4096)
            with self._changed:
                start = len(self.received)
                self.received += chunk
                self._changed.notify_all()
            for i in range(max(0, start - 2), len(self.received) - 2):
                if self.received[i : i + 2] == b"\x10\x04":
                    answer = self.answers.get(self.received[i + 2])
                    if answer is not None:
                        os.write(self.master, bytes([answer]))


@pytest.fixture
def pty_printer() -> Iterator[PtyPrinter]:
    printer = PtyPrinter(tcp_sink.READY)
    yield printer
    printer.close()


def serial_config(path: str) -> PrinterConfig:
    return PrinterConfig(
        backend="serial",
        serial_device=path,
        serial_baudrate=115200,
        serial_flow_control="none",
        status_timeout_s=0.2,
    )


def test_serial_printer_prints_and_reads_status(pty_printer: PtyPrinter) -> None:
    printer = build_printer(serial_config(pty_printer.path))
    assert printer is not None
    try:
        assert printer.status() is PrinterStatus.READY
        printer.print_ticket(samples.ticket())
        assert pty_printer.wait_for(b"\x1dVA\x00")
        job = bytes(pty_printer.received[pty_printer.received.index(b"\x1b@") :])
        assert job == encode_ticket(samples.ticket(), PaperLayout.for_width(80))
    finally:
        printer.close()


def test_serial_printer_out_of_paper_refuses_the_job(pty_printer: PtyPrinter) -> None:
    pty_printer.answers = tcp_sink.PAPER_OUT
    printer = build_printer(serial_config(pty_printer.path))
    assert printer is not None
    try:
        with pytest.raises(UserFacingError, match="paper_out") as failure:
            printer.print_ticket(samples.ticket())
        assert failure.value.message == "Bonprinter heeft geen papier."
        assert b"\x1b@" not in pty_printer.received
    finally:
        printer.close()


def test_missing_serial_port_is_offline(tmp_path: Path) -> None:
    printer = build_printer(serial_config(str(tmp_path / "ttyUSB9")))
    assert printer is not None
    try:
        assert printer.status() is PrinterStatus.OFFLINE
        with pytest.raises(UserFacingError) as failure:
            printer.print_receipt(samples.receipt())
        assert failure.value.message == "Bonprinter reageert niet."
    finally:
        printer.close()


def test_file_printer_writes_the_job_and_cannot_know_its_status(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    printer = build_printer(PrinterConfig(backend="file", file_path=target))
    assert printer is not None
    try:
        assert printer.status() is PrinterStatus.UNKNOWN
        printer.print_ticket(samples.ticket())
        assert target.read_bytes() == encode_ticket(samples.ticket(), PaperLayout.for_width(80))
        printer.print_receipt(samples.receipt())
        assert any(t.endswith("€ 1.141,25") for t in decode(target.read_bytes()).texts)
    finally:
        printer.close()


def test_file_printer_in_a_missing_directory_is_offline(tmp_path: Path) -> None:
    printer = build_printer(PrinterConfig(backend="file", file_path=tmp_path / "no" / "lp0"))
    assert printer is not None
    try:
        with pytest.raises(UserFacingError) as failure:
            printer.print_ticket(samples.ticket())
        assert failure.value.next_step == "Controleer kabel en stroom en kies Opnieuw afdrukken."
    finally:
        printer.close()
