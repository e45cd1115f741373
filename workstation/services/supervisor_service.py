"""The supervisor's use cases: the live board of every location, opening and closing a
counter's services, and the hall display's ticker message.

Only staff whose roles grant ``Permission.SUPERVISE`` may read the board or change anything;
the services check it, not the screen (docs/decisions/0030-supervisor-view-and-kto.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Protocol, Self

from workstation.domain.bsn import mask_bsn_shapes
from workstation.domain.errors import UserFacingError
from workstation.domain.measures import Period, Records, measure, norm_checks
from workstation.domain.queue import business_day, utc_now
from workstation.domain.site import CounterInfo, LocationInfo, ServiceInfo
from workstation.domain.staff import HasRoles, Permission, require
from workstation.domain.supervision import SupervisorBoard, TodayScope
from workstation.services.ports import Clock

log = logging.getLogger("loket.queue")

TICKER_MAX_LENGTH = 300


class SupervisorReader(Protocol):
    def board(self, now: datetime) -> SupervisorBoard:
        """Every location's live state and every workstation's last backlog report."""
        ...


class MeasuresReader(Protocol):
    def records(self, period: Period, municipality: str | None = None) -> Records:
        """Every record of the period (the region when no municipality is given)."""
        ...


class SupervisorUnitOfWork(Protocol):
    """One transaction on the site database; rolled back unless committed."""

    def __enter__(self) -> Self: ...

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None: ...

    def commit(self) -> None: ...

    def location(self, code: str) -> LocationInfo: ...

    def counter(self, location_id: int, number: int) -> CounterInfo: ...

    def service(self, location_id: int, letter: str) -> ServiceInfo: ...

    def set_counter_services(self, counter_id: int, service_ids: frozenset[int]) -> None: ...

    def set_ticker(self, location_id: int, text_nl: str, text_en: str) -> None: ...

    def announce_change(self, location_id: int) -> None: ...


class TickerRefused(UserFacingError):
    pass


class SupervisorService:
    def __init__(self, unit_of_work: Callable[[], SupervisorUnitOfWork],
                 reader: SupervisorReader, measures: MeasuresReader,
                 clock: Clock = utc_now) -> None:
        self._uow = unit_of_work
        self._reader = reader
        self._measures = measures
        self._clock = clock

    def board(self, by: HasRoles | None) -> SupervisorBoard:
        require(by, Permission.SUPERVISE)
        return self._reader.board(self._clock())

    def today(self, by: HasRoles | None) -> tuple[TodayScope, ...]:
        """Today's measures against their norms: the region first, then every location that
        has a record today, by code. Defined once in ``domain.measures``."""
        require(by, Permission.SUPERVISE)
        now = self._clock()
        day = business_day(now)
        records = self._measures.records(Period(day, day))
        codes = sorted({r.location for kind in (records.visits, records.contacts,
                                                records.callbacks, records.marks)
                        for r in kind})
        scopes = [(None, records)] + [(code, records.where(location=code)) for code in codes]
        as_of = now.timestamp()
        return tuple(
            TodayScope(code, len(scoped.visits), norm_checks(measure(scoped, as_of)))
            for code, scoped in scopes
        )

    def open_service(self, by: HasRoles | None, location_code: str, counter_number: int,
                     letter: str) -> None:
        """The counter also calls visitors of this service from now on."""
        self._change_service(by, location_code, counter_number, letter, serve=True)

    def close_service(self, by: HasRoles | None, location_code: str, counter_number: int,
                      letter: str) -> None:
        """The counter no longer calls visitors of this service; waiting tickets stay."""
        self._change_service(by, location_code, counter_number, letter, serve=False)

    def _change_service(self, by: HasRoles | None, location_code: str, counter_number: int,
                        letter: str, *, serve: bool) -> None:
        require(by, Permission.SUPERVISE)
        assert by is not None
        with self._uow() as uow:
            location = uow.location(location_code)
            counter = uow.counter(location.id, counter_number)
            service = uow.service(location.id, letter)
            served = (counter.service_ids | {service.id} if serve
                      else counter.service_ids - {service.id})
            if served == counter.service_ids:
                return
            uow.set_counter_services(counter.id, served)
            uow.announce_change(location.id)
            uow.commit()
        log.info("%s %s service %s at counter %d of %s", by.code,
                 "opened" if serve else "closed", letter, counter_number, location_code)

    def set_ticker(self, by: HasRoles | None, location_code: str, text_nl: str,
                   text_en: str = "") -> None:
        """The hall display's ticker line (empty: none); English may stay empty, the
        English display then shows the Dutch line."""
        require(by, Permission.SUPERVISE)
        assert by is not None
        texts = [" ".join(text.split()) for text in (text_nl, text_en)]
        for text in texts:
            _check_ticker(text)
        with self._uow() as uow:
            location = uow.location(location_code)
            uow.set_ticker(location.id, texts[0], texts[1])
            uow.announce_change(location.id)
            uow.commit()
        log.info("%s set the ticker of %s (%d characters)", by.code, location_code,
                 len(texts[0]))


def _check_ticker(text: str) -> None:
    if len(text) > TICKER_MAX_LENGTH:
        raise TickerRefused(
            "Een tickerbericht heeft ten hoogste {limit} tekens.",
            "Maak het bericht korter.",
            detail=f"ticker of {len(text)} characters", limit=TICKER_MAX_LENGTH,
        )
    if mask_bsn_shapes(text) != text:
        raise TickerRefused(
            "Het bericht lijkt een burgerservicenummer of documentnummer te bevatten.",
            "Zet geen persoonsgegevens op het scherm in de hal.",
            detail="ticker refused: BSN-shaped number",
        )
