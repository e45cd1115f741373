"""What a report shows: parts per municipality or service, weeks, visitors per hour of week."""

from datetime import datetime

from workstation.domain.measures import ContactRecord, Period, Records, TicketVisit
from workstation.domain.queue import SITE_TIMEZONE
from workstation.domain.site import MunicipalityInfo
from workstation.reports.report_data import REGION_COLOURS, report_data

ETTEN_LEUR = MunicipalityInfo("0777", "Gemeente Etten-Leur", "002310004", "#006A3A", "#8DC63F",
                              None)
MOERDIJK = MunicipalityInfo("1709", "Gemeente Moerdijk", "007710008", "#C4461B", "#1F3A5F",
                            None)


def at(day: int, hour: int) -> float:
    return datetime(2026, 11, day, hour, 15, tzinfo=SITE_TIMEZONE).timestamp()


def visit(municipality: str, service: str, moment: float) -> TicketVisit:
    return TicketVisit(municipality, "L", service, 10, False, moment, None, moment + 120,
                       moment + 150, moment + 600)


# Monday 2 and Monday 9 November at 09:15, Tuesday 3 at 14:15: two ISO weeks (45, 46).
RECORDS = Records(
    visits=[visit("0777", "A", at(2, 9)), visit("0777", "B", at(2, 9)),
            visit("0777", "A", at(9, 9)), visit("1709", "A", at(3, 14))],
    contacts=[ContactRecord("1709", "MDK", "telefoon", True, at(3, 10), at(3, 10) + 60,
                            at(3, 10) + 90)],
)
NOVEMBER = Period.month(2026, 11)


def test_the_region_is_broken_down_by_municipality_in_neutral_colours() -> None:
    data = report_data(RECORDS, NOVEMBER, at(30, 12), None, [ETTEN_LEUR, MOERDIJK],
                       {"A": "Paspoort"})
    assert data.title == "Regio: Etten-Leur, Moerdijk"
    assert data.period_label == "november 2026"
    assert (data.primary_colour, data.accent_colour) == REGION_COLOURS
    assert [(p.label, p.visits.visitors) for p in data.parts] == [
        ("Gemeente Etten-Leur", 3), ("Gemeente Moerdijk", 1)]
    assert data.parts[1].contacts.first_time_right == 1.0
    assert [(key, week.visitors) for key, week in data.weeks] == [((2026, 45), 3),
                                                                  ((2026, 46), 1)]
    # Visitors per hour of the week, averaged over the two weeks.
    assert data.visitors_per_hour == {(0, 9): 1.5, (1, 14): 0.5}


def test_a_municipality_is_broken_down_by_service_in_its_colours() -> None:
    data = report_data(RECORDS.where(municipality="0777"), Period.year(2026), at(30, 12),
                       ETTEN_LEUR, [ETTEN_LEUR, MOERDIJK], {"A": "Paspoort", "B": "Rijbewijs"})
    assert data.title == "Gemeente Etten-Leur"
    assert data.period_label == "2026"
    assert data.primary_colour == "#006A3A"
    assert [(p.label, p.visits.visitors) for p in data.parts] == [("A Paspoort", 2),
                                                                  ("B Rijbewijs", 1)]
    assert data.overall.visits.wait is not None
    assert data.overall.visits.wait.mean == 120
