"""Site queue database schema (SQLAlchemy 2). No personal data of visitors lives here.

Times are stored as UTC; ``queued_epoch`` and ``appointment_epoch`` repeat two of them as
seconds since the epoch so that the call order (wait / norm) is plain arithmetic in SQL on
SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every dialect."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Municipality(Base):
    __tablename__ = "municipality"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(4), unique=True)  # CBS gemeentecode
    name: Mapped[str] = mapped_column(String(100))
    rsin: Mapped[str] = mapped_column(String(9))
    primary_colour: Mapped[str] = mapped_column(String(7))
    accent_colour: Mapped[str] = mapped_column(String(7))
    logo_resource: Mapped[str | None] = mapped_column(String(200))


class Location(Base):
    __tablename__ = "location"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    ticker_text: Mapped[str] = mapped_column(Text, default="")
    ticker_text_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    no_show_after_calls: Mapped[int] = mapped_column(Integer, default=3)
    # How long after its slot an appointment may still check in (before: 30 minutes, fixed).
    checkin_late_minutes: Mapped[int] = mapped_column(Integer, default=15)


class OpeningHours(Base):
    """One opening period of a location on a weekday (0 = Monday), in the site's time zone."""

    __tablename__ = "opening_hours"
    __table_args__ = (UniqueConstraint("location_id", "weekday", "opens"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    weekday: Mapped[int] = mapped_column(Integer)
    opens: Mapped[time] = mapped_column(Time)
    closes: Mapped[time] = mapped_column(Time)


class Service(Base):
    __tablename__ = "service"
    __table_args__ = (UniqueConstraint("location_id", "letter"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    letter: Mapped[str] = mapped_column(String(1))
    name_nl: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    norm_minutes: Mapped[int] = mapped_column(Integer)
    is_appointment: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Counter(Base):
    __tablename__ = "counter"
    __table_args__ = (UniqueConstraint("location_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    number: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CounterService(Base):
    __tablename__ = "counter_service"
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)


class StaffMember(Base):
    """A municipal employee: staff code, the name shown to colleagues, roles and PIN.

    ``roles`` is a comma-separated subset of reception, counter, phone, supervisor, admin.
    ``pin_hash`` is a slow salted KDF of the PIN (None until set on first sign-in).
    """

    __tablename__ = "staff_member"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    roles: Mapped[str] = mapped_column(String(100), default="counter")
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    failed_pin_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Appointment(Base):
    """A booked appointment from the booking system.

    ``visitor_name`` is the one piece of personal data in the site database: optional, shown to
    reception only, and purged with the booking code by the retention rule (privacy purge).
    """

    __tablename__ = "appointment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    booking_code: Mapped[str] = mapped_column(String(20), unique=True)
    scheduled_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ticket_id: Mapped[str | None] = mapped_column(ForeignKey("ticket.id"))
    visitor_name: Mapped[str | None] = mapped_column(String(200))


class TicketSequence(Base):
    """Last number handed out per location, service letter and day (numbering only)."""

    __tablename__ = "ticket_sequence"
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)
    business_day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer)


_AT_COUNTER = "state IN ('called', 'serving')"


class Ticket(Base):
    """Current state of a ticket: a projection of its events, kept for locking and lookup."""

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("location_id", "issued_service_id", "business_day", "sequence"),
        Index("ix_ticket_queue", "location_id", "state", "service_id"),
        Index("ix_ticket_counter", "counter_id", "state"),
        # A day's tickets: the supervisor's waiting queues and today's measures (0012).
        Index("ix_ticket_day_state", "business_day", "state"),
        # A counter holds at most one called or serving ticket, whatever races (0003).
        Index("uq_ticket_counter_busy", "counter_id", unique=True,
              postgresql_where=text(_AT_COUNTER), sqlite_where=text(_AT_COUNTER)),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    issued_service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    business_day: Mapped[date] = mapped_column(Date)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(4))
    kind: Mapped[str] = mapped_column(String(12))
    state: Mapped[str] = mapped_column(String(12))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    queued_epoch: Mapped[float] = mapped_column(Float)
    appointment_epoch: Mapped[float | None] = mapped_column(Float)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    target_counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    # Issued by reception as a priority ticket: called before the norm order (not appointments).
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    # The visit's moments (domain.measures.VISIT_MOMENTS, epoch seconds), folded from the
    # ticket's events by the queue in each event's own transaction (ADR 0028), so a report
    # reads one row per ticket instead of its events.
    issued_epoch: Mapped[float | None] = mapped_column(Float)
    called_epoch: Mapped[float | None] = mapped_column(Float)
    serving_epoch: Mapped[float | None] = mapped_column(Float)
    finished_epoch: Mapped[float | None] = mapped_column(Float)
    finish_undone_epoch: Mapped[float | None] = mapped_column(Float)
    no_show_epoch: Mapped[float | None] = mapped_column(Float)
    no_show_undone_epoch: Mapped[float | None] = mapped_column(Float)


class QueueEvent(Base):
    """One immutable row per transition; statistics are derived from these alone."""

    __tablename__ = "queue_event"
    __table_args__ = (
        Index("ix_queue_event_location_at", "location_id", "at"),
        Index("ix_queue_event_ticket", "ticket_id"),
    )
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    ticket_id: Mapped[str] = mapped_column(ForeignKey("ticket.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    type: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    to_service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"))
    to_counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class CounterSession(Base):
    """A staff member working at a counter, from sign-in to sign-out."""

    __tablename__ = "counter_session"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # Set while the counter pauses: no calls, and it does not count for expected waits.
    paused_since: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # Refreshed by the running workstation; a stale session marks a counter whose PC died.
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class TransferNote(Base):
    """The note that travels with a transfer: free text kept outside the immutable event log,
    purged by the retention rule (default: end of its business day)."""

    __tablename__ = "transfer_note"
    __table_args__ = (Index("ix_transfer_note_ticket", "ticket_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("ticket.id"))
    from_counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    from_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    text: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime] = mapped_column(UtcDateTime())
    purge_after: Mapped[datetime] = mapped_column(UtcDateTime())


class Alarm(Base):
    """A public-aggression alarm raised at a counter, open until acknowledged."""

    __tablename__ = "alarm"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime())
    raised_by: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    # An alarm stays open until its raiser (or a supervisor) closes it; responses say who comes.
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))


