"""A generated year of a regional KCC, for the demo, the reports and the benchmark.

Deterministic by seed. What it models (volumes per location per open day, then per visit):

- seasons: the spring passport rush (March to June), a summer dip (July, August), a busy
  December; Mondays busiest, Fridays quietest; closed on Dutch public holidays;
- hours: most visitors in the first hours after opening, Monday mornings most of all; waiting
  grows with the load of the hour;
- visits: walk-ins and appointments (checked in early or late), no-shows after three calls,
  visitors who leave before their turn, service times per service;
- the KCC half: questions per channel (phone most) with first-time-right outcomes, callback
  requests done within days, product deliveries (passport and driving licence picked up days
  later, extracts handed over directly) and KTO marks after some visits.

Nothing personal is generated: the tables hold codes, times and outcomes only (ADR 0022).
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from workstation.domain.contacts import Kanaal
from workstation.domain.measures import KTO_ASPECTS, VISIT_MOMENTS, local, moments_from_events
from workstation.domain.queue import EventType, TicketKind, TicketState, local_moment
from workstation.domain.site import ServiceInfo
from workstation.domain.working_days import add_working_days, is_working_day
from workstation.store import models as m
from workstation.store.bulk_events import BulkWriter, LocationLayout, site_layout, tickets_between
from workstation.store.database import SiteDatabase

MONTH_FACTOR = (0.0, 0.9, 0.95, 1.15, 1.3, 1.35, 1.15, 0.75, 0.7, 0.95, 1.0, 1.0, 1.2)
WEEKDAY_FACTOR = (1.25, 1.05, 0.95, 1.05, 0.8, 0.0, 0.0)
# Visitors per open day at a month and weekday factor of 1, per municipality (CBS code).
VISITS_PER_DAY = {"0748": 560, "0777": 360, "1674": 700, "1709": 380}
QUESTIONS_PER_DAY = {"0748": 330, "0777": 230, "1674": 420, "1709": 240}
DEFAULT_VISITS_PER_DAY = 400
DEFAULT_QUESTIONS_PER_DAY = 250
APPOINTMENT_SHARE = 0.4
WALK_IN_WEIGHTS = {"A": 0.45, "B": 0.15, "C": 0.12, "D": 0.13, "F": 0.15}
SERVICE_MINUTES = {"A": 9.0, "B": 7.0, "C": 5.0, "D": 8.0, "E": 12.0, "F": 6.0}
CHANNELS = ((Kanaal.TELEFOON.value, 0.65, 0.84, 4.9), (Kanaal.BALIE.value, 0.15, 0.9, 6.0),
            (Kanaal.EMAIL.value, 0.12, 0.72, 5.5),
            (Kanaal.CONTACTFORMULIER.value, 0.08, 0.66, 5.0))  # share, first time right, minutes
CALLBACK_SHARE = 0.55  # of the questions not answered in one go
MARK_SHARE = 0.08
LEFT_SHARE = 0.015
NO_SHOW_SHARE = {False: 0.03, True: 0.045}
PRODUCTS = {  # service letter -> (UPL name, URI, delivery, share of finished visits)
    "A": ("paspoort", "http://standaarden.overheid.nl/owms/terms/paspoort", "pickup", 0.8),
    "B": ("rijbewijs", "http://standaarden.overheid.nl/owms/terms/rijbewijs", "pickup", 0.85),
    "C": ("brp-uittreksel", "http://standaarden.overheid.nl/owms/terms/brpUittr", "direct", 0.9),
}

TICKET_COLUMNS = ("id", "location_id", "issued_service_id", "service_id", "business_day",
                  "sequence", "number", "kind", "state", "issued_at", "queued_epoch",
                  "appointment_epoch", "counter_id", "priority",
                  *(f"{name}_epoch" for name, _type, _pick in VISIT_MOMENTS))
EVENT_COLUMNS = ("ticket_id", "location_id", "service_id", "type", "at", "counter_id", "note")
CONTACT_COLUMNS = ("event_id", "municipality_code", "location_code", "kanaal", "uitkomst",
                   "first_time_right", "started_at", "ended_at", "saved_at", "workstation")
CALLBACK_COLUMNS = ("event_id", "municipality_code", "location_code", "kanaal", "created_at",
                    "done_at")
DELIVERY_COLUMNS = ("event_id", "municipality_code", "location_code", "product_uri",
                    "product_name", "delivery", "started_at", "finished_at")
MARK_COLUMNS = ("mark_id", "municipality_code", "location_code", "service_letter",
                "counter_number", "kanaal", "given_at", "mark", *KTO_ASPECTS)


@dataclass
class DayRows:
    tickets: list[tuple[object, ...]] = field(default_factory=list)
    events: list[tuple[object, ...]] = field(default_factory=list)
    contacts: list[tuple[object, ...]] = field(default_factory=list)
    callbacks: list[tuple[object, ...]] = field(default_factory=list)
    deliveries: list[tuple[object, ...]] = field(default_factory=list)
    marks: list[tuple[object, ...]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Generated:
    tickets: int
    events: int
    contacts: int
    callbacks: int
    deliveries: int
    marks: int


def days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def load_factor(day: date) -> float:
    return MONTH_FACTOR[day.month] * WEEKDAY_FACTOR[day.weekday()]


def hour_weight(day: date, hours_after_opening: float) -> float:
    """Arrivals per hour relative to the day's mean: a morning peak, Mondays more so."""
    morning = 1.8 if day.weekday() == 0 else 1.45
    if hours_after_opening < 1:
        return morning
    if hours_after_opening < 2.5:
        return 1.25
    return 0.8


