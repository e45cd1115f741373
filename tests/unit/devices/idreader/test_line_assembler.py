from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.unit.devices.idreader.test_mrz import ICAO_TD1, ICAO_TD2, ICAO_TD3
from workstation.devices.idreader.line_assembler import Fragment, LineAssembler, MrzBlock

TIMEOUT = 0.3


def wire(lines: tuple[str, ...], ending: str = "\r\n") -> bytes:
    return "".join(line + ending for line in lines).encode("ascii")


def kinds(events: list[MrzBlock | Fragment]) -> list[str]:
    return ["block" if isinstance(e, MrzBlock) else "fragment" for e in events]


@pytest.mark.parametrize("ending", ["\r\n", "\n", "\r", "\n\r"])
@pytest.mark.parametrize("lines", [ICAO_TD1, ICAO_TD2, ICAO_TD3], ids=["TD1", "TD2", "TD3"])
def test_splits_on_any_line_ending(lines: tuple[str, ...], ending: str) -> None:
    events = LineAssembler(TIMEOUT).feed(wire(lines, ending), now=0.0)
    assert events == [MrzBlock(lines)]


def test_byte_by_byte_with_crlf_split_across_reads() -> None:
    assembler = LineAssembler(TIMEOUT)
    events = []
    for i, byte in enumerate(wire(ICAO_TD3)):
        events += assembler.feed(bytes([byte]), now=i * 0.001)
    assert events == [MrzBlock(ICAO_TD3)]


def test_two_documents_back_to_back() -> None:
    events = LineAssembler(TIMEOUT).feed(wire(ICAO_TD3) + wire(ICAO_TD1), now=0.0)
    assert events == [MrzBlock(ICAO_TD3), MrzBlock(ICAO_TD1)]


def test_trailing_spaces_and_blank_lines_are_ignored() -> None:
    data = b"\r\n\r\n" + b" \r\n".join(line.encode() for line in ICAO_TD2) + b"  \r\n\r\n"
    assert LineAssembler(TIMEOUT).feed(data, now=0.0) == [MrzBlock(ICAO_TD2)]


def test_stx_etx_framing() -> None:
    data = b"\x02" + wire(ICAO_TD3) + b"\x03"
    assert LineAssembler(TIMEOUT).feed(data, now=0.0) == [MrzBlock(ICAO_TD3)]


def test_stx_etx_framing_without_final_line_ending() -> None:
    data = b"\x02" + wire(ICAO_TD1)[:-2] + b"\x03"
    assert LineAssembler(TIMEOUT).feed(data, now=0.0) == [MrzBlock(ICAO_TD1)]


def test_stx_cuts_off_a_half_document_and_the_next_one_is_read() -> None:
    data = b"\x02" + ICAO_TD3[0][:20].encode() + b"\x02" + wire(ICAO_TD3) + b"\x03"
    events = LineAssembler(TIMEOUT).feed(data, now=0.0)
    assert events == [Fragment("document cut off by STX"), MrzBlock(ICAO_TD3)]


def test_etx_before_the_document_is_complete() -> None:
    data = b"\x02" + wire(ICAO_TD1[:2]) + b"\x03"
    assert kinds(LineAssembler(TIMEOUT).feed(data, now=0.0)) == ["fragment"]


def test_garbage_line_then_document() -> None:
    data = b"\x00\xff#@!\r\n" + wire(ICAO_TD3)
    events = LineAssembler(TIMEOUT).feed(data, now=0.0)
    assert events == [Fragment("line of 5 characters is not an MRZ line"), MrzBlock(ICAO_TD3)]


def test_half_line_then_document() -> None:
    data = ICAO_TD3[0][:22].encode() + b"\r\n" + wire(ICAO_TD3)
    assert kinds(LineAssembler(TIMEOUT).feed(data, now=0.0)) == ["fragment", "block"]


def test_second_line_missing_is_reported_after_the_timeout() -> None:
    assembler = LineAssembler(TIMEOUT)
    assert assembler.feed(wire(ICAO_TD3[:1]), now=10.0) == []
    assert assembler.deadline() == pytest.approx(10.3)
    assert assembler.flush_expired(now=10.29) == []
    events = assembler.flush_expired(now=10.3)
    assert events == [Fragment("document incomplete: 1 of 2 lines")]
    assert assembler.deadline() is None
    assert assembler.feed(wire(ICAO_TD3), now=11.0) == [MrzBlock(ICAO_TD3)]


