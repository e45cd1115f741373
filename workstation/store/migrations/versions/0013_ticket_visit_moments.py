"""ticket: the visit's moments (issued, called, serving, finished, no-show and their undos)

Epoch seconds per moment of domain.measures.VISIT_MOMENTS, kept by the queue's unit of work in
each event's transaction (ADR 0028), so a report reads one row per ticket. Backfilled here by
folding every ticket's existing queue events with the same rule: the first or the last event
of each type.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 12:00:00
"""

from alembic import op
import sqlalchemy as sa

from workstation.domain.measures import VISIT_MOMENTS, Pick


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def _epoch(column: str) -> str:
    if op.get_bind().dialect.name == 'sqlite':  # naive UTC text (models.UtcDateTime)
        return f"(julianday({column}) - 2440587.5) * 86400.0"
    return f"CAST(EXTRACT(EPOCH FROM {column}) AS DOUBLE PRECISION)"


def upgrade() -> None:
    for name, _type, _pick in VISIT_MOMENTS:
        op.add_column('ticket', sa.Column(f'{name}_epoch', sa.Float(), nullable=True))
    folds = ", ".join(
        f"{'MIN' if pick is Pick.FIRST else 'MAX'}(CASE WHEN type = '{type_.value}' "
        f"THEN {_epoch('at')} END) AS {name}"
        for name, type_, pick in VISIT_MOMENTS)
    types = ", ".join(f"'{type_.value}'" for _name, type_, _pick in VISIT_MOMENTS)
    sets = ", ".join(f"{name}_epoch = folded.{name}" for name, _type, _pick in VISIT_MOMENTS)
    op.execute(
        f"UPDATE ticket SET {sets} FROM (SELECT ticket_id, {folds} FROM queue_event "
        f"WHERE type IN ({types}) GROUP BY ticket_id) AS folded "
        f"WHERE folded.ticket_id = ticket.id")


def downgrade() -> None:
    for name, _type, _pick in reversed(VISIT_MOMENTS):
        op.drop_column('ticket', f'{name}_epoch')
