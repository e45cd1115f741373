"""Orders in the workstation store: the unit of work that commits an order with its outbox
items (zaken, delivery events) in one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from workstation.domain.order import Order
from workstation.store.local.codec import dump_order, load_order
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.models import ProductOrderRow
from workstation.store.local.outbox_store import LocalUnitOfWork


class OrderUnitOfWork(LocalUnitOfWork):
    def add_order(self, order: Order) -> None:
        self.session.add(ProductOrderRow(
            number=order.number, bsn=order.visit.bsn, location_code=order.visit.location,
            counter_number=order.visit.counter, business_day=order.business_day,
            awaiting_pickup=bool(order.awaiting_pickup), committed_at=order.committed_at,
            payload=dump_order(order),
        ))
        self.session.flush()

    def order(self, number: str) -> Order | None:
        row = self.session.get(ProductOrderRow, number)
        return load_order(row.payload) if row is not None else None

    def update_order(self, order: Order) -> None:
        row = self.session.get(ProductOrderRow, order.number)
        assert row is not None, f"order {order.number} not stored"
        row.payload = dump_order(order)
        row.awaiting_pickup = bool(order.awaiting_pickup)
        self.session.flush()

    def orders_awaiting_pickup(self, bsn: str) -> list[Order]:
        rows = self.session.scalars(
            select(ProductOrderRow)
            .where(ProductOrderRow.bsn == bsn, ProductOrderRow.awaiting_pickup.is_(True))
            .order_by(ProductOrderRow.committed_at))
        return [load_order(row.payload) for row in rows]

    def forget_persons(self, before: date) -> int:
        """Drop the person (BSN, birth date) from orders of days before ``before`` with
        nothing left to pick up; how many. Amounts and payments stay (kasopmaak)."""
        rows = self.session.scalars(
            select(ProductOrderRow)
            .where(ProductOrderRow.bsn.is_not(None), ProductOrderRow.business_day < before,
                   ProductOrderRow.awaiting_pickup.is_(False)))
        forgotten = 0
        for row in rows:
            order = load_order(row.payload)
            visit = replace(order.visit, bsn=None, birth_date=None)
            row.payload, row.bsn = dump_order(replace(order, visit=visit)), None
            forgotten += 1
        self.session.flush()
        return forgotten

    def orders_on(self, location: str, counter: int, day: date) -> list[Order]:
        rows = self.session.scalars(
            select(ProductOrderRow)
            .where(ProductOrderRow.location_code == location,
                   ProductOrderRow.counter_number == counter,
                   ProductOrderRow.business_day == day)
            .order_by(ProductOrderRow.committed_at))
        return [load_order(row.payload) for row in rows]


class OrderStore:
    def __init__(self, database: WorkstationDatabase) -> None:
        self.database = database

    def unit_of_work(self) -> OrderUnitOfWork:
        return OrderUnitOfWork(self.database)
