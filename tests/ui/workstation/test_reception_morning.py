"""Issue 9 at reception: a staff screen driven by keys, with today's tickets at hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.workstation.conftest import LOCATION, WindowFactory
from tests.ui.workstation.fakes import FakeDevices
from tests.ui.workstation.test_kiosk_visitor import _cut_texts
from workstation.app import Site
from workstation.domain.queue import TicketState
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.intake_view import IntakeView
from workstation.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _intake(window: MainWindow) -> IntakeView:
    assert window.intake is not None
    return window.intake


def _focus(qtbot: QtBot, widget: object) -> None:
    widget.window().activateWindow()  # type: ignore[attr-defined]
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]


def _numbers(site: Site) -> list[str]:
    return [t.number for t in site.queue.tickets_today(LOCATION)]


def test_each_service_button_shows_its_queue_and_wait_before_choosing(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    site.queue.issue_ticket(LOCATION, "A")
    intake = _intake(open_window(site, "reception"))
    button = intake.start.buttons["A"]
    qtbot.waitUntil(lambda: "geen balie" in button.text())  # nobody signed in yet
    site.queue.counter_post(LOCATION, 1, "mw01")  # a colleague opens counter 1
    qtbot.waitUntil(lambda: "2 wachtend · ± " in button.text())
    assert button.text().splitlines()[1].startswith("2 wachtend · ± ")
    assert button.text().endswith(" min")
    assert "0 wachtend" in intake.start.buttons["B"].text()
    site.queue.issue_ticket(LOCATION, "B")  # issued elsewhere: the button follows
    qtbot.waitUntil(lambda: "1 wachtend" in intake.start.buttons["B"].text())


def test_a_service_letter_issues_a_ticket_but_not_while_typing_a_code(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "reception")
    intake = _intake(window)
    _focus(qtbot, intake.start.booking_code)
    qtbot.keyClicks(intake.start.booking_code, "boz")
    assert intake.start.booking_code.text() == "boz"
    intake.start.booking_code.clear()
    _focus(qtbot, intake.start.buttons["A"])
    with qtbot.waitSignal(intake.ticket_issued):
        qtbot.keyClick(window, Qt.Key.Key_B)
    assert intake.ticket.number.text() == "B001"
    assert _numbers(site) == ["B001"]


def test_enter_presses_the_focused_service_button(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    intake = _intake(open_window(site, "reception"))
    _focus(qtbot, intake.start.buttons["C"])
    with qtbot.waitSignal(intake.ticket_issued):
        qtbot.keyClick(intake.start.buttons["C"], Qt.Key.Key_Return)
    assert intake.ticket.number.text() == "C001"


@pytest.mark.parametrize("target", ["button", "booking code"])
def test_a_background_refresh_never_takes_the_focus(
        qtbot: QtBot, site: Site, open_window: WindowFactory, target: str) -> None:
    window = open_window(site, "reception")
    intake = _intake(window)
    widget = intake.start.buttons["D"] if target == "button" else intake.start.booking_code
    _focus(qtbot, widget)
    site.queue.issue_ticket(LOCATION, "A")  # a change notice from elsewhere
    window.refresh()
    assert intake.start.buttons["D"].isEnabled()
    qtbot.waitUntil(lambda: "1 wachtend" in intake.start.buttons["A"].text())
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert widget.hasFocus()


def test_a_banner_does_not_move_the_service_buttons(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "reception")
    intake = _intake(window)
    qtbot.wait(50)
    before = intake.start.buttons["A"].mapTo(window, QPoint(0, 0))
    post = site.queue.counter_post(LOCATION, 2, "mw02")
    site.alarms.raise_alarm(post.location, post.counter, post.staff)
    assert window.alarm_desk is not None
    qtbot.waitUntil(window.alarm_desk.panel.isVisible)
    qtbot.wait(50)
    assert intake.start.buttons["A"].mapTo(window, QPoint(0, 0)) == before


def _centre_colour(button: QPushButton) -> QColor:
    image = button.grab().toImage()
    return image.pixelColor(image.width() - 12, image.height() // 2)


def test_a_disabled_service_button_looks_disabled(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "reception")
    button = _intake(window).start.buttons["A"]
    enabled = _centre_colour(button)
    window.live.connection.emit(False)
    qtbot.waitUntil(lambda: not button.isEnabled())
    disabled = _centre_colour(button)
    assert disabled != enabled
    assert disabled.saturationF() < 0.2  # grey, not the municipality's colour


def test_priority_ticket_with_f2(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "reception")
    intake = _intake(window)
    site.queue.issue_ticket(LOCATION, "A")
    _focus(qtbot, intake.start.buttons["A"])
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert intake.start.priority.isChecked()
    with qtbot.waitSignal(intake.ticket_issued):
        intake.start.buttons["A"].click()
    assert not intake.start.priority.isChecked()  # one ticket only
    today = {t.number: t.priority for t in site.queue.tickets_today(LOCATION)}
    assert today == {"A001": False, "A002": True}
    post = site.queue.counter_post(LOCATION, 1, "mw01")
    called = site.queue.call_next(post)
    assert called is not None and called.number == "A002"


def test_cancel_and_reprint_an_earlier_ticket(
        qtbot: QtBot, site: Site, open_window: WindowFactory, devices: FakeDevices) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    site.queue.issue_ticket(LOCATION, "B")
    window = open_window(site, "reception")
    day = _intake(window).day
    assert day is not None
    qtbot.waitUntil(lambda: day.tickets.numbers() == ["B001", "A001"])
    assert not day.cancel_button.isEnabled()  # nothing chosen yet
    first = day.tickets.topLevelItem(1)
    qtbot.mouseClick(day.tickets.viewport(), Qt.MouseButton.LeftButton,
                     pos=day.tickets.visualItemRect(first).center())
    assert day.tickets.selected() is not None
    day.reprint_button.click()
    qtbot.waitUntil(lambda: day.message.text() == "A001 opnieuw afgedrukt")
    assert devices.printed == ["A001"]
    qtbot.waitUntil(day.cancel_button.isEnabled)
    day.cancel_button.click()  # asks first: a cancelled ticket cannot come back
    assert day.cancel_button.text() == "A001 echt annuleren?"
    assert site.queue.tickets_today(LOCATION)[1].state is TicketState.WAITING
    day.cancel_button.click()
    qtbot.waitUntil(lambda: day.message.text() == "A001 geannuleerd")
    assert day.cancel_button.text() == "Annuleren"
    states = {t.number: t.state for t in site.queue.tickets_today(LOCATION)}
    assert states == {"A001": TicketState.CANCELLED, "B001": TicketState.WAITING}
    qtbot.waitUntil(lambda: day.tickets.topLevelItem(1).text(1) == "geannuleerd")
    assert not day.cancel_button.isEnabled() and not day.reprint_button.isEnabled()


@pytest.mark.parametrize("language_code", ["nl", "en"])
def test_reception_fits_the_smallest_window_without_cutting_words(
        qtbot: QtBot, site: Site, open_window: WindowFactory, language: LanguageSwitcher,
        language_code: str) -> None:
    for letter in "ABCDFAB":
        site.queue.issue_ticket(LOCATION, letter)
    window = open_window(site, "reception")
    window.resize(1024, 700)
    language.set_language(language_code)
    intake = _intake(window)
    qtbot.waitUntil(lambda: "wachtend" in intake.start.buttons["A"].text()
                    or "waiting" in intake.start.buttons["A"].text())
    qtbot.wait(50)
    assert _cut_texts(intake) == []


def test_the_first_service_has_the_focus_when_reception_opens(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    intake = _intake(open_window(site, "reception"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is intake.start.buttons["A"])
    with qtbot.waitSignal(intake.ticket_issued):
        qtbot.keyClick(intake.start.buttons["A"], Qt.Key.Key_Return)
