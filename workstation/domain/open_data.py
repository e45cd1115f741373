"""The open-data table of the measures, and the rule that keeps small cells out (ADR 0028).

One row per month, municipality, location and service (counter visits), plus one row per
month, municipality and location with service ``*`` that also carries the KCC half (questions,
first time right, callbacks). Columns follow the indicators of the Benchmark Publiekszaken
(VNG/NVVB): visitors, waiting time and the share within the norm, appointments, service time,
first time right, telephone share, callbacks within two working days, the customers' mark.

Suppression: a row counting fewer than :data:`MIN_CELL` visitors shows no visitor figures, and
when one service of a location's month is suppressed, the next smallest is too, so the
location's total cannot give the small one away (empty services give no cover). Marks follow
the same rule on their own count, questions (only on the location's row) on theirs.
Suppressed cells are empty (None); ``onderdrukt`` names the groups suppressed in the row
(``bezoekers``, ``klantcijfer``, ``vragen``), empty when none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workstation.domain.measures import (
    Records,
    group_by,
    measure_callbacks,
    measure_contacts,
    measure_marks,
    measure_visits,
    month_of,
)

MIN_CELL = 5
ALL_SERVICES = "*"

KEY_COLUMNS = ("periode", "gemeentecode", "vestiging", "dienst")
VISIT_COLUMNS = (
    "bezoekers", "bezoekers_op_afspraak", "bezoekers_zonder_afspraak", "niet_verschenen",
    "wachttijd_gemiddeld_min", "wachttijd_mediaan_min", "wachttijd_p90_min",
    "percentage_binnen_wachttijdnorm", "bedieningstijd_gemiddeld_min",
    "percentage_afspraken_binnen_10_min",
)
MARK_COLUMNS = ("klantcijfer_aantal", "klantcijfer_gemiddeld")
QUESTION_COLUMNS = ("vragen", "percentage_in_een_keer_goed", "percentage_telefonisch",
                    "terugbelverzoeken", "percentage_teruggebeld_binnen_2_werkdagen")
COLUMNS = (*KEY_COLUMNS, *VISIT_COLUMNS, *MARK_COLUMNS, *QUESTION_COLUMNS, "onderdrukt")

Value = str | int | float | None


@dataclass
class Row:
    values: dict[str, Value]
    visitors: int
    marks: int
    questions: int

    def suppress(self, group: str, columns: Sequence[str]) -> None:
        for column in columns:
            self.values[column] = None
        done = str(self.values["onderdrukt"] or "")
        self.values["onderdrukt"] = f"{done},{group}" if done else group


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


def _percent(fraction: float | None) -> float | None:
    return None if fraction is None else round(100 * fraction, 1)


def _visit_values(records: Records) -> tuple[dict[str, Value], int, int]:
    visits = measure_visits(records.visits)
    kto = measure_marks(records.marks)
    wait = visits.wait
    within = None if visits.above_norm is None else 1 - visits.above_norm
    values: dict[str, Value] = {
        "bezoekers": visits.visitors,
        "bezoekers_op_afspraak": visits.appointments,
        "bezoekers_zonder_afspraak": visits.walk_ins,
        "niet_verschenen": visits.no_shows,
        "wachttijd_gemiddeld_min": _minutes(wait.mean if wait else None),
        "wachttijd_mediaan_min": _minutes(wait.p50 if wait else None),
        "wachttijd_p90_min": _minutes(wait.p90 if wait else None),
        "percentage_binnen_wachttijdnorm": _percent(within),
        "bedieningstijd_gemiddeld_min": _minutes(
            visits.service_time.mean if visits.service_time else None),
        "percentage_afspraken_binnen_10_min": _percent(visits.appointments_on_time),
        "klantcijfer_aantal": kto.marks,
        "klantcijfer_gemiddeld": None if kto.mean is None else round(kto.mean, 1),
    }
    return values, visits.visitors, kto.marks


def open_data_rows(records: Records, as_of: float) -> list[dict[str, Value]]:
    """The table of ``records`` by month, municipality, location and service, suppressed."""
    visits = group_by(records.visits, lambda v: (month_of(v.queued_at), v.municipality,
                                                 v.location))
    contacts = group_by(records.contacts, lambda c: (month_of(c.started_at), c.municipality,
                                                     c.location))
    callbacks = group_by(records.callbacks, lambda c: (month_of(c.created_at), c.municipality,
                                                       c.location))
    marks = group_by(records.marks, lambda k: (month_of(k.given_at), k.municipality,
                                               k.location))
    rows: list[Row] = []
    for place in sorted(visits.keys() | contacts.keys()):
        (year, month), municipality, location = place
        period = Records(visits.get(place, ()), contacts.get(place, ()),
                         callbacks.get(place, ()), (), marks.get(place, ()))
        key = {"periode": f"{year:04d}-{month:02d}", "gemeentecode": municipality,
               "vestiging": location}
        services: list[Row] = []
        for service, served in sorted(group_by(period.visits, lambda v: v.service).items()):
            values, visitors, marked = _visit_values(
                Records(visits=served, marks=[k for k in period.marks if k.service == service]))
            services.append(Row({**key, "dienst": service, **values,
                                 **dict.fromkeys(QUESTION_COLUMNS), "onderdrukt": ""},
                                visitors, marked, 0))
        _suppress(services)
        values, visitors, marked = _visit_values(period)
        questions = measure_contacts(period.contacts)
        requests = measure_callbacks(period.callbacks, as_of)
        total = Row({**key, "dienst": ALL_SERVICES, **values,
                     "vragen": questions.contacts,
                     "percentage_in_een_keer_goed": _percent(questions.first_time_right),
                     "percentage_telefonisch": _percent(questions.phone_share),
                     "terugbelverzoeken": requests.requests,
                     "percentage_teruggebeld_binnen_2_werkdagen": _percent(requests.on_time),
                     "onderdrukt": ""}, visitors, marked, questions.contacts)
        _suppress([total])
        rows += [total, *services]
    return [row.values for row in rows]


def _suppress(siblings: Iterable[Row]) -> None:
    """Suppress small cells, visitors and marks each on their own count. When exactly one
    suppressed service counts anyone, the total minus the published ones would give it away:
    then the smallest published service goes too (complementary suppression)."""
    rows = list(siblings)
    for group, count, columns in (("bezoekers", lambda row: row.visitors, VISIT_COLUMNS),
                                  ("klantcijfer", lambda row: row.marks, MARK_COLUMNS)):
        small = [row for row in rows if count(row) < MIN_CELL]
        published = [row for row in rows if count(row) >= MIN_CELL]
        if sum(1 for row in small if count(row) > 0) == 1 and published:
            small.append(min(published, key=count))
        for row in small:
            row.suppress(group, columns)
    for row in rows:
        if row.values["dienst"] == ALL_SERVICES and row.questions < MIN_CELL:
            row.suppress("vragen", QUESTION_COLUMNS)
