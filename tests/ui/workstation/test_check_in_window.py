"""Check-in outside the appointment's window: the kiosk and reception say why and what to do,
and reception can still give the visitor an ordinary walk-in ticket."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.workstation.appointments import book, site_at
from tests.ui.workstation.conftest import LOCATION, WindowFactory
from workstation.app import Site
from workstation.domain.queue import SITE_TIMEZONE, business_day, utc_now
from workstation.ui.intake_view import IntakeView

TODAY = business_day(utc_now())
TEN = datetime.combine(TODAY, time(10, 0), SITE_TIMEZONE)


def _check_in(qtbot: QtBot, intake: IntakeView, code: str) -> str:
    qtbot.keyClicks(intake.start.booking_code, code)
    qtbot.keyClick(intake.start.booking_code, Qt.Key.Key_Return)
    qtbot.waitUntil(intake.start.message.isVisible)
    assert intake.pages.currentWidget() is intake.start
    return intake.start.message.text()


def test_reception_too_early_says_from_when_and_can_still_issue_a_walk_in_ticket(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    at_ten = site_at(site, TEN)
    code = book(site, TEN + timedelta(hours=1))
    window = open_window(at_ten, "reception")
    intake = window.intake
    assert intake is not None
    text = _check_in(qtbot, intake, code)
    assert "Uw afspraak is om 11:00. U kunt zich vanaf 10:30 melden." in text
    assert "vraag bij de ontvangst om een wachtnummer" in text
    with qtbot.waitSignal(intake.ticket_issued):
        qtbot.mouseClick(intake.start.buttons["A"], Qt.MouseButton.LeftButton)
    assert intake.ticket.number.text() == "A001"
    services = at_ten.queue.overview(LOCATION).services
    assert [t.number for s in services for t in s.waiting] == ["A001"]


def test_kiosk_too_late_and_another_day_each_get_their_own_message(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    at_ten = site_at(site, TEN)
    late = book(site, TEN - timedelta(minutes=20))  # the demo allows 15 minutes late
    tomorrow = book(site, TEN + timedelta(days=1))
    window = open_window(at_ten, "kiosk")
    intake = window.intake
    assert intake is not None
    text = _check_in(qtbot, intake, late)
    assert "Uw afspraak was om 09:40. Aanmelden kon tot 09:55." in text
    intake.start.booking_code.clear()
    intake.start.show_error("")
    text = _check_in(qtbot, intake, tomorrow)
    assert "om 10:00, niet vandaag." in text
    assert all(not s.waiting for s in at_ten.queue.overview(LOCATION).services)


def test_check_in_inside_the_window_still_gives_an_appointment_ticket(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    at_ten = site_at(site, TEN)
    code = book(site, TEN + timedelta(minutes=30))  # exactly the earliest moment
    intake = open_window(at_ten, "kiosk").intake
    assert intake is not None
    qtbot.keyClicks(intake.start.booking_code, code)
    with qtbot.waitSignal(intake.ticket_issued):
        qtbot.keyClick(intake.start.booking_code, Qt.Key.Key_Return)
    assert intake.ticket.number.text() == "E001"
