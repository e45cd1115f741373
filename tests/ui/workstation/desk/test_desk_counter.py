"""The desk at the counter: identify by document and by typing, see the history, record."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.workstation.actions import click_when_enabled
from tests.ui.workstation.desk.conftest import (
    DEMO_BSN,
    WAIT_MS,
    DemoKcc,
    DeskWindowFactory,
    desk_of,
    wait_desk_idle,
)
from workstation.app import Site
from workstation.devices.cardreader.emulator import NL_SPECIMEN_MRZ, ChipDocument, EmulatedChip
from workstation.devices.cardreader.emulator_pki import SigningCountry
from workstation.devices.cardreader.face import build_dg2
from workstation.devices.cardreader.passive_auth import TrustStore
from workstation.devices.cardreader.sim_backend import SPECIMEN_FACE, SimulatedChipReader
from workstation.devices.idreader.sim_backend import SimulatedIdReader
from workstation.devices.manager import DeviceManager
from workstation.domain.desk import Uitkomst
from workstation.ui.contact_form_question import QuestionEditor
from workstation.wiring.device_board import ManagedDeviceBoard


@pytest.fixture
def readers() -> Iterator[ManagedDeviceBoard]:
    """The ID reader and the chip reader, simulated, with the Dutch specimen passport."""
    country = SigningCountry.generate()
    dg2 = build_dg2(SPECIMEN_FACE, width=8, height=8)
    document = ChipDocument(NL_SPECIMEN_MRZ, other_data_groups={2: dg2}, signer=country)
    chip = SimulatedChipReader(EmulatedChip(document, access="pace"), apdu_latency_s=0,
                               trust=(TrustStore((country.csca,)), ""))
    board = ManagedDeviceBoard(DeviceManager(
        None, SimulatedIdReader(latency_s=0, line_timeout_s=0.05), chip))
    yield board
    board.close()


def _choose_uitkomst(qtbot: QtBot, editor: QuestionEditor, uitkomst: Uitkomst) -> None:
    editor.uitkomst.setFocus()
    index = editor.uitkomst.findData(uitkomst.value)
    while editor.uitkomst.currentIndex() != index:
        key = Qt.Key.Key_Down if editor.uitkomst.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(editor.uitkomst, key)


def test_a_passport_on_the_reader_identifies_the_visitor_in_one_action(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
    readers: ManagedDeviceBoard,
) -> None:
    window = open_desk_window(site, board=readers)
    desk = desk_of(window)
    assert window.counter is not None
    assert window.counter.tabs.currentWidget() is desk  # the visit's main tab
    readers.manager.present_simulated_document("nl-paspoort-specimen").result(10)
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)
    panel = desk.person_panel
    assert panel.name.text() == "Willeke Liselotte de Bruijn"
    assert "BSN 999999990" in panel.details.text()
    assert panel.test_data.isVisible()  # embedded RvIG data: always marked
    assert "alleen om de identiteit te controleren" in panel.check_only.text()
    qtbot.waitUntil(lambda: panel.chip.isVisible() and not panel.photo.pixmap().isNull(),
                    timeout=WAIT_MS)
    assert panel.document.text().startswith("✔ Document hoort bij deze persoon")
    assert panel.chip.text().startswith("Chip: Echt")
    assert desk.identify.search.text() == ""  # nobody typed anything


def test_keyboard_alone_identifies_by_typing_and_records_two_questions_with_a_callback(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory, demo_kcc: DemoKcc,
) -> None:
    window = open_desk_window(site)
    desk = desk_of(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is desk.identify.search
    qtbot.keyClicks(desk.identify.search, "de Bruijn 10-03-1965")
    qtbot.keyClick(desk.identify.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)
    assert desk.person is not None and desk.person.bsn == DEMO_BSN
    assert desk.history.status.text() == "Nog geen contacten, zaken of terugbelverzoeken."
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    form = desk.form
    first = form.editors[0]
    first.onderwerp.setFocus()
    qtbot.keyClicks(first.onderwerp, "paspoort")
    qtbot.keyClick(first.notitie, Qt.Key.Key_A)
    _choose_uitkomst(qtbot, first, Uitkomst.ZELFSTANDIG_AFGEHANDELD)
    form.add_question.setFocus()
    qtbot.keyClick(form.add_question, Qt.Key.Key_Space)
    second = form.editors[1]
    assert QApplication.focusWidget() is second.onderwerp
    qtbot.keyClicks(second.onderwerp, "Vraag over de aanslag")
    _choose_uitkomst(qtbot, second, Uitkomst.CONTACTVERZOEK_GEMAAKT)
    qtbot.keyClick(second.uitkomst, Qt.Key.Key_Return)  # the choice opens the callback dialog
    qtbot.waitUntil(lambda: form.callback_dialog is not None, timeout=WAIT_MS)
    dialog = form.callback_dialog
    assert dialog is not None
    assert not dialog.ok.isEnabled()
    dialog.toelichting.setFocus()
    qtbot.keyClicks(dialog.toelichting, "Wil teruggebeld worden over de aanslag.")
    assert dialog.left.text() == "Nog 961 tekens over (van 1000)"
    qtbot.keyClicks(dialog.phone1, "06-123")
    assert dialog.phone1.property("role") == "invalid"
    assert "telefoonnummer is ongeldig" in dialog.problem.text()
    dialog.phone1.clear()
    qtbot.keyClicks(dialog.phone1, "0612345678")
    assert dialog.ok.isEnabled()
    qtbot.keyClick(dialog.phone1, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.callback_dialog is None, timeout=WAIT_MS)
    assert second.callback is not None
    assert second.callback_summary.text() == "Terugbelverzoek voor Burgerzaken"
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.message.text().startswith("Contact opgeslagen"),
                    timeout=WAIT_MS)
    assert form.message.text() == "Contact opgeslagen (vragen: 2)."
    assert len(form.editors) == 1 and form.editors[0].onderwerp.text() == ""
    wait_desk_idle(qtbot, desk)
    demo_kcc.deliver()
    contacts = demo_kcc.kcc.contacts.history_for(DEMO_BSN)
    assert sorted(c.onderwerp for c in contacts) == ["Vraag over de aanslag", "paspoort"]
    first_time_right = {c.onderwerp: c.metadata["eersteKeerGoed"] for c in contacts}
    assert first_time_right == {"paspoort": "ja", "Vraag over de aanslag": "nee"}


def test_mouse_alone_chooses_among_several_results_and_saves(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory, demo_kcc: DemoKcc,
) -> None:
    window = open_desk_window(site)
    desk = desk_of(window)
    bar = desk.identify
    qtbot.mouseClick(bar.search, Qt.MouseButton.LeftButton)
    bar.search.setText("2272BV 54")  # pasted: the mouse alone cannot type
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.results.isVisible, timeout=WAIT_MS)
    assert bar.results.count() > 1
    assert "personen gevonden" in bar.message.text()
    item = bar.results.item(2)
    assert item is not None
    rect = bar.results.visualItemRect(item)
    qtbot.mouseClick(bar.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(bar.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)
    chosen = desk.person
    assert chosen is not None
    assert desk.person_panel.warnings.isVisible()  # these test persons have geheimhouding
    assert "Geheimhouding" in desk.person_panel.warnings.text()
    tab_bar = desk.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(0).center())
    editor = desk.form.editors[0]
    completer = editor.onderwerp.completer()
    assert completer is not None
    editor.onderwerp.setText("verhuizing")  # a UPL subject, as the completer fills it in
    qtbot.mouseClick(desk.form.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.form.message.text() == "Contact opgeslagen (vragen: 1).",
                    timeout=WAIT_MS)
    wait_desk_idle(qtbot, desk)
    demo_kcc.deliver()
    history = demo_kcc.kcc.contacts.history_for(chosen.bsn)
    assert [(c.onderwerp, c.kanaal, c.metadata["uitkomst"]) for c in history] == [
        ("verhuizing", "balie", "zelfstandig afgehandeld")]


def test_a_refused_save_names_the_question_and_keeps_what_was_typed(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    window = open_desk_window(site)
    desk = desk_of(window)
    click_when_enabled(qtbot, desk.identify.anonymous)
    form = desk.form
    assert form.who.text() == "Anoniem contact"
    qtbot.keyClicks(form.editors[0].notitie, "Vroeg naar openingstijden")
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert form.message.text().startswith("Vul het onderwerp van vraag 1 in.")
    assert QApplication.focusWidget() is form.editors[0].onderwerp
    assert form.editors[0].notitie.toPlainText() == "Vroeg naar openingstijden"


def test_callback_dialog_counts_and_checks_live(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    window = open_desk_window(site)
    desk = desk_of(window)
    click_when_enabled(qtbot, desk.identify.anonymous)
    editor = desk.form.editors[0]
    qtbot.mouseClick(editor.callback_button, Qt.MouseButton.LeftButton)
    dialog = desk.form.callback_dialog
    assert dialog is not None
    assert "interne toelichting is verplicht" in dialog.problem.text()
    qtbot.keyClicks(dialog.toelichting, "x" * 20)
    assert "minstens een telefoonnummer of een e-mailadres" in dialog.problem.text()
    qtbot.keyClicks(dialog.email, "iemand@")
    assert dialog.email.property("role") == "invalid"
    qtbot.keyClicks(dialog.email, "voorbeeld.nl")
    assert dialog.email.property("role") == ""
    # Anonymous: the address goes on top of the toelichting, so it counts too.
    assert dialog.left.text() == "Nog 951 tekens over (van 1000)"  # 1000 - 29 - 20
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.form.callback_dialog is None, timeout=WAIT_MS)
    assert editor.callback is None


def test_a_scanned_bsn_qr_code_identifies_with_its_enter(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    """A 2D scanner as keyboard wedge types the QR code on the back of a newer document and
    Enter into the focused search field: that is the one action."""
    window = open_desk_window(site)
    desk = desk_of(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), f"BSN: {DEMO_BSN}\r")
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)
    assert desk.person is not None and desk.person.bsn == DEMO_BSN


def test_typed_input_that_is_no_search_says_what_to_type(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    window = open_desk_window(site)
    desk = desk_of(window)
    for typed, expected in (("123456789", "Dit is geen geldig BSN."),
                            ("9999 ZZ 0", "Dit is geen geldig huisnummer."),
                            ("de Bruijn 31-02-1965", "Deze geboortedatum bestaat niet."),
                            ("wie weet", "Loket herkent deze zoekopdracht niet.")):
        desk.identify.search.setText(typed)
        qtbot.keyClick(desk.identify.search, Qt.Key.Key_Return)
        assert desk.identify.message.text().startswith(expected), typed
        assert desk.identify.search.text() == typed  # nothing typed is lost
    assert desk.person is None
