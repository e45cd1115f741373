from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest

from tests.unit.devices.idreader.contract import Harness, IdDocumentReaderContract, Recorder
from tests.unit.devices.idreader.test_mrz import ICAO_TD1, NL_PASSPORT_SPECIMEN
from workstation.devices.idreader.mrz import MrzError
from workstation.devices.idreader.wedge_backend import (
    KeystrokeSorter,
    ScannerInput,
    SortedKeys,
    TypedText,
    WedgeIdReader,
)
from workstation.devices.status import DeviceStatus

SCANNER_GAP_S = 0.008  # ~125 characters per second
TYPIST_GAP_S = 0.15


def keys(text: str, start_s: float, gap_s: float) -> list[tuple[str, float]]:
    return [(char, start_s + i * gap_s) for i, char in enumerate(text)]


def scanned(lines: tuple[str, ...], start_s: float = 0.0) -> list[tuple[str, float]]:
    return keys("".join(line + "\r" for line in lines), start_s, SCANNER_GAP_S)


def sort_all(
    sorter: KeystrokeSorter, events: list[tuple[str, float]], end_s: float
) -> list[SortedKeys]:
    out: list[SortedKeys] = []
    for char, timestamp in events:
        out += sorter.key(char, timestamp)
    return out + sorter.flush(end_s)


def joined(items: list[SortedKeys], kind: type[SortedKeys]) -> str:
    return "".join(item.text for item in items if isinstance(item, kind))


def test_scanner_burst_is_scanner_input() -> None:
    out = sort_all(KeystrokeSorter(), scanned(ICAO_TD1), end_s=10.0)
    assert joined(out, ScannerInput) == "\r".join(ICAO_TD1) + "\r"
    assert joined(out, TypedText) == ""


def test_typing_is_passed_through_after_one_gap() -> None:
    sorter = KeystrokeSorter()
    out = sort_all(sorter, keys("Jansen\r", 0.0, TYPIST_GAP_S), end_s=5.0)
    assert joined(out, TypedText) == "Jansen\r"
    assert joined(out, ScannerInput) == ""


def test_typed_key_is_held_for_at_most_one_gap() -> None:
    sorter = KeystrokeSorter(max_gap_s=0.05)
    assert sorter.key("a", 1.0) == []
    assert sorter.flush(1.04) == []
    assert sorter.flush(1.06) == [TypedText("a")]


def test_a_fast_roll_of_a_few_keys_is_still_typing() -> None:
    out = sort_all(KeystrokeSorter(), keys("ing", 0.0, 0.02), end_s=1.0)
    assert out == [TypedText("ing")]


def test_even_gaps_below_the_limit_but_too_slow_on_average_are_typing() -> None:
    sorter = KeystrokeSorter(max_gap_s=0.05, min_chars_per_s=30.0)
    out = sort_all(sorter, keys("ABCDEFGHIJ", 0.0, 0.045), end_s=5.0)  # 22 chars/s
    assert out == [TypedText("ABCDEFGHIJ")]


def test_typing_then_scanning() -> None:
    events = keys("12", 0.0, TYPIST_GAP_S) + scanned(ICAO_TD1, start_s=1.0)
    out = sort_all(KeystrokeSorter(), events, end_s=10.0)
    assert joined(out, TypedText) == "12"
    assert joined(out, ScannerInput).startswith(ICAO_TD1[0])


class WedgeKeyboard:
    """Types bytes into a wedge reader as a scanner would, on a clock of its own."""

    def __init__(self, reader: WedgeIdReader) -> None:
        self.reader = reader
        self.now_s = 1000.0

    def send(self, data: bytes) -> None:
        for char in data.decode("latin-1"):
            self.now_s += SCANNER_GAP_S
            self.reader.key_event(char, self.now_s)
        self.now_s += 1.0  # the scanner goes quiet
        self.reader.poll(self.now_s)


class TestWedgeIdReaderContract(IdDocumentReaderContract):
    @pytest.fixture
    def harness(self) -> Iterator[Harness]:
        reader = WedgeIdReader(line_timeout_s=0.3)
        recorder = Recorder()
        reader.start(recorder.on_document, recorder.on_error)
        yield Harness(
            reader=reader,
            recorder=recorder,
            send=WedgeKeyboard(reader).send,
            running_status=DeviceStatus.READY,
            simulated=False,
        )
        reader.stop()


@pytest.fixture
def wedge() -> Iterator[tuple[WedgeIdReader, Recorder, queue.Queue[str]]]:
    typed: queue.Queue[str] = queue.Queue()
    reader = WedgeIdReader(line_timeout_s=0.3, on_typed_text=typed.put)
    recorder = Recorder()
    reader.start(recorder.on_document, recorder.on_error)
    yield reader, recorder, typed
    reader.stop()


def test_wedge_reads_a_scanned_document(
    wedge: tuple[WedgeIdReader, Recorder, queue.Queue[str]],
) -> None:
    reader, recorder, typed = wedge
    assert reader.simulated is False
    assert reader.status() is DeviceStatus.READY
    for char, timestamp in scanned(NL_PASSPORT_SPECIMEN, start_s=100.0):
        reader.key_event(char, timestamp)
    assert recorder.next_document().bsn == "999999990"
    reader.poll(200.0).result()
    assert typed.empty()
    recorder.assert_nothing_more()


def test_wedge_passes_typing_through_and_reads_nothing(
    wedge: tuple[WedgeIdReader, Recorder, queue.Queue[str]],
) -> None:
    reader, recorder, typed = wedge
    for char, timestamp in keys("L898902C3\r", 0.0, TYPIST_GAP_S):
        reader.key_event(char, timestamp)
    reader.poll(10.0).result()
    assert "".join(typed.get_nowait() for _ in range(typed.qsize())) == "L898902C3\r"
    recorder.assert_nothing_more()


def test_wedge_scan_cut_short_is_an_error_after_the_timeout(
    wedge: tuple[WedgeIdReader, Recorder, queue.Queue[str]],
) -> None:
    reader, recorder, _ = wedge
    for char, timestamp in scanned(NL_PASSPORT_SPECIMEN)[:60]:
        reader.key_event(char, timestamp)
    reader.poll(5.0)
    error = recorder.next_error()
    assert isinstance(error, MrzError)
    assert "incomplete" in error.detail


def test_wedge_stop_and_status() -> None:
    reader = WedgeIdReader()
    assert reader.status() is DeviceStatus.OFFLINE
    with pytest.raises(RuntimeError):
        reader.key_event("A", 0.0)
    recorder = Recorder()
    reader.start(recorder.on_document, recorder.on_error)
    reader.stop()
    reader.stop()
    assert reader.status() is DeviceStatus.OFFLINE
