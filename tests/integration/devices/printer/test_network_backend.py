"""The network backend against a TCP 9100 sink on 127.0.0.1 (real sockets)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from tests.escpos_decoder import decode
from tests.integration.devices.printer import tcp_sink
from tests.integration.devices.printer.tcp_sink import TcpPrinterSink
from tests.unit.devices.printer import samples
from tests.unit.devices.printer.printer_contract import PrinterContract
from workstation.devices.printer import PrinterConfig, build_printer
from workstation.devices.printer.errors import PrintOutcomeUnknown
from workstation.devices.printer.escpos_backend import (
    EscposPrinter,
    NetworkTransport,
)
from workstation.devices.printer.escpos_codec import PaperLayout
from workstation.devices.printer.model import PrinterStatus
from workstation.domain.errors import UserFacingError

SINK_ANSWERS = {
    PrinterStatus.READY: tcp_sink.READY,
    PrinterStatus.PAPER_LOW: tcp_sink.PAPER_LOW,
    PrinterStatus.PAPER_OUT: tcp_sink.PAPER_OUT,
    PrinterStatus.COVER_OPEN: tcp_sink.COVER_OPEN,
    PrinterStatus.OFFLINE: None,
}


def network_printer(
    port: int, *, check_status: bool = True, timeout_s: float = 2.0, job_timeout_s: float = 30.0
) -> EscposPrinter:
    return EscposPrinter(
        "Bonprinter balie 3",
        NetworkTransport("127.0.0.1", port, timeout_s=timeout_s),
        PaperLayout.for_width(80),
        status_timeout_s=0.1,
        check_status_before_print=check_status,
        job_timeout_s=job_timeout_s,
    )


class NetworkRig:
    def __init__(self, sink: TcpPrinterSink, printer: EscposPrinter) -> None:
        self.sink = sink
        self.printer = printer

    def set_condition(self, condition: PrinterStatus) -> None:
        self.sink.answers = SINK_ANSWERS[condition]

    def wait_jobs(self, count: int) -> list[bytes]:
        # The sink serves connections in order: once the last job is in, so is everything before.
        assert self.sink.wait_for_print_jobs(count)
        return self.sink.print_jobs


@pytest.fixture
def sink() -> Iterator[TcpPrinterSink]:
    with TcpPrinterSink() as sink:
        yield sink


class TestNetworkPrinter(PrinterContract):
    expected_simulated = False

    @pytest.fixture
    def rig(self, sink: TcpPrinterSink) -> Iterator[NetworkRig]:
        printer = network_printer(sink.port)
        yield NetworkRig(sink, printer)
        printer.close()


def _closed_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as server:
        return int(server.getsockname()[1])


def test_nothing_listening_is_offline_with_dutch_message() -> None:
    printer = network_printer(_closed_port())
    try:
        assert printer.status() is PrinterStatus.OFFLINE
        with pytest.raises(UserFacingError) as failure:
            printer.print_ticket(samples.ticket())
        assert failure.value.screen_text == (
            "Bonprinter balie 3 reageert niet. Controleer kabel en stroom en kies Opnieuw "
            "afdrukken."
        )
        assert "cannot connect" in failure.value.detail
    finally:
        printer.close()


def test_status_check_can_be_turned_off_for_printers_that_never_answer(
    sink: TcpPrinterSink,
) -> None:
    sink.answers = None
    printer = network_printer(sink.port, check_status=False)
    try:
        printer.print_ticket(samples.ticket())
        assert sink.wait_for_connections(1)
        (job,) = sink.connections
        assert job.startswith(b"\x1b@\x1bt\x13")  # no status request at all
        assert decode(job).qr_payloads == [samples.TICKET_ID]
    finally:
        printer.close()


def test_status_request_goes_before_the_job_on_the_same_connection(sink: TcpPrinterSink) -> None:
    printer = network_printer(sink.port)
    try:
        printer.print_ticket(samples.ticket())
        assert sink.wait_for_connections(1)
        decoded = decode(sink.connections[0])
        assert decoded.status_requests == [1, 2, 4]
        assert sink.connections[0].startswith(b"\x10\x04\x01\x10\x04\x02\x10\x04\x04\x1b@")
    finally:
        printer.close()


def test_build_printer_makes_a_working_network_printer(sink: TcpPrinterSink) -> None:
    config = PrinterConfig(backend="network", host="127.0.0.1", port=sink.port,
                           paper_width_mm=58)
    printer = build_printer(config)
    assert printer is not None
    try:
        printer.print_ticket(samples.ticket())
        assert sink.wait_for_connections(1)
        assert b"\x1d!\x22A012" in sink.connections[0]
    finally:
        printer.close()


def test_a_printer_with_automatic_status_back_still_prints() -> None:
    with TcpPrinterSink(asb=True) as asb_sink:
        printer = network_printer(asb_sink.port)
        try:
            assert printer.status() is PrinterStatus.READY
            printer.print_ticket(samples.ticket("A031"))
            assert asb_sink.wait_for_print_jobs(1)
            assert "A031" in decode(asb_sink.print_jobs[0]).texts
            asb_sink.answers = tcp_sink.PAPER_OUT  # the answers still count between ASB blocks
            assert printer.status() is PrinterStatus.PAPER_OUT
        finally:
            printer.close()


def test_a_printer_that_stops_reading_after_its_status_answer_is_no_success() -> None:
    with TcpPrinterSink(stop_reading_after_status=True) as stalled:
        printer = network_printer(stalled.port, timeout_s=0.3)
        try:
            with pytest.raises(PrintOutcomeUnknown) as failure:
                printer.print_ticket(samples.ticket())
            assert failure.value.message == "Bonprinter balie 3 heeft de bon niet bevestigd."
        finally:
            printer.close()
        assert stalled.print_jobs == []


def test_with_status_checks_off_a_printer_that_takes_nothing_is_no_success(
    sink: TcpPrinterSink,
) -> None:
    sink.answers = None
    sink.pause()
    printer = network_printer(sink.port, check_status=False, timeout_s=0.3)
    try:
        with pytest.raises(PrintOutcomeUnknown):
            printer.print_ticket(samples.ticket())
    finally:
        printer.close()
        sink.resume()


def test_with_status_checks_off_a_silent_printer_is_not_offline(sink: TcpPrinterSink) -> None:
    sink.answers = None  # never answers a status request
    printer = network_printer(sink.port, check_status=False)
    try:
        assert printer.status() is PrinterStatus.UNKNOWN
        assert sink.wait_for_connections(1)
        assert decode(sink.connections[0]).status_requests == []  # connected, asked nothing
    finally:
        printer.close()
    unreachable = network_printer(_closed_port(), check_status=False)
    try:
        assert unreachable.status() is PrinterStatus.OFFLINE
    finally:
        unreachable.close()


def test_a_job_that_timed_out_before_it_was_sent_is_never_printed(sink: TcpPrinterSink) -> None:
    """A slow printer holds the first job; the second one's caller gives up while it waits.
    The second is cancelled: only the first and the reprint reach the paper, in that order."""
    sink.pause()
    printer = network_printer(sink.port, check_status=False, timeout_s=5.0, job_timeout_s=0.5)
    first_outcome: list[BaseException] = []

    def print_first() -> None:
        try:
            printer.print_ticket(samples.ticket("A001"))
        except UserFacingError as exc:
            first_outcome.append(exc)

    first = threading.Thread(target=print_first)
    try:
        first.start()
        assert sink.wait_for_accepted(1)
        with pytest.raises(UserFacingError) as second:
            printer.print_ticket(samples.ticket("A002"))
        assert not isinstance(second.value, PrintOutcomeUnknown)  # nothing of it was sent
        first.join()
        assert [type(exc) for exc in first_outcome] == [PrintOutcomeUnknown]  # was sending
        sink.resume()
        assert sink.wait_for_print_jobs(1)
        printer.print_ticket(samples.ticket("A002"))  # the reprint
        assert sink.wait_for_print_jobs(2)
    finally:
        sink.resume()
        printer.close()
    printed = [next(t for t in decode(job).texts if t.startswith("A0")) for job in
               sink.connections]
    assert printed == ["A001", "A002"]
