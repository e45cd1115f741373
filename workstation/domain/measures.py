"""Every measure of the service norms, defined once over plain records (ADR 0028).

The reports, the open-data export and the supervisor's "today" all call these functions; no
measure is kept as a running counter anywhere. Records carry their moments as seconds since
the epoch (UTC): a region's year is half a million visits, and float arithmetic keeps a year
report within seconds. Calendar questions (week, month, hour of the week, working days) are
asked in the site's time zone, Europe/Amsterdam.

Definitions (every report prints them, workstation/reports/definitions.py):

- A *visit* is one ticket, counted in the period it was issued. Walk-in or appointment by the
  ticket's kind; service and norm are those of the service it was issued for.
- *Waiting time*: from the start of waiting (the issue, or for an appointment checked in early
  its slot) to the first call. Only called visits have one; "above norm" compares it with the
  service's norm in minutes.
- *Service time*: first start of serving to the (last, not undone) finish.
- *No-show*: the ticket's last no-show was not undone.
- *Appointment on time*: an appointment visit called within 10 minutes of its slot (or of its
  check-in, when the visitor came after the slot), among appointment visits that were called.
- *First time right*: the share of questions (klantcontacten) answered in one go, per channel;
  *phone share*: telephone questions among all questions.
- *Talk time* and *wrap-up time* of a question: start to end, and end to saved.
- *Callback on time*: done before the end of the second working day after the request's day
  (weekends and Dutch public holidays do not count); requests still open after that deadline
  count as late, open requests before it are not yet counted.
- *Delivery time*: start to finish of a product's delivery, per product and way of delivery.
- *KTO*: the mean of the visitors' marks (1-10), overall and per aspect given.
"""

from __future__ import annotations

import enum
import gc
import math
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from types import MappingProxyType
from typing import NamedTuple, TypeVar

from workstation.domain.contacts import Kanaal
from workstation.domain.kto import Aspect
from workstation.domain.queue import SITE_TIMEZONE, EventType, day_end
from workstation.domain.working_days import add_working_days

APPOINTMENT_ON_TIME_S = 10 * 60.0
CALLBACK_WORKING_DAYS = 2
KTO_ASPECTS: tuple[str, ...] = tuple(aspect.value for aspect in Aspect)
"""The aspects a mark may carry (``kto.Aspect``), as the records and columns name them."""

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


# -- records ---------------------------------------------------------------------------------
# Named tuples rather than dataclasses: a region's year is half a million visits, and a tuple
# is built and read several times faster.


class TicketVisit(NamedTuple):
    """One ticket, folded from its queue events (:func:`visit_of`)."""

    municipality: str  # CBS code
    location: str
    service: str  # letter
    norm_minutes: int
    appointment: bool
    queued_at: float
    appointment_at: float | None = None
    called_at: float | None = None
    serving_at: float | None = None
    finished_at: float | None = None
    no_show: bool = False

    @property
    def waits_from(self) -> float:
        """The queue's own rule (``queue.waits_from``) on epoch seconds."""
        if self.appointment_at is not None and self.appointment_at > self.queued_at:
            return self.appointment_at
        return self.queued_at

    @property
    def wait_s(self) -> float | None:
        if self.called_at is None:
            return None
        return max(0.0, self.called_at - self.waits_from)

    @property
    def service_s(self) -> float | None:
        if self.serving_at is None or self.finished_at is None:
            return None
        return max(0.0, self.finished_at - self.serving_at)


class ContactRecord(NamedTuple):
    """One question of a klantcontact (``contact_event``)."""

    municipality: str
    location: str
    kanaal: str
    first_time_right: bool
    started_at: float
    ended_at: float
    saved_at: float


class CallbackRecord(NamedTuple):
    municipality: str
    location: str
    kanaal: str
    created_at: float
    done_at: float | None = None


class DeliveryRecord(NamedTuple):
    municipality: str
    location: str
    product: str  # the product's name (its UPL name)
    delivery: str  # "direct" | "pickup"
    started_at: float
    finished_at: float | None = None


class MarkRecord(NamedTuple):
    """A visitor's anonymous mark; ``aspects`` holds the aspects given (KTO_ASPECTS)."""

    municipality: str
    location: str
    service: str | None
    kanaal: str
    given_at: float
    mark: int
    aspects: Mapping[str, int] = MappingProxyType({})


# -- folding a ticket's queue events into a visit -------------------------------------------


class Pick(enum.Enum):
    FIRST = "first"
    LAST = "last"


