from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date

import pytest

from tests.unit.devices.idreader.contract import Harness, IdDocumentReaderContract, Recorder
from workstation.devices.idreader._protocol import IdReaderUnavailableError
from workstation.devices.idreader.mrz import MrzError, parse_mrz
from workstation.devices.idreader.sim_backend import DEFAULT_SIM_DOCUMENTS, SimulatedIdReader
from workstation.devices.status import DeviceStatus


def make_reader(documents: Mapping[str, Sequence[str]] | None = None) -> SimulatedIdReader:
    return SimulatedIdReader(documents, latency_s=0.005, line_timeout_s=0.05)


class TestSimulatedIdReaderContract(IdDocumentReaderContract):
    @pytest.fixture
    def harness(self) -> Iterator[Harness]:
        reader = make_reader()
        recorder = Recorder()
        reader.start(recorder.on_document, recorder.on_error)
        yield Harness(
            reader=reader,
            recorder=recorder,
            send=lambda data: reader.present_bytes(data).result(),
            running_status=DeviceStatus.SIMULATED,
            simulated=True,
        )
        reader.stop()


@pytest.fixture
def sim() -> Iterator[tuple[SimulatedIdReader, Recorder]]:
    reader = make_reader()
    recorder = Recorder()
    reader.start(recorder.on_document, recorder.on_error)
    yield reader, recorder
    reader.stop()


@pytest.mark.parametrize("key", sorted(DEFAULT_SIM_DOCUMENTS))
def test_default_documents_are_valid(key: str) -> None:
    parse_mrz(DEFAULT_SIM_DOCUMENTS[key], today=date(2026, 11, 29))


@pytest.mark.parametrize("key", sorted(DEFAULT_SIM_DOCUMENTS))
def test_present_each_default_document(sim: tuple[SimulatedIdReader, Recorder], key: str) -> None:
    reader, recorder = sim
    reader.present(key)
    assert recorder.next_document().raw_lines == DEFAULT_SIM_DOCUMENTS[key]


def test_configured_documents() -> None:
    lines = DEFAULT_SIM_DOCUMENTS["icao-td2-specimen"]
    reader = make_reader(documents={"mine": list(lines)})
    recorder = Recorder()
    reader.start(recorder.on_document, recorder.on_error)
    try:
        assert reader.document_keys == ("mine",)
        reader.present("mine")
        assert recorder.next_document().raw_lines == lines
        with pytest.raises(KeyError):
            reader.present("nl-paspoort-specimen")
    finally:
        reader.stop()


def test_half_line_and_garbage(sim: tuple[SimulatedIdReader, Recorder]) -> None:
    reader, recorder = sim
    reader.present_half_line("nl-paspoort-specimen")
    assert isinstance(recorder.next_error(), MrzError)
    reader.present_garbage()
    assert isinstance(recorder.next_error(), MrzError)
    reader.present("nl-id-kaart-2014-specimen")
    assert recorder.next_document().bsn == "999999990"


def test_unplug_and_plug_in(sim: tuple[SimulatedIdReader, Recorder]) -> None:
    reader, recorder = sim
    reader.unplug().result()
    assert isinstance(recorder.next_error(), IdReaderUnavailableError)
    assert reader.status() is DeviceStatus.OFFLINE
    reader.present("icao-td3-specimen").result()
    reader.plug_in()
    assert reader.status() is DeviceStatus.SIMULATED
    reader.present("icao-td1-specimen").result()
    assert recorder.next_document().raw_lines == DEFAULT_SIM_DOCUMENTS["icao-td1-specimen"]
    recorder.assert_nothing_more()


def test_latency_is_applied_on_the_device_thread() -> None:
    reader = SimulatedIdReader(latency_s=0.2, line_timeout_s=0.05)
    recorder = Recorder()
    reader.start(recorder.on_document, recorder.on_error)
    try:
        future = reader.present("icao-td3-specimen")
        assert not future.done()  # present() returns at once; the scan takes its time
        assert recorder.next_document().surname == "ERIKSSON"
    finally:
        reader.stop()


def test_stop_abandons_a_scan_in_progress() -> None:
    reader = SimulatedIdReader(latency_s=30.0)
    recorder = Recorder()
    reader.start(recorder.on_document, recorder.on_error)
    reader.present("icao-td3-specimen")
    reader.stop()
    recorder.assert_nothing_more()


def test_present_needs_a_started_reader() -> None:
    with pytest.raises(RuntimeError):
        make_reader().present("icao-td3-specimen")
