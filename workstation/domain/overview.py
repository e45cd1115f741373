"""Read models of the queue: what screens and reports show. Derived, never stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from workstation.domain.queue import TicketKind, TicketState


@dataclass(frozen=True, slots=True)
class TransferNoteView:
    """The note of a ticket's latest transfer, who sent it and when."""

    text: str
    from_counter_number: int | None
    from_staff_name: str  # "" when nobody was signed in at the sending counter
    written_at: datetime


@dataclass(frozen=True, slots=True)
class WaitingTicketView:
    ticket_id: str
    number: str
    service_id: int
    kind: TicketKind
    queued_at: datetime
    waited: timedelta
    norm_ratio: float
    target_counter_number: int | None = None
    note: TransferNoteView | None = None
    priority: bool = False


@dataclass(frozen=True, slots=True)
class ServiceQueueView:
    service_id: int
    letter: str
    name_nl: str
    name_en: str
    norm_minutes: int
    is_appointment: bool
    waiting: tuple[WaitingTicketView, ...]
    expected_wait: timedelta | None

    @property
    def waiting_count(self) -> int:
        return len(self.waiting)

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_nl


@dataclass(frozen=True, slots=True)
class CallView:
    """A ticket called to a counter, as the hall display shows it (no personal data)."""

    event_id: int
    ticket_id: str
    number: str
    counter_number: int
    called_at: datetime
    recall: bool
    is_current: bool  # still called to this counter: the visitor has not arrived yet


@dataclass(frozen=True, slots=True)
class LocationOverview:
    location_id: int
    location_code: str
    read_at: datetime
    services: tuple[ServiceQueueView, ...]
    calls: tuple[CallView, ...]  # newest first
    # The hall display's ticker as it is now: a supervisor may change it during the day.
    ticker_text: str = ""
    ticker_text_en: str = ""

    def ticker(self, language: str) -> str:
        """The ticker line in ``language``; the Dutch one when no English one is set."""
        return self.ticker_text_en if language == "en" and self.ticker_text_en else self.ticker_text

    def service(self, service_id: int) -> ServiceQueueView:
        return next(s for s in self.services if s.service_id == service_id)


@dataclass(frozen=True, slots=True)
class CurrentTicketView:
    """The ticket at a counter, with what the counter screen shows about it."""

    ticket_id: str
    number: str
    service_id: int
    service_name_nl: str
    service_name_en: str
    state: TicketState
    kind: TicketKind
    issued_at: datetime
    waited: timedelta
    calls_made: int
    note: TransferNoteView | None = None
    priority: bool = False
    appointment_at: datetime | None = None  # the slot of an appointment ticket


@dataclass(frozen=True, slots=True)
class AppointmentView:
    """A booked appointment of the day: code and time, never who booked it."""

    booking_code: str
    scheduled_at: datetime
    service_letter: str
    checked_in: bool


@dataclass(frozen=True, slots=True)
class TodayTicketView:
    """A ticket of today, as reception's and a counter's "vandaag" lists show it."""

    ticket_id: str
    number: str
    service_letter: str
    kind: TicketKind
    state: TicketState
    issued_at: datetime
    last_change_at: datetime
    priority: bool = False
    counter_number: int | None = None


@dataclass(frozen=True, slots=True)
class CounterPresenceView:
    """An active counter of a location and who is signed in there ("" for nobody)."""

    number: int
    staff_name: str
