"""The counter's view of a chip read (wiring): name, verdict, and where the face stands."""

from __future__ import annotations

from workstation.devices.cardreader._protocol import ChipReadResult
from workstation.devices.cardreader.emulator import (
    NL_SPECIMEN_MRZ,
    ChipDocument,
    EmulatedChip,
    EmulatorPort,
)
from workstation.devices.cardreader.face import build_dg2
from workstation.devices.cardreader.reader import EmrtdReader
from workstation.devices.cardreader.sim_backend import SPECIMEN_FACE
from workstation.domain.document_check import Verdict
from workstation.wiring.device_board import document_view

NL = list(NL_SPECIMEN_MRZ)


def _read(dg2: bytes | None) -> tuple[ChipReadResult, ChipReadResult]:
    groups = {2: dg2} if dg2 is not None else {}
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ, other_data_groups=groups))
    seen: list[ChipReadResult] = []
    result = EmrtdReader(EmulatorPort(chip)).read(NL, on_identity=seen.append)
    return seen[0], result


def test_identity_then_face() -> None:
    identity, result = _read(build_dg2(SPECIMEN_FACE))
    first = document_view(identity)
    assert first.name == "DE BRUIJN, WILLEKE LISELOTTE"
    assert first.face_pending and first.face is None
    assert first.verdict is Verdict.ALTERED  # this test chip's EF.SOD is not signed
    last = document_view(result)
    assert last.face == SPECIMEN_FACE and not last.face_pending and not last.face_unreadable
    assert "DE BRUIJN" not in repr(last) and "face=" not in repr(last)


def test_a_face_that_does_not_parse_is_unreadable() -> None:
    _identity, result = _read(bytes([0x75, 0x03, 0x7F, 0x61, 0x00]))
    view = document_view(result)
    assert view.face is None and view.face_unreadable and not view.face_pending


def test_no_face_on_the_chip() -> None:
    _identity, result = _read(None)
    view = document_view(result)
    assert not view.face_pending and not view.face_unreadable
