"""Issue 9 at the kiosk: touch only, back to Dutch and the start after every visitor, and
every word readable on a portrait screen and at 1024×768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.workstation.appointments import book
from tests.ui.workstation.conftest import WindowFactory
from tests.ui.workstation.fakes import FakeDevices
from workstation.app import Site
from workstation.domain.queue import utc_now
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.intake_view import IntakeView
from workstation.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _intake(window: MainWindow) -> IntakeView:
    assert window.intake is not None
    return window.intake


def _tap(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_after_a_visitor_the_kiosk_is_back_in_dutch_on_the_start_page(
        qtbot: QtBot, site: Site, open_window: WindowFactory,
        language: LanguageSwitcher) -> None:
    window = open_window(site, "kiosk")
    intake = _intake(window)
    assert window.language_button is not None
    _tap(qtbot, window.language_button)
    assert language.language == "en"
    with qtbot.waitSignal(intake.print_finished):
        _tap(qtbot, intake.start.buttons["A"])
    assert intake.ticket.done_button.text() == "Done"  # no keys to press at a kiosk
    _tap(qtbot, intake.ticket.done_button)
    assert intake.pages.currentWidget() is intake.start
    assert language.language == "nl"
    qtbot.waitUntil(lambda: intake.start.question.text() == "Waarvoor komt u?")
    # A keyboard-wedge scanner types where the focus is: ready for the next booking code.
    window.activateWindow()
    qtbot.waitUntil(intake.start.booking_code.hasFocus)


def test_the_ticket_page_goes_back_by_itself_for_the_next_visitor(
        qtbot: QtBot, site: Site, open_window: WindowFactory,
        language: LanguageSwitcher) -> None:
    window = open_window(site, "kiosk")
    intake = _intake(window)
    intake._back_to_start.setInterval(100)  # the kiosk's 20 seconds, shortened
    assert window.language_button is not None
    _tap(qtbot, window.language_button)
    _tap(qtbot, intake.start.buttons["B"])
    qtbot.waitUntil(lambda: intake.pages.currentWidget() is intake.ticket)
    qtbot.waitUntil(lambda: intake.pages.currentWidget() is intake.start)
    assert language.language == "nl"


def test_an_appointment_checks_in_with_the_on_screen_keyboard(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    intake = _intake(open_window(site, "kiosk"))
    keypad = intake.start.keypad
    assert keypad is not None
    code = book(site, utc_now())
    _tap(qtbot, keypad.keys["Q"])
    _tap(qtbot, keypad.erase_button)
    for key in code:
        _tap(qtbot, keypad.keys[key])
    assert intake.start.booking_code.text() == code
    with qtbot.waitSignal(intake.ticket_issued):
        _tap(qtbot, intake.start.check_in_button)
    assert intake.ticket.number.text() == "E001"


def test_the_keyboard_has_every_booking_code_character_and_clears(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    from workstation.domain.appointments import BOOKING_ALPHABET

    intake = _intake(open_window(site, "kiosk"))
    keypad = intake.start.keypad
    assert keypad is not None
    assert set(BOOKING_ALPHABET + "-") <= set(keypad.keys)
    _tap(qtbot, keypad.keys["B"])
    _tap(qtbot, keypad.keys["-"])
    assert intake.start.booking_code.text() == "B-"
    _tap(qtbot, keypad.clear_button)
    assert intake.start.booking_code.text() == ""


def test_a_failed_print_tells_the_visitor_what_matters_to_them(
        qtbot: QtBot, site: Site, open_window: WindowFactory, devices: FakeDevices) -> None:
    intake = _intake(open_window(site, "kiosk"))
    devices.paper = False
    with qtbot.waitSignal(intake.print_finished):
        _tap(qtbot, intake.start.buttons["A"])
    text = intake.ticket.print_status.text()
    assert "uw nummer A001 is geldig" in text
    assert "Vul papier bij" not in text  # staff advice is not for visitors


def _cut_texts(root: QWidget) -> list[str]:
    """Visible texts that do not fit their widget (elided, clipped or squeezed)."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            fits = label.heightForWidth(label.width()) <= label.height()
        else:
            fits = label.sizeHint().width() <= label.width()
        if not fits:
            cut.append(label.text())
    for button in root.findChildren(QAbstractButton):
        hint = button.sizeHint()
        if button.isVisible() and button.text() and (
                hint.width() > button.width() or hint.height() > button.height()):
            cut.append(button.text())
    return cut


@pytest.mark.parametrize("size", [(1024, 768), (1080, 1920)], ids=["1024x768", "portrait"])
@pytest.mark.parametrize("language_code", ["nl", "en"])
def test_kiosk_pages_fit_without_cutting_words(
        qtbot: QtBot, site: Site, open_window: WindowFactory, language: LanguageSwitcher,
        size: tuple[int, int], language_code: str) -> None:
    window = open_window(site, "kiosk")
    window.showNormal()
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    language.set_language(language_code)
    intake = _intake(window)
    qtbot.wait(50)
    assert _cut_texts(intake.start) == []
    with qtbot.waitSignal(intake.print_finished):
        _tap(qtbot, intake.start.buttons["F"])
    qtbot.wait(50)
    assert _cut_texts(intake.ticket) == []


def test_a_booking_code_scanned_on_the_id_reader_checks_in(
        qtbot: QtBot, site: Site, open_window: WindowFactory, devices: FakeDevices) -> None:
    intake = _intake(open_window(site, "kiosk"))
    with qtbot.waitSignal(intake.print_finished):
        _tap(qtbot, intake.start.buttons["A"])  # the previous visitor's ticket is on screen
    with qtbot.waitSignal(intake.ticket_issued):
        devices.scan(book(site, utc_now()))
    assert intake.ticket.number.text() == "E001"
    assert intake.ticket.service.text() == "Afspraak"
    assert intake.start.booking_code.text() == ""  # a scan is looked up, never shown


def test_a_refused_staff_code_is_never_shown_back(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "kiosk")
    guard = window.kiosk
    assert guard is not None
    guard._check_staff = site.queue.staff  # the real check quotes the code it did not know
    guard.ask_staff_code()
    qtbot.waitUntil(lambda: guard.dialog is not None)
    dialog = guard.dialog
    assert dialog is not None
    assert dialog.code.echoMode() is dialog.code.EchoMode.Password
    qtbot.keyClicks(dialog.code, "zz9731")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(dialog.message.isVisible)
    assert "onbekend" in dialog.message.text()
    assert "zz9731" not in dialog.message.text()
    dialog.reject()
