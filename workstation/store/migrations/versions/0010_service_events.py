"""contact_event, callback_event, delivery_event, kto_mark: what the reports measure

Anonymous facts of the KCC half, shipped here by each workstation's outbox (or written by the
kiosk and counter directly for marks): never a BSN, name or address, only codes, times and
outcomes. The reports and the supervisor's view compute every measure from these rows and the
queue's events (docs/decisions/0022-service-events.md).

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-30 10:50:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0008'
branch_labels = None
depends_on = None


def _where() -> list["sa.Column[object]"]:
    return [
        sa.Column('municipality_code', sa.String(length=4), nullable=False),
        sa.Column('location_code', sa.String(length=20), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'contact_event',
        sa.Column('event_id', sa.String(length=40), nullable=False),
        *_where(),
        sa.Column('kanaal', sa.String(length=20), nullable=False),
        sa.Column('uitkomst', sa.String(length=40), nullable=False),
        sa.Column('first_time_right', sa.Boolean(), nullable=False),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('ended_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('ticket_id', sa.String(length=36), nullable=True),
        sa.Column('workstation', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('event_id', name=op.f('pk_contact_event')),
    )
    op.create_index(op.f('ix_contact_event_started_at'), 'contact_event', ['started_at'])
    op.create_table(
        'callback_event',
        sa.Column('event_id', sa.String(length=40), nullable=False),
        *_where(),
        sa.Column('kanaal', sa.String(length=20), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('event_id', name=op.f('pk_callback_event')),
    )
    op.create_index(op.f('ix_callback_event_created_at'), 'callback_event', ['created_at'])
    op.create_table(
        'delivery_event',
        sa.Column('event_id', sa.String(length=40), nullable=False),
        *_where(),
        sa.Column('product_uri', sa.String(length=300), nullable=False),
        sa.Column('product_name', sa.String(length=200), nullable=False),
        sa.Column('delivery', sa.String(length=10), nullable=False),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('ticket_id', sa.String(length=36), nullable=True),
        sa.CheckConstraint("delivery IN ('direct', 'pickup')",
                           name=op.f('ck_delivery_event_delivery')),
        sa.PrimaryKeyConstraint('event_id', name=op.f('pk_delivery_event')),
    )
    op.create_index(op.f('ix_delivery_event_started_at'), 'delivery_event', ['started_at'])
    marks: list["sa.Column[object]"] = [sa.Column(name, sa.Integer(), nullable=True)
             for name in ('wachttijd', 'vriendelijkheid', 'deskundigheid', 'duidelijkheid')]
    op.create_table(
        'kto_mark',
        sa.Column('mark_id', sa.String(length=40), nullable=False),
        *_where(),
        sa.Column('service_letter', sa.String(length=1), nullable=True),
        sa.Column('counter_number', sa.Integer(), nullable=True),
        sa.Column('kanaal', sa.String(length=20), nullable=False),
        sa.Column('given_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('mark', sa.Integer(), nullable=False),
        *marks,
        sa.CheckConstraint('mark BETWEEN 1 AND 10', name=op.f('ck_kto_mark_mark')),
        sa.PrimaryKeyConstraint('mark_id', name=op.f('pk_kto_mark')),
    )
    op.create_index(op.f('ix_kto_mark_given_at'), 'kto_mark', ['given_at'])


def downgrade() -> None:
    for table, column in (('kto_mark', 'given_at'), ('delivery_event', 'started_at'),
                          ('callback_event', 'created_at'), ('contact_event', 'started_at')):
        op.drop_index(op.f(f'ix_{table}_{column}'), table_name=table)
        op.drop_table(table)
