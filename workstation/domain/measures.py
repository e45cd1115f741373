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
from typing import Any, NamedTuple, TypeVar, overload

import numpy as np
import numpy.typing as npt

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
    visits = VisitColumns.from_rows({0: facts[:4]}, [(
        0, facts.appointment, facts.appointment_at,
        *(moments[name] for name, _type, _pick in VISIT_MOMENTS))])
    return visits[0] if len(visits) else None


Floats = npt.NDArray[np.float64]
Flags = npt.NDArray[np.bool_]
Indices = npt.NDArray[np.intp]


def _moment(value: float) -> float | None:
    return None if math.isnan(value) else value


@dataclass(frozen=True, slots=True, eq=False)
class VisitColumns(Sequence[TicketVisit]):
    """Visits as columns, one array entry per visit; a moment a visit lacks is NaN.

    How a report holds a region's year: the measures below work on whole columns, so half a
    million visits cost array arithmetic rather than a Python loop each (ADR 0028). Read one
    by one it is the sequence of its :class:`TicketVisit` records."""

    places: tuple[Place, ...]
    place: Indices  # into ``places``
    appointment: Flags
    queued_at: Floats
    appointment_at: Floats
    called_at: Floats
    serving_at: Floats
    finished_at: Floats  # the last finish that was not undone
    no_show: Flags  # the last no-show was not undone

    @classmethod
    def from_rows(cls, places: Mapping[int, Place],
                  rows: Sequence[Sequence[Any]]) -> VisitColumns:
        """Visits from flat rows, as the store reads them: the key of the ticket's place in
        ``places``, whether it is an appointment, the slot, then the moments in
        :data:`VISIT_MOMENTS` order (None where a ticket has none). A later undo cancels a
        finish or a no-show; tickets without an issue are left out."""
        keys = sorted(places)
        table = np.array(rows, dtype=np.float64).reshape(len(rows), 3 + len(VISIT_MOMENTS))
        (key, appointment, slot, issued, called, serving, finished, finish_undone, no_show,
         no_show_undone) = table.T
        # NaN compares false: no undo (or no finish) leaves the finish as it is.
        finished = np.where(finish_undone >= finished, np.nan, finished)
        shown = ~np.isnan(no_show) & ~(no_show_undone >= no_show)
        issued_only = ~np.isnan(issued)
        return cls(
            tuple(places[k] for k in keys),
            np.searchsorted(np.array(keys, dtype=np.float64), key)[issued_only],
            (appointment != 0)[issued_only], issued[issued_only], slot[issued_only],
            called[issued_only], serving[issued_only], finished[issued_only],
            shown[issued_only])

    @classmethod
    def from_visits(cls, visits: Iterable[TicketVisit]) -> VisitColumns:
        if isinstance(visits, VisitColumns):
            return visits
        listed = list(visits)
        places: dict[Place, int] = {}
        place = [places.setdefault((v[0], v[1], v[2], v[3]), len(places)) for v in listed]

        def floats(field: int) -> Floats:
            return np.array([v[field] for v in listed], dtype=np.float64)

        return cls(tuple(places), np.array(place, dtype=np.intp),
                   np.array([v.appointment for v in listed], dtype=np.bool_), floats(5),
                   floats(6), floats(7), floats(8), floats(9),
                   np.array([v.no_show for v in listed], dtype=np.bool_))

    def __len__(self) -> int:
        return len(self.place)

    @overload
    def __getitem__(self, index: int) -> TicketVisit: ...

    @overload
    def __getitem__(self, index: slice) -> VisitColumns: ...

    def __getitem__(self, index: int | slice) -> TicketVisit | VisitColumns:
        if isinstance(index, slice):
            return self._select(index)
        municipality, location, service, norm = self.places[int(self.place[index])]
        return TicketVisit(
            municipality, location, service, norm, bool(self.appointment[index]),
            float(self.queued_at[index]), _moment(float(self.appointment_at[index])),
            _moment(float(self.called_at[index])), _moment(float(self.serving_at[index])),
            _moment(float(self.finished_at[index])), bool(self.no_show[index]))

    def __iter__(self) -> Iterator[TicketVisit]:
        places = self.places
        moments = (column.tolist() for column in (
            self.appointment_at, self.called_at, self.serving_at, self.finished_at))
        for place, appointment, queued, slot, called, serving, finished, no_show in zip(
                self.place.tolist(), self.appointment.tolist(), self.queued_at.tolist(),
                *moments, self.no_show.tolist(), strict=True):
            municipality, location, service, norm = places[place]
            yield TicketVisit(municipality, location, service, norm, appointment, queued,
                              _moment(slot), _moment(called), _moment(serving),
                              _moment(finished), no_show)

    def _select(self, selection: slice | Flags | Indices) -> VisitColumns:
        return VisitColumns(
            self.places, self.place[selection], self.appointment[selection],
            self.queued_at[selection], self.appointment_at[selection],
            self.called_at[selection], self.serving_at[selection],
            self.finished_at[selection], self.no_show[selection])

    def groups(self, group: Indices, count: int) -> list[VisitColumns]:
        """The visits of each group ``0 .. count - 1``, where ``group`` names each visit's."""
        return [self._select(part) for part in _group_slices(group, count)]

    def norm_seconds(self) -> Floats:
        return (np.array([place[3] for place in self.places] or [0], dtype=np.float64)
                * 60.0)[self.place]


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


