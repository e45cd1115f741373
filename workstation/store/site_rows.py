"""Rows of the site tables turned into the domain's site facts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.errors import NotFound
from workstation.domain.site import CounterInfo, LocationInfo, MunicipalityInfo, ServiceInfo
from workstation.store import models as m


def not_found(message: str, detail: str, **params: object) -> NotFound:
    return NotFound(message, "Controleer de instellingen of vraag de beheerder.",
                    detail=f"not found: {detail}", **params)


def location_by_code(session: Session, code: str) -> LocationInfo:
    """The location with its municipality; NotFound when no location has this code."""
    row = session.execute(
        select(m.Location, m.Municipality)
        .join(m.Municipality, m.Municipality.id == m.Location.municipality_id)
        .where(m.Location.code == code)
    ).first()
    if row is None:
        raise not_found("Vestiging '{code}' bestaat niet.", f"location {code!r}", code=code)
    return location_info(row[0], row[1])


def location_info(location: m.Location, municipality: m.Municipality) -> LocationInfo:
    return LocationInfo(
        id=location.id, code=location.code, name=location.name,
        municipality=MunicipalityInfo(
            code=municipality.code, name=municipality.name, rsin=municipality.rsin,
            primary_colour=municipality.primary_colour,
            accent_colour=municipality.accent_colour,
            logo_resource=municipality.logo_resource,
        ),
        ticker_text=location.ticker_text, ticker_text_en=location.ticker_text_en,
        no_show_after_calls=location.no_show_after_calls,
        checkin_late_minutes=location.checkin_late_minutes,
    )


def service_info(row: m.Service) -> ServiceInfo:
    return ServiceInfo(
        id=row.id, location_id=row.location_id, letter=row.letter, name_nl=row.name_nl,
        name_en=row.name_en, norm_minutes=row.norm_minutes, is_appointment=row.is_appointment,
    )


def counter_info(session: Session, row: m.Counter) -> CounterInfo:
    service_ids = session.scalars(
        select(m.CounterService.service_id).where(m.CounterService.counter_id == row.id)
    )
    return CounterInfo(id=row.id, location_id=row.location_id, number=row.number,
                       service_ids=frozenset(service_ids))
