"""The queue rules: ticket states, transitions, numbering and call order.

Plain Python on purpose (DESIGN.md §3): the store compiles the call order into SQL for locking,
and the unit tests hold both to this module.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from workstation.domain.errors import UserFacingError

SITE_TIMEZONE = ZoneInfo("Europe/Amsterdam")
MAX_DAILY_SEQUENCE = 999
DEFAULT_NO_SHOW_AFTER_CALLS = 3
# Service times older than this do not count for the expected wait.
RECENT_SERVICE_WINDOW = timedelta(hours=2)


class TicketState(enum.StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    # Waiting at its counter's side: the visitor fetches a missing document and comes back.
    PARKED = "parked"
    # Not served: the business day closed while it waited (or was parked).
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATES


OPEN_STATES = frozenset({TicketState.WAITING, TicketState.CALLED, TicketState.SERVING,
                         TicketState.PARKED})
# A counter holds at most one ticket in these states (a unique index in the site database).
AT_COUNTER_STATES = frozenset({TicketState.CALLED, TicketState.SERVING})


class TicketKind(enum.StrEnum):
    WALK_IN = "walk_in"
    APPOINTMENT = "appointment"


class EventType(enum.StrEnum):
    """What happened to a ticket; one immutable event row each (past tense)."""

    ISSUED = "issued"
    CALLED = "called"
    RECALLED = "recalled"
    SERVING_STARTED = "serving_started"
    NO_SHOW = "no_show"
    TRANSFERRED = "transferred"
    FINISHED = "finished"
    CANCELLED = "cancelled"
    # A counter takes back its own finish or no-show within UNDO_WINDOW (a slip of the key).
    FINISH_UNDONE = "finish_undone"
    NO_SHOW_UNDONE = "no_show_undone"
    PARKED = "parked"
    UNPARKED = "unparked"
    REQUEUED = "requeued"
    DAY_CLOSED = "day_closed"


# How long a counter may take back its own finish or no-show.
UNDO_WINDOW = timedelta(seconds=60)

# Which event may happen in which state, and the state it leads to.  A transfer is an exit from
# the counter, not from the queue: the visitor keeps the number and waits again for the target
# service or counter (docs/decisions/0005-queue-order-and-transfers.md).
TRANSITIONS: dict[EventType, tuple[frozenset[TicketState], TicketState]] = {
    EventType.CALLED: (frozenset({TicketState.WAITING}), TicketState.CALLED),
    EventType.RECALLED: (frozenset({TicketState.CALLED}), TicketState.CALLED),
    EventType.SERVING_STARTED: (frozenset({TicketState.CALLED}), TicketState.SERVING),
    EventType.NO_SHOW: (frozenset({TicketState.CALLED}), TicketState.NO_SHOW),
    EventType.TRANSFERRED: (
        frozenset({TicketState.CALLED, TicketState.SERVING}),
        TicketState.WAITING,
    ),
    EventType.FINISHED: (frozenset({TicketState.SERVING}), TicketState.DONE),
    EventType.CANCELLED: (
        frozenset({TicketState.WAITING, TicketState.CALLED, TicketState.PARKED}),
        TicketState.CANCELLED,
    ),
    EventType.FINISH_UNDONE: (frozenset({TicketState.DONE}), TicketState.SERVING),
    EventType.NO_SHOW_UNDONE: (frozenset({TicketState.NO_SHOW}), TicketState.CALLED),
    # Park and unpark stay with the same counter: the visitor comes back to the same desk and
    # is served on (docs/decisions/0013-business-days-park-and-stale-counters.md).
    EventType.PARKED: (frozenset({TicketState.CALLED, TicketState.SERVING}), TicketState.PARKED),
    EventType.UNPARKED: (frozenset({TicketState.PARKED}), TicketState.SERVING),
    # A counter whose workstation died: its ticket goes back to the queue, keeping its place.
    EventType.REQUEUED: (
        frozenset({TicketState.CALLED, TicketState.SERVING}),
        TicketState.WAITING,
    ),
    EventType.DAY_CLOSED: (frozenset({TicketState.WAITING, TicketState.PARKED}),
                           TicketState.CLOSED),
}

# The event an undo takes back, per undo event.
UNDOES: dict[EventType, EventType] = {
    EventType.FINISH_UNDONE: EventType.FINISHED,
    EventType.NO_SHOW_UNDONE: EventType.NO_SHOW,
}

# Whole sentences, not a state name inside one sentence: each is translated on its own.
_REFUSED_IN_STATE = {
    TicketState.WAITING: "Dit kan niet: het wachtnummer wacht.",
    TicketState.CALLED: "Dit kan niet: het wachtnummer is opgeroepen.",
    TicketState.SERVING: "Dit kan niet: het wachtnummer wordt geholpen.",
    TicketState.DONE: "Dit kan niet: het wachtnummer is afgerond.",
    TicketState.NO_SHOW: "Dit kan niet: het wachtnummer is niet verschenen.",
    TicketState.CANCELLED: "Dit kan niet: het wachtnummer is geannuleerd.",
    TicketState.PARKED: "Dit kan niet: het wachtnummer is geparkeerd.",
    TicketState.CLOSED: "Dit kan niet: de dag van dit wachtnummer is gesloten.",
}


class InvalidTransition(UserFacingError):
    """The ticket is not in a state where this action is possible."""


class CounterBusy(UserFacingError):
    """The counter already holds a called or serving ticket (AT_COUNTER_STATES)."""


def next_state(current: TicketState, event: EventType) -> TicketState:
    """The state after ``event``; raises InvalidTransition when the rule forbids it."""
    try:
        allowed_from, target = TRANSITIONS[event]
    except KeyError as exc:
        raise ValueError(f"{event} is not a transition") from exc
    if current not in allowed_from:
        raise InvalidTransition(
            _REFUSED_IN_STATE[current],
            "Ververs de wachtrij en kies opnieuw.",
            detail=f"transition {event} not allowed from {current}",
        )
    return target


def business_day(moment: datetime) -> date:
    """The service day a moment belongs to: the calendar date in Europe/Amsterdam."""
    if moment.tzinfo is None:
        raise ValueError("moment must be timezone-aware")
    return moment.astimezone(SITE_TIMEZONE).date()


def end_of_business_day(moment: datetime) -> datetime:
    """Midnight in Europe/Amsterdam after ``moment``: when a note of that day is purged."""
    following = business_day(moment) + timedelta(days=1)
    return datetime.combine(following, time.min, SITE_TIMEZONE)


def local_moment(day: date, clock_time: time) -> datetime:
    """``clock_time`` on ``day`` in Amsterdam as an aware UTC moment (DST-correct: 23 or 25
    hour days move the UTC offset, not the wall clock)."""
    return datetime.combine(day, clock_time, SITE_TIMEZONE).astimezone(UTC)


def day_start(day: date) -> datetime:
    """Local midnight starting ``day``, in UTC."""
    return local_moment(day, time.min)


def day_end(day: date) -> datetime:
    """Local midnight ending ``day`` (the next day's start), in UTC."""
    return day_start(day + timedelta(days=1))


def closing_time(day: date, periods: Iterable[tuple[int, time, time]]) -> datetime | None:
    """When ``day`` closes: the latest closing time of its weekday's opening periods
    ``(weekday, opens, closes)`` (0 = Monday), or None on a day without opening hours."""
    closes = [c for weekday, _opens, c in periods if weekday == day.weekday()]
    return local_moment(day, max(closes)) if closes else None


def is_callable_on(ticket_day: date, today: date) -> bool:
    """Call next hands out tickets of today only; an earlier day's ticket waits for closing."""
    return ticket_day == today


class DailyNumbersExhausted(UserFacingError):
    """All 999 numbers of a service have been issued today."""


def format_ticket_number(letter: str, sequence: int) -> str:
    """``A`` + ``7`` -> ``A007``. Sequences outside 1..999 are refused, never wrapped.

    Wrapping would hand out a number that is still on today's screens and in today's
    statistics; a site that really issues 999 tickets for one service in one day needs a
    second service letter (docs/decisions/0005-queue-order-and-transfers.md).
    """
    if not (len(letter) == 1 and letter.isascii() and letter.isupper()):
        raise ValueError(f"service letter must be one capital A-Z, got {letter!r}")
    if sequence > MAX_DAILY_SEQUENCE:
        raise DailyNumbersExhausted(
            "Vandaag zijn alle {count} wachtnummers van deze dienst uitgegeven.",
            "Kies een andere dienst of vraag de bezoeker een afspraak te maken.",
            detail=f"daily sequence {sequence} exceeds {MAX_DAILY_SEQUENCE} for letter {letter}",
            count=MAX_DAILY_SEQUENCE,
        )
    if sequence < 1:
        raise ValueError(f"sequence must be positive, got {sequence}")
    return f"{letter}{sequence:03d}"


def spoken_ticket_number(number: str) -> str:
    """``A012`` -> ``A 12``: how the hall announces a number."""
    return f"{number[0]} {int(number[1:])}"


@dataclass(frozen=True, slots=True)
class QueueCandidate:
    """What the call order needs to know about a waiting ticket."""

    ticket_id: str
    queued_at: datetime
    norm_minutes: int
    appointment_at: datetime | None = None
    priority: bool = False  # issued by reception as a priority ticket


def waits_from(queued_at: datetime, appointment_at: datetime | None) -> datetime:
    """When a ticket's wait starts: when it was queued, but for an appointment checked in
    before its slot, the slot. Until then the visitor is early, not waiting: never "te lang",
    and ordered behind every walk-in who has waited
    (docs/decisions/0013-business-days-park-and-stale-counters.md)."""
    if appointment_at is not None and appointment_at > queued_at:
        return appointment_at
    return queued_at


def wait_norm_ratio(candidate: QueueCandidate, now: datetime) -> float:
    """Waited / norm; negative for an appointment whose slot has not come yet."""
    start = waits_from(candidate.queued_at, candidate.appointment_at)
    return (now - start).total_seconds() / (candidate.norm_minutes * 60.0)


def is_appointment_due(candidate: QueueCandidate, now: datetime) -> bool:
    return candidate.appointment_at is not None and candidate.appointment_at <= now


def call_order_key(candidate: QueueCandidate, now: datetime) -> tuple[int, float, datetime]:
    """Sort key: due appointments first, then priority tickets, then the highest wait/norm
    ratio, then the earliest start of waiting."""
    rank = 0 if is_appointment_due(candidate, now) else 1 if candidate.priority else 2
    return (
        rank,
        -wait_norm_ratio(candidate, now),
        waits_from(candidate.queued_at, candidate.appointment_at),
    )


def order_for_calling(
    candidates: list[QueueCandidate], now: datetime
) -> list[QueueCandidate]:
    return sorted(candidates, key=lambda c: call_order_key(c, now))


def should_become_no_show(calls_made: int, limit: int = DEFAULT_NO_SHOW_AFTER_CALLS) -> bool:
    """After ``limit`` unanswered calls the ticket may be marked no-show by rule."""
    return calls_made >= limit


@dataclass(frozen=True, slots=True)
class WaitEstimateInput:
    tickets_ahead: int
    recent_service_seconds: list[float] = field(default_factory=list)
    counters_serving: int = 0
    norm_minutes: int = 10


SERVICE_TIME_FLOOR_S = 60.0
"""Service times shorter than this are not visits (a ticket called and finished at once, a
mistaken call) and do not count for the expected wait."""
SERVICE_TIME_TRIM = 0.1
"""Share of the service times dropped at each end (rounded up) before averaging."""


def typical_service_seconds(recent_service_seconds: list[float], norm_minutes: int) -> float:
    """The service time the expected wait counts with: floored, then trimmed, then averaged.

    Times under :data:`SERVICE_TIME_FLOOR_S` are dropped. Of the rest, the shortest and longest
    10 % each (rounded up, so one at each end once there are three) are dropped and the others
    averaged: one 45-minute case among 5-minute ones does not triple every promise. With no
    time left, the service's norm is used. docs/decisions/0010-tickets-printers-and-waits.md.
    """
    kept = sorted(s for s in recent_service_seconds if s >= SERVICE_TIME_FLOOR_S)
    if not kept:
        return norm_minutes * 60.0
    trim = math.ceil(len(kept) * SERVICE_TIME_TRIM) if len(kept) >= 3 else 0
    middle = kept[trim : len(kept) - trim]
    return sum(middle) / len(middle)


def expected_wait(estimate: WaitEstimateInput) -> timedelta | None:
    """Expected wait in whole minutes (rounded up), or None when no open counter serves the
    service: then nobody can promise minutes ("nu geen balie open").

    The typical service time (:func:`typical_service_seconds`) times the tickets ahead, shared
    over the counters that serve the service. The one definition behind the ticket, the hall
    display and the counter's list; :func:`wait_minutes` is how each of them shows it.
    """
    if estimate.counters_serving <= 0:
        return None
    typical = typical_service_seconds(estimate.recent_service_seconds, estimate.norm_minutes)
    seconds = estimate.tickets_ahead * typical / estimate.counters_serving
    return timedelta(minutes=math.ceil(seconds / 60.0))


def wait_minutes(wait: timedelta) -> int:
    """The minutes every screen and the ticket show for an :func:`expected_wait` (0: your turn
    is next)."""
    return math.ceil(wait.total_seconds() / 60.0)


def utc_now() -> datetime:
    return datetime.now(UTC)
