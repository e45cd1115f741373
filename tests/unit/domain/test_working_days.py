from __future__ import annotations

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
        date(2026, 1, 1), date(2026, 4, 6), date(2026, 4, 27), date(2026, 5, 5),
        date(2026, 5, 14), date(2026, 5, 25), date(2026, 12, 25), date(2026, 12, 26),
    }


def test_kings_day_on_a_sunday_moves_to_saturday() -> None:
    assert date(2025, 4, 26) in public_holidays(2025)
    assert date(2025, 4, 27) not in public_holidays(2025)


def test_weekends_and_holidays_are_no_working_days() -> None:
    assert is_working_day(date(2026, 12, 1))
    assert not is_working_day(date(2026, 12, 5))  # Saturday
    assert not is_working_day(date(2026, 12, 25))


def test_adding_working_days_skips_weekends_and_holidays() -> None:
    assert add_working_days(date(2026, 11, 30), 5) == date(2026, 12, 7)
    # Thursday 24 December + 5: Christmas, the weekend and New Year's Day are skipped.
    assert add_working_days(date(2026, 12, 24), 5) == date(2027, 1, 4)
    # Over Easter Monday and Koningsdag 2026 (Monday 27 April).
    assert add_working_days(date(2026, 4, 2), 1) == date(2026, 4, 3)
    assert add_working_days(date(2026, 4, 3), 1) == date(2026, 4, 7)
    assert add_working_days(date(2026, 4, 24), 1) == date(2026, 4, 28)
    assert add_working_days(date(2026, 4, 24), 0) == date(2026, 4, 24)
