"""Booking codes that cannot be guessed, and the check-in window."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from workstation.domain.appointments import (
    BOOKING_ALPHABET,
    CheckInRefused,
    booking_code_problem,
    check_in_window,
    new_booking_code,
)
from workstation.domain.queue import SITE_TIMEZONE

ELEVEN = datetime(2026, 10, 25, 11, 0, tzinfo=SITE_TIMEZONE)  # the day summer time ends


def test_new_codes_are_long_random_and_unambiguous() -> None:
    codes = {new_booking_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(code) == 8 and set(code) <= set(BOOKING_ALPHABET) for code in codes)
    assert not set("01OI") & set(BOOKING_ALPHABET)
    assert all(booking_code_problem(code, "BOZ") is None for code in codes)


@pytest.mark.parametrize(("code", "problem"), [
    ("1234", "guessable"),
    ("BOZ-1234", "guessable"),  # the location code is no secret
    ("1234567", "guessable"),
    ("AAAAAAAAAA", "guessable"),
    ("ABCDE", "guessable"),
    ("12345678", None),  # eight digits: 10^8 codes
    ("K7M2Q9", None),
    ("BOZ-K7M2Q9XA", None),
    ("K7M 2Q9", "shape"),
    ("", "shape"),
    ("A" * 21, "shape"),
])
def test_guessable_or_malformed_codes_are_named(code: str, problem: str | None) -> None:
    assert booking_code_problem(code, "BOZ") == problem


@pytest.mark.parametrize("minutes", [-30, 0, 15])
def test_window_is_thirty_minutes_before_to_the_late_limit(minutes: int) -> None:
    check_in_window(ELEVEN, ELEVEN + timedelta(minutes=minutes), late_minutes=15)


def test_the_late_limit_is_the_locations() -> None:
    check_in_window(ELEVEN, ELEVEN + timedelta(minutes=40), late_minutes=45)
    with pytest.raises(CheckInRefused, match="too late"):
        check_in_window(ELEVEN, ELEVEN + timedelta(minutes=16), late_minutes=15)


def test_messages_use_the_site_clock_on_a_dst_day() -> None:
    early = datetime(2026, 10, 25, 1, 0, tzinfo=SITE_TIMEZONE)  # before the clocks go back
    with pytest.raises(CheckInRefused) as caught:
        check_in_window(ELEVEN, early, late_minutes=15)
    assert caught.value.message == "Uw afspraak is om 11:00. U kunt zich vanaf 10:30 melden."
    assert "wachtnummer" in caught.value.next_step
    with pytest.raises(CheckInRefused) as caught:
        check_in_window(ELEVEN, ELEVEN - timedelta(days=1), late_minutes=15)
    assert caught.value.message == "Uw afspraak is op zondag 25 oktober om 11:00, niet vandaag."
