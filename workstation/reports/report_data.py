"""What a month or year report shows, computed from the records by the domain's measures."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workstation.domain.measures import (
    ContactMeasures,
    KtoMeasures,
    MarkRecord,
    Measures,
    Norms,
    Period,
    Records,
    TicketVisit,
    VisitMeasures,
    calendar_keys,
    gc_paused,
    group_by,
    measure,
    measure_contacts,
    measure_marks,
    measure_visits,
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
    # One pass over the visits groups them by week and by part (municipality or service).
    region = municipality is None
    weeks: defaultdict[tuple[int, int], list[TicketVisit]] = defaultdict(list)
    part_visits: defaultdict[str, list[TicketVisit]] = defaultdict(list)
    hours: Counter[tuple[int, int]] = Counter()
    for visit in records.visits:
        week, _month, hour = calendar_keys(visit.queued_at)
        weeks[week].append(visit)
        part_visits[visit.municipality if region else visit.service].append(visit)
        hours[hour] += 1
    week_count = max(1, len(weeks))
    if municipality is None:
        names = {m.code: m.name for m in municipalities}
        contacts = group_by(records.contacts, lambda c: c.municipality)
        marks = group_by(records.marks, lambda k: k.municipality)
        parts = [
            Part(names.get(code, code), measure_visits(visits),
                 measure_contacts(contacts.get(code, ())), measure_marks(marks.get(code, ())))
            for code, visits in sorted(part_visits.items())
        ]
        colours, parts_label = REGION_COLOURS, "Gemeente"
        title = f"Regio: {', '.join(m.name.removeprefix('Gemeente ') for m in municipalities)}"
    else:
        by_service: dict[str | None, list[MarkRecord]] = group_by(records.marks,
                                                                  lambda k: k.service)
        parts = [
            Part(f"{letter} {service_names.get(letter, '')}".strip(), measure_visits(visits),
                 measure_contacts(()), measure_marks(by_service.get(letter, ())))
            for letter, visits in sorted(part_visits.items())
        ]
        title, parts_label = municipality.name, "Dienst"
        colours = (municipality.primary_colour, municipality.accent_colour)
    return ReportData(
        title, period_label(period), colours[0], colours[1], measure(records, as_of),
        [(key, measure_visits(visits)) for key, visits in sorted(weeks.items())],
        {key: count / week_count for key, count in hours.items()},
        parts_label, parts, norms,
    )
