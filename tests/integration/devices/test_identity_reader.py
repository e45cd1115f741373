"""A document on the ID reader identifies its holder with one action: the board hands the
desk what the MRZ says (BSN on Dutch documents before August 2021, else name and birth)."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from datetime import date

import pytest

from workstation.devices.idreader.sim_backend import SimulatedIdReader
from workstation.devices.manager import DeviceManager
from workstation.domain.identify import DocumentIdentity, document_query
from workstation.domain.person import ByBsn, ByNameAndBirthDate
from workstation.services.identity_reader import IdentityReader
from workstation.wiring.device_board import ManagedDeviceBoard


@pytest.fixture
def board() -> Iterator[ManagedDeviceBoard]:
    devices = ManagedDeviceBoard(DeviceManager(
        None, SimulatedIdReader(latency_s=0, line_timeout_s=0.05), None))
    yield devices
    devices.close()


def read(board: ManagedDeviceBoard, key: str) -> DocumentIdentity:
    found: queue.Queue[DocumentIdentity] = queue.Queue()
    unsubscribe = board.watch_identities(found.put)
    try:
        board.manager.present_simulated_document(key).result(10)
        return found.get(timeout=10)
    finally:
        unsubscribe()


def test_the_board_is_an_identity_reader(board: ManagedDeviceBoard) -> None:
    assert isinstance(board, IdentityReader)


def test_an_old_dutch_passport_gives_its_bsn(board: ManagedDeviceBoard) -> None:
    identity = read(board, "nl-paspoort-specimen")
    assert identity == DocumentIdentity("NLD", "DE BRUIJN", date(1965, 3, 10), "999999990")
    assert document_query(identity) == ByBsn("999999990")


def test_a_new_dutch_id_card_gives_name_and_birth_date(board: ManagedDeviceBoard) -> None:
    identity = read(board, "nl-id-kaart-specimen")
    assert identity.bsn is None
    assert document_query(identity) == ByNameAndBirthDate("BRUIJN*", date(1965, 3, 10), "de")
