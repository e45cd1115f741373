"""The appointment import's unit of work on SQLAlchemy: one transaction, rolled back unless
committed."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, select

from workstation.domain.appointments import StoredAppointment
from workstation.domain.site import ServiceInfo
from workstation.store import models as m
from workstation.store.site_rows import service_info
from workstation.store.unit_of_work import SqlUnitOfWork


class SqlAppointmentUnitOfWork(SqlUnitOfWork):
    def services_at(self, location_code: str) -> tuple[ServiceInfo, ...] | None:
        location_id = self._location_id(location_code)
        if location_id is None:
            return None
        rows = self.session.scalars(
            select(m.Service).where(m.Service.location_id == location_id,
                                    m.Service.active.is_(True))
            .order_by(m.Service.sort_order, m.Service.letter)
        )
        return tuple(service_info(row) for row in rows)

    def appointments_by_code(self, codes: Collection[str]) -> dict[str, StoredAppointment]:
        rows = self.session.execute(
            select(m.Appointment, m.Location.code)
            .join(m.Location, m.Location.id == m.Appointment.location_id)
            .where(m.Appointment.booking_code.in_(list(codes)))
        ).all()
        return {
            row.booking_code: StoredAppointment(location, row.service_id, row.scheduled_at,
                                                row.visitor_name, row.ticket_id is not None)
            for row, location in rows
        }

    def scheduled_times(self, location_code: str, service_id: int, since: datetime,
                        until: datetime) -> set[datetime]:
        return set(self.session.scalars(
            select(m.Appointment.scheduled_at).where(
                m.Appointment.location_id == self._location_id(location_code),
                m.Appointment.service_id == service_id,
                m.Appointment.scheduled_at >= since, m.Appointment.scheduled_at <= until)
        ))

    def put_appointment(self, code: str, location_code: str, service_id: int,
                        scheduled_at: datetime, visitor_name: str | None) -> None:
        location_id = self._location_id(location_code)
        assert location_id is not None
        row = self.session.scalar(select(m.Appointment).where(m.Appointment.booking_code == code))
        if row is None:
            row = m.Appointment(booking_code=code)
            self.session.add(row)
        row.location_id, row.service_id = location_id, service_id
        row.scheduled_at, row.visitor_name = scheduled_at, visitor_name
        self.session.flush()

    def remove_appointment(self, code: str) -> None:
        self.session.execute(delete(m.Appointment).where(m.Appointment.booking_code == code))

    def _location_id(self, code: str) -> int | None:
        return self.session.scalar(select(m.Location.id).where(m.Location.code == code))
