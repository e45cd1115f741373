from __future__ import annotations

import contextlib
import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.devices.cardreader import lds, tlv
from workstation.devices.cardreader.emulator import ICAO_SPECIMEN_MRZ, NL_SPECIMEN_MRZ

H = bytes.fromhex


def test_ef_com_of_the_worked_example() -> None:
    # ICAO 9303 part 11, D.4: the EF.COM read there.
    com = lds.parse_ef_com(H("60145F0104303130365F36063034303030305C026175"))
    assert com == lds.EfCom("0106", "040000", (1, 2))


def test_file_length_from_the_first_bytes() -> None:
    assert lds.file_length(H("60145F01")) == 0x16
    assert lds.file_length(H("7782045F3082")) == 4 + 0x045F


def test_dg1_round_trip_and_lines() -> None:
    raw = lds.build_dg1(list(NL_SPECIMEN_MRZ))
    text = lds.parse_dg1(raw)
    assert lds.mrz_lines(text) == list(NL_SPECIMEN_MRZ)


def test_sod_hash_list_round_trip() -> None:
    dg1 = lds.build_dg1(list(ICAO_SPECIMEN_MRZ))
    dg2 = tlv.encode(0x75, b"face")
    security_object = lds.parse_sod(lds.build_sod({1: dg1, 2: dg2}, "sha1"))
    assert security_object.hash_algorithm == "sha1"
    assert security_object.hashes == {
        1: hashlib.sha1(dg1).digest(),
        2: hashlib.sha1(dg2).digest(),
    }
    assert security_object.matches(1, dg1)
    assert not security_object.matches(1, dg1[:-1] + b"<")
    assert not security_object.matches(3, dg1)


@pytest.mark.parametrize(
    ("parse", "raw"),
    [
        (lds.parse_ef_com, H("6103020101")),
        (lds.parse_dg1, H("61055F1F023C3C")),
        (lds.parse_sod, H("7703300100")),
        (lds.parse_sod, H("77")),
    ],
)
def test_malformed_files_raise_lds_error(parse: object, raw: bytes) -> None:
    with pytest.raises(lds.LdsError):
        parse(raw)  # type: ignore[operator]


@given(st.binary(max_size=300))
def test_parsers_fail_only_with_lds_error(raw: bytes) -> None:
    for parse in (lds.parse_ef_com, lds.parse_dg1, lds.parse_sod):
        with contextlib.suppress(lds.LdsError):
            parse(raw)
