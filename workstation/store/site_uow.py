"""The site unit of work on SQLAlchemy: reads the site in site-file form and applies changes.

"History" is any row outside the site description that points at a service, counter, staff
member or location (tickets, events, appointments, sessions, alarms, notes...). It is found
from the schema's foreign keys, so a table added later counts without changing this module.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import FromClause, delete, literal, select, text

from workstation.domain.catalogue import Product
from workstation.domain.errors import UserFacingError
from workstation.domain.site_file import (
    CounterSpec,
    LocationSpec,
    MunicipalitySpec,
    OpeningPeriod,
    Removal,
    ServiceSpec,
    SiteFile,
    StaffSpec,
    staff_roles,
)
from workstation.store import models as m
from workstation.store.catalogue_store import put_product, read_products, remove_product
from workstation.store.queue_uow import NOTIFY_CHANNEL
from workstation.store.unit_of_work import SqlUnitOfWork


class SqlSiteUnitOfWork(SqlUnitOfWork):
    def commit(self) -> None:
        if self._database.is_postgres:  # screens re-read their location (SQLite: by itself)
            for location_id in self.session.scalars(select(m.Location.id)):
                self.session.execute(text("SELECT pg_notify(:channel, :payload)"),
                                     {"channel": NOTIFY_CHANNEL, "payload": str(location_id)})
        self.session.commit()

    # -- reading ---------------------------------------------------------------------------

    def current_site(self) -> SiteFile:
        session = self.session
        municipalities = session.scalars(select(m.Municipality).order_by(m.Municipality.code))
        codes = {row.id: row.code for row in session.scalars(select(m.Municipality))}
        locations = session.scalars(select(m.Location).order_by(m.Location.code)).all()
        staff = session.scalars(
            select(m.StaffMember).where(m.StaffMember.active.is_(True))
            .order_by(m.StaffMember.code)
        )
        return SiteFile(
            municipalities=tuple(
                MunicipalitySpec(row.code, row.name, row.rsin, row.primary_colour,
                                 row.accent_colour, row.logo_resource)
                for row in municipalities
            ),
            locations=tuple(self._location(row, codes[row.municipality_id])
                            for row in locations),
            staff=tuple(StaffSpec(row.code, row.display_name, staff_roles(row.roles))
                        for row in staff),
            products=read_products(session),
        )

    def _location(self, row: m.Location, municipality: str) -> LocationSpec:
        session = self.session
        services = session.scalars(
            select(m.Service).where(m.Service.location_id == row.id, m.Service.active.is_(True))
            .order_by(m.Service.sort_order, m.Service.letter)
        ).all()
        letters = {service.id: service.letter for service in services}
        counters = []
        for counter in session.scalars(
            select(m.Counter).where(m.Counter.location_id == row.id, m.Counter.active.is_(True))
            .order_by(m.Counter.number)
        ):
            served = session.scalars(
                select(m.CounterService.service_id)
                .where(m.CounterService.counter_id == counter.id)
            )
            counters.append(CounterSpec(
                counter.number, tuple(sorted(letters[s] for s in served if s in letters))))
        hours = session.scalars(
            select(m.OpeningHours).where(m.OpeningHours.location_id == row.id)
        )
        return LocationSpec(
            code=row.code, municipality=municipality, name=row.name, address=row.address,
            ticker_text=row.ticker_text, ticker_text_en=row.ticker_text_en,
            no_show_after_calls=row.no_show_after_calls,
            checkin_late_minutes=row.checkin_late_minutes,
            services=tuple(ServiceSpec(s.letter, s.name_nl, s.name_en, s.norm_minutes,
                                       s.is_appointment) for s in services),
            counters=tuple(counters),
            opening_hours=tuple(sorted(OpeningPeriod(h.weekday, h.opens, h.closes)
                                       for h in hours)),
        )

    # -- writing ---------------------------------------------------------------------------

    def put_municipality(self, spec: MunicipalitySpec) -> None:
        row = self.session.scalar(select(m.Municipality).where(m.Municipality.code == spec.code))
        if row is None:
            row = m.Municipality(code=spec.code)
            self.session.add(row)
        row.name, row.rsin, row.logo_resource = spec.name, spec.rsin, spec.logo
        row.primary_colour, row.accent_colour = spec.primary_colour, spec.accent_colour
        self.session.flush()

    def put_location(self, spec: LocationSpec) -> None:
        municipality_id = self.session.scalar(
            select(m.Municipality.id).where(m.Municipality.code == spec.municipality))
        row = self.session.scalar(select(m.Location).where(m.Location.code == spec.code))
        if row is None:
            row = m.Location(code=spec.code)
            self.session.add(row)
        row.municipality_id = municipality_id  # type: ignore[assignment]
        row.name, row.address, row.ticker_text = spec.name, spec.address, spec.ticker_text
        row.ticker_text_en = spec.ticker_text_en
        row.no_show_after_calls = spec.no_show_after_calls
        row.checkin_late_minutes = spec.checkin_late_minutes
        self.session.flush()

    def put_service(self, location: str, spec: ServiceSpec, position: int) -> None:
        location_id = self._location_id(location)
        row = self.session.scalar(select(m.Service).where(
            m.Service.location_id == location_id, m.Service.letter == spec.letter))
        if row is None:
            row = m.Service(location_id=location_id, letter=spec.letter)
            self.session.add(row)
        row.name_nl, row.name_en, row.norm_minutes = spec.name_nl, spec.name_en, spec.norm_minutes
        row.is_appointment, row.sort_order, row.active = spec.appointment, position, True
        self.session.flush()

    def put_counter(self, location: str, spec: CounterSpec) -> None:
        location_id = self._location_id(location)
        row = self.session.scalar(select(m.Counter).where(
            m.Counter.location_id == location_id, m.Counter.number == spec.number))
        if row is None:
            row = m.Counter(location_id=location_id, number=spec.number)
            self.session.add(row)
        row.active = True
        self.session.flush()
        self.session.execute(delete(m.CounterService).where(
            m.CounterService.counter_id == row.id))
        service_ids = self.session.scalars(select(m.Service.id).where(
            m.Service.location_id == location_id, m.Service.letter.in_(spec.services)))
        self.session.add_all(m.CounterService(counter_id=row.id, service_id=service_id)
                             for service_id in service_ids)
        self.session.flush()

    def set_opening_hours(self, location: str, periods: tuple[OpeningPeriod, ...]) -> None:
        location_id = self._location_id(location)
        self.session.execute(delete(m.OpeningHours).where(
            m.OpeningHours.location_id == location_id))
        self.session.add_all(
            m.OpeningHours(location_id=location_id, weekday=p.weekday, opens=p.opens,
                           closes=p.closes)
            for p in periods
        )
        self.session.flush()

    def put_staff(self, spec: StaffSpec) -> None:
        row = self.session.scalar(select(m.StaffMember).where(m.StaffMember.code == spec.code))
        if row is None:
            row = m.StaffMember(code=spec.code)
            self.session.add(row)
        row.display_name, row.roles, row.active = spec.name, ",".join(spec.roles), True
        self.session.flush()

    def put_product(self, spec: Product) -> None:
        put_product(self.session, spec)

    # -- removing --------------------------------------------------------------------------

    def remove_product(self, municipality: str, code: str) -> None:
        remove_product(self.session, municipality, code)

    def remove_counter(self, location: str, number: int) -> Removal:
        row = self.session.scalar(select(m.Counter).where(
            m.Counter.location_id == self._location_id(location), m.Counter.number == number))
        assert row is not None
        self.session.execute(delete(m.CounterService).where(
            m.CounterService.counter_id == row.id))
        return self._retire_or_delete(row, m.Counter.__table__, {"counter_service"})

    def remove_service(self, location: str, letter: str) -> Removal:
        row = self.session.scalar(select(m.Service).where(
            m.Service.location_id == self._location_id(location), m.Service.letter == letter))
        assert row is not None
        self.session.execute(delete(m.CounterService).where(
            m.CounterService.service_id == row.id))
        return self._retire_or_delete(row, m.Service.__table__, {"counter_service"})

    def remove_staff(self, code: str) -> Removal:
        row = self.session.scalar(select(m.StaffMember).where(m.StaffMember.code == code))
        assert row is not None
        return self._retire_or_delete(row, m.StaffMember.__table__, set())

    def remove_location(self, code: str) -> None:
        location_id = self._location_id(code)
        # Its services and counters were removed first; retired ones mean history.
        own = {"opening_hours", "service", "counter"}
        retired = self.session.scalar(select(literal(1)).where(
            select(m.Service.id).where(m.Service.location_id == location_id).exists()
            | select(m.Counter.id).where(m.Counter.location_id == location_id).exists()))
        if retired or self._has_history(m.Location.__table__, location_id, own):
            raise UserFacingError(
                "Vestiging {code} heeft al wachtnummers of afspraken en kan niet uit het "
                "sitebestand verdwijnen.",
                "Zet de vestiging terug in het bestand; er is niets gewijzigd.",
                detail=f"location {code} has history", code=code,
            )
        self.session.execute(delete(m.OpeningHours).where(
            m.OpeningHours.location_id == location_id))
        self.session.execute(delete(m.Location).where(m.Location.id == location_id))
        self.session.flush()

    def remove_municipality(self, code: str) -> None:
        self.session.execute(delete(m.Municipality).where(m.Municipality.code == code))
        self.session.flush()

    def _retire_or_delete(self, row: Any, table: FromClause, own: set[str]) -> Removal:
        self.session.flush()
        if self._has_history(table, row.id, own):
            row.active = False
            self.session.flush()
            return Removal.RETIRED
        self.session.delete(row)
        self.session.flush()
        return Removal.DELETED

    def _has_history(self, table: FromClause, row_id: int, own: set[str]) -> bool:
        for other in m.Base.metadata.sorted_tables:
            if other.name in own:
                continue
            for key in other.foreign_keys:
                if key.column.table is table and self.session.scalar(
                    select(literal(1)).select_from(other).where(key.parent == row_id).limit(1)
                ):
                    return True
        return False

    def _location_id(self, code: str) -> int:
        location_id = self.session.scalar(select(m.Location.id).where(m.Location.code == code))
        assert location_id is not None, f"location {code} not written yet"
        return location_id