class YearGenerator:
    """Simulates ``first`` to ``last`` for every location of the layout."""

    def __init__(self, layouts: tuple[LocationLayout, ...], seed: int = 2026,
                 scale: float = 1.0, until: float | None = None) -> None:
        self._layouts = layouts
        self._seed = seed
        self._rng = random.Random(seed)
        self._scale = scale
        self._until = until  # nothing done after this moment (epoch): open callbacks, pickups
        self._prefix = ""
        self._serial = 0

    def _id(self) -> str:
        self._serial += 1
        return f"{self._prefix}-{self._serial:06d}"

    def day(self, day: date) -> DayRows:
        """One day of the region; the same seed and day always give the same rows."""
        self._rng = random.Random(f"{self._seed}:{day.isoformat()}")
        self._prefix = f"gen{self._seed}-{day:%Y%m%d}"
        self._serial = 0
        rows = DayRows()
        if not is_working_day(day):
            return rows
        for layout in self._layouts:
            periods = [(local_moment(day, o).timestamp(), local_moment(day, c).timestamp())
                       for w, o, c in sorted(layout.opening_hours) if w == day.weekday()]
            if not periods:
                continue
            self._visits(rows, layout, day, periods)
            self._questions(rows, layout, day)
        return rows

    # -- visits ----------------------------------------------------------------------------

    def _arrival(self, day: date, periods: list[tuple[float, float]]) -> tuple[float, float]:
        """A moment of arrival and the load of its hour."""
        rng = self._rng
        opens = periods[0][0]
        lengths = [end - start for start, end in periods]
        while True:
            start, end = rng.choices(periods, lengths)[0]
            moment = rng.uniform(start, end - 600)
            weight = hour_weight(day, (moment - opens) / 3600)
            if rng.random() * 1.8 <= weight:
                return moment, weight * load_factor(day)

    def _visits(self, rows: DayRows, layout: LocationLayout, day: date,
                periods: list[tuple[float, float]]) -> None:
        rng = self._rng
        municipality = layout.location.municipality.code
        mean = (VISITS_PER_DAY.get(municipality, DEFAULT_VISITS_PER_DAY) * load_factor(day)
                * self._scale * sum(e - s for s, e in periods) / (8 * 3600))
        count = max(0, round(rng.gauss(mean, math.sqrt(mean))))
        walk_ins = [s for s in layout.services if not s.is_appointment]
        weights = [WALK_IN_WEIGHTS.get(s.letter, 0.1) for s in walk_ins]
        appointment_services = [s for s in layout.services if s.is_appointment]
        sequences: dict[int, int] = {}
        for _ in range(count):
            moment, load = self._arrival(day, periods)
            if appointment_services and rng.random() < APPOINTMENT_SHARE:
                service = rng.choice(appointment_services)
                booked = moment - moment % 600
                late = rng.random() < 0.12
                moment = booked + (rng.uniform(60, 600) if late else -rng.uniform(0, 900))
                slot: float | None = booked
            else:
                service = rng.choices(walk_ins, weights)[0]
                slot = None
            sequence = sequences[service.id] = sequences.get(service.id, 0) + 1
            if sequence > 999:
                continue
            self._visit(rows, layout, day, service, sequence, moment, slot, load)

    def _visit(self, rows: DayRows, layout: LocationLayout, day: date, service: ServiceInfo,
               sequence: int, issued: float, slot: float | None, load: float) -> None:
        rng = self._rng
        ticket_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))  # as the queue does
        location = layout.location
        counters = [c for c in layout.counters if service.id in c.service_ids]
        counter = rng.choice(counters) if counters else None
        events: list[tuple[str, float]] = [(EventType.ISSUED.value, issued)]
        waits_from = max(issued, slot) if slot is not None else issued
        if slot is not None:
            wait = rng.expovariate(1 / (2.5 * load * load))
        else:
            wait = rng.expovariate(1 / (service.norm_minutes * 0.42 * load ** 2.2))
        called = waits_from + min(wait, 120) * 60
        state = TicketState.DONE
        finished: float | None = None
        if rng.random() < LEFT_SHARE or counter is None:
            state = TicketState.CANCELLED
            events.append((EventType.CANCELLED.value, issued + (called - issued) * 0.7))
        elif rng.random() < NO_SHOW_SHARE[slot is not None]:
            state = TicketState.NO_SHOW
            events += [(EventType.CALLED.value, called), (EventType.RECALLED.value, called + 60),
                       (EventType.RECALLED.value, called + 120),
                       (EventType.NO_SHOW.value, called + 180)]
        else:
            serving = called + rng.uniform(20, 90)
            minutes = SERVICE_MINUTES.get(service.letter, 7.0)
            finished = serving + rng.lognormvariate(math.log(minutes * 60) - 0.08, 0.4)
            events += [(EventType.CALLED.value, called),
                       (EventType.SERVING_STARTED.value, serving),
                       (EventType.FINISHED.value, finished)]
        counter_id = counter.id if counter is not None and state is not TicketState.CANCELLED \
            else None
        kind = TicketKind.APPOINTMENT if slot is not None else TicketKind.WALK_IN
        rows.tickets.append((
            ticket_id, location.id, service.id, service.id, day, sequence,
            f"{service.letter}{sequence:03d}", kind.value, state.value, issued, issued, slot,
            counter_id, False, *moments_from_events(events).values(),
        ))
        rows.events += [(ticket_id, location.id, service.id, type_, at,
                         None if type_ == EventType.ISSUED.value else counter_id, "")
                        for type_, at in events]
        if finished is not None and counter is not None:
            self._after_visit(rows, layout, service, counter.number, finished,
                              (called - waits_from) / 60)

    def _after_visit(self, rows: DayRows, layout: LocationLayout, service: ServiceInfo,
                     counter_number: int, finished: float, waited_minutes: float) -> None:
        rng = self._rng
        location = layout.location
        municipality = location.municipality.code
        product = PRODUCTS.get(service.letter)
        if product is not None and rng.random() < product[3]:
            name, uri, delivery, _share = product
            if delivery == "direct":
                started, done = finished - rng.uniform(60, 240), finished
            else:
                started = finished
                done = self._working_moment(finished, rng.randint(5, 9))
            rows.deliveries.append((self._id(), municipality, location.code, uri, name,
                                    delivery, started, self._until_ok(done)))
        if rng.random() < MARK_SHARE:
            over = max(0.0, waited_minutes - service.norm_minutes)
            marks: list[int | None] = [_mark(rng, 8.0 - 0.06 * over)]
            if rng.random() < 0.6:
                marks += [_mark(rng, 7.9 - 0.15 * over), _mark(rng, 8.4), _mark(rng, 8.0),
                          _mark(rng, 7.7)]
            else:
                marks += [None] * len(KTO_ASPECTS)
            rows.marks.append((self._id(), municipality, location.code, service.letter,
                               counter_number, Kanaal.BALIE.value,
                               finished + rng.uniform(20, 120), *marks))

    # -- questions, callbacks ----------------------------------------------------------------

    def _questions(self, rows: DayRows, layout: LocationLayout, day: date) -> None:
        rng = self._rng
        location = layout.location
        municipality = location.municipality.code
        mean = (QUESTIONS_PER_DAY.get(municipality, DEFAULT_QUESTIONS_PER_DAY)
                * load_factor(day) * self._scale)
        opens = local_moment(day, time(8, 30)).timestamp()
        busy = 0.06 * max(0.0, load_factor(day) - 1.0)  # a busy day answers fewer at once
        for _ in range(max(0, round(rng.gauss(mean, math.sqrt(mean))))):
            kanaal, _share, right_share, minutes = rng.choices(
                CHANNELS, [c[1] for c in CHANNELS])[0]
            started = opens + rng.uniform(0, 8.5 * 3600) * rng.uniform(0.55, 1.0)
            ended = started + rng.lognormvariate(math.log(minutes * 60) - 0.1, 0.45)
            saved = ended + rng.uniform(15, 120)
            right = rng.random() < right_share - busy
            if right:
                outcome = rng.choice(("zelfstandig_afgehandeld", "afgehandeld_na_ruggespraak"))
            else:
                outcome = "terugbelverzoek" if rng.random() < CALLBACK_SHARE else "doorverbonden"
            rows.contacts.append((self._id(), municipality, location.code, kanaal, outcome,
                                  right, started, ended, saved, f"{location.code.lower()}-kcc"))
            if outcome == "terugbelverzoek":
                after = rng.choices((0, 1, 2, 3, 5), (0.35, 0.35, 0.15, 0.1, 0.05))[0]
                done = self._working_moment(saved, after) if after else saved + rng.uniform(
                    1800, 4 * 3600)
                rows.callbacks.append((self._id(), municipality, location.code, kanaal, saved,
                                       self._until_ok(done)))

    def _working_moment(self, moment: float, working_days: int) -> float:
        """A moment between 09:00 and 16:30, ``working_days`` working days after ``moment``."""
        day = add_working_days(local(moment).date(), working_days)
        return local_moment(day, time(9)).timestamp() + self._rng.uniform(0, 7.5 * 3600)

    def _until_ok(self, moment: float) -> float | None:
        """``moment``, or None when it lies after the generated history ends."""
        return None if self._until is not None and moment > self._until else moment


