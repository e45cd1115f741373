"""workstation store: product orders at the counter (payment record, pickups, kasopmaak)

Revision ID: w0003
Revises: w0001
Create Date: 2026-11-30 11:20:00
"""

from alembic import op
import sqlalchemy as sa


revision = 'w0003'
down_revision = 'w0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'product_order',
        sa.Column('number', sa.String(length=30), nullable=False),
        sa.Column('bsn', sa.String(length=9), nullable=True),
        sa.Column('location_code', sa.String(length=20), nullable=False),
        sa.Column('counter_number', sa.Integer(), nullable=False),
        sa.Column('business_day', sa.Date(), nullable=False),
        sa.Column('awaiting_pickup', sa.Boolean(), nullable=False),
        sa.Column('committed_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('payload', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('number', name=op.f('pk_product_order')),
    )
    op.create_index(op.f('ix_product_order_bsn'), 'product_order', ['bsn'])
    op.create_index('ix_product_order_counter_day', 'product_order',
                    ['location_code', 'counter_number', 'business_day'])


def downgrade() -> None:
    op.drop_index('ix_product_order_counter_day', table_name='product_order')
    op.drop_index(op.f('ix_product_order_bsn'), table_name='product_order')
    op.drop_table('product_order')
