"""Import appointments from the booking system (CSV or .ics) into the site database.

The whole file is checked first (format, location, service, booking code, duplicates), each
problem with its line; then every appointment is added or brought up to date in one unit of
work, keyed by its booking code, so importing the same file again changes nothing. An
appointment that has already checked in is left as it is; a cancelled one (iCalendar
``STATUS:CANCELLED``) is removed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Protocol, Self

from workstation.domain.appointment_file import (
    AppointmentFileInvalid,
    AppointmentFileProblem,
    AppointmentLine,
    read_appointment_file,
)
from workstation.domain.appointments import (
    StoredAppointment,
    booking_code_problem,
    new_booking_code,
)
from workstation.domain.site import ServiceInfo

log = logging.getLogger("loket.queue")

MAX_NAME_LENGTH = 200


class AppointmentUnitOfWork(Protocol):
    def __enter__(self) -> Self: ...

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None: ...

    def commit(self) -> None: ...

    def services_at(self, location_code: str) -> tuple[ServiceInfo, ...] | None:
        """The location's active services; None when there is no such location."""
        ...

    def appointments_by_code(self, codes: Collection[str]) -> dict[str, StoredAppointment]: ...

    def scheduled_times(self, location_code: str, service_id: int, since: datetime,
                        until: datetime) -> set[datetime]: ...

    def put_appointment(self, code: str, location_code: str, service_id: int,
                        scheduled_at: datetime, visitor_name: str | None) -> None:
        """Add the appointment, or update the one with this booking code."""
        ...

    def remove_appointment(self, code: str) -> None: ...


@dataclass(frozen=True, slots=True)
class AppointmentImportResult:
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    already_checked_in: int = 0
    cancelled: int = 0

    def summary(self) -> str:
        text = (f"{self.added} afspraken toegevoegd, {self.changed} gewijzigd, "
                f"{self.unchanged} ongewijzigd")
        if self.cancelled:
            text += f", {self.cancelled} geannuleerd"
        if self.already_checked_in:
            text += f", {self.already_checked_in} al aangemeld (niet gewijzigd)"
        return text + "."


_CODE_TEMPLATES = {
    "shape": "Boekingscode '{code}' kan niet: gebruik 6 tot 20 letters en cijfers, "
             "eventueel met streepjes.",
    "guessable": "Boekingscode '{code}' is te makkelijk te raden (te kort, of een kort getal "
                 "zoals 1234). Laat het boekingssysteem langere codes maken.",
}


class AppointmentImporter:
    def __init__(self, unit_of_work: Callable[[], AppointmentUnitOfWork]) -> None:
        self._uow = unit_of_work

    def import_file(self, name: str, text: str, location: str | None,
                    ) -> AppointmentImportResult:
        """``location``: the location code for lines that do not name one."""
        lines = read_appointment_file(name, text)
        with self._uow() as uow:
            resolved = self._check(uow, lines, location)
            result = self._apply(uow, resolved)
            uow.commit()
        log.info("appointment import from %s: %s", name, result.summary())
        return result

    def add_generated(self, location: str, service_id: int, moments: Collection[datetime],
                      ) -> int:
        """Appointments with new, unguessable codes at ``moments`` that have none yet (demo)."""
        if not moments:
            return 0
        with self._uow() as uow:
            taken = uow.scheduled_times(location, service_id, min(moments), max(moments))
            missing = [moment for moment in sorted(moments) if moment not in taken]
            for moment in missing:
                uow.put_appointment(new_booking_code(), location, service_id, moment, None)
            uow.commit()
        return len(missing)

    def _check(self, uow: AppointmentUnitOfWork, lines: list[AppointmentLine],
               default_location: str | None,
               ) -> list[tuple[AppointmentLine, str, ServiceInfo]]:
        problems: list[AppointmentFileProblem] = []
        services: dict[str, tuple[ServiceInfo, ...] | None] = {}
        first_line: dict[str, int] = {}
        resolved = []
        for line in lines:
            location = (line.location or default_location or "").strip().upper()
            if not location:
                problems.append(AppointmentFileProblem(
                    line.line, "Bij deze afspraak staat geen vestiging. Geef --location mee "
                    "of zet een kolom vestiging in het bestand."))
                continue
            if location not in services:
                services[location] = uow.services_at(location)
            offered = services[location]
            if offered is None:
                problems.append(AppointmentFileProblem(
                    line.line, "Vestiging '{location}' bestaat niet.", location=location))
                continue
            service = _match_service(offered, line.service)
            if service is None:
                problems.append(AppointmentFileProblem(
                    line.line, "Dienst '{service}' bestaat niet bij vestiging {location}.",
                    service=line.service, location=location))
            reason = booking_code_problem(line.booking_code, location)
            if reason is not None:
                problems.append(AppointmentFileProblem(
                    line.line, _CODE_TEMPLATES[reason], code=line.booking_code))
            elif line.booking_code in first_line:
                problems.append(AppointmentFileProblem(
                    line.line, "Boekingscode '{code}' staat ook op regel {other}.",
                    code=line.booking_code, other=first_line[line.booking_code]))
            first_line.setdefault(line.booking_code, line.line)
            if line.visitor_name is not None and len(line.visitor_name) > MAX_NAME_LENGTH:
                problems.append(AppointmentFileProblem(
                    line.line, "De naam is langer dan {limit} tekens.", limit=MAX_NAME_LENGTH))
            if service is not None:
                resolved.append((line, location, service))
        if problems:
            raise AppointmentFileInvalid(problems)
        return resolved

    def _apply(self, uow: AppointmentUnitOfWork,
               resolved: list[tuple[AppointmentLine, str, ServiceInfo]],
               ) -> AppointmentImportResult:
        stored = uow.appointments_by_code([line.booking_code for line, _, _ in resolved])
        added = changed = unchanged = checked_in = cancelled = 0
        for line, location, service in resolved:
            wanted = StoredAppointment(location, service.id, line.scheduled_at,
                                       line.visitor_name, False)
            before = stored.get(line.booking_code)
            if before is not None and before.checked_in:
                checked_in += 1
            elif line.cancelled:
                if before is None:
                    unchanged += 1
                else:
                    uow.remove_appointment(line.booking_code)
                    cancelled += 1
            elif before == wanted:
                unchanged += 1
            else:
                uow.put_appointment(line.booking_code, location, service.id,
                                    line.scheduled_at, line.visitor_name)
                if before is None:
                    added += 1
                else:
                    changed += 1
        return AppointmentImportResult(added, changed, unchanged, checked_in, cancelled)


def _match_service(services: tuple[ServiceInfo, ...], given: str) -> ServiceInfo | None:
    """By letter, or by its Dutch or English name (case and spacing ignored)."""
    wanted = " ".join(given.split()).casefold()
    for service in services:
        if wanted in (service.letter.casefold(), service.name_nl.casefold(),
                      service.name_en.casefold()):
            return service
    return None
