"""one called or serving ticket per counter: a partial unique index

Before the index can exist, a counter that already holds more than one called or serving
ticket (the PostgreSQL race this index closes) keeps the one it got first; the others go back
to the queue with a ``requeued`` event, keeping their place.

Revision ID: 0003
Revises: 0009
Create Date: 2026-11-30 08:00:00
"""

from datetime import UTC, datetime

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0009'
branch_labels = None
depends_on = None

_AT_COUNTER = "state IN ('called', 'serving')"


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        f"SELECT id, counter_id, location_id, service_id FROM ticket "
        f"WHERE counter_id IS NOT NULL AND {_AT_COUNTER} ORDER BY counter_id, queued_epoch, id"
    )).all()
    seen: set[int] = set()
    now = datetime.now(UTC)
    for ticket_id, counter_id, location_id, service_id in rows:
        if counter_id not in seen:
            seen.add(counter_id)
            continue
        bind.execute(sa.text(
            "UPDATE ticket SET state = 'waiting', counter_id = NULL, staff_id = NULL "
            "WHERE id = :id"), {"id": ticket_id})
        bind.execute(sa.text(
            "INSERT INTO queue_event (ticket_id, location_id, service_id, type, at, counter_id, "
            "note) VALUES (:id, :location, :service, 'requeued', :at, :counter, '')"),
            {"id": ticket_id, "location": location_id, "service": service_id,
             "at": now if bind.dialect.name == "postgresql" else now.replace(tzinfo=None),
             "counter": counter_id})
    op.create_index('uq_ticket_counter_busy', 'ticket', ['counter_id'], unique=True,
                    postgresql_where=sa.text(_AT_COUNTER), sqlite_where=sa.text(_AT_COUNTER))


def downgrade() -> None:
    op.drop_index('uq_ticket_counter_busy', table_name='ticket')
