"""Wait and ticket texts on screen: the same definition and words as the printed ticket."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from workstation.domain.queue import TicketKind, TicketState
from workstation.domain.site import LocationInfo, MunicipalityInfo, ServiceInfo
from workstation.domain.ticket import Ticket
from workstation.services.queue_service import IssuedTicket
from workstation.ui.formatting import (
    appointment_time_text,
    expected_wait_text,
    people_ahead_text,
    visitor_ticket_lines,
)
from workstation.ui.i18n import LanguageSwitcher
from workstation.wiring.ticket_layout import ticket_print_for


@pytest.mark.parametrize(("wait", "dutch", "english"), [
    (None, "nu geen balie open, meld u bij de ontvangst",
     "no counter open now, please go to the reception desk"),
    (timedelta(0), "u bent zo aan de beurt", None),
    (timedelta(minutes=1), "ongeveer 1 minuut", "about 1 minute"),
    (timedelta(minutes=7), "ongeveer 7 minuten", "about 7 minutes"),
])
def test_expected_wait_on_staff_screens(language: LanguageSwitcher, wait: timedelta | None,
                                        dutch: str, english: str | None) -> None:
    assert expected_wait_text(wait) == dutch
    language.set_language("en")
    if english is not None:
        assert expected_wait_text(wait) == english


@pytest.mark.parametrize(("count", "text"), [
    (0, "Er wacht niemand voor u."), (1, "Er wacht 1 persoon voor u."),
    (2, "Er wachten 2 mensen voor u."),
])
def test_dutch_plurals(count: int, text: str) -> None:
    assert people_ahead_text(count, "nl") == text


def test_the_ticket_screen_says_what_the_paper_says() -> None:
    issued = _issued(tickets_ahead=1, wait=timedelta(minutes=4))
    for language in ("nl", "en"):
        assert visitor_ticket_lines(issued, language) == ticket_print_for(issued, language).lines
    assert visitor_ticket_lines(issued, "nl") == (
        "Er wacht 1 persoon voor u.", "Verwachte wachttijd: ongeveer 4 minuten.")


def test_the_counter_shows_the_appointment_time(language: LanguageSwitcher) -> None:
    at = datetime(2026, 1, 15, 9, 15, tzinfo=UTC)  # 10:15 in Amsterdam (winter time)
    assert appointment_time_text(at) == "Afspraak 10:15"
    language.set_language("en")
    assert appointment_time_text(at) == "Appointment 10:15"


def _issued(*, tickets_ahead: int, wait: timedelta | None) -> IssuedTicket:
    municipality = MunicipalityInfo(code="0777", name="Gemeente Etten-Leur", rsin="",
                                    primary_colour="#000000", accent_colour="#000000",
                                    logo_resource=None)
    location = LocationInfo(id=1, code="ETL", name="Gemeentehuis Etten-Leur",
                            municipality=municipality)
    service = ServiceInfo(id=1, location_id=1, letter="A", name_nl="Paspoort",
                          name_en="Passport", norm_minutes=10, is_appointment=False)
    now = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
    ticket = Ticket(id="t-1", location_id=1, issued_service_id=1, service_id=1,
                    business_day=date(2026, 1, 15), sequence=1, number="A001",
                    kind=TicketKind.WALK_IN, state=TicketState.WAITING, issued_at=now,
                    queued_at=now)
    return IssuedTicket(ticket, service, location, wait, tickets_ahead)
