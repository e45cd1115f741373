"""Working days of a Dutch municipality: Monday to Friday except the public holidays.

Used by the callback norm ("teruggebeld binnen 2 werkdagen"). The holidays are the ones the
CAO Gemeenten recognises: Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag (27 April, or 26
April when the 27th is a Sunday), Bevrijdingsdag (5 May, every year), Hemelvaartsdag, Eerste
en Tweede Pinksterdag, Eerste en Tweede Kerstdag. Goede Vrijdag is not a general day off.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

SUNDAY = 6
SATURDAY = 5


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def public_holidays(year: int) -> frozenset[date]:
    easter = easter_sunday(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == SUNDAY:
        kings_day = date(year, 4, 26)
    return frozenset({
        date(year, 1, 1),
        easter,
        easter + timedelta(days=1),
        kings_day,
        date(year, 5, 5),
        easter + timedelta(days=39),  # Hemelvaartsdag
        easter + timedelta(days=49),  # Pinksteren
        easter + timedelta(days=50),
        date(year, 12, 25),
        date(year, 12, 26),
    })


def is_working_day(day: date) -> bool:
    return day.weekday() < SATURDAY and day not in public_holidays(day.year)


def add_working_days(day: date, count: int) -> date:
    """The ``count``-th working day after ``day`` (``day`` itself does not count)."""
    current = day
    remaining = count
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current
