"""JSON for what the workstation store keeps: outbox payloads and cached customer files.

pydantic's TypeAdapter turns the frozen domain dataclasses into JSON and back exactly (dates,
datetimes, nested tuples), so an item's body is byte-for-byte the same on every attempt.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from workstation.domain.audit import ProcessingRecord
from workstation.domain.cases import NewZaak
from workstation.domain.contacts import NewCallbackRequest, NewKlantcontact
from workstation.domain.customer import CustomerFile
from workstation.domain.order import DeliveryEvent, Order
from workstation.domain.outbox import OutboxKind
from workstation.domain.service_events import CallbackEventRecord, ContactEventRecord

Payload = (NewZaak | NewKlantcontact | NewCallbackRequest | ProcessingRecord | DeliveryEvent
           | ContactEventRecord | CallbackEventRecord)

_ADAPTERS: dict[OutboxKind, TypeAdapter[Any]] = {
    OutboxKind.ZAAK: TypeAdapter(NewZaak),
    OutboxKind.KLANTCONTACT: TypeAdapter(NewKlantcontact),
    OutboxKind.CALLBACK: TypeAdapter(NewCallbackRequest),
    OutboxKind.AUDIT: TypeAdapter(ProcessingRecord),
    OutboxKind.DELIVERY_EVENT: TypeAdapter(DeliveryEvent),
    OutboxKind.CONTACT_EVENT: TypeAdapter(ContactEventRecord),
    OutboxKind.CALLBACK_EVENT: TypeAdapter(CallbackEventRecord),
}
_CUSTOMER = TypeAdapter(CustomerFile)
_ORDER = TypeAdapter(Order)


def kind_of(payload: Payload) -> OutboxKind:
    if isinstance(payload, NewZaak):
        return OutboxKind.ZAAK
    if isinstance(payload, NewKlantcontact):
        return OutboxKind.KLANTCONTACT
    if isinstance(payload, NewCallbackRequest):
        return OutboxKind.CALLBACK
    if isinstance(payload, DeliveryEvent):
        return OutboxKind.DELIVERY_EVENT
    if isinstance(payload, ContactEventRecord):
        return OutboxKind.CONTACT_EVENT
    if isinstance(payload, CallbackEventRecord):
        return OutboxKind.CALLBACK_EVENT
    return OutboxKind.AUDIT


def natural_key(payload: Payload) -> str:
    if isinstance(payload, NewZaak):
        return f"zaak:{payload.bronorganisatie}:{payload.identificatie}"
    if isinstance(payload, NewKlantcontact):
        return f"klantcontact:{payload.referentienummer}"
    if isinstance(payload, NewCallbackRequest):
        return f"internetaak:{payload.referentienummer}"
    if isinstance(payload, DeliveryEvent):
        # A pickup's event is sent twice: when ordered and when picked up.
        return f"delivery:{payload.event_id}:{'done' if payload.finished_at else 'open'}"
    if isinstance(payload, ContactEventRecord):
        return f"event:{payload.event_id}"
    if isinstance(payload, CallbackEventRecord):  # made, and later done: two items
        return f"event:{'done:' if payload.done_at else ''}{payload.event_id}"
    return f"audit:{payload.record_id}"


def dump_payload(payload: Payload) -> str:
    return _ADAPTERS[kind_of(payload)].dump_json(payload).decode("utf-8")


def load_payload(kind: OutboxKind, text: str) -> Payload:
    loaded: Payload = _ADAPTERS[kind].validate_json(text)
    return loaded


def dump_customer(file: CustomerFile) -> str:
    return _CUSTOMER.dump_json(file).decode("utf-8")


def load_customer(text: str) -> CustomerFile:
    loaded: CustomerFile = _CUSTOMER.validate_json(text)
    return loaded


def dump_order(order: Order) -> str:
    return _ORDER.dump_json(order).decode("utf-8")


def load_order(text: str) -> Order:
    loaded: Order = _ORDER.validate_json(text)
    return loaded