def _mark(rng: random.Random, mean: float) -> int:
    return max(1, min(10, round(rng.gauss(mean, 1.1))))


def write_days(writer: BulkWriter, generator: YearGenerator, first: date, last: date,
               flush_every: int = 60_000) -> Generated:
    """Generates ``first`` to ``last`` day by day and writes it in batches."""
    totals = dict.fromkeys(("tickets", "events", "contacts", "callbacks", "deliveries",
                            "marks"), 0)
    pending = DayRows()

    def flush() -> None:
        writer.write(m.Ticket, TICKET_COLUMNS, pending.tickets)
        writer.write(m.QueueEvent, EVENT_COLUMNS, pending.events)
        writer.write(m.ContactEvent, CONTACT_COLUMNS, pending.contacts)
        writer.write(m.CallbackEvent, CALLBACK_COLUMNS, pending.callbacks)
        writer.write(m.DeliveryEvent, DELIVERY_COLUMNS, pending.deliveries)
        writer.write(m.KtoMark, MARK_COLUMNS, pending.marks)
        for name in totals:
            batch: list[tuple[object, ...]] = getattr(pending, name)
            totals[name] += len(batch)
            batch.clear()

    for day in days(first, last):
        rows = generator.day(day)
        for name in totals:
            getattr(pending, name).extend(getattr(rows, name))
        if len(pending.events) >= flush_every:
            flush()
    flush()
    return Generated(**totals)


def generate(database: SiteDatabase, first: date, last: date, *, seed: int = 2026,
             scale: float = 1.0) -> Generated:
    """Generates ``first`` to ``last`` (both inclusive) into the site ``database``, whose
    locations must have no tickets on those days yet (a second run would double them)."""
    existing = tickets_between(database, first, last)
    if existing:
        raise ValueError(f"the site already has {existing} tickets between {first} and {last}")
    until = local_moment(last + timedelta(days=1), time.min).timestamp()
    generator = YearGenerator(site_layout(database), seed, scale, until)
    with BulkWriter(database) as writer:
        return write_days(writer, generator, first, last)
