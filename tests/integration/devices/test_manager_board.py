"""The screens' ``DeviceBoard`` on a real demo site: an issued ticket is laid out and printed,
and a failed print leaves the ticket issued and waiting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest

from workstation.app import Site, open_site
from workstation.devices.manager import DeviceManager
from workstation.devices.printer import PrinterStatus
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
        "Printer heeft geen papier. Vul papier bij en kies Opnieuw afdrukken."
    )
    overview = site.queue.overview("ETL")
    waiting = {t.number for s in overview.services for t in s.waiting}
    assert issued.ticket.number in waiting
    assert board.states()[0].status is DeviceStatus.OFFLINE
    printer.set_condition(PrinterStatus.READY)
    board.print_ticket(issued, "nl").result(WAIT_S)  # "Opnieuw afdrukken" prints the same ticket
    assert big_number(issued.ticket.number) in printer.preview_text()


def test_the_layout_follows_the_language_and_the_wait(site: Site) -> None:
    issued = site.queue.issue_ticket("ETL", "A")
    english = ticket_print_for(replace(issued, expected_wait=timedelta(minutes=12, seconds=50)),
                               "en", 58)
    assert english.service == "Passport and ID card"
    assert english.footer == "Please keep this ticket until it is your turn."
    assert english.expected_wait_minutes == 12
    assert english.paper_width_mm == 58
    assert english.qr_payload == issued.ticket.id
    assert english.issued_at.tzinfo is not None
    dutch = ticket_print_for(replace(issued, expected_wait=None), "nl")
    assert dutch.expected_wait_minutes is None
    assert dutch.municipality == "Gemeente Etten-Leur"
    # The demo logos are SVG, which the printer cannot rasterise: left off, not a failure.
    assert issued.location.municipality.logo_resource == "demo/logos/etten-leur.svg"
    assert dutch.logo is None


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
