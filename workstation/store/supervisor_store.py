"""Writes of the supervisor's view (a counter's services, the ticker) and the workstations'
backlog heartbeat, each one transaction that tells the change feed."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from workstation.domain.supervision import WorkstationBacklog
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.queue_uow import SqlQueueUnitOfWork


class SqlSupervisorUnitOfWork(SqlQueueUnitOfWork):
    """The queue's unit of work (location, counter, service look-ups; NOTIFY at commit) plus
    the supervisor's two changes to the day's state."""

    def set_counter_services(self, counter_id: int, service_ids: frozenset[int]) -> None:
        self.session.execute(delete(m.CounterService).where(
            m.CounterService.counter_id == counter_id))
        self.session.add_all(m.CounterService(counter_id=counter_id, service_id=service_id)
                             for service_id in sorted(service_ids))
        self.session.flush()

    def set_ticker(self, location_id: int, text_nl: str, text_en: str) -> None:
        self.session.execute(update(m.Location).where(m.Location.id == location_id)
                             .values(ticker_text=text_nl, ticker_text_en=text_en))


class SqlBacklogStore:
    """``workstation_status``: one row per workstation, overwritten by every report."""

    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    def save_backlog(self, report: WorkstationBacklog, *, announce: bool) -> None:
        with SqlQueueUnitOfWork(self._database) as uow:
            row = uow.session.scalar(select(m.WorkstationStatus).where(
                m.WorkstationStatus.workstation == report.workstation))
            if row is None:
                row = m.WorkstationStatus(workstation=report.workstation)
                uow.session.add(row)
            row.location_code, row.role = report.location_code, report.role
            row.pending, row.parked = report.pending, report.parked
            row.last_error, row.reported_at = report.last_error, report.reported_at
            location_id = uow.session.scalar(select(m.Location.id).where(
                m.Location.code == report.location_code))
            if announce and location_id is not None:
                uow.announce_change(location_id)
            uow.commit()
