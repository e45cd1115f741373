"""EmrtdReader against the emulator in-process, and against the appendix D trace."""

from __future__ import annotations

import itertools

import pytest

from workstation.devices.cardreader import apdu
from workstation.devices.cardreader._protocol import CardRemovedError
from workstation.devices.cardreader.emulator import (
    ICAO_SPECIMEN_MRZ,
    NL_SPECIMEN_MRZ,
    ChipDocument,
    EmulatedChip,
    EmulatorPort,
)
from workstation.devices.cardreader.reader import EmrtdReader
from workstation.domain.errors import UserFacingError

H = bytes.fromhex
NL = list(NL_SPECIMEN_MRZ)


def _read(chip: EmulatedChip, *, use_short_ef_ids: bool = True) -> EmrtdReader:
    reader = EmrtdReader(EmulatorPort(chip), use_short_ef_ids=use_short_ef_ids)
    reader.read(NL)
    return reader


def _big_chip(**kwargs: object) -> EmulatedChip:
    # SHA-512 hashes of all 16 data groups make an EF.SOD of several READ BINARY chunks.
    groups = {n: bytes([0x60 + n, 1, n]) for n in range(2, 17)}
    document = ChipDocument(NL_SPECIMEN_MRZ, other_data_groups=groups, hash_algorithm="sha512")
    return EmulatedChip(document, **kwargs)  # type: ignore[arg-type]


def test_reads_with_seven_apdus() -> None:
    # EF.CardAccess (none: BAC), SELECT, GET CHALLENGE, EXTERNAL AUTHENTICATE, 3 x READ BINARY.
    assert _read(EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ))).apdu_count == 7


def test_falls_back_to_select_without_short_ef_ids() -> None:
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ))
    assert _read(chip, use_short_ef_ids=False).apdu_count == 10


def test_long_files_are_read_in_the_largest_chunks() -> None:
    chip = _big_chip()
    result = EmrtdReader(EmulatorPort(chip)).read(NL)
    assert result.data_groups == tuple(range(1, 17))
    assert result.dg1_hash_valid
    sod_length = len(chip.files[apdu.FID_EF_SOD])
    assert sod_length > 0xE7 * 4
    # EF.CardAccess and BAC, then 15 data groups listed but only COM, DG1, SOD and DG2 read.
    dg2_reads = 1
    assert result.apdu_count == 4 + 2 + -(-sod_length // 0xE7) + dg2_reads


@pytest.mark.parametrize("exact_length_hint", [False, True], ids=["6700", "6Cxx"])
def test_learns_a_smaller_read_limit(exact_length_hint: bool) -> None:
    chip = _big_chip(max_read=0x70, exact_length_hint=exact_length_hint)
    result = EmrtdReader(EmulatorPort(chip)).read(NL)
    assert result.dg1_hash_valid


def test_dg1_not_matching_its_hash_is_reported() -> None:
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ))
    chip.files[apdu.FID_EF_DG1] = chip.files[apdu.FID_EF_DG1].replace(b"WILLEKE", b"WILLEMS")
    result = EmrtdReader(EmulatorPort(chip)).read([NL[0].replace("WILLEKE", "WILLEMS"), NL[1]])
    assert result.dg1_matches_mrz is True
    assert result.dg1_hash_valid is False


def test_unusable_optical_mrz_gives_a_clear_message() -> None:
    with pytest.raises(UserFacingError) as raised:
        EmrtdReader(EmulatorPort(EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ)))).read(["P<NLD"])
    assert raised.value.next_step == (
        "Scan het document opnieuw met de documentlezer en probeer het nog eens.")


class _NotAPassport:
    def transmit(self, apdu_bytes: bytes) -> tuple[bytes, int]:
        return b"", apdu.SW_FILE_NOT_FOUND


def test_card_without_lds1_is_not_a_travel_document() -> None:
    with pytest.raises(UserFacingError) as raised:
        EmrtdReader(_NotAPassport()).read(NL)
    assert "geen paspoort" in raised.value.message


def test_mrz_and_personal_data_stay_out_of_the_result_repr() -> None:
    result = EmrtdReader(EmulatorPort(EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ)))).read(NL)
    assert "BRUIJN" not in repr(result)
    assert "SPECI" not in repr(result)


class _AppendixDChip:
    """Answers as the chip of ICAO 9303-11 appendix D.3; then leaves the field."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self._answers = iter(
            [
                (b"", apdu.SW_FILE_NOT_FOUND),
                (b"", 0x9000),
                (H("4608F91988702212"), 0x9000),
                (
                    H(
                        "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F"
                        "2F2D235D074D7449"
                    ),
                    0x9000,
                ),
            ]
        )

    def transmit(self, apdu_bytes: bytes) -> tuple[bytes, int]:
        self.sent.append(apdu_bytes)
        answer = next(self._answers, None)
        if answer is None:
            raise CardRemovedError("end of the worked example")
        return answer


def test_reader_sends_the_appendix_d_commands() -> None:
    chip = _AppendixDChip()
    randomness = iter([H("781723860C06C226"), H("0B795240CB7049B01C19B33E32804F0B")])
    reader = EmrtdReader(chip, random_bytes=lambda _n: next(randomness))
    with pytest.raises(UserFacingError):
        reader.read(list(ICAO_SPECIMEN_MRZ))
    assert chip.sent[:4] == [
        H("00B09C0020"),  # EF.CardAccess: the chip has none, so BAC
        H("00A4040C07A0000002471001"),
        H("0084000008"),
        H("0082000028")
        + H("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2")
        + H("5F1448EEA8AD90A728"),
    ]
    # The first protected command carries SSC 887022120C06C227, as in D.4.
    assert chip.sent[4][:2] == H("0CB0")


def test_emulator_reproduces_the_appendix_d_chip() -> None:
    dg2 = bytes([0x75, 0x01, 0x00])
    document = ChipDocument(ICAO_SPECIMEN_MRZ, other_data_groups={2: dg2}, lds_version="0106")
    randomness = iter([H("4608F91988702212"), H("0B4F80323EB3191CB04970CB4052790B")])
    chip = EmulatedChip(document, random_bytes=lambda _n: next(randomness))
    trace = [
        ("00A4040C07A0000002471001", "9000"),
        ("0084000008", "4608F919887022129000"),
        (
            "008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"
            "5F1448EEA8AD90A728",
            "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D74499000",
        ),
        (
            "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800",
            "990290008E08FA855A5D4C50A8ED9000",
        ),
        (
            "0CB000000D9701048E08ED6705417E96BA5500",
            "8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000",
        ),
    ]
    for command, response in trace:
        assert chip.process(H(command)) == H(response)


def test_pulled_card_stays_gone() -> None:
    chip = EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ), pulled_after=2)
    for _ in itertools.repeat(None, 2):
        chip.process(apdu.select_lds1().to_bytes())
    for _ in range(2):
        with pytest.raises(CardRemovedError):
            chip.process(apdu.select_lds1().to_bytes())