def percentile(ordered: Sequence[float] | Floats, q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100) of a sorted, non-empty sample."""
    rank = max(1, math.ceil(q / 100.0 * len(ordered)))
    return float(ordered[rank - 1])


def spread(values: Iterable[float] | Floats) -> Spread | None:
    sample = values if isinstance(values, np.ndarray) else np.fromiter(values, np.float64)
    if not len(sample):
        return None
    ordered = np.sort(sample)
    return Spread(len(ordered), math.fsum(ordered.tolist()) / len(ordered),
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


class VisitTally:
    """What the visit measures count and sample of a group of visits, kept open: the tallies
    of a whole's parts merge into the whole's (counts added, samples joined), so a report
    tallies a region's municipalities once and the region from them."""

    __slots__ = ("above", "appointments", "appointments_called", "no_shows", "on_time",
                 "service_times", "visitors", "waits")

    def __init__(self, visitors: int = 0, appointments: int = 0, no_shows: int = 0,
                 above: int = 0, appointments_called: int = 0, on_time: int = 0,
                 waits: Floats | None = None, service_times: Floats | None = None) -> None:
        self.visitors, self.appointments, self.no_shows = visitors, appointments, no_shows
        self.above, self.appointments_called, self.on_time = (
            above, appointments_called, on_time)
        self.waits = np.empty(0) if waits is None else waits
        self.service_times = np.empty(0) if service_times is None else service_times

    @classmethod
    def of(cls, visits: VisitColumns) -> VisitTally:
        """The definitions of the module docstring, over columns."""
        called = ~np.isnan(visits.called_at)
        slot, queued = visits.appointment_at[called], visits.queued_at[called]
        start = np.where(slot > queued, slot, queued)  # TicketVisit.waits_from
        waits = np.maximum(visits.called_at[called] - start, 0.0)
        appointment_called = visits.appointment[called]
        helped = ~np.isnan(visits.serving_at) & ~np.isnan(visits.finished_at)
        return cls(
            len(visits), int(np.count_nonzero(visits.appointment)),
            int(np.count_nonzero(visits.no_show)),
            int(np.count_nonzero(waits > visits.norm_seconds()[called])),
            int(np.count_nonzero(appointment_called)),
            int(np.count_nonzero(waits[appointment_called] <= APPOINTMENT_ON_TIME_S)),
            waits,
            np.maximum(visits.finished_at[helped] - visits.serving_at[helped], 0.0),
        )

    @classmethod
    def merged(cls, parts: Iterable[VisitTally]) -> VisitTally:
        listed = list(parts)
        return cls(
            sum(p.visitors for p in listed), sum(p.appointments for p in listed),
            sum(p.no_shows for p in listed), sum(p.above for p in listed),
            sum(p.appointments_called for p in listed), sum(p.on_time for p in listed),
            np.concatenate([p.waits for p in listed] or [np.empty(0)]),
            np.concatenate([p.service_times for p in listed] or [np.empty(0)]),
        )

    def measures(self) -> VisitMeasures:
        return VisitMeasures(
            self.visitors, self.visitors - self.appointments, self.appointments,
            len(self.service_times), self.no_shows, spread(self.waits),
            share(self.above, len(self.waits)), spread(self.service_times),
            self.appointments_called, share(self.on_time, self.appointments_called),
        )


