"""The records of a long period as columns (numpy), and the measures defined over them.

A region's year is half a million visits and a third of a million questions: held as one
array per field, the measures are array arithmetic instead of a Python loop per record
(ADR 0028). The record API in :mod:`workstation.domain.measures` runs this same code for a
handful of records, so every measure is defined once. numpy loads with the first measure, not
with the windows that never compute one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from workstation.domain.contacts import Kanaal
from workstation.domain.measures import (
    APPOINTMENT_ON_TIME_S,
    VISIT_MOMENTS,
    CalendarKeys,
    ChannelMeasures,
    ContactMeasures,
    ContactRecord,
    Place,
    Spread,
    TicketVisit,
    VisitMeasures,
    local_hour,
    share,
    spread_of_sorted,
)

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
            len(self.service_times), self.no_shows, _spread(self.waits),
            share(self.above, len(self.waits)), _spread(self.service_times),
            self.appointments_called, share(self.on_time, self.appointments_called),
        )



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
                               _spread(self.talk), _spread(self.wrap_up))


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



def calendar_columns(moments: Floats) -> tuple[list[CalendarKeys], Indices]:
    """The calendar keys of the distinct hours among ``moments`` and each moment's index
    into them: a year of visits asks the calendar once per hour, not once per visit."""
    hours, index = np.unique((moments // 3600).astype(np.int64), return_inverse=True)
    return [local_hour(int(hour)) for hour in hours.tolist()], index.astype(np.intp)




def _spread(sample: Floats) -> Spread | None:
    return spread_of_sorted(np.sort(sample).tolist())
