"""The workstation store's repository: unit of work for the use cases, and the queue of
outbox items the sync relay works through.

Delivery order: within a ``stream`` items go strictly by id; the head of a stream is its
oldest item that is not done. A parked head blocks its stream (a callback must not overtake
the contact it belongs to) until someone retries it (``python -m workstation sync retry``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Any, Self, cast

from sqlalchemy import (
    CursorResult,
    Row,
    Select,
    Table,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from workstation.domain.customer import Backlog, CustomerFile
from workstation.domain.outbox import ItemState, OutboxItem, OutboxKind, Outcome
from workstation.store.local.codec import (
    Payload,
    dump_customer,
    dump_payload,
    kind_of,
    load_customer,
    load_payload,
    natural_key,
)
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.models import KeySequence, LookupCacheRow, OutboxRow

_OUTBOX = cast(Table, OutboxRow.__table__)
_INSERT_ITEM = insert(_OUTBOX)
# Statements of the warm lookup, built once (the desk waits for them).
_CACHED = select(LookupCacheRow.day, LookupCacheRow.payload).where(
    LookupCacheRow.bsn == bindparam("bsn"))
_RECORDED = (
    select(_OUTBOX)
    .where(_OUTBOX.c.stream == bindparam("stream"),
           or_(_OUTBOX.c.state != ItemState.DONE.value,
               _OUTBOX.c.delivered_at >= bindparam("since")))
    .order_by(_OUTBOX.c.id))


class LocalUnitOfWork:
    def __init__(self, database: WorkstationDatabase) -> None:
        self._database = database
        self._session: Session | None = None

    def __enter__(self) -> Self:
        self._session = self._database.session()
        self._session.begin()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if session.in_transaction():
                session.rollback()
        finally:
            session.close()
            self._session = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its with-block")
        return self._session

    def commit(self) -> None:
        self.session.commit()

    def next_sequence(self, name: str) -> int:
        row = self.session.get(KeySequence, name)
        if row is None:
            row = KeySequence(name=name, value=0)
            self.session.add(row)
        row.value += 1
        self.session.flush()
        return row.value

    def add_outbox_item(self, stream: str, payload: Payload, now: datetime) -> int:
        # Core, one statement built once: a lookup adds two audit items and the desk waits.
        result = cast("CursorResult[Any]", self.session.connection().execute(_INSERT_ITEM, {
            "kind": kind_of(payload).value, "stream": stream, "natural_key": natural_key(payload),
            "payload": dump_payload(payload), "state": ItemState.PENDING.value, "attempts": 0,
            "created_at": now, "next_attempt_at": now, "last_error": "", "result_url": "",
        }))
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def cached_customer(self, bsn: str, day: date) -> CustomerFile | None:
        row = self.session.connection().execute(_CACHED, {"bsn": bsn}).one_or_none()
        if row is None or row.day != day:
            return None
        return load_customer(row.payload)

    def cache_customer(self, file: CustomerFile, day: date, now: datetime) -> None:
        """Keep ``file`` for ``day``; what is left of earlier days goes now."""
        self.session.execute(delete(LookupCacheRow).where(LookupCacheRow.day != day))
        self.session.merge(LookupCacheRow(
            bsn=file.person.bsn, day=day, payload=dump_customer(file), stored_at=now,
        ))

    def forget_customer(self, bsn: str) -> None:
        self.session.execute(delete(LookupCacheRow).where(LookupCacheRow.bsn == bsn))

    def purge_cache(self, keep_day: date | None = None) -> int:
        query = delete(LookupCacheRow)
        if keep_day is not None:
            query = query.where(LookupCacheRow.day != keep_day)
        return _rowcount(self.session.execute(query))

    def recorded_for(self, bsn: str, since: datetime) -> list[tuple[OutboxItem, Payload]]:
        rows = self.session.connection().execute(_RECORDED, {"stream": bsn, "since": since})
        return [(_item(row), load_payload(OutboxKind(row.kind), row.payload)) for row in rows]


def _stream_heads() -> Select[Any]:
    """The oldest undelivered item of every stream: the only one that may be sent."""
    return (select(func.min(OutboxRow.id)).where(OutboxRow.state != ItemState.DONE.value)
            .group_by(OutboxRow.stream))


class WorkstationStore:
    """What services and the relay use; one per workstation database."""

    def __init__(self, database: WorkstationDatabase) -> None:
        self.database = database

    def unit_of_work(self) -> LocalUnitOfWork:
        return LocalUnitOfWork(self.database)

    # -- reading the outbox ------------------------------------------------------------

    def backlog(self) -> Backlog:
        with self.database.session() as session:
            counts: dict[str, int] = {
                state: count for state, count in session.execute(
                    select(OutboxRow.state, func.count()).group_by(OutboxRow.state))
            }
            last_error = session.execute(
                select(OutboxRow.last_error)
                .where(OutboxRow.state != ItemState.DONE.value, OutboxRow.last_error != "")
                .order_by(OutboxRow.id.desc()).limit(1)
            ).scalar_one_or_none()
        return Backlog(
            pending=counts.get(ItemState.PENDING.value, 0),
            parked=counts.get(ItemState.PARKED.value, 0),
            last_error=last_error or "",
        )

    def outbox_items(self, *, include_done: bool = False, limit: int = 200) -> list[OutboxItem]:
        query = select(OutboxRow).order_by(OutboxRow.id).limit(limit)
        if not include_done:
            query = query.where(OutboxRow.state != ItemState.DONE.value)
        with self.database.session() as session:
            return [_item(row) for row in session.scalars(query)]

    def outbox_item(self, item_id: int) -> OutboxItem | None:
        with self.database.session() as session:
            row = session.get(OutboxRow, item_id)
            return None if row is None else _item(row)

    def retry_parked(self, now: datetime, item_id: int | None = None) -> int:
        query = (
            update(OutboxRow).where(OutboxRow.state == ItemState.PARKED.value)
            .values(state=ItemState.PENDING.value, next_attempt_at=now, attempts=0)
        )
        if item_id is not None:
            query = query.where(OutboxRow.id == item_id)
        with self.database.session() as session, session.begin():
            return _rowcount(session.execute(query))

    # -- the relay's side ----------------------------------------------------------------

    def due_heads(self, now: datetime, limit: int) -> list[tuple[OutboxItem, Payload]]:
        """The oldest undelivered item of each stream, when it is pending and due."""
        query = (
            select(OutboxRow)
            .where(OutboxRow.id.in_(_stream_heads()), OutboxRow.state == ItemState.PENDING.value,
                   OutboxRow.next_attempt_at <= now)
            .order_by(OutboxRow.id).limit(limit)
        )
        with self.database.session() as session:
            rows = session.scalars(query).all()
            return [(_item(row), load_payload(OutboxKind(row.kind), row.payload)) for row in rows]

    def next_due_at(self) -> datetime | None:
        """When the next stream head is due. Only heads count: an item behind a head that
        waits out its back-off is not due before it, and counting it kept the relay polling
        without a pause while a registry was down."""
        with self.database.session() as session:
            return session.execute(
                select(func.min(OutboxRow.next_attempt_at))
                .where(OutboxRow.id.in_(_stream_heads()),
                       OutboxRow.state == ItemState.PENDING.value)
            ).scalar_one_or_none()

    def delivered_url(self, natural_key_: str) -> str | None:
        with self.database.session() as session:
            row = session.execute(
                select(OutboxRow.result_url, OutboxRow.state)
                .where(OutboxRow.natural_key == natural_key_)
            ).one_or_none()
        if row is None or row.state != ItemState.DONE.value:
            return None
        return str(row.result_url)

    def record_outcomes(self, outcomes: Sequence[Outcome]) -> None:
        """One round's results in one transaction (one fsync instead of one per item), one
        statement per kind of outcome (executemany: the relay's CPU goes to the registries)."""
        rows = {state: [o for o in outcomes if o.state is state] for state in ItemState}
        table = _OUTBOX
        by_id = table.c.id == bindparam("item_id")
        with self.database.engine.begin() as connection:
            if rows[ItemState.DONE]:
                connection.execute(
                    update(table).where(by_id).values(
                        state=ItemState.DONE.value, result_url=bindparam("url"),
                        delivered_at=bindparam("at"), last_error=""),
                    [{"item_id": o.item_id, "url": o.url, "at": o.at}
                     for o in rows[ItemState.DONE]])
            if rows[ItemState.PARKED]:
                connection.execute(
                    update(table).where(by_id).values(
                        state=ItemState.PARKED.value, last_error=bindparam("error")),
                    [{"item_id": o.item_id, "error": o.error} for o in rows[ItemState.PARKED]])
            if rows[ItemState.PENDING]:
                connection.execute(
                    update(table).where(by_id).values(
                        attempts=table.c.attempts + 1, last_error=bindparam("error"),
                        next_attempt_at=bindparam("at")),
                    [{"item_id": o.item_id, "error": o.error, "at": o.at}
                     for o in rows[ItemState.PENDING]])


def _item(row: OutboxRow | Row[Any]) -> OutboxItem:
    return OutboxItem(
        id=row.id, kind=OutboxKind(row.kind), stream=row.stream, natural_key=row.natural_key,
        payload=row.payload, state=ItemState(row.state), attempts=row.attempts,
        created_at=row.created_at, next_attempt_at=row.next_attempt_at,
        last_error=row.last_error, result_url=row.result_url, delivered_at=row.delivered_at,
    )


def _rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0))
