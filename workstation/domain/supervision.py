"""What the supervisor's view shows: every location's queues against their norms, counters,
alarms, callbacks waiting and each workstation's outbox backlog. Read models, derived from the
site database on every change notice; nothing here is stored or counted up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from workstation.domain.measures import NormCheck

NEAR_NORM = 0.75
"""A wait that has used this share of its norm is shown as nearly over it (as everywhere)."""

SILENT_AFTER = timedelta(minutes=10)
"""A workstation that has not reported its backlog for this long may be off or stuck."""


class NormStatus(StrEnum):
    OK = "ok"
    NEAR = "near"
    OVER = "over"


def norm_status(waited: timedelta | None, norm_minutes: int) -> NormStatus:
    """Nobody waiting, or the longest wait below 75 % of the norm: ok; at or above the norm:
    over; in between: near."""
    if waited is None or norm_minutes <= 0:
        return NormStatus.OK
    ratio = waited / timedelta(minutes=norm_minutes)
    if ratio >= 1:
        return NormStatus.OVER
    return NormStatus.NEAR if ratio >= NEAR_NORM else NormStatus.OK


class CounterState(StrEnum):
    STAFFED = "staffed"
    PAUSED = "paused"
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class ServiceLoad:
    """One service's queue at a location: how many wait and how long the longest has."""

    letter: str
    name_nl: str
    name_en: str
    norm_minutes: int
    waiting: int
    longest_wait: timedelta | None

    @property
    def status(self) -> NormStatus:
        return norm_status(self.longest_wait, self.norm_minutes)

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_nl


@dataclass(frozen=True, slots=True)
class CounterBoardView:
    """An active counter: who works there (if anyone), paused or not, what it serves."""

    number: int
    state: CounterState
    staff_name: str
    service_letters: tuple[str, ...]
    serving: str | None = None  # the ticket number called to or served at the counter


@dataclass(frozen=True, slots=True)
class AlarmBoardView:
    counter_number: int
    raised_at: datetime


@dataclass(frozen=True, slots=True)
class LocationBoard:
    code: str
    name: str
    municipality_code: str
    municipality_name: str
    primary_colour: str
    ticker_text: str
    ticker_text_en: str
    services: tuple[ServiceLoad, ...]
    counters: tuple[CounterBoardView, ...]
    alarms: tuple[AlarmBoardView, ...]
    callbacks_waiting: int

    @property
    def waiting(self) -> int:
        return sum(service.waiting for service in self.services)

    @property
    def longest_wait(self) -> ServiceLoad | None:
        """The service whose first visitor has waited longest (None: nobody waits)."""
        waiting = [s for s in self.services if s.longest_wait is not None]
        return max(waiting, key=lambda s: s.longest_wait or timedelta(0), default=None)

    @property
    def status(self) -> NormStatus:
        """The worst norm status of its queues."""
        order = (NormStatus.OK, NormStatus.NEAR, NormStatus.OVER)
        return max((s.status for s in self.services), key=order.index, default=NormStatus.OK)


@dataclass(frozen=True, slots=True)
class WorkstationBacklog:
    """A workstation's last report of its outbox: what still has to reach the registries."""

    workstation: str
    location_code: str
    role: str
    pending: int
    parked: int
    last_error: str
    reported_at: datetime

    def silent(self, now: datetime) -> bool:
        return now - self.reported_at > SILENT_AFTER


@dataclass(frozen=True, slots=True)
class SupervisorBoard:
    read_at: datetime
    locations: tuple[LocationBoard, ...]
    workstations: tuple[WorkstationBacklog, ...]

    def location(self, code: str) -> LocationBoard:
        return next(board for board in self.locations if board.code == code)


@dataclass(frozen=True, slots=True)
class TodayScope:
    """Today's measures of the region (``location_code`` None) or of one location, each held
    against its norm (``domain.measures.norm_checks``)."""

    location_code: str | None
    visitors: int
    checks: tuple[NormCheck, ...]
