"""The sign-in screen, the staff bar and sign-out, driven as a person would, on a real site."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from tests.ui.workstation.actions import click_when_enabled
from tests.ui.workstation.fakes import FakeDevices
from workstation.app import Site
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import SITE_TIMEZONE, EventType, TicketState
from workstation.domain.staff import NotSignedIn
from workstation.services.staff_service import DEMO_PIN, SiteOperator
from workstation.settings import load_settings
from workstation.store import models as m
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.main import sign_in_flow
from workstation.ui.main_window import MainWindow
from workstation.ui.sign_in_window import SignInFlow

WRONG = "918273"
FlowFactory = Callable[..., SignInFlow]


@pytest.fixture
def open_flow(qtbot: QtBot, site: Site, devices: FakeDevices, language: LanguageSwitcher,
              ) -> Iterator[FlowFactory]:
    flows: list[SignInFlow] = []

    def factory(role: str = "counter", counter: int = 2, code: str = "") -> SignInFlow:
        settings = load_settings(environ={
            "LOKET_WORKSTATION__ROLE": role, "LOKET_WORKSTATION__COUNTER": str(counter),
            "LOKET_WORKSTATION__STAFF": code,
        })
        flow = sign_in_flow(site, devices, language, settings)
        flows.append(flow)
        flow.start()
        qtbot.waitExposed(flow.sign_in)
        return flow

    yield factory
    for flow in flows:
        window = flow.window
        flow.shutdown()
        if window is not None:
            window.close()
            window.deleteLater()
        flow.sign_in.close()
        flow.sign_in.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def _attempt(qtbot: QtBot, flow: SignInFlow, code: str, pin: str) -> None:
    page = flow.sign_in.page
    _type(qtbot, page.code, code)
    _type(qtbot, page.pin, pin)
    page.message.hide()
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)


def _refusal(qtbot: QtBot, flow: SignInFlow) -> str:
    page = flow.sign_in.page
    qtbot.waitUntil(page.message.isVisible)
    qtbot.waitUntil(lambda: not flow.sign_in.runner.busy)
    return page.message.text()


def _signed_in(qtbot: QtBot, flow: SignInFlow) -> MainWindow:
    qtbot.waitUntil(lambda: flow.window is not None and flow.window.snapshot is not None,
                    timeout=10_000)
    assert flow.window is not None
    return flow.window


def test_a_wrong_pin_is_refused_plainly_and_the_right_one_opens_the_counter(
        qtbot: QtBot, open_flow: FlowFactory) -> None:
    flow = open_flow()
    page = flow.sign_in.page
    assert page.pin.echoMode() is QLineEdit.EchoMode.Password
    assert not page.new_pin.isVisibleTo(page)
    _attempt(qtbot, flow, "mw01", WRONG)
    assert _refusal(qtbot, flow).startswith("Medewerkerscode of pincode klopt niet.")
    assert page.pin.text() == ""
    assert flow.window is None
    _attempt(qtbot, flow, "nobody", DEMO_PIN)  # an unknown code reads the same
    assert _refusal(qtbot, flow).startswith("Medewerkerscode of pincode klopt niet.")
    _attempt(qtbot, flow, "mw01", DEMO_PIN)
    window = _signed_in(qtbot, flow)
    assert window.isVisible() and not flow.sign_in.isVisible()
    assert window.staff_bar is not None
    assert window.staff_bar.who.text() == "Aangemeld: Anouk (mw01)"
    assert "Medewerker: Anouk" in window.status.who.text()


def test_five_wrong_pins_lock_the_code_until_a_time(qtbot: QtBot, site: Site,
                                                   open_flow: FlowFactory) -> None:
    flow = open_flow(code="mw02")
    assert flow.sign_in.page.code.text() == "mw02"  # workstation.staff fills in the code
    for _ in range(4):
        _attempt(qtbot, flow, "mw02", WRONG)
        assert "klopt niet" in _refusal(qtbot, flow)
    _attempt(qtbot, flow, "mw02", WRONG)
    refusal = _refusal(qtbot, flow)
    with site.database.engine.connect() as connection:
        until = connection.scalar(select(m.StaffMember.locked_until)
                                  .where(m.StaffMember.code == "mw02"))
    assert until is not None
    expected = until.astimezone(SITE_TIMEZONE).strftime("%H:%M")
    assert refusal.startswith(
        f"Te vaak een verkeerde pincode. Uw code is geblokkeerd tot {expected}.")
    _attempt(qtbot, flow, "mw02", DEMO_PIN)  # the right PIN waits for the lock too
    assert "geblokkeerd" in _refusal(qtbot, flow)
    assert flow.window is None


def test_first_sign_in_chooses_a_pin(qtbot: QtBot, site: Site, open_flow: FlowFactory) -> None:
    site.staff.clear_pin(SiteOperator(), "mw03")
    flow = open_flow()
    page = flow.sign_in.page
    _attempt(qtbot, flow, "mw03", "")
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    assert _refusal(qtbot, flow) == "Vul uw pincode in."
    _attempt(qtbot, flow, "mw03", "000000")
    assert _refusal(qtbot, flow).startswith("U heeft nog geen pincode.")
    assert page.first_pin and page.new_pin.isVisibleTo(page) and page.repeat_pin.isVisibleTo(page)
    assert not page.pin.isVisibleTo(page)
    assert page.new_pin.echoMode() is page.repeat_pin.echoMode() is QLineEdit.EchoMode.Password
    assert page.title.text() == "Kies uw pincode"
    for new, repeated, reason in (("123456", "123456", "te makkelijk"),
                                  ("739105", "739150", "niet gelijk")):
        _type(qtbot, page.new_pin, new)
        _type(qtbot, page.repeat_pin, repeated)
        page.message.hide()
        click_when_enabled(qtbot, page.submit)
        assert reason in _refusal(qtbot, flow)
    page.back.click()  # "Terug": a mistyped code, say
    assert not page.first_pin and page.pin.isVisibleTo(page) and page.code.text() == ""
    assert not page.back.isVisibleTo(page)
    _attempt(qtbot, flow, "mw03", "000000")
    assert _refusal(qtbot, flow).startswith("U heeft nog geen pincode.")
    _type(qtbot, page.new_pin, "739105")
    _type(qtbot, page.repeat_pin, "739105")
    click_when_enabled(qtbot, page.submit)
    window = _signed_in(qtbot, flow)
    assert window.staff_bar is not None and "mw03" in window.staff_bar.who.text()
    assert site.staff.sign_in("mw03", "739105").code == "mw03"


def test_a_role_without_counter_work_cannot_sign_in_at_a_counter(
        qtbot: QtBot, site: Site, open_flow: FlowFactory) -> None:
    with site.database.engine.begin() as connection:
        connection.execute(update(m.StaffMember).where(m.StaffMember.code == "mw05")
                           .values(roles="reception"))
    counter = open_flow()
    _attempt(qtbot, counter, "mw05", DEMO_PIN)
    assert _refusal(qtbot, counter).startswith("U mag met uw rol niet op deze werkplek werken.")
    assert counter.window is None
    reception = open_flow(role="reception")
    _attempt(qtbot, reception, "mw05", DEMO_PIN)
    window = _signed_in(qtbot, reception)
    assert window.intake is not None and window.staff_bar is not None
    assert not window.staff_bar.pause.isVisibleTo(window)  # no pause at a reception desk
    assert window.workplace.staff is not None and window.workplace.staff.code == "mw05"
    intake = window.intake
    qtbot.waitUntil(lambda: bool(intake.start.buttons))
    click_when_enabled(qtbot, intake.start.buttons["A"])
    qtbot.waitUntil(lambda: intake.issued is not None)
    with site.database.engine.connect() as connection:  # the issued event names who issued it
        issued_by = connection.scalar(
            select(m.StaffMember.code).join(m.QueueEvent, m.QueueEvent.staff_id
                                            == m.StaffMember.id)
            .where(m.QueueEvent.type == EventType.ISSUED.value))
    assert issued_by == "mw05"
    with qtbot.waitSignal(window.destroyed):  # Afmelden at reception: back to sign-in too
        click_when_enabled(qtbot, window.staff_bar.sign_out)
    assert reception.window is None and reception.sign_in.isVisible()


def test_pause_stops_volgende_until_resumed(qtbot: QtBot, site: Site,
                                            open_flow: FlowFactory) -> None:
    flow = open_flow()
    _attempt(qtbot, flow, "mw01", DEMO_PIN)
    window = _signed_in(qtbot, flow)
    bar, view = window.staff_bar, window.counter
    assert bar is not None and view is not None
    site.queue.issue_ticket("BOZ", "A")
    qtbot.waitUntil(view.next.isEnabled)
    assert bar.pause.text() == "Pauze"
    click_when_enabled(qtbot, bar.pause)
    qtbot.waitUntil(lambda: bar.paused)
    assert bar.state.isVisibleTo(window)
    assert bar.state.text().startswith("Pauze")
    assert bar.pause.text() == "Hervatten"
    assert not view.next.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_F5)  # the key does nothing either
    post = view._post
    with pytest.raises(UserFacingError, match="paused"):  # the service refuses on its own
        site.queue.call_next(post)
    assert view.current is None
    click_when_enabled(qtbot, bar.pause)
    qtbot.waitUntil(lambda: not bar.paused)
    click_when_enabled(qtbot, view.next)
    qtbot.waitUntil(lambda: view.current is not None)
    assert view.current is not None and view.current.state is TicketState.CALLED


def test_sign_out_closes_the_session_and_returns_to_the_sign_in_screen(
        qtbot: QtBot, site: Site, open_flow: FlowFactory) -> None:
    flow = open_flow()
    _attempt(qtbot, flow, "mw01", DEMO_PIN)
    window = _signed_in(qtbot, flow)
    assert window.staff_bar is not None
    post = window.counter._post if window.counter is not None else None
    assert post is not None
    with qtbot.waitSignal(window.destroyed):  # the main window closes and goes away
        click_when_enabled(qtbot, window.staff_bar.sign_out)
    assert flow.window is None
    assert flow.sign_in.isVisible()
    page = flow.sign_in.page
    assert page.code.text() == "" and page.pin.text() == "" and not page.message.isVisible()
    with site.database.engine.connect() as connection:
        open_sessions = connection.scalar(
            select(m.CounterSession.id).where(m.CounterSession.counter_id == post.counter.id,
                                              m.CounterSession.closed_at.is_(None)))
    assert open_sessions is None
    with pytest.raises(NotSignedIn):  # the window's post is gone with its person
        site.staff.pause(type(post)(post.location, post.counter, None))
    _attempt(qtbot, flow, "mw02", DEMO_PIN)  # the next colleague signs in at the same PC
    again = _signed_in(qtbot, flow)
    assert again.staff_bar is not None and "mw02" in again.staff_bar.who.text()


def test_the_sign_in_screen_speaks_english(qtbot: QtBot, language: LanguageSwitcher,
                                           open_flow: FlowFactory) -> None:
    flow = open_flow()
    language.set_language("en")
    page = flow.sign_in.page
    qtbot.waitUntil(lambda: page.title.text() == "Sign in")
    assert page.submit.text() == "Sign in"
    _attempt(qtbot, flow, "mw01", WRONG)
    assert _refusal(qtbot, flow).startswith("Staff code or PIN is not correct.")


def test_closing_the_program_closes_the_counter_session(qtbot: QtBot, site: Site,
                                                        open_flow: FlowFactory) -> None:
    flow = open_flow()
    _attempt(qtbot, flow, "mw01", DEMO_PIN)
    window = _signed_in(qtbot, flow)
    assert window.counter is not None
    counter_id = window.counter._post.counter.id

    def open_session() -> int | None:
        with site.database.engine.connect() as connection:
            return connection.scalar(
                select(m.CounterSession.id).where(m.CounterSession.counter_id == counter_id,
                                                  m.CounterSession.closed_at.is_(None)))

    assert open_session() is not None
    window.close()  # Bestand > Afsluiten: the program ends, ui.main shuts the flow down
    flow.shutdown()
    assert open_session() is None
