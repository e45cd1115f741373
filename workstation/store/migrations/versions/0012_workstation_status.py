"""workstation_status: each workstation's outbox backlog, for the supervisor's view

One row per workstation, overwritten by its sync status every time it reports (a heartbeat):
how many items still wait to be delivered, how many are parked, the last error in plain Dutch
and when it reported (docs/decisions/0030-supervisor-view-and-kto.md).

Revision ID: 0012
Revises: 0010
Create Date: 2026-11-30 11:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0010'
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


def downgrade() -> None:
    op.drop_table('workstation_status')
