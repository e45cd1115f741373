"""workstation_status: each workstation's outbox backlog, for the supervisor's view

One row per workstation, overwritten by its sync status every time it reports (a heartbeat):
how many items still wait to be delivered, how many are parked, the last error in plain Dutch
and when it reported (docs/decisions/0030-supervisor-view-and-kto.md). And two indexes: tickets
by business day and state, and the callbacks still open, per location: the supervisor's board
and today's measures read one day, or the few open rows, of a region's year.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 11:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'workstation_status',
        sa.Column('workstation', sa.String(length=100), nullable=False),
        sa.Column('location_code', sa.String(length=20), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('pending', sa.Integer(), nullable=False),
        sa.Column('parked', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.String(length=300), nullable=False),
        sa.Column('reported_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('workstation', name=op.f('pk_workstation_status')),
    )
    op.create_index('ix_ticket_day_state', 'ticket', ['business_day', 'state'])
    open_only = sa.text('done_at IS NULL')
    op.create_index('ix_callback_event_open', 'callback_event', ['location_code'],
                    postgresql_where=open_only, sqlite_where=open_only)


def downgrade() -> None:
    op.drop_index('ix_callback_event_open', table_name='callback_event')
    op.drop_index('ix_ticket_day_state', table_name='ticket')
    op.drop_table('workstation_status')
