"""Scanners that type (keyboard wedge) at the desk: whatever has the focus, a scanned MRZ or
BSN QR code identifies the visitor and never lands in the focused field; a person's typing
is never taken. Keys carry their own timestamps, so the tests say how fast they are typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.workstation.desk.conftest import DEMO_BSN, WAIT_MS, DeskWindowFactory, desk_of
from tests.ui.workstation.fakes import FakeDevices
from workstation.app import Site
from workstation.devices.idreader.sim_backend import DEFAULT_SIM_DOCUMENTS
from workstation.devices.idreader.wedge_backend import WedgeIdReader
from workstation.devices.manager import DeviceManager
from workstation.devices.status import DeviceKind, DeviceState, DeviceStatus
from workstation.wiring.device_board import ManagedDeviceBoard

SCANNER_GAP_MS = 8  # ~125 characters per second
TYPIST_GAP_MS = 150
PASSPORT = DEFAULT_SIM_DOCUMENTS["nl-paspoort-specimen"]  # its BSN is the demo person's


class Keyboard:
    """Types into the focused widget with key events as the platform makes them: with a
    timestamp, through the application (and its event filters)."""

    def __init__(self) -> None:
        self.now_ms = 1_000_000

    def type(self, text: str, gap_ms: int) -> None:
        for char in text:
            self.now_ms += gap_ms
            target = QApplication.focusWidget()
            assert target is not None
            key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, _modifiers(char), char)
                event.setTimestamp(self.now_ms)
                QApplication.sendEvent(target, event)

    def pause(self, ms: int) -> None:
        self.now_ms += ms


def _modifiers(char: str) -> Qt.KeyboardModifier:
    shifted = char.isupper() or char in "<:"
    return Qt.KeyboardModifier.ShiftModifier if shifted else Qt.KeyboardModifier.NoModifier


@pytest.fixture
def wedge_board() -> Iterator[ManagedDeviceBoard]:
    """A workstation whose ID reader is a keyboard wedge."""
    board = ManagedDeviceBoard(DeviceManager(None, WedgeIdReader(line_timeout_s=0.3), None))
    yield board
    board.close()


def reader_state(board: ManagedDeviceBoard) -> DeviceState:
    (state,) = [s for s in board.states() if s.kind is DeviceKind.ID_READER]
    return state


def reader_status(board: ManagedDeviceBoard) -> DeviceStatus:
    return reader_state(board).status


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_a_passport_typed_by_the_wedge_reader_identifies_and_leaves_the_field_alone(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
    wedge_board: ManagedDeviceBoard,
) -> None:
    wedge_board.manager.refresh()
    assert reader_state(wedge_board).message == (  # nobody feeds it yet
        "Toetsenbordlezer: werkt zodra een Loket-venster open is")
    assert reader_status(wedge_board) is DeviceStatus.OFFLINE
    window = open_desk_window(site, board=wedge_board)
    desk = desk_of(window)
    qtbot.waitUntil(lambda: reader_status(wedge_board) is DeviceStatus.READY, timeout=WAIT_MS)
    field = desk.identify.search
    focus(qtbot, field)
    field.setText("Jansen")
    Keyboard().type("".join(line + "\r" for line in PASSPORT), SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)
    assert desk.person is not None and desk.person.bsn == DEMO_BSN
    assert desk.person_panel.document.text().startswith("✔ Document hoort bij deze persoon")
    window.close()
    qtbot.waitUntil(lambda: reader_status(wedge_board) is DeviceStatus.OFFLINE,
                    timeout=WAIT_MS)


def test_a_scan_in_a_field_of_the_contact_form_is_not_typed_there(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
    wedge_board: ManagedDeviceBoard,
) -> None:
    window = open_desk_window(site, board=wedge_board)
    desk = desk_of(window)
    onderwerp = desk.form.editors[0].onderwerp
    desk.tabs.setCurrentWidget(desk.form)
    focus(qtbot, onderwerp)
    keyboard = Keyboard()
    keyboard.type("paspoort", TYPIST_GAP_MS)
    keyboard.pause(1000)
    keyboard.type("".join(line + "\r" for line in PASSPORT), SCANNER_GAP_MS)
    assert onderwerp.text() == "paspoort"  # the person's typing is in; the scan is not
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)


def test_a_person_typing_is_not_intercepted(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
    wedge_board: ManagedDeviceBoard,
) -> None:
    window = open_desk_window(site, board=wedge_board)
    desk = desk_of(window)
    focus(qtbot, desk.identify.search)
    keyboard = Keyboard()
    keyboard.type("de Bruijn", TYPIST_GAP_MS)
    keyboard.type("ing", 20)  # a quick roll of a few keys is a person too
    qtbot.waitUntil(lambda: desk.identify.search.text() == "de Bruijning", timeout=WAIT_MS)
    desk.identify.search.clear()
    keyboard.pause(1000)
    keyboard.type("de Bruijn 10-03-1965\r", TYPIST_GAP_MS)  # Enter searches, as typed
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)
    assert desk.person is not None and desk.person.bsn == DEMO_BSN


def test_a_bsn_qr_code_identifies_wherever_the_focus_is(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    """A 2D scanner as keyboard wedge; the workstation's ID reader is no wedge at all."""
    window = open_desk_window(site)
    desk = desk_of(window)
    focus(qtbot, desk.identify.search)
    desk.identify.search.setText("Jan")
    Keyboard().type(f"BSN: {DEMO_BSN}\r", SCANNER_GAP_MS)
    assert desk.identify.search.text() == "Jan"  # the code went to the desk, not the field
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)
    assert desk.person is not None and desk.person.bsn == DEMO_BSN


def test_a_scan_nobody_takes_is_typed_where_the_focus_is(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    """No wedge reader: an MRZ the scanner types stays in the field, as before."""
    window = open_desk_window(site)
    desk = desk_of(window)
    focus(qtbot, desk.identify.search)
    Keyboard().type(PASSPORT[0] + "\r", SCANNER_GAP_MS)
    qtbot.waitUntil(desk.identify.message.isVisible, timeout=WAIT_MS)
    assert desk.identify.search.text() == PASSPORT[0]  # Enter searched it, as typed
    assert desk.person is None


def test_a_bsn_qr_code_from_a_serial_scanner_identifies(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory, devices: FakeDevices,
) -> None:
    """A 2D scanner on a serial port sends its line to the ID reader, which passes it on as a
    scanned code (``line_assembler.CodeLine``)."""
    window = open_desk_window(site)
    desk = desk_of(window)
    devices.scan(f"BSN: {DEMO_BSN}")
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)
    assert desk.person is not None and desk.person.bsn == DEMO_BSN
