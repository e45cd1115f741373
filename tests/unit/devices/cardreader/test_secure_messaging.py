"""Secure messaging against ICAO Doc 9303 part 11, appendix D.4 (SELECT and READ BINARY)."""

from __future__ import annotations

import pytest

from workstation.devices.cardreader import apdu
from workstation.devices.cardreader.bac import SessionKeys
from workstation.devices.cardreader.secure_messaging import (
    ChipChannel,
    SecureMessagingError,
    TerminalChannel,
)

H = bytes.fromhex
SESSION = SessionKeys(
    H("979EC13B1CBFE9DCD01AB0FED307EAE5"), H("F1CB1F1FB5ADF208806B89DC579DC1F8"), 0x887022120C06C226
)
SELECT_EF_COM = H("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800")
SELECT_ANSWER = H("990290008E08FA855A5D4C50A8ED")
READ_4 = H("0CB000000D9701048E08ED6705417E96BA5500")
READ_4_ANSWER = H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED")
READ_18 = H("0CB000040D9701128E082EA28A70F3C7B53500")
READ_18_ANSWER = H(
    "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D74"
)


def test_terminal_side_of_the_worked_example() -> None:
    channel = TerminalChannel(SESSION)
    assert channel.wrap(apdu.select_ef(apdu.FID_EF_COM)) == SELECT_EF_COM
    assert channel.ssc == 0x887022120C06C227
    assert channel.unwrap(SELECT_ANSWER, 0x9000) == (b"", 0x9000)
    assert channel.ssc == 0x887022120C06C228
    assert channel.wrap(apdu.read_binary(0, 4)) == READ_4
    assert channel.unwrap(READ_4_ANSWER, 0x9000) == (H("60145F01"), 0x9000)
    assert channel.wrap(apdu.read_binary(4, 0x12)) == READ_18
    data, sw = channel.unwrap(READ_18_ANSWER, 0x9000)
    assert data == H("04303130365F36063034303030305C026175")
    assert sw == 0x9000
    assert channel.ssc == 0x887022120C06C22C


def test_chip_side_of_the_worked_example() -> None:
    channel = ChipChannel(SESSION)
    assert channel.unwrap(SELECT_EF_COM) == apdu.CommandApdu(0x00, 0xA4, 0x02, 0x0C, H("011E"))
    assert channel.wrap(b"", 0x9000) == SELECT_ANSWER + H("9000")
    assert channel.unwrap(READ_4) == apdu.read_binary(0, 4)
    assert channel.wrap(H("60145F01"), 0x9000) == READ_4_ANSWER + H("9000")


def test_response_with_a_bad_mac_is_refused() -> None:
    channel = TerminalChannel(SESSION)
    channel.wrap(apdu.select_ef(apdu.FID_EF_COM))
    with pytest.raises(SecureMessagingError, match="MAC"):
        channel.unwrap(SELECT_ANSWER[:-1] + b"\x00", 0x9000)


@pytest.mark.parametrize(
    "answer",
    [H("99029000"), H("990290"), H("5A0290008E08FA855A5D4C50A8ED"), H("")],
    ids=["no-mac", "truncated", "unknown-object", "empty-with-9000"],
)
def test_malformed_responses_are_refused(answer: bytes) -> None:
    channel = TerminalChannel(SESSION)
    channel.wrap(apdu.select_ef(apdu.FID_EF_COM))
    with pytest.raises(SecureMessagingError):
        channel.unwrap(answer, 0x9000)


def test_bare_error_status_passes_through() -> None:
    channel = TerminalChannel(SESSION)
    channel.wrap(apdu.select_ef(apdu.FID_EF_COM))
    assert channel.unwrap(b"", 0x6988) == (b"", 0x6988)


def test_chip_refuses_a_command_with_a_wrong_mac_or_ssc() -> None:
    with pytest.raises(SecureMessagingError):
        ChipChannel(SESSION).unwrap(READ_4)  # READ_4 was MACed with a later SSC
    with pytest.raises(SecureMessagingError):
        ChipChannel(SESSION).unwrap(apdu.select_ef(apdu.FID_EF_COM).to_bytes())


def test_large_reads_round_trip() -> None:
    terminal, chip = TerminalChannel(SESSION), ChipChannel(SESSION)
    assert chip.unwrap(terminal.wrap(apdu.read_binary(0x0123, 0xE7))) == apdu.read_binary(
        0x0123, 0xE7
    )
    response = chip.wrap(bytes(range(0xE7)), 0x9000)
    assert len(response) <= 258
    assert terminal.unwrap(response[:-2], 0x9000) == (bytes(range(0xE7)), 0x9000)
