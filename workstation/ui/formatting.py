"""Turn queue facts into short screen texts (translated) and norm colour bands.

Expected waits: every screen shows :func:`workstation.domain.queue.expected_wait` through
:func:`expected_wait_text` (staff screens) or :func:`visitor_ticket_lines` (the screen that
shows a visitor their new ticket: word for word what the paper says, in the visitor's
language). docs/decisions/0010-tickets-printers-and-waits.md.
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from workstation.domain.queue import TicketState, wait_minutes
from workstation.domain.supervision import NEAR_NORM
from workstation.services import ticket_texts
from workstation.services.queue_service import IssuedTicket
from workstation.services.ticket_texts import visitor_lines

# Colour bands of a waiting time against its service norm (wait / norm).
AMBER_FROM = NEAR_NORM
RED_FROM = 1.0


class NormBand(enum.Enum):
    ON_TIME = "ok"
    NEAR_NORM = "near"
    OVER_NORM = "over"


def norm_band(ratio: float) -> NormBand:
    if ratio >= RED_FROM:
        return NormBand.OVER_NORM
    if ratio >= AMBER_FROM:
        return NormBand.NEAR_NORM
    return NormBand.ON_TIME


def norm_band_text(band: NormBand) -> str:
    """Text next to the colour, so the band never depends on colour alone."""
    texts = {
        NormBand.ON_TIME: QCoreApplication.translate("Formatting", "op tijd"),
        NormBand.NEAR_NORM: QCoreApplication.translate("Formatting", "bijna te lang"),
        NormBand.OVER_NORM: QCoreApplication.translate("Formatting", "te lang"),
    }
    return texts[band]


def minutes_text(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("Formatting", "minder dan 1 minuut")
    if minutes == 1:
        return QCoreApplication.translate("Formatting", "1 minuut")
    return QCoreApplication.translate("Formatting", "%n minuten", "", minutes)


def expected_wait_text(span: timedelta | None) -> str:
    """An :func:`~workstation.domain.queue.expected_wait` for staff screens: "ongeveer 5
    minuten", or for a service no open counter serves, that instead of minutes."""
    if span is None:
        return QCoreApplication.translate(
            "Formatting", "nu geen balie open, meld u bij de ontvangst")
    minutes = wait_minutes(span)
    if minutes < 1:
        return QCoreApplication.translate("Formatting", "u bent zo aan de beurt")
    if minutes == 1:
        return QCoreApplication.translate("Formatting", "ongeveer 1 minuut")
    return QCoreApplication.translate("Formatting", "ongeveer %1 minuten").replace(
        "%1", str(minutes))


def visitor_ticket_lines(issued: IssuedTicket, language: str) -> tuple[str, ...]:
    """The sentences under the service on the printed ticket (appointment time, people ahead,
    expected wait), in the visitor's ``language``: the ticket screen shows exactly these."""
    return visitor_lines(issued, language)


def people_ahead_text(count: int, language: str) -> str:
    """"Er wacht niemand voor u." / "Er wacht 1 persoon voor u." / "Er wachten 3 mensen voor
    u.", as on the ticket."""
    return ticket_texts.people_ahead(count, language)


def appointment_time_text(at: datetime) -> str:
    """For the counter: "Afspraak 10:30" on the site's clock."""
    return QCoreApplication.translate("Formatting", "Afspraak %1").replace(
        "%1", ticket_texts.local_time(at))


def state_text(state: TicketState) -> str:
    texts = {
        TicketState.WAITING: QCoreApplication.translate("Formatting", "wacht"),
        TicketState.CALLED: QCoreApplication.translate("Formatting", "opgeroepen"),
        TicketState.SERVING: QCoreApplication.translate("Formatting", "in gesprek"),
        TicketState.DONE: QCoreApplication.translate("Formatting", "afgerond"),
        TicketState.NO_SHOW: QCoreApplication.translate("Formatting", "niet verschenen"),
        TicketState.CANCELLED: QCoreApplication.translate("Formatting", "geannuleerd"),
        TicketState.PARKED: QCoreApplication.translate("Formatting", "geparkeerd"),
        TicketState.CLOSED: QCoreApplication.translate("Formatting",
                                                       "niet geholpen (dag gesloten)"),
    }
    return texts[state]
