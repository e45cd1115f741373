"""Appointment files from the booking system: CSV and iCalendar, with summer and winter time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from workstation.domain.appointment_file import (
    AppointmentFileInvalid,
    read_appointment_file,
    read_csv,
    read_ics,
)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def problems(reader: object, text: str) -> list[tuple[int | None, str]]:
    with pytest.raises(AppointmentFileInvalid) as caught:
        reader(text)  # type: ignore[operator]
    return [(p.line, p.message) for p in caught.value.problems]


def test_csv_with_dutch_header_semicolons_and_both_date_styles() -> None:
    lines = read_csv("\ufeffDatum;Tijd;Dienst;Boekingscode;Naam\n"
                     "2026-03-27;09:00;E;k7m2q9xa;J. Jansen\n"
                     "\n"
                     "30-03-2026;9.00;Afspraak;P4R8T2WZ;\n")
    assert [(a.line, a.scheduled_at, a.service, a.booking_code, a.visitor_name)
            for a in lines] == [
        (2, utc(2026, 3, 27, 8, 0), "E", "K7M2Q9XA", "J. Jansen"),  # winter time: UTC+1
        (4, utc(2026, 3, 30, 7, 0), "Afspraak", "P4R8T2WZ", None),  # summer time: UTC+2
    ]


def test_csv_english_header_with_location_column() -> None:
    lines = read_csv("date,time,service,booking_code,name,location\n"
                     "2026-12-01,14:15,A,K7M2Q9XA,,rsd\n")
    assert lines[0].location == "rsd" and lines[0].scheduled_at == utc(2026, 12, 1, 13, 15)


def test_csv_problems_come_with_their_lines() -> None:
    text = ("datum,tijd,dienst,boekingscode\n"
            "2026-02-30,09:00,E,K7M2Q9XA\n"
            "2026-03-02,25:00,E,P4R8T2WZ\n"
            "2026-03-29,02:30,E,X9Y8Z7W6\n"
            "2026-03-02,09:00,,\n")
    assert problems(read_csv, text) == [
        (2, "'2026-02-30' is geen datum. Schrijf 2026-11-30 of 30-11-2026."),
        (3, "'25:00' is geen tijd. Schrijf 09:30."),
        (4, "2026-03-29 02:30 bestaat niet: dan gaat de klok een uur vooruit (zomertijd)."),
        (5, "De dienst ontbreekt."),
        (5, "De boekingscode ontbreekt."),
    ]


def test_csv_header_problems() -> None:
    assert problems(read_csv, "datum,tijd,wie\n") == [
        (1, "Onbekende kolom 'wie'. Verwacht: datum, tijd, dienst, boekingscode en eventueel "
            "naam en vestiging."),
        (1, "De kopregel mist de kolom(men) dienst, boekingscode."),
    ]


ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Booking//NL\r
BEGIN:VEVENT\r
UID:1@booking\r
DTSTART;TZID=Europe/Amsterdam:20261025T023000\r
SUMMARY:Afspraak\r
DESCRIPTION:Boekingscode: K7M2Q9XA\\nNaam: J. Jansen\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:2@booking\r
DTSTART:20260330T070000Z\r
SUMMARY:Paspoort\r
X-LOKET-SERVICE:E\r
X-LOKET-BOOKING-CODE:P4R8\r
 T2WZ\r
X-LOKET-LOCATION:ETL\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART:20260327T090000\r
SUMMARY:E\r
X-LOKET-BOOKING-CODE:X9Y8Z7W6\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_ics_with_tzid_utc_floating_folding_and_the_night_clocks_go_back() -> None:
    lines = read_appointment_file("agenda.ICS", ICS)
    assert [(a.line, a.scheduled_at, a.service, a.booking_code, a.visitor_name, a.location)
            for a in lines] == [
        # 02:30 happens twice that night: the first (summer time, UTC+2) is taken
        (6, utc(2026, 10, 25, 0, 30), "Afspraak", "K7M2Q9XA", "J. Jansen", None),
        (12, utc(2026, 3, 30, 7, 0), "E", "P4R8T2WZ", None, "ETL"),
        (20, utc(2026, 3, 27, 8, 0), "E", "X9Y8Z7W6", None, None),  # floating: site clock
    ]


def test_ics_problems_come_with_their_lines() -> None:
    text = ("BEGIN:VCALENDAR\n"
            "BEGIN:VEVENT\n"
            "DTSTART;VALUE=DATE:20261201\n"
            "SUMMARY:E\n"
            "X-LOKET-BOOKING-CODE:K7M2Q9XA\n"
            "END:VEVENT\n"
            "BEGIN:VEVENT\n"
            "DTSTART;TZID=Mars/Olympus:20261201T090000\n"
            "END:VEVENT\n"
            "BEGIN:VEVENT\n"
            "DTSTART;TZID=Europe/Amsterdam:20260329T023000\n"
            "SUMMARY:E\n"
            "X-LOKET-BOOKING-CODE:P4R8T2WZ\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n")
    assert problems(read_ics, text) == [
        (3, "DTSTART '20261201' is geen tijdstip; een afspraak voor een hele dag kan niet."),
        (7, "Deze afspraak heeft geen boekingscode (X-LOKET-BOOKING-CODE of een regel "
            "'Boekingscode: ...' in DESCRIPTION)."),
        (7, "Deze afspraak heeft geen dienst (X-LOKET-SERVICE of SUMMARY)."),
        (8, "Onbekende tijdzone 'Mars/Olympus'. Gebruik Europe/Amsterdam of UTC."),
        (11, "2026-03-29 02:30 bestaat niet: dan gaat de klok een uur vooruit (zomertijd)."),
    ]


def test_ics_from_outlook_windows_zone_alarm_and_cancellation() -> None:
    text = ("BEGIN:VCALENDAR\n"
            "BEGIN:VTIMEZONE\n"
            "TZID:W. Europe Standard Time\n"
            "BEGIN:STANDARD\n"
            "DTSTART:16010101T030000\n"
            "END:STANDARD\n"
            "END:VTIMEZONE\n"
            "BEGIN:VEVENT\n"
            "DTSTART;TZID=W. Europe Standard Time:20260701T093000\n"
            "SUMMARY:E\n"
            "STATUS:CANCELLED\n"
            "BEGIN:VALARM\n"
            "DESCRIPTION:Boekingscode: WRONG123\n"
            "END:VALARM\n"
            "DESCRIPTION:Boekingscode: K7M2Q9XA\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n")
    [line] = read_ics(text)
    assert line.scheduled_at == utc(2026, 7, 1, 7, 30)  # summer time
    assert line.booking_code == "K7M2Q9XA"  # not the alarm's description
    assert line.cancelled
