from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.unit.devices.idreader.contract import Harness, IdDocumentReaderContract, Recorder
from tests.unit.devices.idreader.test_mrz import NL_PASSPORT_SPECIMEN
from workstation.devices.idreader.mrz import MrzError
from workstation.devices.idreader.wedge_backend import WedgeIdReader
from workstation.devices.status import DeviceStatus


class TestWedgeIdReaderContract(IdDocumentReaderContract):
    @pytest.fixture
    def harness(self) -> Iterator[Harness]:
        reader = WedgeIdReader(line_timeout_s=0.3)
        recorder = Recorder()
        reader.start(recorder.on_document, recorder.on_error)
        reader.attach()  # a window feeds it
        yield Harness(
            reader=reader,
            recorder=recorder,
            send=lambda data: reader.feed(data.decode("latin-1")),
            running_status=DeviceStatus.READY,
            simulated=False,
        )
        reader.stop()


@pytest.fixture
def wedge() -> Iterator[tuple[WedgeIdReader, Recorder]]:
    reader = WedgeIdReader(line_timeout_s=0.3)
    recorder = Recorder()
    reader.start(recorder.on_document, recorder.on_error)
    yield reader, recorder
    reader.stop()


def test_ready_only_while_a_window_feeds_it(wedge: tuple[WedgeIdReader, Recorder]) -> None:
    reader, _ = wedge
    assert reader.status() is DeviceStatus.OFFLINE  # started, but nobody types into it
    reader.attach()
    reader.attach()  # a second window
    assert reader.status() is DeviceStatus.READY
    reader.detach()
    assert reader.status() is DeviceStatus.READY
    reader.detach()
    assert reader.status() is DeviceStatus.OFFLINE
    reader.detach()  # one too many changes nothing
    reader.attach()
    assert reader.status() is DeviceStatus.READY


def test_lines_fed_one_at_a_time_make_one_document(
    wedge: tuple[WedgeIdReader, Recorder],
) -> None:
    """The window hands over a line per Enter; the lines of one MRZ stay together."""
    reader, recorder = wedge
    for line in NL_PASSPORT_SPECIMEN:
        reader.feed(line + "\r")
    assert recorder.next_document().bsn == "999999990"
    recorder.assert_nothing_more()


def test_a_line_cut_in_two_feeds_is_one_line(wedge: tuple[WedgeIdReader, Recorder]) -> None:
    reader, recorder = wedge
    text = "".join(line + "\r" for line in NL_PASSPORT_SPECIMEN)
    reader.feed(text[:50])
    reader.feed(text[50:])
    assert recorder.next_document().bsn == "999999990"


def test_a_scan_cut_short_is_an_error_after_the_timeout(
    wedge: tuple[WedgeIdReader, Recorder],
) -> None:
    reader, recorder = wedge
    reader.feed(NL_PASSPORT_SPECIMEN[0] + "\r")
    error = recorder.next_error()
    assert isinstance(error, MrzError)
    assert "incomplete" in error.detail


def test_stopping_in_the_middle_of_a_document_reports_nothing() -> None:
    reader = WedgeIdReader(line_timeout_s=10)
    recorder = Recorder()
    reader.start(recorder.on_document, recorder.on_error)
    reader.feed(NL_PASSPORT_SPECIMEN[0] + "\r")
    reader.stop()  # ends the wait for the rest of the document (10 s) at once
    recorder.assert_nothing_more()


def test_feed_needs_a_started_reader() -> None:
    reader = WedgeIdReader()
    with pytest.raises(RuntimeError):
        reader.feed("A")
    recorder = Recorder()
    reader.start(recorder.on_document, recorder.on_error)
    reader.stop()
    with pytest.raises(RuntimeError):
        reader.feed("A")
