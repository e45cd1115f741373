"""Hand-made overviews for tests that need no database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workstation.domain.overview import (
    CallView,
    LocationOverview,
    ServiceQueueView,
    WaitingTicketView,
)
from workstation.domain.queue import TicketKind
from workstation.domain.site import LocationInfo, MunicipalityInfo

NOW = datetime(2025, 3, 4, 10, 30, tzinfo=UTC)

LOCATION = LocationInfo(
    id=1, code="BOZ", name="Stadskantoor Bergen op Zoom",
    municipality=MunicipalityInfo("0748", "Gemeente Bergen op Zoom", "001710011", "#B0182F",
                                  "#F2C200", "demo/logos/bergen-op-zoom.svg"),
    ticker_text="Welkom. Houd uw wachtnummer bij de hand.",
)


def call(event_id: int, number: str, counter: int, *, current: bool = True,
         recall: bool = False, ticket: str | None = None) -> CallView:
    return CallView(event_id, ticket or f"t-{number}", number, counter,
                    NOW + timedelta(seconds=event_id), recall, current)


def service(letter: str, name: str, waiting: int, wait_minutes: int | None) -> ServiceQueueView:
    tickets = tuple(
        WaitingTicketView(f"w-{letter}{i}", f"{letter}{i:03d}", ord(letter), TicketKind.WALK_IN,
                          NOW, timedelta(minutes=i), 0.1)
        for i in range(waiting)
    )
    expected = timedelta(minutes=wait_minutes) if wait_minutes is not None else None
    return ServiceQueueView(ord(letter), letter, name, name + " (en)", 10, False, tickets,
                            expected)


def overview(*calls: CallView, services: tuple[ServiceQueueView, ...] = ()) -> LocationOverview:
    ordered = tuple(sorted(calls, key=lambda c: c.event_id, reverse=True))
    return LocationOverview(1, "BOZ", NOW, services, ordered, LOCATION.ticker_text,
                            LOCATION.ticker_text_en)