class AlarmResponse(Base):
    """A colleague answering an alarm ("ik kom"), shown to the one who raised it."""

    __tablename__ = "alarm_response"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alarm_id: Mapped[int] = mapped_column(ForeignKey("alarm.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    responded_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AuditRecord(Base):
    """Append-only log of person lookups, shaped as Logius "Logboek Dataverwerkingen".

    The one place a BSN reaches the site database, and only sealed for the privacy officer
    (``data_subject_id``). Workstations insert; a trigger refuses UPDATE and DELETE.
    """

    __tablename__ = "audit_record"
    record_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    trace_id: Mapped[str] = mapped_column(String(32), index=True)
    span_id: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(80))
    start_time: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    end_time: Mapped[datetime] = mapped_column(UtcDateTime())
    status_code: Mapped[str] = mapped_column(String(10))
    processing_activity_id: Mapped[str] = mapped_column(String(300))
    data_subject_id: Mapped[str] = mapped_column(Text)
    data_subject_id_type: Mapped[str] = mapped_column(String(20))
    user: Mapped[str] = mapped_column(String(242))
    doelbinding: Mapped[str] = mapped_column(String(242))
    verwerking: Mapped[str] = mapped_column(String(242))
    workstation: Mapped[str] = mapped_column(String(100))


# -- anonymous service events: what the reports and the supervisor's view measure ---------------
# Codes, times and outcomes only: never a BSN, a name or an address (ADR 0022).


class ContactEvent(Base):
    """One question of a klantcontact (KCC desk), shipped here by the workstation's outbox."""

    __tablename__ = "contact_event"
    event_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(4))
    location_code: Mapped[str] = mapped_column(String(20))
    kanaal: Mapped[str] = mapped_column(String(20))
    uitkomst: Mapped[str] = mapped_column(String(40))
    first_time_right: Mapped[bool] = mapped_column(Boolean)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    ended_at: Mapped[datetime] = mapped_column(UtcDateTime())
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime())  # saved_at - ended_at: wrap-up
    ticket_id: Mapped[str | None] = mapped_column(String(36))
    workstation: Mapped[str] = mapped_column(String(100))


