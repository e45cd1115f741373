"""What a month or year report shows, computed from the records by the domain's measures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from workstation.domain.measures import (
    ContactMeasures,
    KtoMeasures,
    MarkRecord,
    Measures,
    Norms,
    Period,
    Records,
    VisitMeasures,
    gc_paused,
    group_by,
    measure_callbacks,
    measure_contacts,
    measure_deliveries,
    measure_marks,
)
from workstation.domain.record_columns import (
    ContactColumns,
    ContactTally,
    VisitColumns,
    VisitTally,
    calendar_columns,
)
from workstation.domain.site import MunicipalityInfo

REGION_COLOURS = ("#1F3A5F", "#E8A33D")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


@dataclass(frozen=True, slots=True)
class Part:
    """One row of the report's breakdown: a municipality of the region, or a service."""

    label: str
    visits: VisitMeasures
    contacts: ContactMeasures
    kto: KtoMeasures


@dataclass(frozen=True, slots=True)
class ReportData:
    title: str
    period_label: str
    primary_colour: str
    accent_colour: str
    overall: Measures
    weeks: Sequence[tuple[tuple[int, int], VisitMeasures]]
    visitors_per_hour: Mapping[tuple[int, int], float]  # (weekday, hour): mean per week
    parts_label: str
    parts: Sequence[Part]
    norms: Norms


def period_label(period: Period) -> str:
    if (period.first.month, period.first.day, period.last.month, period.last.day) == (
            1, 1, 12, 31):
        return str(period.first.year)
    return f"{MONTHS[period.first.month - 1]} {period.first.year}"


def report_data(records: Records, period: Period, as_of: float,
                municipality: MunicipalityInfo | None,
                municipalities: Sequence[MunicipalityInfo],
                service_names: Mapping[str, str], norms: Norms | None = None) -> ReportData:
    """The report of one municipality (its services as parts) or of the region (``None``:
    its municipalities as parts)."""
    with gc_paused():
        return _report_data(records, period, as_of, municipality, municipalities,
                            service_names, norms or Norms())


def _report_data(records: Records, period: Period, as_of: float,
                 municipality: MunicipalityInfo | None,
                 municipalities: Sequence[MunicipalityInfo], service_names: Mapping[str, str],
                 norms: Norms) -> ReportData:
    region = municipality is None
    visits = VisitColumns.from_visits(records.visits)
    # Each visit's week and part (municipality or service) as group numbers; the groups
    # are tallied once each and the whole is the merge of its parts.
    keys, hour_of_visit = calendar_columns(visits.queued_at)
    weeks = sorted({week for week, _month, _hour in keys})
    week_number = {week: number for number, week in enumerate(weeks)}
    week_of_visit = np.array([week_number[week] for week, _m, _h in keys],
                             dtype=np.intp)[hour_of_visit]
    hours: Counter[tuple[int, int]] = Counter()
    for (_week, _month, hour), count in zip(
            keys, np.bincount(hour_of_visit, minlength=len(keys)).tolist(), strict=True):
        hours[hour] += count
    part_of_place = [place[0] if region else place[2] for place in visits.places]
    parts_in_order = sorted(set(part_of_place))
    part_number = {part: number for number, part in enumerate(parts_in_order)}
    part_of_visit = np.array([part_number[part] for part in part_of_place],
                             dtype=np.intp)[visits.place]
    visit_tallies = {part: VisitTally.of(group) for part, group in zip(
        parts_in_order, visits.groups(part_of_visit, len(parts_in_order)), strict=True)}
    part_measures = {part: tally.measures() for part, tally in visit_tallies.items()}
    if municipality is None:
        names = {m.code: m.name for m in municipalities}
        contact_tallies = _contacts_per_municipality(records)
        contacts = ContactTally.merged(contact_tallies.values())
        marks = group_by(records.marks, lambda k: k.municipality)
        parts = [
            Part(names.get(code, code), measured,
                 (contact_tallies.get(code) or ContactTally()).measures(),
                 measure_marks(marks.get(code, ())))
            for code, measured in part_measures.items()
        ]
        colours, parts_label = REGION_COLOURS, "Gemeente"
        title = f"Regio: {', '.join(m.name.removeprefix('Gemeente ') for m in municipalities)}"
    else:
        contacts = ContactTally.of(ContactColumns.from_records(records.contacts))
        by_service: dict[str | None, list[MarkRecord]] = group_by(records.marks,
                                                                  lambda k: k.service)
        parts = [
            Part(f"{letter} {service_names.get(letter, '')}".strip(), measured,
                 measure_contacts(()), measure_marks(by_service.get(letter, ())))
            for letter, measured in part_measures.items()
        ]
        title, parts_label = municipality.name, "Dienst"
        colours = (municipality.primary_colour, municipality.accent_colour)
    overall = Measures(
        VisitTally.merged(visit_tallies.values()).measures(), contacts.measures(),
        measure_callbacks(records.callbacks, as_of), measure_deliveries(records.deliveries),
        measure_marks(records.marks))
    return ReportData(
        title, period_label(period), colours[0], colours[1], overall,
        [(week, VisitTally.of(group).measures()) for week, group in zip(
            weeks, visits.groups(week_of_visit, len(weeks)), strict=True)],
        {key: count / max(1, len(weeks)) for key, count in hours.items()},
        parts_label, parts, norms,
    )


def _contacts_per_municipality(records: Records) -> dict[str, ContactTally]:
    contacts = ContactColumns.from_records(records.contacts)
    codes = sorted({municipality for municipality, _l, _k in contacts.places})
    number = {code: index for index, code in enumerate(codes)}
    municipality = np.array([number[code] for code, _l, _k in contacts.places],
                            dtype=np.intp)[contacts.place]
    return {code: ContactTally.of(group) for code, group in zip(
        codes, contacts.groups(municipality, len(codes)), strict=True)}
