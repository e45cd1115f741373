"""Appointment files from the booking system: CSV with a header row, or iCalendar (.ics).

CSV: columns date, time, service, booking code and optionally the visitor's name and the
location; common header spellings are accepted (``datum``/``date``, ``tijd``/``time``/
``aanvang``, ``dienst``/``service``/``product``, ``boekingscode``/``code``/``afspraakcode``/
``reference``, ``naam``/``name``/``bezoeker``, ``vestiging``/``location``), separated by
commas or semicolons; dates as 2026-11-30 or 30-11-2026, times as 09:30 or 9.30, on the
site's clock (Europe/Amsterdam).

ICS: one VEVENT per appointment. DTSTART in UTC (``...Z``), with ``TZID=`` (IANA, or the
Windows names Outlook writes) or floating (site clock). Service from ``X-LOKET-SERVICE`` or else
SUMMARY; booking code from ``X-LOKET-BOOKING-CODE``, else a "Boekingscode: ..." line in
DESCRIPTION; the name from ``X-LOKET-NAME`` or a "Naam: ..." line; the location from
``X-LOKET-LOCATION``. ``STATUS:CANCELLED`` means: remove it (unless it has checked in).

Reading only parses: every problem comes back with its line number, and the file is refused as
a whole. Which services exist is for ``services.appointment_import`` to check.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from workstation.domain.appointments import normalise_booking_code
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import SITE_TIMEZONE


@dataclass(frozen=True, slots=True)
class AppointmentLine:
    line: int
    scheduled_at: datetime  # UTC
    service: str  # a letter or a service name, as written
    booking_code: str  # normalised
    visitor_name: str | None = None
    location: str | None = None
    cancelled: bool = False  # STATUS:CANCELLED in iCalendar: remove it if not checked in


class AppointmentFileProblem(UserFacingError):
    def __init__(self, line: int | None, message: str, **params: object) -> None:
        super().__init__(message, detail=f"appointment file line {line}: {message}",
                         **params)  # type: ignore[arg-type]
        self.line = line


class AppointmentFileInvalid(UserFacingError):
    """The appointment file has problems; nothing was imported."""

    def __init__(self, problems: Iterable[AppointmentFileProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            "Het afsprakenbestand bevat {count} fout(en); er is niets ingelezen.",
            "Verbeter de fouten hieronder en lees het bestand opnieuw in.",
            detail=f"appointment file invalid: {len(self.problems)} problem(s)",
            count=len(self.problems),
        )


def read_appointment_file(name: str, text: str) -> list[AppointmentLine]:
    """By the file's extension: ``.ics`` is iCalendar, anything else CSV."""
    if name.lower().endswith(".ics"):
        return read_ics(text)
    return read_csv(text)


# -- CSV -----------------------------------------------------------------------------------

_HEADERS = {
    "date": {"datum", "date", "afspraakdatum", "dag"},
    "time": {"tijd", "time", "aanvang", "starttijd", "begintijd", "start", "afspraaktijd"},
    "service": {"dienst", "service", "product", "afspraaktype", "onderwerp"},
    "code": {"boekingscode", "code", "afspraakcode", "bookingcode", "reference",
             "referentie", "kenmerk", "afspraaknummer"},
    "name": {"naam", "name", "bezoeker", "klantnaam", "klant", "visitorname"},
    "location": {"vestiging", "location", "locatie", "locationcode", "vestigingscode"},
}
_REQUIRED = ("date", "time", "service", "code")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DATE_NL = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?$")


def _column(header: str) -> str | None:
    key = re.sub(r"[\s_\-.]", "", header.strip().lower().lstrip("\ufeff"))
    return next((column for column, names in _HEADERS.items() if key in names), None)


