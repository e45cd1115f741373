"""The audit trail on the workstation store: lookups become sealed LDV records, committed
with their outbox items (stream ``audit``) in the caller's transaction or in one of their own.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from workstation.domain.audit import DATA_SUBJECT_ID_TYPE, ProcessingRecord, seal
from workstation.domain.outbox import AUDIT_STREAM
from workstation.services.audit_port import AuditEvent
from workstation.services.local_ports import LocalStore, LocalUnitOfWork

MAX_ATTRIBUTE = 242  # gemma-verwerkingenlogging column width, also used for gateway headers


@dataclass(frozen=True, slots=True)
class AuditConfig:
    public_key_pem: str
    processing_activity: str
    workstation: str


def records_for(events: Iterable[AuditEvent], config: AuditConfig) -> list[ProcessingRecord]:
    """One record per event and subject; all records of one call share a trace id, and so
    (being linked already) one seal per subject: an identification's two records cost one
    RSA wrap, not two (the desk waits for them)."""
    trace_id = secrets.token_hex(16)
    sealed: dict[str, str] = {}
    records = []
    for event in events:
        for bsn in event.subject_bsns or ("",):
            if bsn and bsn not in sealed:
                sealed[bsn] = seal(config.public_key_pem, bsn)
            records.append(ProcessingRecord(
                record_id=uuid.uuid4().hex, trace_id=trace_id, span_id=secrets.token_hex(8),
                name=event.operation.value, start_time=event.started_at,
                end_time=event.ended_at, status_code="OK" if event.succeeded else "ERROR",
                processing_activity_id=config.processing_activity,
                data_subject_id=sealed.get(bsn, ""),
                data_subject_id_type=DATA_SUBJECT_ID_TYPE,
                user=event.purpose.gebruiker[:MAX_ATTRIBUTE],
                doelbinding=event.purpose.doelbinding[:MAX_ATTRIBUTE],
                verwerking=event.purpose.verwerking[:MAX_ATTRIBUTE],
                workstation=config.workstation[:100],
            ))
    return records


def add_records(
    uow: LocalUnitOfWork, events: Iterable[AuditEvent], config: AuditConfig, now: datetime
) -> None:
    for record in records_for(events, config):
        uow.add_outbox_item(AUDIT_STREAM, record, now)


class LocalAuditTrail:
    """``AuditTrail`` for callers without a transaction of their own (e.g. CustomerLookup)."""

    def __init__(
        self, store: LocalStore, config: AuditConfig, *,
        notify: Callable[[], None] = lambda: None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._config = config
        self._notify = notify
        self._clock = clock

    def record(self, event: AuditEvent) -> None:
        with self._store.unit_of_work() as uow:
            add_records(uow, (event,), self._config, self._clock())
            uow.commit()
        self._notify()
