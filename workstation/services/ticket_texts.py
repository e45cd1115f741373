"""What a visitor reads about their ticket, in the visitor's language (Dutch or English).

The printed ticket and the screen that shows the new ticket (reception, kiosk) both take their
sentences from here, so paper and screen say the same thing in the same words
(docs/decisions/0010-tickets-printers-and-waits.md). The printer has no Qt, so these texts
are a table rather than Qt translations; ``workstation/ui/formatting.py`` hands them to the
screens. Anything but ``"en"`` is Dutch.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from workstation.domain.queue import SITE_TIMEZONE, wait_minutes

if TYPE_CHECKING:
    from workstation.services.queue_service import IssuedTicket

_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "heading": "Uw wachtnummer",
        "ahead_none": "Er wacht niemand voor u.",
        "ahead_one": "Er wacht 1 persoon voor u.",
        "ahead_many": "Er wachten {count} mensen voor u.",
        "wait_next": "U bent bijna aan de beurt.",
        "wait_one": "Verwachte wachttijd: ongeveer 1 minuut.",
        "wait_many": "Verwachte wachttijd: ongeveer {minutes} minuten.",
        "no_counter": "Nu geen balie open, meld u bij de ontvangst.",
        "appointment": "Uw afspraak is om {time} uur.",
        "footer": "Bewaar dit bonnetje tot u aan de beurt bent.",
        "duplicate": "DUPLICAAT",
    },
    "en": {
        "heading": "Your ticket number",
        "ahead_none": "Nobody is waiting before you.",
        "ahead_one": "1 person is waiting before you.",
        "ahead_many": "{count} people are waiting before you.",
        "wait_next": "It is almost your turn.",
        "wait_one": "Expected waiting time: about 1 minute.",
        "wait_many": "Expected waiting time: about {minutes} minutes.",
        "no_counter": "No counter is open for this now; please go to the reception desk.",
        "appointment": "Your appointment is at {time}.",
        "footer": "Please keep this ticket until it is your turn.",
        "duplicate": "DUPLICATE",
    },
}


def _text(language: str, key: str) -> str:
    return _TEXTS.get(language, _TEXTS["nl"])[key]


def heading(language: str) -> str:
    return _text(language, "heading")


def footer(language: str) -> str:
    return _text(language, "footer")


def duplicate_label(language: str) -> str:
    return _text(language, "duplicate")


def people_ahead(count: int, language: str) -> str:
    """"Er wacht niemand voor u." / "Er wacht 1 persoon voor u." / "Er wachten 3 mensen ..."."""
    if count <= 0:
        return _text(language, "ahead_none")
    if count == 1:
        return _text(language, "ahead_one")
    return _text(language, "ahead_many").format(count=count)


def expected_wait(wait: timedelta | None, language: str) -> str:
    """The expected wait as a sentence; ``None`` (no open counter serves the service) says so
    instead of promising minutes."""
    if wait is None:
        return _text(language, "no_counter")
    minutes = wait_minutes(wait)
    if minutes <= 0:
        return _text(language, "wait_next")
    if minutes == 1:
        return _text(language, "wait_one")
    return _text(language, "wait_many").format(minutes=minutes)


def appointment(at: datetime, language: str) -> str:
    """The appointment time on the site's clock: "Uw afspraak is om 10:30 uur."."""
    return _text(language, "appointment").format(time=local_time(at))


def local_time(at: datetime) -> str:
    """``10:30``: a moment on the site's clock (a naive value from the store is UTC)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(SITE_TIMEZONE).strftime("%H:%M")


def ticket_lines(
    *, tickets_ahead: int, wait: timedelta | None, appointment_at: datetime | None, language: str
) -> tuple[str, ...]:
    """The sentences under the service, on paper and on the ticket screen.

    An appointment gets its time instead of the walk-in queue's numbers (appointments are called
    at their time, not in turn); a service with no open counter says so in either case.
    """
    if appointment_at is not None:
        lines = [appointment(appointment_at, language)]
        if wait is None:
            lines.append(expected_wait(None, language))
        return tuple(lines)
    return (people_ahead(tickets_ahead, language), expected_wait(wait, language))


def visitor_lines(issued: IssuedTicket, language: str) -> tuple[str, ...]:
    """What the ticket says under the service (appointment time, people ahead, expected wait);
    the ticket screen shows these same lines."""
    return ticket_lines(
        tickets_ahead=issued.tickets_ahead, wait=issued.expected_wait,
        appointment_at=issued.ticket.appointment_at, language=language,
    )