def read_csv(text: str) -> list[AppointmentLine]:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    problems: list[AppointmentFileProblem] = []
    header = next(reader, None)
    if header is None:
        raise AppointmentFileInvalid([AppointmentFileProblem(1, "Het bestand is leeg.")])
    columns = {}
    for index, title in enumerate(header):
        column = _column(title)
        if column is None and title.strip():
            problems.append(AppointmentFileProblem(
                1, "Onbekende kolom '{title}'. Verwacht: datum, tijd, dienst, boekingscode "
                "en eventueel naam en vestiging.", title=title.strip()))
        elif column is not None:
            columns[column] = index
    missing = [c for c in _REQUIRED if c not in columns]
    if missing:
        problems.append(AppointmentFileProblem(
            1, "De kopregel mist de kolom(men) {columns}.", columns=", ".join(
                {"date": "datum", "time": "tijd", "service": "dienst",
                 "code": "boekingscode"}[c] for c in missing)))
        raise AppointmentFileInvalid(problems)
    lines = []
    for row in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        cells = {column: row[index].strip() if index < len(row) else ""
                 for column, index in columns.items()}
        line = _csv_line(number, cells, problems)
        if line is not None:
            lines.append(line)
    if problems:
        raise AppointmentFileInvalid(problems)
    return lines


def _csv_line(number: int, cells: dict[str, str], problems: list[AppointmentFileProblem],
              ) -> AppointmentLine | None:
    day = _date(cells["date"])
    if day is None:
        problems.append(AppointmentFileProblem(
            number, "'{value}' is geen datum. Schrijf 2026-11-30 of 30-11-2026.",
            value=cells["date"]))
    clock = _time(cells["time"])
    if clock is None:
        problems.append(AppointmentFileProblem(
            number, "'{value}' is geen tijd. Schrijf 09:30.", value=cells["time"]))
    if not cells["service"]:
        problems.append(AppointmentFileProblem(number, "De dienst ontbreekt."))
    if not cells["code"]:
        problems.append(AppointmentFileProblem(number, "De boekingscode ontbreekt."))
    if day is None or clock is None or not cells["service"] or not cells["code"]:
        return None
    moment = _local(day, clock, SITE_TIMEZONE, number, problems)
    if moment is None:
        return None
    return AppointmentLine(number, moment, cells["service"],
                           normalise_booking_code(cells["code"]), cells.get("name") or None,
                           cells.get("location") or None)


