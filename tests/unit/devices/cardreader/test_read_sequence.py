"""The reader's sequence: identity before the face, session set up again before a fallback,
a missing EF.SOD, and the MRZ as the document really says it (letter-O correction, TD2)."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from workstation.devices.cardreader import apdu, bac
from workstation.devices.cardreader._protocol import ChipReadResult
from workstation.devices.cardreader.emulator import (
    NL_SPECIMEN_MRZ,
    ChipDocument,
    EmulatedChip,
    EmulatorPort,
)
from workstation.devices.cardreader.face import JPEG, JPEG_2000, FaceError, build_dg2, parse_dg2
from workstation.devices.cardreader.pace import PaceInfo
from workstation.devices.cardreader.passive_auth import Reason
from workstation.devices.cardreader.reader import EmrtdReader
from workstation.devices.cardreader.sim_backend import SPECIMEN_FACE, SimulatedChipReader
from workstation.devices.idreader.mrz import parse_mrz
from workstation.devices.manager import DeviceManager
from workstation.domain.errors import UserFacingError

NL = list(NL_SPECIMEN_MRZ)
WAIT_S = 10


def _face_chip(**options: object) -> EmulatedChip:
    document = ChipDocument(
        NL_SPECIMEN_MRZ, other_data_groups={2: build_dg2(SPECIMEN_FACE, width=8, height=8)}
    )
    return EmulatedChip(document, **options)  # type: ignore[arg-type]


def test_face_is_read_after_the_identity_was_handed_over() -> None:
    chip = _face_chip(access="pace")
    seen: list[tuple[ChipReadResult, int]] = []
    reader = EmrtdReader(EmulatorPort(chip))
    result = reader.read(NL, on_identity=lambda identity: seen.append((identity, chip.apdu_count)))
    [(identity, apdus_at_identity)] = seen
    assert identity.face is None
    assert identity.mrz_lines == NL_SPECIMEN_MRZ
    assert apdus_at_identity < chip.apdu_count  # DG2 came after
    assert result.face is not None
    assert (result.face.mime_type, result.face.width, result.face.data) == (
        JPEG, 8, SPECIMEN_FACE)  # fmt: skip
    assert "data=" not in repr(result.face)
    assert "face=" not in repr(result)


def test_device_manager_hands_the_identity_over_before_the_face() -> None:
    order: list[str] = []
    identity_seen = threading.Event()

    def on_identity(identity: ChipReadResult) -> None:
        order.append("identity" if identity.face is None else "identity with face")
        identity_seen.set()

    with DeviceManager(None, None, SimulatedChipReader(_face_chip(), apdu_latency_s=0)) as devices:
        future = devices.read_chip(NL, on_identity=on_identity)
        result = future.result(WAIT_S)
        order.append("face" if result.face is not None else "no face")
    assert identity_seen.is_set()
    assert order == ["identity", "face"]


def test_face_parsing() -> None:
    image = parse_dg2(build_dg2(b"\x00\x00\x00\x0cjP  ", jpeg_2000=True, width=3, height=4))
    assert (image.mime_type, image.width, image.height) == (JPEG_2000, 3, 4)
    with pytest.raises(FaceError):
        parse_dg2(bytes([0x75, 0x03, 0x7F, 0x61, 0x00]))


def test_refused_short_ef_ids_set_the_session_up_again_before_select() -> None:
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ), short_ef_ids=False)
    result = EmrtdReader(EmulatorPort(chip)).read(NL)
    assert result.dg1_hash_valid
    assert chip.sessions == 2


def test_refused_short_ef_ids_on_a_pace_chip() -> None:
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ), short_ef_ids=False, access="pace")
    result = EmrtdReader(EmulatorPort(chip)).read(NL)
    assert result.access.startswith("PACE")
    assert chip.sessions == 2


@pytest.mark.parametrize("use_short_ef_ids", [True, False])
def test_missing_sod_keeps_what_was_read(use_short_ef_ids: bool) -> None:
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ))
    del chip.files[apdu.FID_EF_SOD]
    result = EmrtdReader(EmulatorPort(chip), use_short_ef_ids=use_short_ef_ids).read(NL)
    assert result.mrz_lines == NL_SPECIMEN_MRZ
    assert result.dg1_matches_mrz is True
    assert result.dg1_hash_valid is False
    assert result.passive_auth.reason is Reason.NO_SOD
    assert "Niet te controleren" in result.passive_auth.worker_text


def test_letter_o_corrected_mrz_opens_the_chip_and_matches_dg1() -> None:
    misread = [NL[0], NL[1].replace("SPECI2021", "SPECI2O21", 1)]
    document = parse_mrz(misread, today=date(2026, 11, 30))
    assert list(document.raw_lines) == misread
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ))
    with pytest.raises(UserFacingError):
        EmrtdReader(EmulatorPort(chip)).read(list(document.raw_lines))
    result = EmrtdReader(EmulatorPort(EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ)))).read(
        list(document.lines)
    )
    assert result.dg1_matches_mrz is True


def _td2_long_number() -> list[str]:
    """A TD2 MRZ whose 12-character document number overflows into the optional data."""
    cd = bac.check_digit
    number, birth, expiry = "D23145890734", "340712", "950712"
    optional = (number[9:] + cd(number)).ljust(7, "<")
    line2 = number[:9] + "<" + "UTO" + birth + cd(birth) + "M" + expiry + cd(expiry) + optional
    composite = cd(line2[0:10] + line2[13:20] + line2[21:35])
    return ["I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<", line2 + composite]


def test_td2_long_document_number_gives_the_whole_number_to_bac() -> None:
    lines = _td2_long_number()
    assert parse_mrz(lines, today=date(2026, 11, 30)).document_number == "D23145890734"
    assert bac.mrz_information_from_lines(lines) == bac.mrz_information(
        "D23145890734", "340712", "950712"
    )
    result = EmrtdReader(EmulatorPort(EmulatedChip(ChipDocument(tuple(lines))))).read(lines)
    assert result.dg1_matches_mrz is True


@pytest.mark.parametrize(
    ("oid", "parameter_id"),
    [
        ("0.4.0.127.0.7.2.2.4.2.2", 12),  # AES-128, NIST P-256
        ("0.4.0.127.0.7.2.2.4.2.2", 13),  # AES-128, brainpoolP256r1
        ("0.4.0.127.0.7.2.2.4.2.4", 16),  # AES-256, brainpoolP384r1
        ("0.4.0.127.0.7.2.2.4.2.3", 13),  # AES-192
    ],
    ids=["p256", "bp256", "bp384-aes256", "bp256-aes192"],
)
def test_pace_on_every_supported_curve_and_key_length(oid: str, parameter_id: int) -> None:
    info = PaceInfo(oid, parameter_id)
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ), access="pace", pace_info=info)
    result = EmrtdReader(EmulatorPort(chip)).read(NL)
    assert result.access == info.description
    assert result.dg1_hash_valid


def test_a_chip_offering_both_is_opened_with_pace() -> None:
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ), access="both")
    assert EmrtdReader(EmulatorPort(chip)).read(NL).access.startswith("PACE")
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ), access="bac")
    assert EmrtdReader(EmulatorPort(chip)).read(NL).access == "BAC"


def test_a_face_too_long_for_read_binary_leaves_the_identity_standing() -> None:
    chip = _face_chip()
    chip.files[apdu.FID_EF_DG2] = build_dg2(bytes(40_000))
    result = EmrtdReader(EmulatorPort(chip)).read(NL)
    assert result.mrz_lines == NL_SPECIMEN_MRZ
    assert result.face is None
    assert "more than READ BINARY" in result.face_note


def test_card_taken_away_during_the_face_leaves_the_identity_standing() -> None:
    chip = _face_chip(pulled_after=7)  # EF.CardAccess, SELECT, BAC (2), COM, DG1, SOD: then gone
    result = EmrtdReader(EmulatorPort(chip)).read(NL)
    assert result.mrz_lines == NL_SPECIMEN_MRZ
    assert result.face is None
    assert "CardRemovedError" in result.face_note
