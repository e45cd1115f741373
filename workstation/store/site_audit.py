"""The site database's append-only audit log: where the relay ships lookup records, and
what ``audit export`` reads for the privacy officer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError, OperationalError

from workstation.domain.audit import ProcessingRecord
from workstation.domain.registry_errors import RegistryUnavailable
from workstation.store.database import SiteDatabase
from workstation.store.models import AuditRecord


class SiteAuditLog:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    def append(self, record: ProcessingRecord) -> str:
        """Insert the record; a record already there (a re-sent item) is left as it is."""
        try:
            with self._database.writer_turn(), self._database.engine.begin() as connection:
                exists = connection.execute(
                    select(AuditRecord.record_id).where(AuditRecord.record_id == record.record_id)
                ).first()
                if exists is None:
                    connection.execute(insert(AuditRecord).values(**asdict(record)))
        except IntegrityError:
            pass  # inserted by a concurrent attempt of the same item: delivered
        except OperationalError as exc:
            raise RegistryUnavailable(
                "De sitedatabase is niet bereikbaar voor de protocollering.",
                "Loket probeert het later opnieuw.",
                detail=f"audit_record insert failed: {exc.orig!r}",
            ) from exc
        return f"audit:{record.record_id}"

    def between(self, start: datetime, end: datetime) -> Iterator[ProcessingRecord]:
        """Records whose start_time lies in [start, end), oldest first."""
        query = (
            select(AuditRecord)
            .where(AuditRecord.start_time >= start, AuditRecord.start_time < end)
            .order_by(AuditRecord.start_time, AuditRecord.record_id)
        )
        with self._database.read_engine.connect() as connection:
            for row in connection.execute(query).mappings():
                yield ProcessingRecord(**{key: row[key] for key in _FIELDS})


_FIELDS = tuple(ProcessingRecord.__dataclass_fields__)