class CallbackEvent(Base):
    """A callback request (contactverzoek): made, and later done."""

    __tablename__ = "callback_event"
    __table_args__ = (
        # The callbacks still waiting, per location: a handful among a year's done ones (0012).
        Index("ix_callback_event_open", "location_code",
              postgresql_where=text("done_at IS NULL"), sqlite_where=text("done_at IS NULL")),
    )
    event_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(4))
    location_code: Mapped[str] = mapped_column(String(20))
    kanaal: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class DeliveryEvent(Base):
    """One product delivered: direct (called -> handed over) or pickup (ordered -> picked up)."""

    __tablename__ = "delivery_event"
    __table_args__ = (CheckConstraint("delivery IN ('direct', 'pickup')", name="delivery"),)
    event_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(4))
    location_code: Mapped[str] = mapped_column(String(20))
    product_uri: Mapped[str] = mapped_column(String(300))  # the UPL URI
    product_name: Mapped[str] = mapped_column(String(200))
    delivery: Mapped[str] = mapped_column(String(10))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    ticket_id: Mapped[str | None] = mapped_column(String(36))


class KtoMark(Base):
    """A visitor's anonymous mark (1-10) after a visit, optionally per aspect."""

    __tablename__ = "kto_mark"
    __table_args__ = (CheckConstraint("mark BETWEEN 1 AND 10", name="mark"),)
    mark_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(4))
    location_code: Mapped[str] = mapped_column(String(20))
    service_letter: Mapped[str | None] = mapped_column(String(1))
    counter_number: Mapped[int | None] = mapped_column(Integer)
    kanaal: Mapped[str] = mapped_column(String(20))
    given_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    mark: Mapped[int] = mapped_column(Integer)
    wachttijd: Mapped[int | None] = mapped_column(Integer)
    vriendelijkheid: Mapped[int | None] = mapped_column(Integer)
    deskundigheid: Mapped[int | None] = mapped_column(Integer)
    duidelijkheid: Mapped[int | None] = mapped_column(Integer)


# -- the product catalogue (site file [[product]], docs/decisions/0025) ------------------------


class Product(Base):
    """One municipality's product, by its UPL name and URI: one source for every channel."""

    __tablename__ = "product"
    __table_args__ = (
        UniqueConstraint("municipality_id", "code"),
        CheckConstraint("delivery IN ('direct', 'pickup')", name="delivery"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"))
    code: Mapped[str] = mapped_column(String(40))
    upl_name: Mapped[str] = mapped_column(String(200))
    upl_uri: Mapped[str] = mapped_column(String(300))
    title_nl: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    summary_nl: Mapped[str] = mapped_column(Text)
    summary_en: Mapped[str] = mapped_column(Text)
    delivery: Mapped[str] = mapped_column(String(10))
    working_days: Mapped[int] = mapped_column(Integer)
    zaaktype: Mapped[str] = mapped_column(String(1000))
    document: Mapped[str] = mapped_column(String(40))


class ProductChecklistItem(Base):
    __tablename__ = "product_checklist_item"
    __table_args__ = (UniqueConstraint("product_id", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    position: Mapped[int] = mapped_column(Integer)
    text_nl: Mapped[str] = mapped_column(String(300))
    text_en: Mapped[str] = mapped_column(String(300))
    condition: Mapped[str] = mapped_column(String(40))  # "always", "under_18", "not ..."


class ProductTariff(Base):
    """A product's fee (leges) from ``valid_from`` until the next tariff; in cents."""

    __tablename__ = "product_tariff"
    __table_args__ = (UniqueConstraint("product_id", "valid_from"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    valid_from: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    under_18_cents: Mapped[int | None] = mapped_column(Integer)


class ProductFeeOption(Base):
    """A surcharge of one tariff (spoed)."""

    __tablename__ = "product_fee_option"
    __table_args__ = (UniqueConstraint("tariff_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tariff_id: Mapped[int] = mapped_column(ForeignKey("product_tariff.id"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    name_nl: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    amount_cents: Mapped[int] = mapped_column(Integer)
    working_days: Mapped[int | None] = mapped_column(Integer)  # a pickup ready sooner


class WorkstationStatus(Base):
    """What a workstation last reported about its outbox, for the supervisor's view.

    One row per workstation, overwritten by each report: a heartbeat, not a history. Counts and
    a plain-Dutch error only: the error text comes from ``domain.outbox`` failures, which name a
    registry and a status, never a person.
    """

    __tablename__ = "workstation_status"
    workstation: Mapped[str] = mapped_column(String(100), primary_key=True)
    location_code: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(20))
    pending: Mapped[int] = mapped_column(Integer)
    parked: Mapped[int] = mapped_column(Integer)
    last_error: Mapped[str] = mapped_column(String(300), default="")
    reported_at: Mapped[datetime] = mapped_column(UtcDateTime())