VISIT_MOMENTS: tuple[tuple[str, EventType, Pick], ...] = (
    ("issued", EventType.ISSUED, Pick.FIRST),
    ("called", EventType.CALLED, Pick.FIRST),
    ("serving", EventType.SERVING_STARTED, Pick.FIRST),
    ("finished", EventType.FINISHED, Pick.LAST),
    ("finish_undone", EventType.FINISH_UNDONE, Pick.LAST),
    ("no_show", EventType.NO_SHOW, Pick.LAST),
    ("no_show_undone", EventType.NO_SHOW_UNDONE, Pick.LAST),
)
"""The moments of a ticket a visit needs: the first or last event of a type. The queue's unit
of work keeps them on the ticket as each event is written (:func:`folded_moment`, compiled into
SQL by the store); :func:`moments_from_events` is the same fold over a ticket's events."""

MOMENT_OF_EVENT: Mapping[str, tuple[str, Pick]] = MappingProxyType(
    {type_.value: (name, pick) for name, type_, pick in VISIT_MOMENTS})
"""Event type -> (moment, pick): which moment an event of that type may move."""


def folded_moment(pick: Pick, current: float | None, at: float) -> float:
    """A moment after one more event of its type at ``at``: the earlier for FIRST, the later
    for LAST (a tie keeps either: they are equal)."""
    if current is None or (at < current if pick is Pick.FIRST else at > current):
        return at
    return current


def moments_from_events(events: Iterable[tuple[str, float]]) -> dict[str, float | None]:
    """A ticket's moments from its ``(event type, epoch)`` pairs, per :data:`VISIT_MOMENTS`."""
    moments: dict[str, float | None] = {name: None for name, _type, _pick in VISIT_MOMENTS}
    for type_, at in events:
        moment = MOMENT_OF_EVENT.get(type_)
        if moment is not None:
            name, pick = moment
            moments[name] = folded_moment(pick, moments[name], at)
    return moments


class TicketFacts(NamedTuple):
    """What a visit needs beyond its events: where, which service, which kind."""

    municipality: str
    location: str
    service: str
    norm_minutes: int
    appointment: bool
    appointment_at: float | None = None


Place = tuple[str, str, str, int]
"""Municipality (CBS code), location, service letter and its norm in minutes."""


def visit_of(facts: TicketFacts, moments: Mapping[str, float | None]) -> TicketVisit | None:
    """The visit of a ticket, or None for a ticket without an issue event."""
    from workstation.domain.record_columns import VisitColumns  # numpy: on use

    visits = VisitColumns.from_rows({0: facts[:4]}, [(
        0, facts.appointment, facts.appointment_at,
        *(moments[name] for name, _type, _pick in VISIT_MOMENTS))])
    return visits[0] if len(visits) else None


@contextmanager
def gc_paused() -> Iterator[None]:
    """Holds off the cyclic garbage collector while a report builds its records and
    measures: a year is a million tuples that live until the report is written and form no
    cycles, and each collection would walk all of them again (40 % of the CPU, measured)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# -- statistics --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Spread:
    """Count, mean, median and 90th percentile (nearest rank) of a sample, in seconds."""

    count: int
    mean: float
    p50: float
    p90: float


def percentile(ordered: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100) of a sorted, non-empty sample."""
    rank = max(1, math.ceil(q / 100.0 * len(ordered)))
    return ordered[rank - 1]


def spread(values: Iterable[float]) -> Spread | None:
    return spread_of_sorted(sorted(values))


def spread_of_sorted(ordered: Sequence[float]) -> Spread | None:
    """:func:`spread` of a sample already in order."""
    if not ordered:
        return None
    return Spread(len(ordered), math.fsum(ordered) / len(ordered),
                  percentile(ordered, 50), percentile(ordered, 90))


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True, slots=True)
class VisitMeasures:
    visitors: int
    walk_ins: int
    appointments: int
    helped: int
    no_shows: int
    wait: Spread | None
    above_norm: float | None  # share of called visits that waited longer than the norm
    service_time: Spread | None
    appointments_called: int
    appointments_on_time: float | None


def measure_visits(visits: Iterable[TicketVisit]) -> VisitMeasures:
    from workstation.domain.record_columns import VisitColumns, VisitTally  # numpy: on use

    return VisitTally.of(VisitColumns.from_visits(visits)).measures()


@dataclass(frozen=True, slots=True)
class ChannelMeasures:
    contacts: int
    first_time_right: float | None
    talk_time: Spread | None
    wrap_up: Spread | None


