from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.bsn import (
    is_valid_bsn,
    is_valid_rsin,
    mask_bsn,
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
