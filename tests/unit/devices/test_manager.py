"""The device manager with simulated backends: statuses, jobs, documents, chips, shutdown."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

import pytest

from tests.unit.devices.printer.samples import receipt, ticket
from workstation.devices.cardreader.emulator import NL_SPECIMEN_MRZ, ChipDocument, EmulatedChip
from workstation.devices.cardreader.sim_backend import SimulatedChipReader
from workstation.devices.device_slots import FailedDevice
from workstation.devices.idreader import MrzDocument, MrzError
from workstation.devices.idreader._protocol import IdReaderUnavailableError
from workstation.devices.idreader.sim_backend import SimulatedIdReader
from workstation.devices.manager import (
    DeviceManager,
    SimulatedDeviceRefused,
    build_device_manager,
)
from workstation.devices.printer import PrinterConfig, PrinterStatus
from workstation.devices.printer.sim_backend import SimulatedPrinter
from workstation.devices.status import DeviceKind, DeviceState, DeviceStatus
from workstation.domain.errors import UserFacingError
from workstation.settings import DeviceSettings

WAIT_S = 5.0


class StateLog:
    """A subscriber that lets the test wait for a particular state."""

    def __init__(self) -> None:
        self.seen: queue.Queue[DeviceState] = queue.Queue()

    def __call__(self, state: DeviceState) -> None:
        self.seen.put(state)

    def wait_for(self, kind: DeviceKind, status: DeviceStatus) -> DeviceState:
        while True:
            try:
                state = self.seen.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(f"{kind.value} never became {status.value}") from None
            if state.kind is kind and state.status is status:
                return state


class Inbox:
    """``on_document`` callbacks that queue what the ID reader delivers."""

    def __init__(self) -> None:
        self.items: queue.Queue[MrzDocument | UserFacingError] = queue.Queue()

    def next(self) -> MrzDocument | UserFacingError:
        return self.items.get(timeout=WAIT_S)


@pytest.fixture
def printer() -> SimulatedPrinter:
    return SimulatedPrinter("Bonprinter")


@pytest.fixture
def idreader() -> SimulatedIdReader:
    return SimulatedIdReader(latency_s=0, line_timeout_s=0.05)


@pytest.fixture
def manager(printer: SimulatedPrinter, idreader: SimulatedIdReader) -> Iterator[DeviceManager]:
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ))
    devices = DeviceManager(printer, idreader, SimulatedChipReader(chip, apdu_latency_s=0))
    yield devices
    devices.close()


def by_kind(states: list[DeviceState]) -> dict[DeviceKind, DeviceState]:
    return {state.kind: state for state in states}


# -- building from settings ---------------------------------------------------------------


def test_demo_turns_unconfigured_devices_into_simulated_ones() -> None:
    with build_device_manager(DeviceSettings(), demo=True, frozen=True) as devices:
        states = devices.refresh(WAIT_S)
    assert [s.kind for s in states] == list(DeviceKind)
    assert all(s.status is DeviceStatus.SIMULATED and s.simulated for s in states)
    assert {s.message for s in states} == {"Gesimuleerd apparaat (demo)"}


def test_without_demo_unconfigured_devices_are_absent_and_jobs_fail_in_dutch() -> None:
    with build_device_manager(DeviceSettings(), demo=False) as devices:
        assert devices.refresh(WAIT_S) == []
        with pytest.raises(UserFacingError) as raised:
            devices.print_ticket(ticket()).result(WAIT_S)
        assert raised.value.message == "Er is geen bonprinter ingesteld op deze werkplek."
        with pytest.raises(UserFacingError) as chip:
            devices.read_chip(NL_SPECIMEN_MRZ).result(WAIT_S)
        assert chip.value.message == "Er is geen chiplezer ingesteld op deze werkplek."


def test_a_frozen_build_refuses_simulated_devices_outside_demo_mode() -> None:
    settings = DeviceSettings(printer=PrinterConfig(backend="simulated"))
    with pytest.raises(SimulatedDeviceRefused) as refused:
        build_device_manager(settings, demo=False, frozen=True)
    assert refused.value.message.startswith("Bonprinter staat ingesteld als gesimuleerd")
    assert "demomodus" in refused.value.next_step
    with build_device_manager(settings, demo=False, frozen=False) as devices:
        assert devices.refresh(WAIT_S)[0].status is DeviceStatus.SIMULATED
    with build_device_manager(settings, demo=True, frozen=True) as devices:
        assert devices.refresh(WAIT_S)[0].status is DeviceStatus.SIMULATED


def test_a_failed_device_given_directly_keeps_its_reason(idreader: SimulatedIdReader) -> None:
    broken = FailedDevice(
        DeviceKind.CARD_READER, "Chiplezer", False,
        UserFacingError("De chiplezer kan op deze computer niet worden gebruikt.",
                        detail="No module named 'smartcard'"),
    )
    with DeviceManager(None, idreader, broken) as devices:
        states = by_kind(devices.refresh(WAIT_S))
        assert states[DeviceKind.CARD_READER].status is DeviceStatus.OFFLINE
        assert states[DeviceKind.ID_READER].status is DeviceStatus.SIMULATED
        with pytest.raises(UserFacingError, match="smartcard"):
            devices.read_chip(NL_SPECIMEN_MRZ).result(WAIT_S)


# -- status --------------------------------------------------------------------------------


def test_status_changes_reach_subscribers_through_polling(printer: SimulatedPrinter) -> None:
    log = StateLog()
    with DeviceManager(printer, poll_interval_s=0.02) as devices:
        devices.subscribe(log)
        if devices.states()[0].status is not DeviceStatus.SIMULATED:
            log.wait_for(DeviceKind.PRINTER, DeviceStatus.SIMULATED)
        printer.set_condition(PrinterStatus.PAPER_LOW)
        low = log.wait_for(DeviceKind.PRINTER, DeviceStatus.DEGRADED)
        assert (low.message, low.simulated) == ("Papier bijna op", True)
        printer.set_condition(PrinterStatus.OFFLINE)
        assert log.wait_for(DeviceKind.PRINTER, DeviceStatus.OFFLINE).message == (
            "Reageert niet"
        )
        printer.set_condition(PrinterStatus.READY)
        log.wait_for(DeviceKind.PRINTER, DeviceStatus.SIMULATED)
        assert devices.states()[0].status is DeviceStatus.SIMULATED


def test_an_unchanged_status_is_not_published_again(manager: DeviceManager) -> None:
    log = StateLog()
    manager.refresh(WAIT_S)
    manager.subscribe(log)
    manager.refresh(WAIT_S)
    manager.refresh(WAIT_S)
    assert log.seen.empty()


def test_unsubscribed_handlers_hear_nothing(manager: DeviceManager,
                                            printer: SimulatedPrinter) -> None:
    log = StateLog()
    manager.refresh(WAIT_S)
    unsubscribe = manager.subscribe(log)
    unsubscribe()
    printer.set_condition(PrinterStatus.COVER_OPEN)
    assert by_kind(manager.refresh(WAIT_S))[DeviceKind.PRINTER].message == (
        "Klep staat open"
    )
    assert log.seen.empty()


def test_a_failing_subscriber_does_not_stop_the_others(manager: DeviceManager,
                                                       printer: SimulatedPrinter) -> None:
    def broken(_state: DeviceState) -> None:
        raise RuntimeError("bug in a screen")

    log = StateLog()
    manager.refresh(WAIT_S)
    manager.subscribe(broken)
    manager.subscribe(log)
    printer.set_condition(PrinterStatus.PAPER_LOW)
    manager.refresh(WAIT_S)
    assert log.wait_for(DeviceKind.PRINTER, DeviceStatus.DEGRADED).message == "Papier bijna op"


# -- printing ------------------------------------------------------------------------------


def test_print_runs_on_the_device_thread_and_returns_at_once(manager: DeviceManager,
                                                             printer: SimulatedPrinter) -> None:
    printer.set_latency(0.2)
    future = manager.print_ticket(ticket("B007"))
    assert not future.done()
    assert future.result(WAIT_S) is None
    manager.print_receipt(receipt()).result(WAIT_S)
    assert len(printer.jobs) == 2
    assert "B   0   0   7" in printer.preview_text(0)  # the big number, spaced


def test_paper_out_fails_the_print_in_dutch_and_shows_at_once(manager: DeviceManager,
                                                              printer: SimulatedPrinter) -> None:
    manager.refresh(WAIT_S)
    log = StateLog()
    manager.subscribe(log)
    printer.set_condition(PrinterStatus.PAPER_OUT)
    with pytest.raises(UserFacingError) as failed:
        manager.print_ticket(ticket()).result(WAIT_S)
    assert failed.value.message == "Bonprinter heeft geen papier."
    assert failed.value.next_step == "Vul papier bij en kies Opnieuw afdrukken."
    # The job itself re-read the status: no poll interval needed to show it.
    state = log.wait_for(DeviceKind.PRINTER, DeviceStatus.OFFLINE)
    assert state.message == "Geen papier"
    assert printer.jobs == []
    printer.set_condition(PrinterStatus.READY)
    manager.print_ticket(ticket()).result(WAIT_S)
    assert log.wait_for(DeviceKind.PRINTER, DeviceStatus.SIMULATED).simulated
    assert len(printer.jobs) == 1


# -- ID reader -----------------------------------------------------------------------------


def test_documents_and_unreadable_documents_reach_on_document(manager: DeviceManager) -> None:
    inbox = Inbox()
    manager.on_document(inbox.items.put, inbox.items.put)
    assert manager.idreader_simulated
    manager.present_simulated_document("nl-id-kaart-specimen")
    document = inbox.next()
    assert isinstance(document, MrzDocument)
    assert document.issuing_state == "NLD" and document.bsn is None
    manager.present_simulated_document()  # the default: the Dutch specimen passport
    passport = inbox.next()
    assert isinstance(passport, MrzDocument) and passport.document_code == "P"


def test_garbage_gives_the_read_again_message(manager: DeviceManager,
                                              idreader: SimulatedIdReader) -> None:
    inbox = Inbox()
    manager.on_document(inbox.items.put, inbox.items.put)
    manager.refresh(WAIT_S)  # the reader has been started by then
    idreader.present_garbage()
    error = inbox.next()
    assert isinstance(error, MrzError)
    assert error.next_step == "Lees het document opnieuw in."


def test_an_unplugged_reader_goes_offline_and_back(manager: DeviceManager,
                                                   idreader: SimulatedIdReader) -> None:
    inbox = Inbox()
    log = StateLog()
    manager.refresh(WAIT_S)
    manager.subscribe(log)
    manager.on_document(inbox.items.put, inbox.items.put)
    idreader.unplug()
    offline = log.wait_for(DeviceKind.ID_READER, DeviceStatus.OFFLINE)
    assert offline.message == "De documentlezer is niet bereikbaar"
    assert isinstance(inbox.next(), IdReaderUnavailableError)
    idreader.plug_in()
    manager.refresh(WAIT_S)
    assert log.wait_for(DeviceKind.ID_READER, DeviceStatus.SIMULATED).simulated


def test_a_real_reader_cannot_be_told_to_present_a_document() -> None:
    with DeviceManager() as devices, pytest.raises(UserFacingError) as refused:
        devices.present_simulated_document()
    assert refused.value.message == "Deze documentlezer is geen gesimuleerde lezer."


# -- chip reader ---------------------------------------------------------------------------


def test_read_chip_on_the_device_thread(manager: DeviceManager) -> None:
    result = manager.read_chip(NL_SPECIMEN_MRZ).result(WAIT_S)
    assert result.dg1_matches_mrz and result.dg1_hash_valid
    assert manager.cardreader_simulated


def test_read_chip_without_a_card_fails_in_dutch() -> None:
    with (
        DeviceManager(cardreader=SimulatedChipReader(None)) as devices,
        pytest.raises(UserFacingError) as failed,
    ):
        devices.read_chip(NL_SPECIMEN_MRZ).result(WAIT_S)
    assert failed.value.message == "Er ligt geen document op de chiplezer."


# -- shutdown ------------------------------------------------------------------------------


def test_close_leaves_no_thread_running() -> None:
    before = set(threading.enumerate())
    devices = build_device_manager(DeviceSettings(), demo=True, poll_interval_s=0.01)
    inbox = Inbox()
    devices.on_document(inbox.items.put, inbox.items.put)
    devices.print_ticket(ticket()).result(WAIT_S)
    devices.present_simulated_document()
    assert isinstance(inbox.next(), MrzDocument)
    devices.read_chip(NL_SPECIMEN_MRZ).result(WAIT_S)
    assert set(threading.enumerate()) - before  # it did run threads
    devices.close()
    devices.close()  # idempotent
    assert set(threading.enumerate()) - before == set()


def test_close_right_after_start_leaves_no_thread_running() -> None:
    before = set(threading.enumerate())
    build_device_manager(DeviceSettings(), demo=True).close()
    assert set(threading.enumerate()) - before == set()
