"""Tickets held by counters: liveness of the workstation behind them, and the parked ones.

A running counter workstation refreshes its session's ``last_seen_at`` every
``HEARTBEAT_INTERVAL``; a called or serving ticket whose counter has no open session, or one
not seen for ``STALE_AFTER``, is *stale*: the supervisor, ``queue status`` and the counter's
next sign-in see it and requeue or finish it
(docs/decisions/0013-business-days-park-and-stale-counters.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from workstation.domain.queue import TicketState

HEARTBEAT_INTERVAL = timedelta(seconds=30)
STALE_AFTER = timedelta(minutes=2)


def is_live(last_seen_at: datetime | None, now: datetime) -> bool:
    """A session seen within STALE_AFTER belongs to a running workstation."""
    return last_seen_at is not None and now - last_seen_at <= STALE_AFTER


@dataclass(frozen=True, slots=True)
class CounterTicketView:
    """A called or serving ticket and the counter that holds it (no personal data)."""

    ticket_id: str
    number: str
    counter_number: int
    state: TicketState
    last_seen_at: datetime | None  # of the counter's open session; None: nobody signed in
    stale: bool


@dataclass(frozen=True, slots=True)
class ParkedTicketView:
    """A ticket parked at a counter: the visitor fetches a document and comes back."""

    ticket_id: str
    number: str
    parked_at: datetime
