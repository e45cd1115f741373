"""BAC against the worked example of ICAO Doc 9303 part 11, appendix D (D.2 and D.3)."""

from __future__ import annotations

import pytest

from workstation.devices.cardreader import bac

H = bytes.fromhex
MRZ_INFO = "L898902C<369080619406236"
RND_IC = H("4608F91988702212")
RND_IFD = H("781723860C06C226")
K_IFD = H("0B795240CB7049B01C19B33E32804F0B")
K_IC = H("0B4F80323EB3191CB04970CB4052790B")
E_IFD_M_IFD = H("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7")
E_IC_M_IC = H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449")
KEYS = bac.AccessKeys(H("AB94FDECF2674FDFB9B391F85D7F76F2"), H("7962D9ECE03D1ACD4C76089DCE131543"))


def test_mrz_information_and_check_digits() -> None:
    assert bac.mrz_information("L898902C", "690806", "940623") == MRZ_INFO


def test_mrz_information_from_the_printed_td3_lines() -> None:
    lines = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C<3UTO6908061F9406236ZE184226B<<<<<14",
    ]
    assert bac.mrz_information_from_lines(lines) == MRZ_INFO


def test_mrz_information_from_a_td1_card_with_a_long_document_number() -> None:
    # ICAO 9303 part 5: a 12-character document number D23145890734 with check digit 9.
    lines = [
        "I<UTOD23145890<7349<<<<<<<<<<<",
        "3407127M9507122UTO<<<<<<<<<<<2",
        "STEVENSON<<PETER<JOHN<<<<<<<<<",
    ]
    assert bac.mrz_information_from_lines(lines) == "D2314589073493407127" + "9507122"


def test_mrz_information_from_the_dutch_specimen() -> None:
    lines = [
        "P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<",
        "SPECI20212NLD6503101F3108022999999990<<<<<84",
    ]
    assert bac.mrz_information_from_lines(lines) == "SPECI2021265031013108022"


@pytest.mark.parametrize(
    "lines",
    [
        ["P<UTOERIKSSON", "L898902C<3UTO"],
        [
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C<4UTO6908061F9406236ZE184226B<<<<<14",
        ],
        [],
    ],
    ids=["half-lines", "wrong-check-digit", "empty"],
)
def test_unusable_mrz_is_refused(lines: list[str]) -> None:
    with pytest.raises(ValueError):
        bac.mrz_information_from_lines(lines)


def test_key_seed_and_derived_keys() -> None:
    seed = bac.key_seed(MRZ_INFO)
    assert seed == H("239AB9CB282DAF66231DC5A4DF6BFBAE")
    assert bac.AccessKeys.from_mrz_information(MRZ_INFO) == KEYS


def test_parity_adjustment() -> None:
    # D.2: Ka = AB94FCEDF2664EDF before, AB94FDECF2674FDF after adjusting parity.
    assert bac.adjust_parity(H("AB94FCEDF2664EDF")) == H("AB94FDECF2674FDF")
    assert bac.adjust_parity(H("B9B291F85D7F77F2")) == H("B9B391F85D7F76F2")


def test_retail_mac_of_the_terminal_cryptogram() -> None:
    assert bac.retail_mac(KEYS.mac, E_IFD_M_IFD[:32]) == E_IFD_M_IFD[32:]


def test_terminal_cryptogram() -> None:
    assert bac.terminal_cryptogram(KEYS, RND_IC, RND_IFD, K_IFD) == E_IFD_M_IFD


def test_session_keys_and_ssc_from_the_chip_answer() -> None:
    session = bac.finish_terminal(KEYS, RND_IC, RND_IFD, K_IFD, E_IC_M_IC)
    assert session.enc == H("979EC13B1CBFE9DCD01AB0FED307EAE5")
    assert session.mac == H("F1CB1F1FB5ADF208806B89DC579DC1F8")
    assert session.ssc == 0x887022120C06C226


def test_chip_side_answers_the_worked_example() -> None:
    answer, session = bac.chip_answer(KEYS, RND_IC, K_IC, E_IFD_M_IFD)
    assert answer == E_IC_M_IC
    assert session.ssc == 0x887022120C06C226


def test_tampered_chip_answer_is_refused() -> None:
    tampered = E_IC_M_IC[:-1] + bytes([E_IC_M_IC[-1] ^ 1])
    with pytest.raises(bac.BacError):
        bac.finish_terminal(KEYS, RND_IC, RND_IFD, K_IFD, tampered)


def test_chip_answer_for_another_challenge_is_refused() -> None:
    with pytest.raises(bac.BacError):
        bac.finish_terminal(KEYS, H("0000000000000000"), RND_IFD, K_IFD, E_IC_M_IC)


def test_chip_refuses_a_cryptogram_made_with_other_keys() -> None:
    other = bac.AccessKeys.from_mrz_information("SPECI2021265031013108022")
    with pytest.raises(bac.BacError):
        bac.chip_answer(other, RND_IC, K_IC, E_IFD_M_IFD)


def test_padding_round_trip() -> None:
    assert bac.pad(H("011E")) == H("011E800000000000")
    assert bac.unpad(H("011E800000000000")) == H("011E")
    with pytest.raises(ValueError):
        bac.unpad(H("011E000000000000"))
