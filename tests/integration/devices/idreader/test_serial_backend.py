"""The serial reader over a real pseudo-terminal: the test writes into the master side what a
reader would send, the backend reads the slave side through pyserial."""

from __future__ import annotations

import os
import threading
import tty
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.devices.idreader.contract import (
    Harness,
    IdDocumentReaderContract,
    Recorder,
    wait_until,
    wire,
)
from tests.unit.devices.idreader.test_mrz import ICAO_TD1, ICAO_TD3, NL_PASSPORT_SPECIMEN
from workstation.devices.idreader import serial_backend
from workstation.devices.idreader._protocol import IdReaderUnavailableError
from workstation.devices.idreader.serial_backend import SerialIdReader
from workstation.devices.status import DeviceStatus
from workstation.devices.worker import DeviceWorker

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs POSIX pseudo-terminals")


class Pty:
    """A pseudo-terminal pair; ``close`` is the cable being pulled."""

    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        self.path = os.ttyname(self.slave)
        self._closed = False

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.master, view) :]

    def close(self) -> None:
        # Only once: a second os.close could hit a reused descriptor (the reader's own port).
        if not self._closed:
            self._closed = True
            os.close(self.master)
            os.close(self.slave)


@pytest.fixture
def pty() -> Iterator[Pty]:
    pair = Pty()
    yield pair
    pair.close()


def make_reader(port: str) -> SerialIdReader:
    return SerialIdReader(port, 9600, line_timeout_s=0.1, reconnect_interval_s=0.05)


def start(reader: SerialIdReader) -> Recorder:
    recorder = Recorder()
    reader.start(recorder.on_document, recorder.on_error)
    wait_until(lambda: reader.status() is DeviceStatus.READY, "serial reader READY")
    return recorder


class TestSerialIdReaderContract(IdDocumentReaderContract):
    @pytest.fixture
    def harness(self, pty: Pty) -> Iterator[Harness]:
        reader = make_reader(pty.path)
        recorder = start(reader)
        yield Harness(
            reader=reader,
            recorder=recorder,
            send=pty.write,
            running_status=DeviceStatus.READY,
            simulated=False,
        )
        reader.stop()


@pytest.fixture
def reader(pty: Pty) -> Iterator[tuple[SerialIdReader, Recorder]]:
    serial_reader = make_reader(pty.path)
    recorder = start(serial_reader)
    yield serial_reader, recorder
    serial_reader.stop()


def test_slow_reader_sending_byte_by_byte(
    pty: Pty, reader: tuple[SerialIdReader, Recorder]
) -> None:
    _, recorder = reader
    for byte in wire(ICAO_TD3):
        pty.write(bytes([byte]))
    assert recorder.next_document().raw_lines == ICAO_TD3


def test_stx_etx_framed_reader(pty: Pty, reader: tuple[SerialIdReader, Recorder]) -> None:
    _, recorder = reader
    pty.write(b"\x02" + "\r".join(NL_PASSPORT_SPECIMEN).encode() + b"\r\x03")
    assert recorder.next_document().bsn == "999999990"


def test_missing_port_is_offline_and_reported_once(tmp_path: Path) -> None:
    serial_reader = make_reader(str(tmp_path / "no-such-port"))
    recorder = Recorder()
    serial_reader.start(recorder.on_document, recorder.on_error)
    try:
        error = recorder.next_error()
        assert isinstance(error, IdReaderUnavailableError)
        assert error.message == "De documentlezer is niet bereikbaar."
        assert serial_reader.status() is DeviceStatus.OFFLINE
    finally:
        serial_reader.stop()
    recorder.assert_nothing_more()


def test_unplug_goes_offline_and_replug_reconnects(tmp_path: Path) -> None:
    """The port is a stable symlink (like /dev/serial/by-id/...) to whichever pty is current."""
    first = Pty()
    link = tmp_path / "idreader"
    link.symlink_to(first.path)
    serial_reader = make_reader(str(link))
    second: Pty | None = None
    try:
        recorder = start(serial_reader)
        first.write(wire(ICAO_TD1))
        assert recorder.next_document().raw_lines == ICAO_TD1

        first.close()  # unplugged
        assert isinstance(recorder.next_error(), IdReaderUnavailableError)
        assert serial_reader.status() is DeviceStatus.OFFLINE

        second = Pty()  # plugged in again
        replacement = tmp_path / "idreader.new"
        replacement.symlink_to(second.path)
        replacement.replace(link)
        wait_until(lambda: serial_reader.status() is DeviceStatus.READY, "reconnect")
        second.write(wire(NL_PASSPORT_SPECIMEN))
        assert recorder.next_document().bsn == "999999990"
        recorder.assert_nothing_more()
    finally:
        serial_reader.stop()
        first.close()
        if second is not None:
            second.close()


def test_start_twice_is_a_bug(pty: Pty, reader: tuple[SerialIdReader, Recorder]) -> None:
    serial_reader, recorder = reader
    with pytest.raises(RuntimeError):
        serial_reader.start(recorder.on_document, recorder.on_error)


def test_restart_after_stop(pty: Pty, reader: tuple[SerialIdReader, Recorder]) -> None:
    serial_reader, _ = reader
    serial_reader.stop()
    recorder = start(serial_reader)
    pty.write(wire(ICAO_TD3))
    assert recorder.next_document().raw_lines == ICAO_TD3


class _BusyWorker(DeviceWorker):
    """A device thread still busy with an earlier job when the reader is stopped, so the read
    loop that ``start`` queued has not begun: the moment a quick start-then-stop can hit."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._earlier_job_done = threading.Event()
        self.submit(self._earlier_job_done.wait)

    def close(self) -> None:
        # Drop the queued read loop first, only then let the earlier job end: deterministic.
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._earlier_job_done.set()
        super().close()


def test_stop_before_the_read_loop_started(
    pty: Pty, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(serial_backend, "DeviceWorker", _BusyWorker)
    serial_reader = make_reader(pty.path)
    recorder = Recorder()
    serial_reader.start(recorder.on_document, recorder.on_error)
    serial_reader.stop()
    assert serial_reader.status() is DeviceStatus.OFFLINE
    serial_reader.stop()  # idempotent
    monkeypatch.undo()
    recorder = start(serial_reader)  # and it can still start for real afterwards
    pty.write(wire(ICAO_TD3))
    assert recorder.next_document().raw_lines == ICAO_TD3
    serial_reader.stop()
