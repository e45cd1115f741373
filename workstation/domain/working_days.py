"""Working days (werkdagen) in the Netherlands: Monday to Friday, except the public holidays.

The holidays are those of the Algemene termijnenwet (art. 3): Nieuwjaarsdag, tweede Paasdag,
Koningsdag, Bevrijdingsdag (5 May), Hemelvaartsdag, tweede Pinksterdag and both Christmas
days. Goede Vrijdag is not among them: municipal offices decide that themselves. A pickup
"after 5 working days" is ready on the fifth working day after the day of the order; a
callback is "done within 2 working days" when it is done by the end of the second working day
after the day it was made (domain/measures.py).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


def easter_sunday(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian calendar; the anonymous algorithm of 1876)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[date]:
    easter = easter_sunday(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:  # on a Sunday it moves to Saturday the 26th
        kings_day = date(year, 4, 26)
    return frozenset({
        date(year, 1, 1),
        easter + timedelta(days=1),
        kings_day,
        date(year, 5, 5),
        easter + timedelta(days=39),  # Hemelvaartsdag
        easter + timedelta(days=50),  # tweede Pinksterdag
        date(year, 12, 25),
        date(year, 12, 26),
    })


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The ``days``-th working day after ``start`` (``start`` itself never counts)."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    while days > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day
