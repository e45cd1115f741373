"""The supervisor's window on a real site: live through the change feed, a counter's services
opened and closed, the ticker, and who may sign in to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.workstation.fakes import FakeDevices
from workstation.app import Site
from workstation.domain.customer import Backlog
from workstation.domain.kto import MarkPlace
from workstation.domain.site import StaffInfo
from workstation.domain.staff import NotPermitted
from workstation.services.staff_service import DEMO_PIN
from workstation.settings import load_settings
from workstation.store import models as m
from workstation.ui import supervisor_window
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.main import serve_opened_windows, sign_in_flow
from workstation.ui.supervisor_dialogs import CounterServicesDialog, TickerDialog
from workstation.ui.supervisor_locations import LocationCard
from workstation.ui.supervisor_measures import MeasuresPanel
from workstation.ui.supervisor_window import SupervisorWindow

LOCATION = "BOZ"
Opener = Callable[..., SupervisorWindow]


@pytest.fixture
def open_supervisor(qtbot: QtBot, site: Site, language: LanguageSwitcher) -> Iterator[Opener]:
    windows: list[SupervisorWindow] = []

    def factory(code: str = "mw04") -> SupervisorWindow:
        staff = site.staff.sign_in(code, DEMO_PIN)
        window = SupervisorWindow(site.supervision, site.queue.location(LOCATION), language,
                                  staff)
        windows.append(window)
        window.resize(1366, 800)
        window.start()
        window.show()
        # The board and today's measures on screen: the layout has settled for clicks.
        qtbot.waitUntil(lambda: window.board is not None and bool(window.measures.scopes),
                        timeout=10_000)
        return window

    yield factory
    for window in windows:
        window.close()
        window.shutdown()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _card(window: SupervisorWindow, code: str = LOCATION) -> LocationCard:
    return window.cards[code]


def _service_row(card: LocationCard, letter: str) -> list[str]:
    for i in range(card.services.topLevelItemCount()):
        item = card.services.topLevelItem(i)
        assert item is not None
        if item.text(0).startswith(letter + " "):
            return [item.text(column) for column in range(card.services.columnCount())]
    raise AssertionError(f"no row for service {letter}")


def _counter_row(card: LocationCard, number: int) -> list[str]:
    for i in range(card.counters.topLevelItemCount()):
        item = card.counters.topLevelItem(i)
        assert item is not None and item.text(0)
        if item.text(0) == str(number):
            return [item.text(column) for column in range(card.counters.columnCount())]
    raise AssertionError(f"no row for counter {number}")


def test_the_board_shows_every_location_and_follows_changes_live(
        qtbot: QtBot, site: Site, open_supervisor: Opener) -> None:
    window = open_supervisor()
    assert set(window.cards) == {"BOZ", "ETL", "MDK", "RSD"}
    card = _card(window)
    assert _service_row(card, "A")[1] == "0"
    assert _counter_row(card, 1)[1] == "leeg"

    site.queue.issue_ticket(LOCATION, "A")  # elsewhere: reception, a kiosk
    site.queue.issue_ticket(LOCATION, "A")
    qtbot.waitUntil(lambda: _service_row(card, "A")[1] == "2", timeout=5000)
    assert _service_row(card, "A")[2:] == ["0 / 10 min", "op tijd"]
    assert "2 wachtend" in card.summary.text()

    post = site.queue.counter_post(LOCATION, 1, "mw01")
    site.queue.call_next(post)
    qtbot.waitUntil(lambda: _counter_row(card, 1)[1::2] == ["Anouk", "A001"], timeout=5000)
    site.staff.pause(post)
    qtbot.waitUntil(lambda: _counter_row(card, 1)[1] == "Anouk (pauze)", timeout=5000)

    site.alarms.raise_alarm(post.location, post.counter, post.staff)
    qtbot.waitUntil(card.alarm.isVisible, timeout=5000)
    assert card.alarm.text().startswith("ALARM bij balie 1")

    site.backlog_heartbeat("BOZ-02", LOCATION, "counter").report(
        Backlog(pending=5, parked=2, last_error=""))
    qtbot.waitUntil(lambda: len(window.backlog.rows) == 1, timeout=5000)
    assert "BOZ-02" in window.backlog.rows[0].text()
    assert "5 te verzenden, 2 geparkeerd" in window.backlog.rows[0].text()


def test_a_supervisor_closes_and_opens_a_counters_service(
        qtbot: QtBot, site: Site, open_supervisor: Opener) -> None:
    window = open_supervisor()
    card = _card(window)
    assert _counter_row(card, 1)[2] == "A B E F"
    item = card.counters.topLevelItem(0)
    assert item is not None
    rect = card.counters.visualItemRect(item)
    qtbot.mouseClick(card.counters.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(window.dialog, CounterServicesDialog))
    dialog = window.dialog
    assert isinstance(dialog, CounterServicesDialog)
    assert {letter for letter, box in dialog.boxes.items() if box.isChecked()} == {
        "A", "B", "E", "F"}
    dialog.boxes["B"].setChecked(False)
    dialog.boxes["C"].setChecked(True)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: _counter_row(card, 1)[2] == "A C E F", timeout=5000)
    assert window.message.text() == "Diensten van balie 1 aangepast."
    with site.database.engine.connect() as connection:
        letters = set(connection.scalars(
            select(m.Service.letter)
            .join(m.CounterService, m.CounterService.service_id == m.Service.id)
            .join(m.Counter, m.Counter.id == m.CounterService.counter_id)
            .join(m.Location, m.Location.id == m.Counter.location_id)
            .where(m.Location.code == LOCATION, m.Counter.number == 1)))
    assert letters == {"A", "C", "E", "F"}


def test_the_ticker_goes_to_the_hall_and_refuses_a_personal_number(
        qtbot: QtBot, site: Site, open_supervisor: Opener) -> None:
    window = open_supervisor()
    card = _card(window)
    qtbot.mouseClick(card.ticker, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.dialog, TickerDialog))
    dialog = window.dialog
    assert isinstance(dialog, TickerDialog)
    assert dialog.dutch.text() == "Welkom. Houd uw wachtnummer bij de hand."
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _type(qtbot, dialog.dutch, "Bel meneer 123456782 terug")
    ok.click()
    qtbot.waitUntil(dialog.message.isVisible, timeout=5000)
    assert dialog.message.text().startswith("Het bericht lijkt een burgerservicenummer")
    assert dialog.isVisible()
    assert site.queue.location(LOCATION).ticker_text == "Welkom. Houd uw wachtnummer bij de hand."
    _type(qtbot, dialog.dutch, "Vandaag is de balie open tot 16:00.")
    _type(qtbot, dialog.english, "Open until 4 pm today.")
    ok.click()
    qtbot.waitUntil(lambda: window.dialog is None, timeout=5000)
    location = site.queue.location(LOCATION)
    assert (location.ticker_text, location.ticker_text_en) == (
        "Vandaag is de balie open tot 16:00.", "Open until 4 pm today.")
    assert window.message.text() == "Het tickerbericht staat op het scherm in de wachtruimte."


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_only_the_supervisor_role_signs_in_to_the_supervisors_view(
        qtbot: QtBot, site: Site, devices: FakeDevices, language: LanguageSwitcher) -> None:
    settings = load_settings(environ={"LOKET_WORKSTATION__ROLE": "supervisor"})
    flow = sign_in_flow(site, devices, language, settings)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    serve_opened_windows(app, flow, settings)  # as the program does: no phone line here
    flow.start()
    try:
        page = flow.sign_in.page
        for code in ("mw02", "mw04"):  # a counter colleague, then a supervisor
            _type(qtbot, page.code, code)
            _type(qtbot, page.pin, DEMO_PIN)
            page.message.hide()
            qtbot.keyClick(page.pin, Qt.Key.Key_Return)
            if code == "mw02":
                qtbot.waitUntil(page.message.isVisible)
                assert page.message.text().startswith(
                    "U mag met uw rol niet op deze werkplek werken.")
                assert flow.window is None
        qtbot.waitUntil(lambda: isinstance(flow.window, SupervisorWindow), timeout=10_000)
        window = flow.window
        assert isinstance(window, SupervisorWindow)
        qtbot.waitUntil(lambda: window.board is not None, timeout=10_000)
        assert window.who.text() == "Teamleider: Dennis"
    finally:
        flow.shutdown()
        if flow.window is not None:
            flow.window.close()
            flow.window.deleteLater()
        flow.sign_in.close()
        flow.sign_in.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_the_service_refuses_the_board_to_a_colleague_without_the_role(site: Site) -> None:
    counter_only = site.staff.sign_in("mw02", DEMO_PIN)
    assert isinstance(counter_only, StaffInfo)
    with pytest.raises(NotPermitted):
        site.supervision.follow(counter_only, lambda _b: None, lambda _c: None,
                                lambda _e: None)
    with pytest.raises(NotPermitted):
        site.supervision.service.board(counter_only)


def test_todays_measures_are_held_against_their_norms(
        qtbot: QtBot, site: Site, open_supervisor: Opener,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(supervisor_window, "MEASURES_MS", 100)
    window = open_supervisor()
    panel = window.measures
    qtbot.waitUntil(lambda: bool(panel.scopes), timeout=5000)
    assert _measure_row(panel, "Rapportcijfer") == ["Rapportcijfer", "—", "7,0", "nog niets"]
    site.kto.give(MarkPlace("0748", LOCATION, "balie", "A", 1), 9)
    site.kto.give(MarkPlace("0748", LOCATION, "balie", "A", 2), 4)
    qtbot.waitUntil(lambda: _measure_row(panel, "Rapportcijfer")[1] == "6,5", timeout=5000)
    assert _measure_row(panel, "Rapportcijfer")[3] == "niet gehaald"
    assert panel.scope.currentText() == "Hele regio"
    panel.scope.setCurrentIndex(panel.scope.findData(LOCATION))
    assert panel.scope.currentText() == "Stadskantoor Bergen op Zoom"
    assert _measure_row(panel, "Rapportcijfer")[1] == "6,5"


def _measure_row(panel: MeasuresPanel, name: str) -> list[str]:
    for i in range(panel.table.topLevelItemCount()):
        item = panel.table.topLevelItem(i)
        if item is not None and item.text(0) == name:
            return [item.text(column) for column in range(4)]
    raise AssertionError(f"no row {name}")
