"""Audit records reach the site database once, and stay there unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.integration.outbox.samples import AT
from workstation.domain.audit import ProcessingRecord
from workstation.store.database import SiteDatabase
from workstation.store.migrate import upgrade
from workstation.store.site_audit import SiteAuditLog


def record(record_id: str, minutes: int = 0) -> ProcessingRecord:
    return ProcessingRecord(
        record_id=record_id, trace_id="ab" * 16, span_id="cd" * 8,
        name="RaadpleegMetBurgerservicenummer", start_time=AT + timedelta(minutes=minutes),
        end_time=AT + timedelta(minutes=minutes, seconds=1), status_code="OK",
        processing_activity_id="urn:loket:verwerkingsactiviteit:klantcontact",
        data_subject_id="v1.sealed", data_subject_id_type="BSN", user="medewerker7",
        doelbinding="BRPACT-AlgemeneTaken", verwerking="Algemeen@KCC", workstation="ws7")


@pytest.fixture
def site(site_url: str) -> Iterator[SiteDatabase]:
    database = SiteDatabase(site_url)
    upgrade(database)
    yield database
    database.dispose()


def test_a_resent_record_is_stored_once(site: SiteDatabase) -> None:
    log = SiteAuditLog(site)
    assert log.append(record("1" * 32)) == log.append(record("1" * 32))
    log.append(record("2" * 32, minutes=5))
    assert list(log.between(AT, AT + timedelta(minutes=1))) == [record("1" * 32)]
    assert len(list(log.between(AT, AT + timedelta(hours=1)))) == 2


@pytest.mark.parametrize("statement", [
    "UPDATE audit_record SET \"user\" = 'someone else'",
    "DELETE FROM audit_record",
])
def test_the_audit_table_is_append_only(site: SiteDatabase, statement: str) -> None:
    SiteAuditLog(site).append(record("3" * 32))
    with pytest.raises(DBAPIError, match="append-only"), site.engine.begin() as connection:
        connection.execute(text(statement))
