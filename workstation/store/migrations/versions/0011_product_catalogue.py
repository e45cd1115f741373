"""product, product_checklist_item, product_tariff, product_fee_option: the catalogue

Each municipality's products from the site file (by UPL name and URI), their checklists, and
their fees by the date they take effect, in cents (docs/decisions/0025-catalogue-and-orders.md).
No personal data.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 11:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def _id() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column('id', sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table(
        'product',
        _id(),
        sa.Column('municipality_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=40), nullable=False),
        sa.Column('upl_name', sa.String(length=200), nullable=False),
        sa.Column('upl_uri', sa.String(length=300), nullable=False),
        sa.Column('title_nl', sa.String(length=200), nullable=False),
        sa.Column('title_en', sa.String(length=200), nullable=False),
        sa.Column('summary_nl', sa.Text(), nullable=False),
        sa.Column('summary_en', sa.Text(), nullable=False),
        sa.Column('delivery', sa.String(length=10), nullable=False),
        sa.Column('working_days', sa.Integer(), nullable=False),
        sa.Column('zaaktype', sa.String(length=1000), nullable=False),
        sa.Column('document', sa.String(length=40), nullable=False),
        sa.CheckConstraint("delivery IN ('direct', 'pickup')", name=op.f('ck_product_delivery')),
        sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'],
                                name=op.f('fk_product_municipality_id_municipality')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_product')),
        sa.UniqueConstraint('municipality_id', 'code',
                            name=op.f('uq_product_municipality_id_code')),
    )
    op.create_table(
        'product_checklist_item',
        _id(),
        sa.Column('product_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('text_nl', sa.String(length=300), nullable=False),
        sa.Column('text_en', sa.String(length=300), nullable=False),
        sa.Column('condition', sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(['product_id'], ['product.id'],
                                name=op.f('fk_product_checklist_item_product_id_product')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_product_checklist_item')),
        sa.UniqueConstraint('product_id', 'position',
                            name=op.f('uq_product_checklist_item_product_id_position')),
    )
    op.create_table(
        'product_tariff',
        _id(),
        sa.Column('product_id', sa.Integer(), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('amount_cents', sa.Integer(), nullable=False),
        sa.Column('under_18_cents', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['product_id'], ['product.id'],
                                name=op.f('fk_product_tariff_product_id_product')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_product_tariff')),
        sa.UniqueConstraint('product_id', 'valid_from',
                            name=op.f('uq_product_tariff_product_id_valid_from')),
    )
    op.create_table(
        'product_fee_option',
        _id(),
        sa.Column('tariff_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=40), nullable=False),
        sa.Column('name_nl', sa.String(length=200), nullable=False),
        sa.Column('name_en', sa.String(length=200), nullable=False),
        sa.Column('amount_cents', sa.Integer(), nullable=False),
        sa.Column('working_days', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['tariff_id'], ['product_tariff.id'],
                                name=op.f('fk_product_fee_option_tariff_id_product_tariff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_product_fee_option')),
        sa.UniqueConstraint('tariff_id', 'code',
                            name=op.f('uq_product_fee_option_tariff_id_code')),
    )


def downgrade() -> None:
    for table in ('product_fee_option', 'product_tariff', 'product_checklist_item', 'product'):
        op.drop_table(table)
