"""The screens' ``DeviceBoard`` on a real demo site: an issued ticket is laid out and printed,
and a failed print leaves the ticket issued and waiting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.escpos_decoder import decode
from tests.integration.devices.printer.tcp_sink import TcpPrinterSink
from workstation.app import Site, open_site
from workstation.devices.manager import DeviceManager, build_device_manager
from workstation.devices.printer import PrinterConfig, PrinterStatus
from workstation.devices.printer.errors import PrintOutcomeUnknown
from workstation.devices.printer.sim_backend import SimulatedPrinter
from workstation.devices.status import DeviceStatus
from workstation.domain.errors import UserFacingError
from workstation.settings import DeviceSettings
from workstation.wiring.device_board import ManagedDeviceBoard, device_board_from
from workstation.wiring.ticket_layout import logo_bytes, ticket_print_for

WAIT_S = 5.0


def big_number(number: str) -> str:
    """How the preview shows the ticket number printed at four times the width."""
    return "   ".join(number)


@pytest.fixture
def site(sqlite_url: str) -> Iterator[Site]:
    demo = open_site(sqlite_url, demo=True)
    yield demo
    demo.close()


@pytest.fixture
def printer() -> SimulatedPrinter:
    return SimulatedPrinter("Bonprinter")


@pytest.fixture
def board(printer: SimulatedPrinter) -> Iterator[ManagedDeviceBoard]:
    devices = ManagedDeviceBoard(DeviceManager(printer))
    yield devices
    devices.close()


def test_an_issued_ticket_is_printed_with_its_layout(site: Site, board: ManagedDeviceBoard,
                                                     printer: SimulatedPrinter) -> None:
    issued = site.queue.issue_ticket("ETL", "A")
    board.print_ticket(issued, "nl").result(WAIT_S)
    text = printer.preview_text()
    assert "Gemeente Etten-Leur" in text
    assert "Paspoort en ID-kaart" in text
    assert "Bewaar dit bonnetje tot u aan de beurt bent." in text
    assert issued.ticket.id in text  # the QR code's payload, as the preview shows it


def test_a_failed_print_leaves_the_ticket_waiting(site: Site, board: ManagedDeviceBoard,
                                                  printer: SimulatedPrinter) -> None:
    printer.set_condition(PrinterStatus.PAPER_OUT)
    issued = site.queue.issue_ticket("ETL", "A")
    with pytest.raises(UserFacingError) as failed:
        board.print_ticket(issued, "nl").result(WAIT_S)
    assert failed.value.screen_text == (
        "Bonprinter heeft geen papier. Vul papier bij en kies Opnieuw afdrukken."
    )
    overview = site.queue.overview("ETL")
    waiting = {t.number for s in overview.services for t in s.waiting}
    assert issued.ticket.number in waiting
    assert board.states()[0].status is DeviceStatus.OFFLINE
    printer.set_condition(PrinterStatus.READY)
    board.print_ticket(issued, "nl").result(WAIT_S)  # "Opnieuw afdrukken" prints the same ticket
    assert big_number(issued.ticket.number) in printer.preview_text()


def test_the_layout_follows_the_language_and_the_wait(site: Site) -> None:
    issued = replace(site.queue.issue_ticket("ETL", "A"),
                     expected_wait=timedelta(minutes=12), tickets_ahead=4)
    english = ticket_print_for(issued, "en", 58)
    assert english.heading == "Your ticket number"
    assert english.service == "Passport and ID card"
    assert english.lines == ("4 people are waiting before you.",
                             "Expected waiting time: about 12 minutes.")
    assert english.footer == "Please keep this ticket until it is your turn."
    assert english.paper_width_mm == 58
    assert english.qr_payload == issued.ticket.id
    assert english.issued_at.tzinfo is not None
    dutch = ticket_print_for(issued, "nl")
    assert dutch.heading == "Uw wachtnummer"
    assert dutch.lines == ("Er wachten 4 mensen voor u.",
                           "Verwachte wachttijd: ongeveer 12 minuten.")
    assert dutch.municipality == "Gemeente Etten-Leur"
    # The demo logos are SVG, which the printer cannot rasterise: left off, not a failure.
    assert issued.location.municipality.logo_resource == "demo/logos/etten-leur.svg"
    assert dutch.logo is None


def test_the_ticket_carries_the_location(site: Site, board: ManagedDeviceBoard,
                                         printer: SimulatedPrinter) -> None:
    issued = site.queue.issue_ticket("ETL", "A")
    assert ticket_print_for(issued, "nl").location == "Gemeentehuis Etten-Leur"
    board.print_ticket(issued, "nl").result(WAIT_S)
    assert "Gemeentehuis Etten-Leur" in printer.preview_text()


def test_an_english_ticket_has_no_dutch_on_it(site: Site, board: ManagedDeviceBoard,
                                              printer: SimulatedPrinter) -> None:
    issued = replace(site.queue.issue_ticket("ETL", "A"), tickets_ahead=0,
                     expected_wait=timedelta(0))
    board.print_ticket(issued, "en").result(WAIT_S)
    texts = decode(printer.jobs[-1]).texts
    assert texts[1:] == [
        "Gemeentehuis Etten-Leur", "Your ticket number", issued.ticket.number,
        "Passport and ID card", "Nobody is waiting before you.", "It is almost your turn.",
        local_stamp(issued.ticket.issued_at), "Please keep this ticket until it is your turn.",
    ]


@pytest.mark.parametrize(
    ("ahead", "wait", "lines"),
    [
        (0, timedelta(0), ("Er wacht niemand voor u.", "U bent bijna aan de beurt.")),
        (1, timedelta(minutes=1), ("Er wacht 1 persoon voor u.",
                                   "Verwachte wachttijd: ongeveer 1 minuut.")),
        (2, None, ("Er wachten 2 mensen voor u.",
                   "Nu geen balie open, meld u bij de ontvangst.")),
    ],
)
def test_dutch_plurals_and_no_open_counter_on_the_ticket(
    site: Site, ahead: int, wait: timedelta | None, lines: tuple[str, ...]
) -> None:
    issued = replace(site.queue.issue_ticket("ETL", "A"), tickets_ahead=ahead,
                     expected_wait=wait)
    assert ticket_print_for(issued, "nl").lines == lines


def test_an_appointment_ticket_shows_the_appointment_time(site: Site) -> None:
    walk_in = site.queue.issue_ticket("ETL", "E")
    at = datetime(2026, 6, 1, 8, 30, tzinfo=UTC)  # 10:30 in Amsterdam (summer time)
    issued = replace(walk_in, ticket=replace(walk_in.ticket, appointment_at=at),
                     expected_wait=timedelta(minutes=20), tickets_ahead=3)
    assert ticket_print_for(issued, "nl").lines == ("Uw afspraak is om 10:30 uur.",)
    assert ticket_print_for(issued, "en").lines == ("Your appointment is at 10:30.",)
    closed = replace(issued, expected_wait=None)
    assert ticket_print_for(closed, "nl").lines == (
        "Uw afspraak is om 10:30 uur.", "Nu geen balie open, meld u bij de ontvangst.")


def test_a_reprint_after_a_print_is_a_duplicate(site: Site, board: ManagedDeviceBoard,
                                                 printer: SimulatedPrinter) -> None:
    issued = site.queue.issue_ticket("ETL", "A")
    board.print_ticket(issued, "nl").result(WAIT_S)
    board.print_ticket(issued, "nl").result(WAIT_S)
    first, second = (decode(job).texts for job in printer.jobs)
    assert "DUPLICAAT" not in first
    assert second[second.index(issued.ticket.number) + 1] == "DUPLICAAT"
    other = site.queue.issue_ticket("ETL", "A")
    board.print_ticket(other, "en").result(WAIT_S)
    assert "DUPLICATE" not in decode(printer.jobs[-1]).texts


def test_a_reprint_after_a_print_that_never_started_is_no_duplicate(
    site: Site, board: ManagedDeviceBoard, printer: SimulatedPrinter
) -> None:
    printer.set_condition(PrinterStatus.PAPER_OUT)
    issued = site.queue.issue_ticket("ETL", "A")
    with pytest.raises(UserFacingError):
        board.print_ticket(issued, "nl").result(WAIT_S)
    printer.set_condition(PrinterStatus.READY)
    board.print_ticket(issued, "nl").result(WAIT_S)
    assert "DUPLICAAT" not in decode(printer.jobs[-1]).texts


def local_stamp(moment: datetime) -> str:
    return moment.replace(tzinfo=moment.tzinfo or UTC).astimezone(
        ZoneInfo("Europe/Amsterdam")).strftime("%d-%m-%Y %H:%M")


def test_logo_resources_the_printer_can_use() -> None:
    assert logo_bytes(None) is None
    assert logo_bytes("demo/logos/etten-leur.svg") is None
    assert logo_bytes("demo/logos/missing.png") is None


def test_board_from_settings_in_demo_mode() -> None:
    board = device_board_from(DeviceSettings(), demo=True)
    try:
        assert {state.simulated for state in board.manager.refresh(WAIT_S)} == {True}
        assert len(board.states()) == 3
    finally:
        board.close()


def test_a_print_not_confirmed_may_come_out_later_so_the_reprint_is_a_duplicate(
    site: Site,
) -> None:
    """A busy printer takes the job only after the counter gave up on it: both papers come
    out, and the reprint says DUPLICAAT."""
    with TcpPrinterSink(answers=None) as sink:
        config = PrinterConfig(backend="network", host="127.0.0.1", port=sink.port,
                               timeout_s=0.3, check_status_before_print=False)
        board = ManagedDeviceBoard(build_device_manager(
            DeviceSettings(printer=config), demo=False, frozen=True))
        try:
            issued = site.queue.issue_ticket("ETL", "A")
            sink.pause()
            with pytest.raises(PrintOutcomeUnknown):
                board.print_ticket(issued, "nl").result(WAIT_S)
            sink.resume()  # the first paper comes out after all
            board.print_ticket(issued, "nl").result(WAIT_S)
            assert sink.wait_for_print_jobs(2)
        finally:
            board.close()
    first, reprint = (decode(job).texts for job in sink.print_jobs)
    assert "DUPLICAAT" not in first
    assert reprint[reprint.index(issued.ticket.number) + 1] == "DUPLICAAT"


def test_a_reprint_while_the_first_print_is_under_way_is_a_duplicate(
    site: Site, board: ManagedDeviceBoard, printer: SimulatedPrinter
) -> None:
    printer.set_latency(0.5)
    issued = site.queue.issue_ticket("ETL", "A")
    first = board.print_ticket(issued, "nl")
    second = board.print_ticket(issued, "nl")  # the visitor did not see the first come out yet
    first.result(WAIT_S)
    second.result(WAIT_S)
    assert ["DUPLICAAT" in decode(job).texts for job in printer.jobs] == [False, True]
