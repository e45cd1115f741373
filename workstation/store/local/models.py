"""Schema of the workstation store. It may hold personal data (cached persons, contacts), so
the file is readable by the account that runs Loket only; nothing here goes to a log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from workstation.store.models import NAMING, UtcDateTime


class LocalBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class KeySequence(LocalBase):
    """Counters for the natural keys this workstation mints offline."""

    __tablename__ = "sequence"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class OutboxRow(LocalBase):
    __tablename__ = "outbox_item"
    __table_args__ = (
        Index("ix_outbox_item_state_stream", "state", "stream", "id"),
        Index("ix_outbox_item_stream", "stream", "id"),  # a person's recent writes
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    stream: Mapped[str] = mapped_column(String(64))
    natural_key: Mapped[str] = mapped_column(String(64), unique=True)
    payload: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_error: Mapped[str] = mapped_column(Text, default="")
    result_url: Mapped[str] = mapped_column(String(1000), default="")
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class LookupCacheRow(LocalBase):
    """What this workstation looked up today (person, zaken, history), per BSN; purged at
    sign-out and at day close, and never served on another day."""

    __tablename__ = "lookup_cache"
    bsn: Mapped[str] = mapped_column(String(9), primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    payload: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[datetime] = mapped_column(UtcDateTime())


class EmbeddedZaaktypeRow(LocalBase):
    """Reference data of the embedded case registry: the zaaktypen and their statustypen."""

    __tablename__ = "embedded_zaaktype"
    identificatie: Mapped[str] = mapped_column(String(50), primary_key=True)
    omschrijving: Mapped[str] = mapped_column(String(80))
    statustypen_json: Mapped[str] = mapped_column(Text)  # omschrijvingen, in order


class EmbeddedZaakRow(LocalBase):
    """The embedded case registry (no central store configured)."""

    __tablename__ = "embedded_zaak"
    identificatie: Mapped[str] = mapped_column(String(40), primary_key=True)
    bronorganisatie: Mapped[str] = mapped_column(String(9), primary_key=True)
    initiator_bsn: Mapped[str | None] = mapped_column(String(9), index=True, nullable=True)
    zaaktype: Mapped[str] = mapped_column(String(1000))
    omschrijving: Mapped[str] = mapped_column(String(80))
    toelichting: Mapped[str] = mapped_column(Text, default="")
    startdatum: Mapped[date] = mapped_column(Date)
    status_omschrijving: Mapped[str] = mapped_column(String(80))
    status_gezet_op: Mapped[datetime] = mapped_column(UtcDateTime())
    einddatum: Mapped[date | None] = mapped_column(Date, nullable=True)


class EmbeddedKlantcontactRow(LocalBase):
    __tablename__ = "embedded_klantcontact"
    referentienummer: Mapped[str] = mapped_column(String(10), primary_key=True)
    bsn: Mapped[str | None] = mapped_column(String(9), index=True, nullable=True)
    kanaal: Mapped[str] = mapped_column(String(50))
    onderwerp: Mapped[str] = mapped_column(String(200))
    inhoud: Mapped[str] = mapped_column(Text)
    plaatsgevonden_op: Mapped[datetime] = mapped_column(UtcDateTime())
    indicatie_contact_gelukt: Mapped[bool] = mapped_column(Boolean)
    zaak_url: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    metadata_json: Mapped[str] = mapped_column(Text, default="{}")


class EmbeddedCallbackRow(LocalBase):
    __tablename__ = "embedded_callback"
    referentienummer: Mapped[str] = mapped_column(String(10), primary_key=True)
    klantcontact_referentienummer: Mapped[str] = mapped_column(String(10), index=True)
    status: Mapped[str] = mapped_column(String(20))
    toelichting: Mapped[str] = mapped_column(Text)
    actoren_json: Mapped[str] = mapped_column(Text)
    telefoonnummers_json: Mapped[str] = mapped_column(Text, default="[]")
    emailadres: Mapped[str] = mapped_column(String(254), default="")
    gevraagde_handeling: Mapped[str] = mapped_column(String(200))
    afgehandeld_op: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class ProductOrderRow(LocalBase):
    """A committed order at the counter (services/order_service.py): the whole order as JSON,
    with the columns the pickup and the cash summary search on. Holds the BSN of who ordered,
    so it stays in the workstation store (never the site database)."""

    __tablename__ = "product_order"
    __table_args__ = (Index("ix_product_order_counter_day", "location_code", "counter_number",
                            "business_day"),)
    number: Mapped[str] = mapped_column(String(30), primary_key=True)
    bsn: Mapped[str | None] = mapped_column(String(9), index=True, nullable=True)
    location_code: Mapped[str] = mapped_column(String(20))
    counter_number: Mapped[int] = mapped_column(Integer)
    business_day: Mapped[date] = mapped_column(Date)
    awaiting_pickup: Mapped[bool] = mapped_column(Boolean)
    committed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    payload: Mapped[str] = mapped_column(Text)
