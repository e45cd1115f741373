"""Reception intake: services as buttons, tickets, appointments, and a printer that fails."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.workstation.appointments import book
from tests.ui.workstation.conftest import LOCATION, WindowFactory
from tests.ui.workstation.fakes import FakeDevices
from workstation.app import Site
from workstation.domain.queue import utc_now
from workstation.ui.intake_view import IntakeView


def _intake(window: object) -> IntakeView:
    intake = getattr(window, "intake", None)
    assert isinstance(intake, IntakeView)
    return intake


def test_reception_shows_walk_in_services_in_the_municipality_colours(
        site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "reception")
    intake = _intake(window)
    assert sorted(intake.start.buttons) == ["A", "B", "C", "D", "F"]  # E is by appointment
    assert intake.start.buttons["A"].text().splitlines()[0].endswith("Paspoort en ID-kaart")
    assert window.header.name.text() == "Gemeente Bergen op Zoom"
    assert "#B0182F".lower() in window.styleSheet().lower()
    assert window.header.logo.isVisible()


def test_choosing_a_service_issues_and_prints_a_ticket(
        qtbot: QtBot, site: Site, open_window: WindowFactory, devices: FakeDevices) -> None:
    site.queue.counter_post(LOCATION, 1, "mw01")  # counter 1 (serving B) is open
    window = open_window(site, "reception")
    intake = _intake(window)
    with qtbot.waitSignal(intake.print_finished) as printed:
        qtbot.mouseClick(intake.start.buttons["B"], Qt.MouseButton.LeftButton)
    assert printed.args == [True]
    assert intake.pages.currentWidget() is intake.ticket
    assert intake.ticket.number.text() == "B001"
    assert intake.ticket.service.text() == "Rijbewijs"
    # Reception is a staff screen: it speaks to the host, not to the visitor.
    assert intake.ticket.intro.text() == "Wachtnummer uitgegeven"
    assert intake.ticket.print_status.text() == "Bon afgedrukt. Geef de bon aan de bezoeker."
    assert intake.ticket.wait.text() == "0 wachtend voor deze bezoeker · direct aan de beurt"
    assert not intake.ticket.reprint_button.isVisible()
    assert devices.printed == ["B001"]
    waiting = site.queue.overview(LOCATION).services[1].waiting
    assert [t.number for t in waiting] == ["B001"]
    qtbot.keyClick(intake.ticket, Qt.Key.Key_Escape)
    assert intake.pages.currentWidget() is intake.start


def test_appointment_check_in_by_booking_code(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "reception")
    intake = _intake(window)
    qtbot.keyClicks(intake.start.booking_code, book(site, utc_now()).lower())
    with qtbot.waitSignal(intake.ticket_issued):
        qtbot.keyClick(intake.start.booking_code, Qt.Key.Key_Return)
    assert intake.ticket.number.text() == "E001"
    assert intake.ticket.service.text() == "Afspraak"


def test_unknown_booking_code_says_what_to_do(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "reception")
    intake = _intake(window)
    intake.start.booking_code.setText("BOZ-XXXX")
    intake.start.check_in_button.click()
    qtbot.waitUntil(intake.start.message.isVisible)
    assert intake.pages.currentWidget() is intake.start
    assert intake.start.message.text()
    assert all(not s.waiting for s in site.queue.overview(LOCATION).services)


def test_empty_booking_code_is_not_sent(site: Site, open_window: WindowFactory) -> None:
    intake = _intake(open_window(site, "reception"))
    intake.start.check_in_button.click()
    assert "afspraakcode" in intake.start.message.text()


def test_printer_failing_mid_ticket_keeps_the_ticket_and_reprints(
        qtbot: QtBot, site: Site, open_window: WindowFactory, devices: FakeDevices) -> None:
    window = open_window(site, "reception")
    intake = _intake(window)
    devices.paper = False
    with qtbot.waitSignal(intake.print_finished) as printed:
        intake.start.buttons["A"].click()
    assert printed.args == [False]
    text = intake.ticket.print_status.text()
    assert "Printer heeft geen papier." in text
    assert "Vul papier bij en kies Opnieuw afdrukken." in text
    assert intake.ticket.reprint_button.isVisible()
    assert [t.number for t in site.queue.overview(LOCATION).services[0].waiting] == ["A001"]

    devices.paper = True
    with qtbot.waitSignal(intake.print_finished) as printed:
        qtbot.mouseClick(intake.ticket.reprint_button, Qt.MouseButton.LeftButton)
    assert printed.args == [True]
    assert devices.printed == ["A001"]
    assert devices.attempts == 2
    assert not intake.ticket.reprint_button.isVisible()
    assert intake.ticket.number.text() == "A001"  # the same ticket, not a new one
    assert site.queue.overview(LOCATION).services[0].waiting_count == 1
