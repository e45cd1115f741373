"""Scanner or person: the timing of a burst of keys."""

from __future__ import annotations

from workstation.domain.keystrokes import BurstTiming, KeyBurst, is_mrz_line

SCANNER_GAP_S = 0.008  # ~125 characters per second
TYPIST_GAP_S = 0.15


def burst_of(count: int, gap_s: float, timing: BurstTiming | None = None) -> KeyBurst:
    burst = KeyBurst(timing or BurstTiming())
    for i in range(count):
        assert i == 0 or burst.continues(i * gap_s)
        burst.add(i * gap_s)
    return burst


def test_a_scanner_burst_is_recognised_at_its_eighth_key() -> None:
    assert not burst_of(7, SCANNER_GAP_S).scanner
    assert burst_of(8, SCANNER_GAP_S).scanner


def test_a_typist_never_makes_one_burst() -> None:
    burst = KeyBurst(BurstTiming())
    burst.add(0.0)
    assert not burst.continues(TYPIST_GAP_S)


def test_a_fast_roll_of_a_few_keys_is_a_person() -> None:
    assert not burst_of(3, 0.02).scanner


def test_gaps_below_the_limit_but_too_slow_on_average_are_a_person() -> None:
    timing = BurstTiming(max_gap_s=0.05, min_chars_per_s=30.0)
    assert not burst_of(10, 0.045, timing).scanner  # 22 characters per second


def test_keys_all_at_one_instant_are_a_scanner() -> None:
    assert burst_of(8, 0.0).scanner


def test_reset_starts_a_new_burst() -> None:
    burst = burst_of(8, SCANNER_GAP_S)
    burst.reset()
    assert not burst.scanner and burst.count == 0
    assert not burst.continues(0.0)


def test_mrz_lines() -> None:
    assert is_mrz_line("P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<")  # 44
    assert is_mrz_line("i<nldspeci20142999999990<<<<<8")  # 30, Caps Lock on
    assert is_mrz_line("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<")  # 36
    assert not is_mrz_line("999999990")
    assert not is_mrz_line("BSN: 999999990")
    assert not is_mrz_line("P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<")  # 43
