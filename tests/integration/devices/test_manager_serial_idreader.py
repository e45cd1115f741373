"""The serial ID reader through the device manager over a real pseudo-terminal.

The reader is configured by a symlink, like ``/dev/serial/by-id/...`` on a real workstation:
pulling the cable closes the pty, plugging it in again makes a new pty behind the same link.
"""

from __future__ import annotations

import os
import queue
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.devices.idreader.test_serial_backend import Pty
from tests.unit.devices.idreader.test_mrz import NL_PASSPORT_SPECIMEN
from workstation.devices.idreader import IdReaderConfig, MrzDocument, MrzError
from workstation.devices.manager import DeviceManager, build_device_manager
from workstation.devices.status import DeviceKind, DeviceState, DeviceStatus
from workstation.domain.bsn import mask_bsn
from workstation.domain.errors import UserFacingError
from workstation.settings import DeviceSettings

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs POSIX pseudo-terminals")

WAIT_S = 5.0


class Events:
    """States and reader results as they arrive, in one queue."""

    def __init__(self) -> None:
        self.items: queue.Queue[DeviceState | MrzDocument | UserFacingError] = queue.Queue()

    def next_matching(self, wanted: type, status: DeviceStatus | None = None) -> object:
        while True:
            try:
                item = self.items.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(f"no {wanted.__name__} {status} within {WAIT_S} s") from None
            if isinstance(item, wanted) and (
                status is None or (isinstance(item, DeviceState) and item.status is status)
            ):
                return item


class Cable:
    """A reader behind a stable path; ``unplug`` and ``plug_in`` swap the pty behind it."""

    def __init__(self, link: Path) -> None:
        self.link = link
        self.pty = Pty()
        link.symlink_to(self.pty.path)

    def write_document(self, lines: tuple[str, ...]) -> None:
        self.pty.write(("\r\n".join(lines) + "\r\n").encode("ascii"))

    def unplug(self) -> None:
        self.pty.close()
        self.link.unlink()

    def plug_in(self) -> None:
        self.pty = Pty()
        self.link.symlink_to(self.pty.path)

    def close(self) -> None:
        self.pty.close()


@pytest.fixture
def cable(tmp_path: Path) -> Iterator[Cable]:
    connection = Cable(tmp_path / "usb-Reader_MRZ-if00")
    yield connection
    connection.close()


@pytest.fixture
def devices(cable: Cable) -> Iterator[DeviceManager]:
    config = IdReaderConfig(
        backend="serial", port=str(cable.link), line_timeout_s=0.1, reconnect_interval_s=0.05
    )
    manager = build_device_manager(
        DeviceSettings(idreader=config), demo=False, frozen=True, poll_interval_s=0.05
    )
    yield manager
    manager.close()


def start_listening(devices: DeviceManager) -> Events:
    events = Events()
    devices.subscribe(events.items.put)
    devices.on_document(events.items.put, events.items.put)
    return events


def test_a_document_read_over_the_serial_port_arrives(devices: DeviceManager,
                                                      cable: Cable) -> None:
    events = start_listening(devices)
    if devices.states()[0].status is not DeviceStatus.READY:
        events.next_matching(DeviceState, DeviceStatus.READY)
    cable.write_document(NL_PASSPORT_SPECIMEN)
    document = events.next_matching(MrzDocument)
    assert isinstance(document, MrzDocument)
    assert document.bsn is not None and mask_bsn(document.bsn) == "*****9990"
    cable.pty.write(b"P<NLDDE<BRUIJN\r\n")
    error = events.next_matching(MrzError)
    assert isinstance(error, MrzError)


def test_a_booking_code_scanned_over_the_serial_port_arrives_as_a_code(
        devices: DeviceManager, cable: Cable) -> None:
    events = start_listening(devices)
    codes: queue.Queue[str] = queue.Queue()
    devices.on_code(codes.put)
    if devices.states()[0].status is not DeviceStatus.READY:
        events.next_matching(DeviceState, DeviceStatus.READY)
    cable.pty.write(b"K7M2Q9XA\r\n")
    assert codes.get(timeout=WAIT_S) == "K7M2Q9XA"
    cable.write_document(NL_PASSPORT_SPECIMEN)  # documents still arrive as documents
    assert isinstance(events.next_matching(MrzDocument), MrzDocument)
    assert codes.empty()


def test_unplugged_reader_goes_offline_and_comes_back(devices: DeviceManager,
                                                      cable: Cable) -> None:
    events = start_listening(devices)
    if devices.states()[0].status is not DeviceStatus.READY:
        events.next_matching(DeviceState, DeviceStatus.READY)
    cable.unplug()
    offline = events.next_matching(DeviceState, DeviceStatus.OFFLINE)
    assert isinstance(offline, DeviceState)
    assert offline.kind is DeviceKind.ID_READER
    assert offline.message == "De documentlezer is niet bereikbaar"
    cable.plug_in()
    events.next_matching(DeviceState, DeviceStatus.READY)
    cable.write_document(NL_PASSPORT_SPECIMEN)
    assert isinstance(events.next_matching(MrzDocument), MrzDocument)


def test_a_missing_port_is_offline_with_the_reason(tmp_path: Path) -> None:
    config = IdReaderConfig(backend="serial", port=str(tmp_path / "ttyUSB9"),
                            reconnect_interval_s=0.05)
    with build_device_manager(DeviceSettings(idreader=config), demo=False) as manager:
        [state] = manager.refresh(WAIT_S)
    assert state.status is DeviceStatus.OFFLINE
    assert state.message == "De documentlezer is niet bereikbaar"