@dataclass(frozen=True, slots=True)
class ContactMeasures:
    contacts: int
    first_time_right: float | None
    phone_share: float | None
    channels: Mapping[str, ChannelMeasures]


def measure_contacts(contacts: Iterable[ContactRecord]) -> ContactMeasures:
    from workstation.domain.record_columns import ContactColumns, ContactTally  # numpy: on use

    return ContactTally.of(ContactColumns.from_records(contacts)).measures()


def callback_deadline(created_at: float) -> float:
    """End of the second working day after the day the request was made (epoch)."""
    return _deadline_after(local(created_at).date())


@cache
def _deadline_after(made: date) -> float:
    return day_end(add_working_days(made, CALLBACK_WORKING_DAYS)).timestamp()


@dataclass(frozen=True, slots=True)
class CallbackMeasures:
    requests: int
    done: int
    due: int  # done, or open past the deadline: the ones the norm counts
    on_time: float | None


def measure_callbacks(callbacks: Iterable[CallbackRecord], as_of: float) -> CallbackMeasures:
    requests = done = due = on_time = 0
    for callback in callbacks:
        requests += 1
        deadline = callback_deadline(callback.created_at)
        if callback.done_at is not None and callback.done_at <= as_of:
            done += 1
            due += 1
            if callback.done_at < deadline:
                on_time += 1
        elif as_of >= deadline:
            due += 1
    return CallbackMeasures(requests, done, due, share(on_time, due))


def measure_deliveries(deliveries: Iterable[DeliveryRecord]) -> dict[tuple[str, str], Spread]:
    """Delivery time per (product, way of delivery), of the finished deliveries."""
    finished = (d for d in deliveries if d.finished_at is not None)
    groups = group_by(finished, lambda d: (d.product, d.delivery))
    result: dict[tuple[str, str], Spread] = {}
    for key, group in sorted(groups.items()):
        times = spread(max(0.0, (d.finished_at or d.started_at) - d.started_at) for d in group)
        if times is not None:
            result[key] = times
    return result


@dataclass(frozen=True, slots=True)
class KtoMeasures:
    marks: int
    mean: float | None
    aspects: Mapping[str, tuple[int, float | None]]  # aspect -> (marks given, mean)


def measure_marks(marks: Iterable[MarkRecord]) -> KtoMeasures:
    overall: list[int] = []
    aspects: dict[str, list[int]] = {aspect: [] for aspect in KTO_ASPECTS}
    for record in marks:
        overall.append(record.mark)
        for aspect, mark in record.aspects.items():
            aspects[aspect].append(mark)
    return KtoMeasures(
        len(overall), _mean(overall),
        {aspect: (len(values), _mean(values)) for aspect, values in aspects.items()},
    )


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


# -- scope: municipality, location, service, channel, period -----------------------------------


@dataclass(frozen=True, slots=True)
class Records:
    """The records of a scope; :meth:`where` narrows it."""

    visits: Sequence[TicketVisit] = ()
    contacts: Sequence[ContactRecord] = ()
    callbacks: Sequence[CallbackRecord] = ()
    deliveries: Sequence[DeliveryRecord] = ()
    marks: Sequence[MarkRecord] = ()

    def where(self, *, municipality: str | None = None, location: str | None = None,
              service: str | None = None, kanaal: str | None = None,
              start: float | None = None, end: float | None = None) -> Records:
        """Only the records in a scope; a criterion a kind of record lacks (a visit has no
        channel but "balie", a question no service) leaves that kind out when it is given."""

        def place(record: TicketVisit | ContactRecord | CallbackRecord | DeliveryRecord
                  | MarkRecord, at: float) -> bool:
            return ((municipality is None or record.municipality == municipality)
                    and (location is None or record.location == location)
                    and (start is None or at >= start) and (end is None or at < end))

        counter_channel = kanaal in (None, Kanaal.BALIE.value)
        return Records(
            tuple(v for v in self.visits if counter_channel and place(v, v.queued_at)
                  and (service is None or v.service == service)),
            tuple(c for c in self.contacts if service is None and place(c, c.started_at)
                  and (kanaal is None or c.kanaal == kanaal)),
            tuple(c for c in self.callbacks if service is None and place(c, c.created_at)
                  and (kanaal is None or c.kanaal == kanaal)),
            tuple(d for d in self.deliveries if service is None and kanaal is None
                  and place(d, d.started_at)),
            tuple(k for k in self.marks if place(k, k.given_at)
                  and (service is None or k.service == service)
                  and (kanaal is None or k.kanaal == kanaal)),
        )


