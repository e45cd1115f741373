"""site operations: opening hours, staff roles and PIN, pause and liveness of counter sessions,
transfer notes outside the event log, alarm closing and responses, appointment visitor names,
priority tickets

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 07:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('location') as batch:
        batch.add_column(sa.Column('checkin_late_minutes', sa.Integer(), nullable=False,
                                   server_default='15'))
    op.create_table(
        'opening_hours',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('location_id', sa.Integer(), nullable=False),
        sa.Column('weekday', sa.Integer(), nullable=False),
        sa.Column('opens', sa.Time(), nullable=False),
        sa.Column('closes', sa.Time(), nullable=False),
        sa.ForeignKeyConstraint(['location_id'], ['location.id'],
                                name=op.f('fk_opening_hours_location_id_location')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_opening_hours')),
        sa.UniqueConstraint('location_id', 'weekday', 'opens',
                            name=op.f('uq_opening_hours_location_id_weekday_opens')),
    )
    with op.batch_alter_table('staff_member') as batch:
        batch.add_column(sa.Column('roles', sa.String(length=100), nullable=False,
                                   server_default='counter'))
        batch.add_column(sa.Column('pin_hash', sa.String(length=255), nullable=True))
        batch.add_column(sa.Column('failed_pin_attempts', sa.Integer(), nullable=False,
                                   server_default='0'))
        batch.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('active', sa.Boolean(), nullable=False,
                                   server_default=sa.true()))
    with op.batch_alter_table('appointment') as batch:
        batch.add_column(sa.Column('visitor_name', sa.String(length=200), nullable=True))
    with op.batch_alter_table('ticket') as batch:
        batch.add_column(sa.Column('priority', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    with op.batch_alter_table('counter_session') as batch:
        batch.add_column(sa.Column('paused_since', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        'transfer_note',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('ticket_id', sa.String(length=36), nullable=False),
        sa.Column('from_counter_id', sa.Integer(), nullable=True),
        sa.Column('from_staff_id', sa.Integer(), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('written_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('purge_after', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'],
                                name=op.f('fk_transfer_note_ticket_id_ticket')),
        sa.ForeignKeyConstraint(['from_counter_id'], ['counter.id'],
                                name=op.f('fk_transfer_note_from_counter_id_counter')),
        sa.ForeignKeyConstraint(['from_staff_id'], ['staff_member.id'],
                                name=op.f('fk_transfer_note_from_staff_id_staff_member')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer_note')),
    )
    op.create_index('ix_transfer_note_ticket', 'transfer_note', ['ticket_id'])
    with op.batch_alter_table('alarm') as batch:
        batch.add_column(sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('closed_by', sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f('fk_alarm_closed_by_staff_member'), 'staff_member',
                                 ['closed_by'], ['id'])
    op.create_table(
        'alarm_response',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('alarm_id', sa.Integer(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.Column('counter_id', sa.Integer(), nullable=True),
        sa.Column('responded_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['alarm_id'], ['alarm.id'],
                                name=op.f('fk_alarm_response_alarm_id_alarm')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'],
                                name=op.f('fk_alarm_response_staff_id_staff_member')),
        sa.ForeignKeyConstraint(['counter_id'], ['counter.id'],
                                name=op.f('fk_alarm_response_counter_id_counter')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_alarm_response')),
    )


def downgrade() -> None:
    op.drop_table('alarm_response')
    with op.batch_alter_table('alarm') as batch:
        batch.drop_constraint(op.f('fk_alarm_closed_by_staff_member'), type_='foreignkey')
        batch.drop_column('closed_by')
        batch.drop_column('closed_at')
    op.drop_index('ix_transfer_note_ticket', table_name='transfer_note')
    op.drop_table('transfer_note')
    with op.batch_alter_table('counter_session') as batch:
        batch.drop_column('last_seen_at')
        batch.drop_column('paused_since')
    with op.batch_alter_table('ticket') as batch:
        batch.drop_column('priority')
    with op.batch_alter_table('appointment') as batch:
        batch.drop_column('visitor_name')
    with op.batch_alter_table('staff_member') as batch:
        for column in ('active', 'locked_until', 'failed_pin_attempts', 'pin_hash', 'roles'):
            batch.drop_column(column)
    op.drop_table('opening_hours')
    with op.batch_alter_table('location') as batch:
        batch.drop_column('checkin_late_minutes')