def test_half_line_without_ending_is_reported_after_the_timeout() -> None:
    assembler = LineAssembler(TIMEOUT)
    assert assembler.feed(ICAO_TD1[0][:12], now=0.0) == []
    assert kinds(assembler.flush_expired(now=1.0)) == ["fragment"]


def test_last_line_without_ending_is_accepted_when_the_reader_goes_quiet() -> None:
    assembler = LineAssembler(TIMEOUT)
    assert assembler.feed(wire(ICAO_TD3)[:-2], now=0.0) == []
    assert assembler.flush_expired(now=0.5) == [MrzBlock(ICAO_TD3)]


def test_lines_of_different_formats_do_not_mix() -> None:
    data = wire(ICAO_TD1[:1]) + wire(ICAO_TD3)
    events = LineAssembler(TIMEOUT).feed(data, now=0.0)
    assert events == [Fragment("document incomplete: 1 of 3 lines"), MrzBlock(ICAO_TD3)]


def test_one_fragment_per_burst() -> None:
    assembler = LineAssembler(TIMEOUT)
    data = b"noise\r\n" + ICAO_TD1[0].encode() + b"\r\nshort\r\n" + wire(ICAO_TD1[2:])
    assert kinds(assembler.feed(data, now=0.0)) == ["fragment"]
    assert assembler.flush_expired(now=1.0) == []
    # after the quiet period, the next bad scan is reported again
    assert kinds(assembler.feed(b"noise\r\n", now=2.0)) == ["fragment"]


def test_a_good_block_ends_the_burst() -> None:
    data = b"noise\r\n" + wire(ICAO_TD2) + b"noise\r\n"
    events = LineAssembler(TIMEOUT).feed(data, now=0.0)
    assert kinds(events) == ["fragment", "block", "fragment"]


def test_runaway_line_is_dropped_until_its_end() -> None:
    assembler = LineAssembler(TIMEOUT)
    events = assembler.feed(b"X" * 1000, now=0.0)
    assert events == [Fragment("line longer than 128 characters")]
    assert assembler.feed(b"Y" * 1000 + b"\r\n" + wire(ICAO_TD3), now=0.1) == [MrzBlock(ICAO_TD3)]


def test_bytes_are_latin_1() -> None:
    line = ICAO_TD1[0][:-1].encode() + b"\xe9"
    events = LineAssembler(TIMEOUT).feed(line + b"\r\n" + wire(ICAO_TD1[1:]), now=0.0)
    assert events == [MrzBlock((ICAO_TD1[0][:-1] + "é", *ICAO_TD1[1:]))]


@given(noise=st.binary(max_size=300), cut=st.integers(0, 100))
def test_a_good_document_after_a_quiet_period_is_always_read(noise: bytes, cut: int) -> None:
    assembler = LineAssembler(TIMEOUT)
    assembler.feed(noise[:cut], now=0.0)
    assembler.feed(noise[cut:], now=0.1)
    assembler.flush_expired(now=1.0)
    assert assembler.feed(wire(ICAO_TD3), now=2.0) == [MrzBlock(ICAO_TD3)]


def test_a_scanned_booking_code_is_a_code_line_not_a_fragment() -> None:
    from workstation.devices.idreader.line_assembler import CodeLine

    events = LineAssembler(TIMEOUT).feed(b"k7m2q9xa\r\nBOZ-12345678\r\n", now=0.0)
    assert events == [CodeLine("K7M2Q9XA"), CodeLine("BOZ-12345678")]


def test_document_lines_never_become_code_lines() -> None:
    from workstation.devices.idreader.line_assembler import CodeLine

    broken = ICAO_TD3[0][:20]  # a cut-off document line, with the MRZ's < fillers
    events = LineAssembler(TIMEOUT).feed(wire((broken, *ICAO_TD1)), now=0.0)
    assert not any(isinstance(e, CodeLine) for e in events)
    assert events[-1] == MrzBlock(ICAO_TD1)


def test_a_bsn_qr_code_sent_by_a_serial_2d_scanner_is_a_code_line() -> None:
    from workstation.devices.idreader.line_assembler import CodeLine

    events = LineAssembler(TIMEOUT).feed(b"BSN: 999999990\r\nBSN: 123456789\r\n", now=0.0)
    assert events == [CodeLine("BSN: 999999990"), Fragment(
        "line of 14 characters is not an MRZ line")]  # no valid BSN: read again
