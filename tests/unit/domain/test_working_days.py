"""Dutch public holidays and working days, against the calendar."""

from datetime import date

import pytest

from workstation.domain.working_days import (
    add_working_days,
    easter_sunday,
    is_working_day,
    public_holidays,
)


@pytest.mark.parametrize(("year", "easter"), [
    (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)),
    (2027, date(2027, 3, 28)), (2038, date(2038, 4, 25)),
])
def test_easter(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_holidays_of_2026() -> None:
    assert public_holidays(2026) == {
        date(2026, 1, 1), date(2026, 4, 5), date(2026, 4, 6), date(2026, 4, 27),
        date(2026, 5, 5), date(2026, 5, 14), date(2026, 5, 24), date(2026, 5, 25),
        date(2026, 12, 25), date(2026, 12, 26),
    }


def test_kings_day_moves_to_saturday_when_the_27th_is_a_sunday() -> None:
    assert date(2025, 4, 26) in public_holidays(2025)
    assert date(2025, 4, 27) not in public_holidays(2025)


def test_working_days() -> None:
    assert is_working_day(date(2026, 11, 30))  # a Monday
    assert not is_working_day(date(2026, 11, 28))  # a Saturday
    assert not is_working_day(date(2026, 5, 14))  # Hemelvaartsdag
    assert add_working_days(date(2026, 5, 13), 2) == date(2026, 5, 18)  # over Ascension Day
    assert add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)  # over New Year
