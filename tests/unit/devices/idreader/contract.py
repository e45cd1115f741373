"""The IdDocumentReader contract, run against every backend (DESIGN.md §6).

A backend's test class subclasses ``IdDocumentReaderContract`` and provides a ``harness``
fixture: a started reader plus a way to make bytes arrive at it as if from its transport.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from tests.unit.devices.idreader.test_mrz import (
    ICAO_TD1,
    ICAO_TD2,
    NL_PASSPORT_SPECIMEN,
)
from workstation.devices.idreader._protocol import IdDocumentReader
from workstation.devices.idreader.mrz import MrzDocument, MrzError
from workstation.devices.status import DeviceStatus
from workstation.domain.errors import UserFacingError

WAIT_S = 5.0
"""Upper bound for one awaited callback; a passing test waits only as long as it needs."""


@dataclass(frozen=True)
class Received:
    item: MrzDocument | UserFacingError
    thread: threading.Thread


class Recorder:
    """Callbacks for ``start`` that queue what arrives, for the test thread to await."""

    def __init__(self) -> None:
        self._queue: queue.Queue[Received] = queue.Queue()

    def on_document(self, document: MrzDocument) -> None:
        self._queue.put(Received(document, threading.current_thread()))

    def on_error(self, error: UserFacingError) -> None:
        self._queue.put(Received(error, threading.current_thread()))

    def next(self) -> Received:
        try:
            return self._queue.get(timeout=WAIT_S)
        except queue.Empty:
            raise AssertionError(f"nothing received within {WAIT_S} s") from None

    def next_document(self) -> MrzDocument:
        item = self.next().item
        assert isinstance(item, MrzDocument), f"expected a document, got {item!r}"
        return item

    def next_error(self) -> UserFacingError:
        item = self.next().item
        assert isinstance(item, UserFacingError), f"expected an error, got {item!r}"
        return item

    def assert_nothing_more(self) -> None:
        assert self._queue.empty(), f"unexpected: {self._queue.get_nowait()!r}"


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """For state without a callback (status): check often, give up after ``WAIT_S``."""
    done = threading.Event()
    for _ in range(int(WAIT_S / 0.01)):
        if condition():
            return
        done.wait(0.01)
    raise AssertionError(f"timed out waiting for {what}")


def wire(lines: tuple[str, ...]) -> bytes:
    return "".join(line + "\r\n" for line in lines).encode("ascii")


@dataclass
class Harness:
    reader: IdDocumentReader
    recorder: Recorder
    send: Callable[[bytes], None]
    """Make ``data`` arrive at the reader as if from its transport."""
    running_status: DeviceStatus
    simulated: bool


class IdDocumentReaderContract:
    @pytest.fixture
    def harness(self) -> Iterator[Harness]:
        raise NotImplementedError("a backend's test class provides the harness")

    def test_identity(self, harness: Harness) -> None:
        assert harness.reader.simulated is harness.simulated
        assert harness.reader.name

    def test_status_while_running_and_after_stop(self, harness: Harness) -> None:
        assert harness.reader.status() is harness.running_status
        harness.reader.stop()
        assert harness.reader.status() is DeviceStatus.OFFLINE
        harness.reader.stop()  # idempotent
        assert harness.reader.status() is DeviceStatus.OFFLINE

    def test_reads_a_document_on_the_device_thread(self, harness: Harness) -> None:
        harness.send(wire(NL_PASSPORT_SPECIMEN))
        received = harness.recorder.next()
        assert isinstance(received.item, MrzDocument)
        assert received.item.bsn == "999999990"
        assert received.item.surname == "DE BRUIJN"
        assert received.thread is not threading.current_thread()
        assert received.thread is not threading.main_thread()

    def test_reads_documents_one_after_another(self, harness: Harness) -> None:
        for lines in (ICAO_TD1, ICAO_TD2, NL_PASSPORT_SPECIMEN):
            harness.send(wire(lines))
            assert harness.recorder.next_document().raw_lines == lines

    def test_garbage_gives_an_error_and_the_reader_keeps_working(self, harness: Harness) -> None:
        harness.send(b"\x00\xff\x1b[?#@!*\xe9\r\n")
        error = harness.recorder.next_error()
        assert isinstance(error, MrzError)
        assert error.screen_text == (
            "Het document kon niet goed worden gelezen. Lees het document opnieuw in."
        )
        harness.send(wire(ICAO_TD1))
        assert harness.recorder.next_document().raw_lines == ICAO_TD1

    def test_half_line_then_a_good_document(self, harness: Harness) -> None:
        harness.send(NL_PASSPORT_SPECIMEN[0][:20].encode() + b"\r\n" + wire(NL_PASSPORT_SPECIMEN))
        assert isinstance(harness.recorder.next_error(), MrzError)
        assert harness.recorder.next_document().raw_lines == NL_PASSPORT_SPECIMEN

    def test_document_cut_off_is_reported_when_the_reader_goes_quiet(
        self, harness: Harness
    ) -> None:
        harness.send(wire(NL_PASSPORT_SPECIMEN[:1]) + NL_PASSPORT_SPECIMEN[1][:10].encode())
        assert "incomplete" in harness.recorder.next_error().detail
        harness.send(wire(ICAO_TD2))
        assert harness.recorder.next_document().raw_lines == ICAO_TD2

    def test_wrong_check_digit(self, harness: Harness) -> None:
        line2 = NL_PASSPORT_SPECIMEN[1]
        harness.send(wire((NL_PASSPORT_SPECIMEN[0], line2[:19] + "7" + line2[20:])))
        error = harness.recorder.next_error()
        assert isinstance(error, MrzError)
        assert "check digit of birth date" in error.detail
        harness.send(wire(NL_PASSPORT_SPECIMEN))
        assert harness.recorder.next_document().bsn == "999999990"

    def test_failing_callback_does_not_stop_the_reader(self, harness: Harness) -> None:
        harness.reader.stop()
        calls: list[MrzDocument] = []

        def broken(document: MrzDocument) -> None:
            calls.append(document)
            if len(calls) == 1:
                raise RuntimeError("bug in the UI handler")
            harness.recorder.on_document(document)

        harness.reader.start(broken, harness.recorder.on_error)
        wait_until(lambda: harness.reader.status() is harness.running_status, "restart")
        harness.send(wire(ICAO_TD1))
        harness.send(wire(ICAO_TD2))
        assert harness.recorder.next_document().raw_lines == ICAO_TD2
        assert len(calls) == 2
