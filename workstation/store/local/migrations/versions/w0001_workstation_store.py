"""workstation store: outbox, sequences, today's lookup cache, embedded registry

Revision ID: w0001
Revises: (none)
Create Date: 2026-11-30 08:35:00
"""

from alembic import op
import sqlalchemy as sa


revision = 'w0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('embedded_callback',
    sa.Column('referentienummer', sa.String(length=10), nullable=False),
    sa.Column('klantcontact_referentienummer', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('toelichting', sa.Text(), nullable=False),
    sa.Column('actoren_json', sa.Text(), nullable=False),
    sa.Column('telefoonnummers_json', sa.Text(), nullable=False),
    sa.Column('emailadres', sa.String(length=254), nullable=False),
    sa.Column('gevraagde_handeling', sa.String(length=200), nullable=False),
    sa.Column('afgehandeld_op', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('referentienummer', name=op.f('pk_embedded_callback'))
    )
    with op.batch_alter_table('embedded_callback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_embedded_callback_klantcontact_referentienummer'), ['klantcontact_referentienummer'], unique=False)

    op.create_table('embedded_klantcontact',
    sa.Column('referentienummer', sa.String(length=10), nullable=False),
    sa.Column('bsn', sa.String(length=9), nullable=True),
    sa.Column('kanaal', sa.String(length=50), nullable=False),
    sa.Column('onderwerp', sa.String(length=200), nullable=False),
    sa.Column('inhoud', sa.Text(), nullable=False),
    sa.Column('plaatsgevonden_op', sa.DateTime(timezone=True), nullable=False),
    sa.Column('indicatie_contact_gelukt', sa.Boolean(), nullable=False),
    sa.Column('zaak_url', sa.String(length=1000), nullable=True),
    sa.Column('metadata_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('referentienummer', name=op.f('pk_embedded_klantcontact'))
    )
    with op.batch_alter_table('embedded_klantcontact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_embedded_klantcontact_bsn'), ['bsn'], unique=False)

    op.create_table('embedded_zaaktype',
    sa.Column('identificatie', sa.String(length=50), nullable=False),
    sa.Column('omschrijving', sa.String(length=80), nullable=False),
    sa.Column('statustypen_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('identificatie', name=op.f('pk_embedded_zaaktype'))
    )
    op.create_table('embedded_zaak',
    sa.Column('identificatie', sa.String(length=40), nullable=False),
    sa.Column('bronorganisatie', sa.String(length=9), nullable=False),
    sa.Column('initiator_bsn', sa.String(length=9), nullable=True),
    sa.Column('zaaktype', sa.String(length=1000), nullable=False),
    sa.Column('omschrijving', sa.String(length=80), nullable=False),
    sa.Column('toelichting', sa.Text(), nullable=False),
    sa.Column('startdatum', sa.Date(), nullable=False),
    sa.Column('status_omschrijving', sa.String(length=80), nullable=False),
    sa.Column('status_gezet_op', sa.DateTime(timezone=True), nullable=False),
    sa.Column('einddatum', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('identificatie', 'bronorganisatie', name=op.f('pk_embedded_zaak'))
    )
    with op.batch_alter_table('embedded_zaak', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_embedded_zaak_initiator_bsn'), ['initiator_bsn'], unique=False)

    op.create_table('lookup_cache',
    sa.Column('bsn', sa.String(length=9), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('stored_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('bsn', name=op.f('pk_lookup_cache'))
    )
    op.create_table('outbox_item',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('stream', sa.String(length=64), nullable=False),
    sa.Column('natural_key', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('result_url', sa.String(length=1000), nullable=False),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_item')),
    sa.UniqueConstraint('natural_key', name=op.f('uq_outbox_item_natural_key'))
    )
    with op.batch_alter_table('outbox_item', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_item_state_stream', ['state', 'stream', 'id'], unique=False)

    op.create_table('sequence',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sequence'))
    )


def downgrade() -> None:
    op.drop_table('sequence')
    with op.batch_alter_table('outbox_item', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_item_state_stream')

    op.drop_table('outbox_item')
    op.drop_table('lookup_cache')
    with op.batch_alter_table('embedded_zaak', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_embedded_zaak_initiator_bsn'))

    op.drop_table('embedded_zaak')
    op.drop_table('embedded_zaaktype')
    with op.batch_alter_table('embedded_klantcontact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_embedded_klantcontact_bsn'))

    op.drop_table('embedded_klantcontact')
    with op.batch_alter_table('embedded_callback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_embedded_callback_klantcontact_referentienummer'))

    op.drop_table('embedded_callback')
