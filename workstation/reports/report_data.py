"""What a month or year report shows, computed from the records by the domain's measures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workstation.domain.measures import (
    Measures,
    Norms,
    Period,
    Records,
    TicketVisit,
    VisitMeasures,
    group_by,
    local,
    measure,
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
    measures: Measures


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
    norms = norms or Norms()
    weeks: dict[tuple[int, int], list[TicketVisit]] = {}
    hours: Counter[tuple[int, int]] = Counter()
    for visit in records.visits:
        moment = local(visit.queued_at)
        year, week, weekday = moment.isocalendar()
        weeks.setdefault((year, week), []).append(visit)
        hours[(weekday - 1, moment.hour)] += 1
    week_count = max(1, len(weeks))
    if municipality is None:
        names = {m.code: m.name for m in municipalities}
        parts = [
            Part(names.get(code, code), measure(Records(
                visits, [c for c in records.contacts if c.municipality == code],
                [c for c in records.callbacks if c.municipality == code],
                [d for d in records.deliveries if d.municipality == code],
                [k for k in records.marks if k.municipality == code]), as_of))
            for code, visits in sorted(group_by(records.visits, lambda v: v.municipality).items())
        ]
        title, colours, parts_label = "Regio", REGION_COLOURS, "Gemeente"
        title = f"Regio: {', '.join(m.name.removeprefix('Gemeente ') for m in municipalities)}"
    else:
        parts = [
            Part(f"{letter} {service_names.get(letter, '')}".strip(), measure(Records(
                visits=visits, marks=[k for k in records.marks if k.service == letter]), as_of))
            for letter, visits in sorted(group_by(records.visits, lambda v: v.service).items())
        ]
        title, parts_label = municipality.name, "Dienst"
        colours = (municipality.primary_colour, municipality.accent_colour)
    return ReportData(
        title, period_label(period), colours[0], colours[1], measure(records, as_of),
        [(key, measure_visits(visits)) for key, visits in sorted(weeks.items())],
        {key: count / week_count for key, count in hours.items()},
        parts_label, parts, norms,
    )