def measure_visits(visits: Iterable[TicketVisit]) -> VisitMeasures:
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


@dataclass(frozen=True, slots=True, eq=False)
class ContactColumns(Sequence[ContactRecord]):
    """Questions as columns, like :class:`VisitColumns`: where and by which channel as an
    index into the few distinct (municipality, location, channel) of a period."""

    places: tuple[tuple[str, str, str], ...]
    place: Indices
    first_time_right: Flags
    started_at: Floats
    ended_at: Floats
    saved_at: Floats

    @classmethod
    def from_rows(cls, rows: Sequence[Sequence[Any]]) -> ContactColumns:
        """Rows in :class:`ContactRecord` order, as the store reads them."""
        table = np.array(rows, dtype=object).reshape(len(rows), len(ContactRecord._fields))
        places: dict[tuple[str, str, str], int] = {}
        place = [places.setdefault(key, len(places)) for key in zip(
            table[:, 0].tolist(), table[:, 1].tolist(), table[:, 2].tolist(), strict=True)]
        moments = table[:, 4:].astype(np.float64)
        return cls(tuple(places), np.array(place, dtype=np.intp),
                   table[:, 3].astype(np.bool_), moments[:, 0], moments[:, 1], moments[:, 2])

    @classmethod
    def from_records(cls, contacts: Iterable[ContactRecord]) -> ContactColumns:
        if isinstance(contacts, ContactColumns):
            return contacts
        return cls.from_rows(list(contacts))

    def __len__(self) -> int:
        return len(self.place)

    @overload
    def __getitem__(self, index: int) -> ContactRecord: ...

    @overload
    def __getitem__(self, index: slice) -> ContactColumns: ...

    def __getitem__(self, index: int | slice) -> ContactRecord | ContactColumns:
        if isinstance(index, slice):
            return self._select(index)
        return ContactRecord(
            *self.places[int(self.place[index])], bool(self.first_time_right[index]),
            float(self.started_at[index]), float(self.ended_at[index]),
            float(self.saved_at[index]))

    def __iter__(self) -> Iterator[ContactRecord]:
        places = self.places
        for place, right, started, ended, saved in zip(
                self.place.tolist(), self.first_time_right.tolist(), self.started_at.tolist(),
                self.ended_at.tolist(), self.saved_at.tolist(), strict=True):
            municipality, location, kanaal = places[place]
            yield ContactRecord(municipality, location, kanaal, right, started, ended, saved)

    def _select(self, selection: slice | Flags | Indices) -> ContactColumns:
        return ContactColumns(self.places, self.place[selection],
                              self.first_time_right[selection], self.started_at[selection],
                              self.ended_at[selection], self.saved_at[selection])

    def groups(self, group: Indices, count: int) -> list[ContactColumns]:
        """The questions of each group ``0 .. count - 1`` (see :meth:`VisitColumns.groups`)."""
        return [self._select(part) for part in _group_slices(group, count)]


