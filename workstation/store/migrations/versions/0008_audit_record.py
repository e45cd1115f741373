"""audit_record: append-only log of person lookups (Logboek Dataverwerkingen shape)

Revision ID: 0008
Revises: 0003
Create Date: 2026-11-30 08:45:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0003'
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    """CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record
       BEGIN SELECT RAISE(ABORT, 'audit_record is append-only'); END""",
    """CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record
       BEGIN SELECT RAISE(ABORT, 'audit_record is append-only'); END""",
)
_POSTGRES_TRIGGER = (
    """CREATE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS
       $$ BEGIN RAISE EXCEPTION 'audit_record is append-only'; END $$""",
    """CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
       FOR EACH ROW EXECUTE FUNCTION audit_record_append_only()""",
)


def upgrade() -> None:
    op.create_table(
        'audit_record',
        sa.Column('record_id', sa.String(length=32), nullable=False),
        sa.Column('trace_id', sa.String(length=32), nullable=False),
        sa.Column('span_id', sa.String(length=16), nullable=False),
        sa.Column('name', sa.String(length=80), nullable=False),
        sa.Column('start_time', sa.DateTime(timezone=True), nullable=False),
        sa.Column('end_time', sa.DateTime(timezone=True), nullable=False),
        sa.Column('status_code', sa.String(length=10), nullable=False),
        sa.Column('processing_activity_id', sa.String(length=300), nullable=False),
        sa.Column('data_subject_id', sa.Text(), nullable=False),
        sa.Column('data_subject_id_type', sa.String(length=20), nullable=False),
        sa.Column('user', sa.String(length=242), nullable=False),
        sa.Column('doelbinding', sa.String(length=242), nullable=False),
        sa.Column('verwerking', sa.String(length=242), nullable=False),
        sa.Column('workstation', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('record_id', name=op.f('pk_audit_record')),
    )
    op.create_index(op.f('ix_audit_record_trace_id'), 'audit_record', ['trace_id'])
    op.create_index(op.f('ix_audit_record_start_time'), 'audit_record', ['start_time'])
    statements = _POSTGRES_TRIGGER if op.get_bind().dialect.name == 'postgresql' else _SQLITE_TRIGGERS
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP TRIGGER audit_record_append_only ON audit_record')
        op.execute('DROP FUNCTION audit_record_append_only()')
    op.drop_index(op.f('ix_audit_record_start_time'), table_name='audit_record')
    op.drop_index(op.f('ix_audit_record_trace_id'), table_name='audit_record')
    op.drop_table('audit_record')
