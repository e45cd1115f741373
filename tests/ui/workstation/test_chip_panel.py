"""The counter's document panel: a passport on the readers, the name and verdict, then the photo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader
from pytestqt.qtbot import QtBot

from tests.ui.workstation.actions import click_when_enabled
from tests.ui.workstation.conftest import LOCATION, WindowFactory
from workstation.app import Site
from workstation.devices.cardreader.emulator import NL_SPECIMEN_MRZ, ChipDocument, EmulatedChip
from workstation.devices.cardreader.emulator_pki import SigningCountry
from workstation.devices.cardreader.face import build_dg2
from workstation.devices.cardreader.passive_auth import TrustStore
from workstation.devices.cardreader.sim_backend import SPECIMEN_FACE, SimulatedChipReader
from workstation.devices.idreader.sim_backend import SimulatedIdReader
from workstation.devices.manager import DeviceManager
from workstation.services.deferred_devices import DeferredDeviceBoard
from workstation.ui.chip_panel import ChipPanel
from workstation.wiring.device_board import ManagedDeviceBoard

WAIT_MS = 10_000


def _board(
    *, trusted: bool = True, face: bytes = SPECIMEN_FACE, jpeg_2000: bool = False
) -> ManagedDeviceBoard:
    country = SigningCountry.generate()
    dg2 = build_dg2(face, jpeg_2000=jpeg_2000, width=8, height=8)
    document = ChipDocument(NL_SPECIMEN_MRZ, other_data_groups={2: dg2}, signer=country)
    trust = (TrustStore((country.csca,)), "") if trusted else (None, "")
    chip_reader = SimulatedChipReader(
        EmulatedChip(document, access="pace"), apdu_latency_s=0, trust=trust
    )
    idreader = SimulatedIdReader(latency_s=0, line_timeout_s=0.05)
    return ManagedDeviceBoard(DeviceManager(None, idreader, chip_reader))


@pytest.fixture
def board() -> Iterator[ManagedDeviceBoard]:
    devices = _board()
    yield devices
    devices.close()


def _present_passport(board: ManagedDeviceBoard) -> None:
    board.manager.present_simulated_document("nl-paspoort-specimen").result(10)


def test_passport_on_the_readers_shows_name_verdict_and_photo(
    qtbot: QtBot, board: ManagedDeviceBoard
) -> None:
    panel = ChipPanel(board)
    qtbot.addWidget(panel)
    panel.show()
    _present_passport(board)
    qtbot.waitUntil(lambda: not panel.photo.pixmap().isNull(), timeout=WAIT_MS)
    assert panel.name.text() == "DE BRUIJN, WILLEKE LISELOTTE"
    assert panel.verdict.text().startswith("Echt:")
    assert panel.status.text() == ""
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.photo.pixmap().isNull()
    assert panel.name.text() == ""


def test_without_trust_store_the_worker_reads_cannot_be_checked(qtbot: QtBot) -> None:
    devices = _board(trusted=False)
    try:
        panel = ChipPanel(devices)
        qtbot.addWidget(panel)
        _present_passport(devices)
        qtbot.waitUntil(lambda: panel.verdict.text() != "", timeout=WAIT_MS)
        assert panel.verdict.text() == (
            "Niet te controleren: er zijn op deze werkplek geen landcertificaten ingesteld."
        )
    finally:
        devices.close()


def test_a_photo_qt_cannot_decode_is_said_so(qtbot: QtBot) -> None:
    devices = _board(face=b"not an image")
    try:
        panel = ChipPanel(devices)
        qtbot.addWidget(panel)
        _present_passport(devices)
        qtbot.waitUntil(lambda: panel.photo.text() != "", timeout=WAIT_MS)
        assert panel.photo.text() == "De pasfoto op de chip is niet te tonen."
        assert panel.name.text() == "DE BRUIJN, WILLEKE LISELOTTE"
    finally:
        devices.close()


def test_the_counter_screen_shows_the_panel_with_a_chip_reader(
    open_window: WindowFactory, site: Site, board: ManagedDeviceBoard, qtbot: QtBot
) -> None:
    window = open_window(site, board=board)
    assert window.counter is not None and window.counter.chip is not None
    panel = window.counter.chip
    _present_passport(board)
    qtbot.waitUntil(lambda: not panel.photo.pixmap().isNull(), timeout=WAIT_MS)
    assert panel.isVisible()


def test_the_counter_screen_has_no_panel_without_readers(
    open_window: WindowFactory, site: Site
) -> None:
    window = open_window(site)
    assert window.counter is not None and window.counter.chip is None


def test_a_jpeg_2000_photo_without_a_decoder_is_said_so(qtbot: QtBot) -> None:
    if "jp2" in {bytes(f).decode() for f in QImageReader.supportedImageFormats()}:
        pytest.skip("this Qt has a JPEG 2000 decoder")
    devices = _board(face=b"\x00\x00\x00\x0cjP  \r\n\x87\n", jpeg_2000=True)
    try:
        panel = ChipPanel(devices)
        qtbot.addWidget(panel)
        _present_passport(devices)
        qtbot.waitUntil(lambda: panel.photo.text() != "", timeout=WAIT_MS)
        assert panel.photo.text() == "Deze werkplek kan een pasfoto in JPEG 2000 niet tonen."
    finally:
        devices.close()


def test_the_worker_can_open_the_chip_with_the_can(qtbot: QtBot, board: ManagedDeviceBoard) -> None:
    panel = ChipPanel(board)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.can, "12a3456")
    assert panel.can.text() == "123456"
    assert panel.can_button.isEnabled()
    qtbot.mouseClick(panel.can_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.photo.pixmap().isNull(), timeout=WAIT_MS)
    assert panel.name.text() == "DE BRUIJN, WILLEKE LISELOTTE"
    assert panel.can.text() == ""
    qtbot.keyClicks(panel.can, "654321")
    qtbot.keyClick(panel.can, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "weigert toegang" in panel.status.text(), timeout=WAIT_MS)
    assert panel.name.text() == ""


def test_the_document_goes_when_the_visitor_goes(
    open_window: WindowFactory, site: Site, board: ManagedDeviceBoard, qtbot: QtBot
) -> None:
    for _ in range(2):
        site.queue.issue_ticket(LOCATION, "A")
    window = open_window(site, board=board)
    view = window.counter
    assert view is not None and view.chip is not None
    panel = view.chip
    click_when_enabled(qtbot, view.next)
    qtbot.waitUntil(lambda: view.current is not None, timeout=WAIT_MS)
    _present_passport(board)
    qtbot.waitUntil(lambda: not panel.photo.pixmap().isNull(), timeout=WAIT_MS)
    first = view.current
    assert first is not None
    click_when_enabled(qtbot, view.finish if view.finish.isEnabled() else view.no_show)
    click_when_enabled(qtbot, view.next)
    qtbot.waitUntil(
        lambda: view.current is not None and view.current.ticket_id != first.ticket_id,
        timeout=WAIT_MS,
    )
    assert panel.photo.pixmap().isNull()
    assert panel.name.text() == ""


def test_a_counter_whose_devices_start_after_the_window_still_reads_chips(
    qtbot: QtBot, site: Site, open_window: WindowFactory, board: ManagedDeviceBoard
) -> None:
    """As the program runs: the window first, on a board that waits for the devices; the
    settings name a chip reader, so the panel is there and the passport reaches it once the
    devices have started."""
    deferred = DeferredDeviceBoard(chip_reader=True)
    window = open_window(site, counter=2, staff="mw02", board=deferred)
    assert window.counter is not None and window.counter.chip is not None
    panel = window.counter.chip
    deferred.attach(board)
    _present_passport(board)
    qtbot.waitUntil(lambda: "BRUIJN" in panel.name.text().upper(), timeout=WAIT_MS)
