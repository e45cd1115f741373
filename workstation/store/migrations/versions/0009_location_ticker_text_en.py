"""location.ticker_text_en: the hall display's ticker in English

Revision ID: 0009
Revises: 0002
Create Date: 2026-11-30 07:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('location') as batch:
        batch.add_column(sa.Column('ticker_text_en', sa.Text(), nullable=False,
                                   server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('location') as batch:
        batch.drop_column('ticker_text_en')