def _group_slices(group: Indices, count: int) -> list[Indices]:
    """The positions of each group ``0 .. count - 1`` in ``group``, from one stable sort."""
    order = np.argsort(group, kind="stable")
    bounds = np.searchsorted(group[order], np.arange(count + 1)).tolist()
    return [order[bounds[i]:bounds[i + 1]] for i in range(count)]


@dataclass(frozen=True, slots=True)
class _ChannelTally:
    contacts: int
    right: int
    talk: Floats
    wrap_up: Floats

    def measures(self) -> ChannelMeasures:
        return ChannelMeasures(self.contacts, share(self.right, self.contacts),
                               spread(self.talk), spread(self.wrap_up))


class ContactTally:
    """What the contact measures count and sample per channel, kept open like
    :class:`VisitTally`."""

    __slots__ = ("channels",)

    def __init__(self, channels: Mapping[str, _ChannelTally] | None = None) -> None:
        self.channels: Mapping[str, _ChannelTally] = channels or {}

    @classmethod
    def of(cls, contacts: ContactColumns) -> ContactTally:
        kanalen = sorted({kanaal for _m, _l, kanaal in contacts.places})
        number = {kanaal: index for index, kanaal in enumerate(kanalen)}
        channel = np.array([number[kanaal] for _m, _l, kanaal in contacts.places],
                           dtype=np.intp)[contacts.place]
        talk = np.maximum(contacts.ended_at - contacts.started_at, 0.0)
        wrap_up = np.maximum(contacts.saved_at - contacts.ended_at, 0.0)
        return cls({
            kanaal: _ChannelTally(len(part), int(np.count_nonzero(
                contacts.first_time_right[part])), talk[part], wrap_up[part])
            for kanaal, part in zip(kanalen, _group_slices(channel, len(kanalen)), strict=True)
        })

    @classmethod
    def merged(cls, parts: Iterable[ContactTally]) -> ContactTally:
        by_channel: dict[str, list[_ChannelTally]] = defaultdict(list)
        for part in parts:
            for kanaal, tally in part.channels.items():
                by_channel[kanaal].append(tally)
        return cls({
            kanaal: _ChannelTally(
                sum(t.contacts for t in tallies), sum(t.right for t in tallies),
                np.concatenate([t.talk for t in tallies]),
                np.concatenate([t.wrap_up for t in tallies]))
            for kanaal, tallies in by_channel.items()
        })

    def measures(self) -> ContactMeasures:
        channels = self.channels
        total = sum(channel.contacts for channel in channels.values())
        right = sum(channel.right for channel in channels.values())
        telephone = channels.get(Kanaal.TELEFOON.value)
        phone = telephone.contacts if telephone is not None else 0
        return ContactMeasures(
            total, share(right, total), share(phone, total),
            {kanaal: channels[kanaal].measures() for kanaal in sorted(channels)},
        )


def measure_contacts(contacts: Iterable[ContactRecord]) -> ContactMeasures:
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
def _local_hour(utc_hour: int) -> CalendarKeys:
    at = datetime.fromtimestamp(utc_hour * 3600, SITE_TIMEZONE)
    year, week, _day = at.isocalendar()
    return (year, week), (at.year, at.month), (at.weekday(), at.hour)


def calendar_columns(moments: Floats) -> tuple[list[CalendarKeys], Indices]:
    """The calendar keys of the distinct hours among ``moments`` and each moment's index
    into them: a year of visits asks the calendar once per hour, not once per visit."""
    hours, index = np.unique((moments // 3600).astype(np.int64), return_inverse=True)
    return [_local_hour(int(hour)) for hour in hours.tolist()], index.astype(np.intp)


def calendar_keys(moment: float) -> CalendarKeys:
    """ISO (year, week), (year, month) and (weekday, hour) of a moment in Amsterdam.

    Amsterdam is a whole number of hours from UTC, so the UTC hour decides all three: cached
    per hour, a year of visits costs a dictionary look-up each."""
    return _local_hour(int(moment // 3600))


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
