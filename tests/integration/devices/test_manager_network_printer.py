"""The device manager with a network printer on a real TCP sink: prints arrive, statuses follow
the printer (paper low, switched off, switched on again) without anybody printing."""

from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest

from tests.integration.devices.printer.tcp_sink import PAPER_LOW, PAPER_OUT, TcpPrinterSink
from tests.unit.devices.printer.samples import ticket
from workstation.devices.manager import DeviceManager, build_device_manager
from workstation.devices.printer import PrinterConfig
from workstation.devices.status import DeviceKind, DeviceState, DeviceStatus
from workstation.domain.errors import UserFacingError
from workstation.settings import DeviceSettings

WAIT_S = 5.0


class StateLog:
    def __init__(self) -> None:
        self.seen: queue.Queue[DeviceState] = queue.Queue()

    def __call__(self, state: DeviceState) -> None:
        self.seen.put(state)

    def wait_for(self, status: DeviceStatus) -> DeviceState:
        while True:
            try:
                state = self.seen.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(f"printer never became {status.value}") from None
            if state.kind is DeviceKind.PRINTER and state.status is status:
                return state


@pytest.fixture
def sink() -> Iterator[TcpPrinterSink]:
    with TcpPrinterSink() as printer:
        yield printer


def network_manager(port: int) -> DeviceManager:
    config = PrinterConfig(
        backend="network", host="127.0.0.1", port=port, timeout_s=0.5, status_timeout_s=0.3
    )
    return build_device_manager(
        DeviceSettings(printer=config), demo=False, frozen=True, poll_interval_s=0.05
    )


def test_a_ticket_reaches_the_printer(sink: TcpPrinterSink) -> None:
    with network_manager(sink.port) as devices:
        [state] = devices.refresh(WAIT_S)
        assert (state.status, state.simulated, state.message) == (DeviceStatus.READY, False, "")
        devices.print_ticket(ticket("C042")).result(WAIT_S)
        assert sink.wait_for_print_jobs(1)
    assert b"C042" in sink.print_jobs[0]


def test_offline_when_switched_off_and_ready_when_switched_on_again() -> None:
    sink = TcpPrinterSink()
    port = sink.port
    log = StateLog()
    with network_manager(port) as devices:
        devices.subscribe(log)
        devices.refresh(WAIT_S)
        sink.close()
        offline = log.wait_for(DeviceStatus.OFFLINE)
        assert offline.message == "Reageert niet"
        with pytest.raises(UserFacingError) as failed:
            devices.print_ticket(ticket()).result(WAIT_S)
        assert failed.value.message == "Bonprinter reageert niet."
        with TcpPrinterSink(port=port) as restarted:
            log.wait_for(DeviceStatus.READY)
            devices.print_ticket(ticket("D001")).result(WAIT_S)
            assert restarted.wait_for_print_jobs(1)


def test_paper_low_is_degraded_and_paper_out_refuses_the_ticket(sink: TcpPrinterSink) -> None:
    log = StateLog()
    with network_manager(sink.port) as devices:
        devices.subscribe(log)
        devices.refresh(WAIT_S)
        sink.answers = PAPER_LOW
        assert log.wait_for(DeviceStatus.DEGRADED).message == "Papier bijna op"
        devices.print_ticket(ticket()).result(WAIT_S)  # paper low still prints
        sink.answers = PAPER_OUT
        with pytest.raises(UserFacingError) as failed:
            devices.print_ticket(ticket()).result(WAIT_S)
        assert failed.value.message == "Bonprinter heeft geen papier."
        assert log.wait_for(DeviceStatus.OFFLINE).message == "Geen papier"
    assert len(sink.print_jobs) == 1


def test_status_checks_off_do_not_mark_a_silent_printer_broken() -> None:
    with TcpPrinterSink(answers=None) as silent:
        config = PrinterConfig(backend="network", host="127.0.0.1", port=silent.port,
                               timeout_s=0.5, status_timeout_s=0.3,
                               check_status_before_print=False)
        devices = build_device_manager(DeviceSettings(printer=config), demo=False, frozen=True,
                                       poll_interval_s=0.05)
        with devices:
            [state] = devices.refresh(WAIT_S)
            assert state.status is DeviceStatus.READY
            assert state.message == "Status niet uitgelezen; afdrukken werkt wel"
            devices.print_ticket(ticket("C043")).result(WAIT_S)
            [state] = devices.refresh(WAIT_S)
            assert state.status is DeviceStatus.READY
        assert silent.wait_for_print_jobs(1)