def _date(text: str) -> date | None:
    try:
        if match := _DATE_ISO.match(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DATE_NL.match(text):
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None


def _time(text: str) -> time | None:
    match = _TIME.match(text)
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return time(int(match[1]), int(match[2]))


def _local(day: date, clock: time, zone: tzinfo, number: int,
           problems: list[AppointmentFileProblem]) -> datetime | None:
    """``day clock`` on a wall clock; a time skipped when summer time starts is refused.

    A time that happens twice (when summer time ends) is taken the first time (fold 0).
    """
    moment = datetime.combine(day, clock, zone)
    if moment.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment.replace(
            tzinfo=None):
        problems.append(AppointmentFileProblem(
            number, "{day} {time} bestaat niet: dan gaat de klok een uur vooruit "
            "(zomertijd).", day=day.isoformat(), time=f"{clock:%H:%M}"))
        return None
    # In UTC: an aware time in the fold never compares equal across zones (PEP 495).
    return moment.astimezone(UTC)


# -- iCalendar -----------------------------------------------------------------------------

_PROPERTY = re.compile(r"^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$")
_LABELLED = re.compile(r"^\s*([A-Za-z ]+?)\s*:\s*(.+?)\s*$")
# Outlook and Exchange write Windows zone names in TZID.
_WINDOWS_ZONES = {
    "W. Europe Standard Time": "Europe/Amsterdam",
    "Romance Standard Time": "Europe/Brussels",
    "Central Europe Standard Time": "Europe/Budapest",
    "GMT Standard Time": "Europe/London",
    "UTC": "UTC",
    "Coordinated Universal Time": "UTC",
}
_ICS_DATETIME = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$")


def _unfolded(text: str) -> Iterator[tuple[int, str]]:
    """Content lines with their first physical line number (RFC 5545 folding undone)."""
    current: tuple[int, str] | None = None
    for number, raw in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if raw[:1] in (" ", "\t") and current is not None:
            current = (current[0], current[1] + raw[1:])
            continue
        if current is not None:
            yield current
        current = (number, raw) if raw.strip() else None
    if current is not None:
        yield current


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def read_ics(text: str) -> list[AppointmentLine]:
    problems: list[AppointmentFileProblem] = []
    lines: list[AppointmentLine] = []
    event: dict[str, tuple[int, str, str]] | None = None
    nested = 0  # depth of components inside the event (VALARM): their properties are not its
    start = 0
    for number, content in _unfolded(text.lstrip("\ufeff")):
        match = _PROPERTY.match(content)
        if match is None:
            problems.append(AppointmentFileProblem(
                number, "Deze regel is geen iCalendar-eigenschap (NAAM:waarde)."))
            continue
        name, params, value = match[1].upper(), match[2], match[3]
        if name == "BEGIN" and value.upper() == "VEVENT":
            event, start, nested = {}, number, 0
        elif event is None:
            continue
        elif name == "BEGIN":
            nested += 1
        elif name == "END" and nested:
            nested -= 1
        elif name == "END" and value.upper() == "VEVENT":
            line = _event(start, event, problems)
            if line is not None:
                lines.append(line)
            event = None
        elif not nested:
            event.setdefault(name, (number, params, value))
    if problems:
        raise AppointmentFileInvalid(problems)
    return lines


def _event(start: int, event: dict[str, tuple[int, str, str]],
           problems: list[AppointmentFileProblem]) -> AppointmentLine | None:
    before = len(problems)
    description = _unescape(event.get("DESCRIPTION", (0, "", ""))[2])
    labelled = {}
    for text_line in description.split("\n"):
        if match := _LABELLED.match(text_line):
            labelled[match[1].strip().lower()] = match[2]
    code = _unescape(event.get("X-LOKET-BOOKING-CODE", (0, "", ""))[2]) or next(
        (labelled[k] for k in ("boekingscode", "afspraakcode", "code") if k in labelled), "")
    service = (_unescape(event.get("X-LOKET-SERVICE", (0, "", ""))[2])
               or _unescape(event.get("SUMMARY", (0, "", ""))[2])).strip()
    name = (_unescape(event.get("X-LOKET-NAME", (0, "", ""))[2])
            or labelled.get("naam", "")).strip() or None
    location = _unescape(event.get("X-LOKET-LOCATION", (0, "", ""))[2]).strip() or None
    if not code.strip():
        problems.append(AppointmentFileProblem(
            start, "Deze afspraak heeft geen boekingscode (X-LOKET-BOOKING-CODE of een regel "
            "'Boekingscode: ...' in DESCRIPTION)."))
    if not service:
        problems.append(AppointmentFileProblem(
            start, "Deze afspraak heeft geen dienst (X-LOKET-SERVICE of SUMMARY)."))
    moment = _dtstart(start, event.get("DTSTART"), problems)
    if moment is None or len(problems) > before:
        return None
    cancelled = event.get("STATUS", (0, "", ""))[2].strip().upper() == "CANCELLED"
    return AppointmentLine(event["DTSTART"][0], moment, service,
                           normalise_booking_code(code), name, location, cancelled)


def _dtstart(start: int, prop: tuple[int, str, str] | None,
             problems: list[AppointmentFileProblem]) -> datetime | None:
    if prop is None:
        problems.append(AppointmentFileProblem(start, "Deze afspraak heeft geen DTSTART."))
        return None
    number, params, value = prop
    parameters = dict(part.split("=", 1) for part in params.split(";") if "=" in part)
    match = _ICS_DATETIME.match(value.strip())
    if match is None:
        problems.append(AppointmentFileProblem(
            number, "DTSTART '{value}' is geen tijdstip; een afspraak voor een hele dag kan "
            "niet.", value=value.strip()))
        return None
    year, month, day, hour, minute, _second = (int(match[i]) for i in range(1, 7))
    try:
        day_value, clock = date(year, month, day), time(hour, minute)
    except ValueError:
        problems.append(AppointmentFileProblem(
            number, "DTSTART '{value}' is geen bestaande datum of tijd.", value=value.strip()))
        return None
    if match[7] == "Z":
        return datetime.combine(day_value, clock, UTC)
    zone_name = parameters.get("TZID", "").strip('"')
    zone: tzinfo = SITE_TIMEZONE
    if zone_name:
        try:
            zone = ZoneInfo(_WINDOWS_ZONES.get(zone_name, zone_name))
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(AppointmentFileProblem(
                number, "Onbekende tijdzone '{zone}'. Gebruik Europe/Amsterdam of UTC.",
                zone=zone_name))
            return None
    return _local(day_value, clock, zone, number, problems)
