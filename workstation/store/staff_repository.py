"""Staff accounts and counter sessions for sign-in, on SQLAlchemy.

A PIN attempt reads the account ``FOR UPDATE`` and writes the outcome in the same transaction,
so concurrent attempts from several workstations are each counted and a lockout holds for all
of them (on SQLite the writer turn and ``BEGIN IMMEDIATE`` serialise the same way).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update

from workstation.domain.staff import PinAttempts, StaffAccount, parse_roles
from workstation.store import models as m
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.store.site_rows import not_found


class SqlStaffUnitOfWork(SqlQueueUnitOfWork):
    """One transaction on staff accounts and counter sessions (the queue's transaction rules:
    rolled back unless committed; change notices sent at commit)."""

    def account_for_update(self, code: str) -> StaffAccount:
        row = self.session.scalar(
            select(m.StaffMember).where(m.StaffMember.code == code.strip()).with_for_update()
        )
        if row is None:
            raise not_found("Medewerkerscode '{code}' is onbekend.", f"staff {code!r}",
                            code=code)
        return _account(row)

    def accounts(self) -> tuple[StaffAccount, ...]:
        rows = self.session.scalars(select(m.StaffMember).order_by(m.StaffMember.code))
        return tuple(_account(row) for row in rows)

    def save_attempts(self, staff_id: int, attempts: PinAttempts) -> None:
        self.session.execute(
            update(m.StaffMember).where(m.StaffMember.id == staff_id)
            .values(failed_pin_attempts=attempts.failures, locked_until=attempts.locked_until)
        )

    def save_pin_hash(self, staff_id: int, pin_hash: str | None) -> None:
        self.session.execute(
            update(m.StaffMember).where(m.StaffMember.id == staff_id).values(pin_hash=pin_hash)
        )

    def set_paused(self, counter_id: int, since: datetime | None) -> bool:
        """Pause (``since``) or resume (None) the counter's open session; False if none."""
        done = self.session.execute(
            update(m.CounterSession)
            .where(m.CounterSession.counter_id == counter_id,
                   m.CounterSession.closed_at.is_(None))
            .values(paused_since=since)
        )
        return bool(getattr(done, "rowcount", 0))


def _account(row: m.StaffMember) -> StaffAccount:
    return StaffAccount(
        id=row.id, code=row.code, display_name=row.display_name, roles=parse_roles(row.roles),
        pin_hash=row.pin_hash, attempts=PinAttempts(row.failed_pin_attempts, row.locked_until),
        active=row.active,
    )
