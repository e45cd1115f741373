"""workstation store: index the outbox by stream (a person's writes not yet in the registries)

Revision ID: w0004
Revises: w0003
Create Date: 2026-11-30 11:05:00
"""

from alembic import op


revision = 'w0004'
down_revision = 'w0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox_item', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_item_stream', ['stream', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('outbox_item', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_item_stream')
