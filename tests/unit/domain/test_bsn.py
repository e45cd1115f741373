from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.bsn import (
    is_valid_bsn,
    is_valid_rsin,
    mask_bsn,
    mask_bsn_shapes,
    mask_identifier,
    passes_11_proef,
)

# From shared/data/rvig-testpersons.csv, plus the BSN on the Dutch specimen documents.
VALID_BSNS = ["999993653", "999990639", "999993872", "999991723", "999992740", "999999990"]


@pytest.mark.parametrize("bsn", VALID_BSNS)
def test_test_persons_pass(bsn: str) -> None:
    assert is_valid_bsn(bsn)
    assert is_valid_rsin(bsn)


def test_weights_9_to_2_and_minus_1() -> None:
    # 0*9 + 1*8 + 0*7 + ... + 0*2 - 8*1 = 0
    assert passes_11_proef("010000008")
    # passes the bank-account variant with last weight +1 (8 + 3 = 11), not the BSN one (8 - 3)
    assert not passes_11_proef("010000003")


@pytest.mark.parametrize(
    "number",
    [
        "",
        "99999365",  # eight digits: must be written with a leading zero
        "9999936530",
        "99999365a",
        "999 93653",
        "٩٩٩٩٩٣٦٥٣",  # Arabic-Indic digits are digits to str.isdigit, not to the 11-proef
        "000000000",  # passes the sum, never issued
        "999993654",
    ],
)
def test_rejects(number: str) -> None:
    assert not is_valid_bsn(number)
    assert not is_valid_rsin(number)


@given(bsn=st.sampled_from(VALID_BSNS), position=st.integers(0, 8), delta=st.integers(1, 9))
def test_every_single_digit_error_is_caught(bsn: str, position: int, delta: int) -> None:
    wrong = str((int(bsn[position]) + delta) % 10)
    assert not is_valid_bsn(bsn[:position] + wrong + bsn[position + 1 :])


@given(bsn=st.sampled_from(VALID_BSNS), position=st.integers(0, 7))
def test_every_swap_of_neighbours_is_caught(bsn: str, position: int) -> None:
    a, b = bsn[position], bsn[position + 1]
    swapped = bsn[:position] + b + a + bsn[position + 2 :]
    assert is_valid_bsn(swapped) == (a == b)


def test_mask_bsn_keeps_last_four() -> None:
    assert mask_bsn("999993653") == "*****3653"


def test_mask_identifier_never_shows_a_short_value() -> None:
    assert mask_identifier("SPECI2021") == "*****2021"
    assert mask_identifier("1234") == "****"
    assert mask_identifier("AB", visible=1) == "*B"
    assert mask_identifier("") == ""


@pytest.mark.parametrize("text", [
    "bsn 999 999 990", "99999999-0", "999.999.990", "999\u00a0999\u00a0990",
    "999\u202f999\u202f990", "9999\u00a099\u00a0990", "bsn: 999-999-990.",
    # TD3 passport, line 2: BSN in the optional data, right after the expiry date's check digit
    "XN01BC0150NLD7603119F2608012999999990<<<<86",
    # TD1 ID card, line 1: BSN after the document number's check digit
    "I<NLDIR5T8PKB09999999990<<<<<<",
])
def test_every_written_form_of_a_bsn_is_masked(text: str) -> None:
    masked = mask_bsn_shapes(text)
    assert "999999990" not in "".join(ch for ch in masked if ch.isdigit())
    assert "*********" in masked


@pytest.mark.parametrize("text", [
    "A012 en B003", "1234567890 is an A-nummer length", "2026-11-29 12:00:00",
    "12-03-2026 10:30", "postcode 3077 AW", "P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<",
])
def test_text_without_a_bsn_stays(text: str) -> None:
    assert mask_bsn_shapes(text) == text