@dataclass(frozen=True, slots=True)
class Measures:
    visits: VisitMeasures
    contacts: ContactMeasures
    callbacks: CallbackMeasures
    deliveries: Mapping[tuple[str, str], Spread]
    kto: KtoMeasures


def measure(records: Records, as_of: float) -> Measures:
    """All measures of a scope; ``as_of`` decides which open callbacks are already late."""
    return Measures(
        measure_visits(records.visits), measure_contacts(records.contacts),
        measure_callbacks(records.callbacks, as_of), measure_deliveries(records.deliveries),
        measure_marks(records.marks),
    )


def group_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    groups: dict[K, list[T]] = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)


# -- calendar keys (Europe/Amsterdam) -----------------------------------------------------------


def local(moment: float) -> datetime:
    return datetime.fromtimestamp(moment, SITE_TIMEZONE)


CalendarKeys = tuple[tuple[int, int], tuple[int, int], tuple[int, int]]
"""ISO (year, week), (year, month) and (weekday, hour) in Amsterdam."""


@cache
def local_hour(utc_hour: int) -> CalendarKeys:
    """The calendar keys of every moment in the UTC hour ``utc_hour`` (since the epoch)."""
    at = datetime.fromtimestamp(utc_hour * 3600, SITE_TIMEZONE)
    year, week, _day = at.isocalendar()
    return (year, week), (at.year, at.month), (at.weekday(), at.hour)


def calendar_keys(moment: float) -> CalendarKeys:
    """ISO (year, week), (year, month) and (weekday, hour) of a moment in Amsterdam.

    Amsterdam is a whole number of hours from UTC, so the UTC hour decides all three: cached
    per hour, a year of visits costs a dictionary look-up each."""
    return local_hour(int(moment // 3600))


def epoch_of(moment: datetime) -> float:
    if moment.tzinfo is None:
        raise ValueError("moment must be timezone-aware")
    return moment.timestamp()


def week_of(moment: float) -> tuple[int, int]:
    """ISO year and week of a moment."""
    return calendar_keys(moment)[0]


def month_of(moment: float) -> tuple[int, int]:
    return calendar_keys(moment)[1]


def hour_of_week(moment: float) -> tuple[int, int]:
    """(weekday, hour): 0 = Monday."""
    return calendar_keys(moment)[2]


@dataclass(frozen=True, slots=True)
class Period:
    """Days ``first`` up to and including ``last``, in the site's time zone."""

    first: date
    last: date

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        following = date(year + month // 12, month % 12 + 1, 1)
        return cls(date(year, month, 1), following - timedelta(days=1))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def start(self) -> float:
        return day_end(self.first - timedelta(days=1)).timestamp()

    @property
    def end(self) -> float:
        return day_end(self.last).timestamp()


# -- norms ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Norms:
    """Targets a measure is held against. Defaults from published practice
    (research kcc-desk §6): Antwoord© 80 % first time right; Nissewaard's appointment and
    callback figures; a KTO mark of 7 as the benchmark's "voldoende ruim"."""

    within_wait_norm: float = 0.80
    appointments_on_time: float = 0.85
    first_time_right: float = 0.80
    callbacks_on_time: float = 0.80
    kto_mark: float = 7.0


class NormStatus(enum.StrEnum):
    MET = "met"
    MISSED = "missed"
    NO_DATA = "no_data"


@dataclass(frozen=True, slots=True)
class NormCheck:
    name: str  # within_wait_norm, appointments_on_time, first_time_right, ...
    value: float | None
    norm: float
    status: NormStatus


def norm_checks(measures: Measures, norms: Norms | None = None) -> tuple[NormCheck, ...]:
    """Each normed measure against its target: the supervisor's "today" and the reports."""
    norms = norms or Norms()
    within = None if measures.visits.above_norm is None else 1.0 - measures.visits.above_norm
    values = (
        ("within_wait_norm", within, norms.within_wait_norm),
        ("appointments_on_time", measures.visits.appointments_on_time,
         norms.appointments_on_time),
        ("first_time_right", measures.contacts.first_time_right, norms.first_time_right),
        ("callbacks_on_time", measures.callbacks.on_time, norms.callbacks_on_time),
        ("kto_mark", measures.kto.mean, norms.kto_mark),
    )
    return tuple(
        NormCheck(name, value, norm,
                  NormStatus.NO_DATA if value is None
                  else NormStatus.MET if value >= norm else NormStatus.MISSED)
        for name, value, norm in values
    )
