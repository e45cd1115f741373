"""Appointments: booking codes nobody can guess, and when an appointment may check in.

Booking codes made by Loket (the demo, tests) are 8 characters from an alphabet without look-
alikes (no 0/O, 1/I), drawn with ``secrets``: 32^8, about 10^12 codes. Codes from a booking
system are taken as they are, but a code that can be guessed by trying (a short number,
"BOZ-1234", "AAAAAAAA") is refused at import: at a kiosk, a guessable code is a way to take
someone else's place in the queue (docs/decisions/0014-site-file-and-appointments.md).

Check-in is open on the appointment's own day from 30 minutes before the appointment until the
location's ``checkin_late_minutes`` after it. Outside that, the visitor and reception get a
plain message; reception can still issue an ordinary walk-in ticket.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from workstation.domain.errors import UserFacingError
from workstation.domain.queue import SITE_TIMEZONE, business_day

BOOKING_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
BOOKING_CODE_LENGTH = 8
MAX_BOOKING_CODE_LENGTH = 20
# Fewer possible codes of the same shape than this, and trying them all is practical.
MIN_CODE_SPACE = 10**8
CHECK_IN_EARLY = timedelta(minutes=30)

_CODE = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")
_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


@dataclass(frozen=True, slots=True)
class StoredAppointment:
    """An appointment as the site database holds it, compared when a file is imported again."""

    location_code: str
    service_id: int
    scheduled_at: datetime
    visitor_name: str | None
    checked_in: bool


def new_booking_code() -> str:
    return "".join(secrets.choice(BOOKING_ALPHABET) for _ in range(BOOKING_CODE_LENGTH))


def normalise_booking_code(text: str) -> str:
    return text.strip().upper()


def booking_code_problem(code: str, location_code: str) -> str | None:
    """Why ``code`` (normalised) cannot be a booking code: "shape" (not 1-20 letters and
    digits with dashes) or "guessable" (too few possible codes of its shape, or fewer than
    three different characters); None when it is fine. A group equal to the location code
    (``BOZ-...``) is constant, so it adds nothing."""
    if not code or len(code) > MAX_BOOKING_CODE_LENGTH or not _CODE.match(code):
        return "shape"
    groups = [group for group in code.split("-") if group != location_code.upper()]
    space = 1
    for group in groups:
        alphabet = 10 if group.isdigit() else 26 if group.isalpha() else 36
        space *= alphabet ** len(group)
    if space < MIN_CODE_SPACE or len(set("".join(groups))) < 3:
        return "guessable"
    return None


def dutch_date(moment: datetime) -> str:
    """'dinsdag 1 december' for a moment, on the site's calendar."""
    local = moment.astimezone(SITE_TIMEZONE)
    return f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]}"


def _clock_time(moment: datetime) -> str:
    return moment.astimezone(SITE_TIMEZONE).strftime("%H:%M")


class CheckInRefused(UserFacingError):
    """An appointment checked in too early, too late or on another day."""


def check_in_window(scheduled_at: datetime, now: datetime, late_minutes: int) -> None:
    """Nothing when the appointment may check in at ``now``; CheckInRefused otherwise."""
    at = _clock_time(scheduled_at)
    if business_day(scheduled_at) != business_day(now):
        raise CheckInRefused(
            "Uw afspraak is op {date} om {time}, niet vandaag.",
            "Kom op de dag van uw afspraak terug. Wilt u vandaag geholpen worden? Vraag bij "
            "de ontvangst om een wachtnummer.",
            detail="check-in on another day", date=dutch_date(scheduled_at), time=at,
        )
    opens = scheduled_at - CHECK_IN_EARLY
    if now < opens:
        raise CheckInRefused(
            "Uw afspraak is om {time}. U kunt zich vanaf {from_time} melden.",
            "Kom dan terug, of vraag bij de ontvangst om een wachtnummer.",
            detail="check-in too early", time=at, from_time=_clock_time(opens),
        )
    closes = scheduled_at + timedelta(minutes=late_minutes)
    if now > closes:
        raise CheckInRefused(
            "Uw afspraak was om {time}. Aanmelden kon tot {until}.",
            "Meld u bij de ontvangst; daar krijgt u een gewoon wachtnummer.",
            detail="check-in too late", time=at, until=_clock_time(closes),
        )
