"""The phone role: the desk without a queue, a call that opens a contact, wrap-up measured."""

from __future__ import annotations

import getpass
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.workstation.desk.conftest import (
    WAIT_MS,
    DemoKcc,
    DeskWindowFactory,
    desk_of,
    wait_desk_idle,
)
from tests.ui.workstation.fakes import FakeDevices
from workstation.app import Site
from workstation.cli.desk_commands import send
from workstation.domain.site import StaffInfo
from workstation.domain.staff import Role
from workstation.services.desk_service import SavedContact
from workstation.services.instance_link import ContactRequest, instance_name, server_address
from workstation.services.staff_service import DEMO_PIN
from workstation.settings import Settings, load_settings
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.main import sign_in_flow, take_calls

CALLER = "+31612345678"


def test_an_unknown_number_becomes_an_anonymous_phone_contact_with_wrap_up_time(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory, demo_kcc: DemoKcc,
) -> None:
    window = open_desk_window(site, role="phone", staff="mw03")
    assert window.counter is None and window.phone is not None  # no queue panel
    assert window.windowTitle().startswith("Loket — Telefoon")
    phone, desk = window.phone, desk_of(window)
    saved: list[SavedContact] = []
    desk.saved.connect(saved.append)
    phone.incoming(CALLER)
    assert desk.identify.search.text() == CALLER
    assert phone.caller.text() == f"In gesprek met {CALLER}"
    form = desk.form
    assert form.who.text() == "Anoniem contact"
    editor = form.editors[0]
    assert editor.kanaal.currentData() == "telefoon"  # preset by the role
    qtbot.keyClicks(editor.onderwerp, "afvalcontainer")
    qtbot.mouseClick(editor.callback_button, Qt.MouseButton.LeftButton)
    dialog = form.callback_dialog
    assert dialog is not None
    assert dialog.phone1.text() == CALLER  # the caller's number, ready for a callback
    qtbot.keyClick(dialog.phone1, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: form.callback_dialog is None, timeout=WAIT_MS)
    window.activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F8)  # the call ended: wrap-up starts
    assert not phone.end_call.isEnabled()
    assert "beëindigd" in phone.caller.text()
    qtbot.wait(50)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT_MS)
    assert saved[0].wrap_up.total_seconds() > 0.04
    assert phone.caller.text() == "Geen gesprek"
    wait_desk_idle(qtbot, desk)
    demo_kcc.deliver()


def test_a_caller_who_gives_a_name_keeps_the_questions_typed_so_far(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    window = open_desk_window(site, role="phone", staff="mw03")
    assert window.phone is not None
    desk = desk_of(window)
    window.phone.incoming(CALLER)
    editor = desk.form.editors[0]
    qtbot.keyClicks(editor.onderwerp, "paspoort kwijt")
    assert desk.form.who.isVisibleTo(desk.form)  # "Anoniem contact"
    desk.search("999993653")  # the caller gives a BSN: Suzanne Moulin (RvIG test person)
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)
    assert desk.form.editors[0].onderwerp.text() == "paspoort kwijt"
    assert not desk.form.anonymous and not desk.form.who.isVisibleTo(desk.form)
    wait_desk_idle(qtbot, desk)


def test_a_call_does_not_throw_away_the_previous_unsaved_contact(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    window = open_desk_window(site, role="phone", staff="mw03")
    assert window.phone is not None
    phone, desk = window.phone, desk_of(window)
    phone.incoming(CALLER)
    qtbot.keyClicks(desk.form.editors[0].onderwerp, "parkeervergunning")
    phone.incoming("0201234567")
    assert desk.form.editors[0].onderwerp.text() == "parkeervergunning"
    assert desk.identify.search.text() == "0201234567"
    assert desk.form.message.text().startswith("Het vorige contact is nog niet opgeslagen.")


def test_contact_phone_reaches_the_running_phone_window(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory, tmp_path: Path,
) -> None:
    """``python -m workstation contact --phone`` (its client, as the softphone runs it) opens
    a contact in the phone window that holds the single-instance link."""
    window = open_desk_window(site, role="phone", staff="mw03")
    assert window.phone is not None
    settings = Settings(demo=True, data_dir=str(tmp_path / "phone"))
    take_calls(window, settings)
    address = server_address(instance_name(getpass.getuser(), settings.data_path))
    errors: list[BaseException] = []

    def softphone() -> None:
        try:
            send(address, ContactRequest(CALLER))
        except BaseException as error:  # reported on the test's thread
            errors.append(error)

    caller = threading.Thread(target=softphone)
    caller.start()
    qtbot.waitUntil(lambda: desk_of(window).identify.search.text() == CALLER, timeout=WAIT_MS)
    caller.join(WAIT_MS / 1000)
    assert errors == []
    assert window.phone.caller.text() == f"In gesprek met {CALLER}"
    assert desk_of(window).form.who.text() == "Anoniem contact"


def test_a_phone_workstation_signs_in_like_a_counter(
    qtbot: QtBot, site: Site, devices: FakeDevices, language: LanguageSwitcher,
    demo_kcc: DemoKcc, tmp_path: Path,
) -> None:
    settings = load_settings(environ={"LOKET_WORKSTATION__ROLE": "phone",
                                      "LOKET_DATA_DIR": str(tmp_path / "data")})
    flow = sign_in_flow(site, devices, language, settings, demo_kcc.kcc)
    try:
        flow.start()
        page = flow.sign_in.page
        page.code.setText("mw03")
        page.pin.setText(DEMO_PIN)
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: flow.window is not None and flow.window.snapshot is not None,
                        timeout=WAIT_MS)
        window = flow.window
        assert window is not None and window.phone is not None and window.counter is None
        assert window.staff_bar is not None and not window.staff_bar.pause.isVisible()
        assert desk_of(window).form.editors[0].kanaal.currentData() == "telefoon"
    finally:
        window = flow.window
        flow.shutdown()
        if window is not None:
            window.close()
            window.deleteLater()
        flow.sign_in.close()
        flow.sign_in.deleteLater()


def test_a_save_the_service_refuses_puts_the_questions_back(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    """The form is free at once after Opslaan; when the save is refused after all (here: a
    colleague whose role may not record contacts), nothing typed is lost."""
    admin = StaffInfo(99, "beheer", "Beheer", frozenset({Role.ADMIN}))
    window = open_desk_window(site, role="phone", as_staff=admin)
    desk = desk_of(window)
    desk.start_anonymous()
    editor = desk.form.editors[0]
    qtbot.keyClicks(editor.onderwerp, "parkeervergunning")
    qtbot.keyClicks(editor.notitie, "Vraagt naar de wachtlijst")
    qtbot.mouseClick(desk.form.save, Qt.MouseButton.LeftButton)
    assert desk.form.editors[0].onderwerp.text() == ""  # free at once
    qtbot.waitUntil(lambda: desk.form.editors[0].onderwerp.text() == "parkeervergunning",
                    timeout=WAIT_MS)
    assert desk.form.editors[0].notitie.toPlainText() == "Vraagt naar de wachtlijst"
    assert desk.form.message.property("role") == "message-error"
