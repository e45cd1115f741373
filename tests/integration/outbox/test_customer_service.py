"""Identification fetches BRP, zaken and history at once, caches the day, and audits first."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date
from importlib import resources

import pytest
from sqlalchemy import select

from tests.integration.outbox.conftest import Clock
from tests.integration.outbox.samples import AT, BSN, OTHER_BSN
from workstation.domain.audit import ProcessingRecord, unseal
from workstation.domain.cases import ZaakSummary
from workstation.domain.contacts import ContactSummary
from workstation.domain.outbox import OutboxKind
from workstation.domain.person import (
    ByBsn,
    ByNameAndBirthDate,
    LookupPurpose,
    Person,
    PersonName,
    PersonQuery,
)
from workstation.services.audit_port import AuditedOperation, AuditEvent
from workstation.services.audit_trail import AuditConfig, LocalAuditTrail
from workstation.services.customer_service import CustomerService, PersonNotFound
from workstation.store.local.codec import load_payload
from workstation.store.local.models import LookupCacheRow
from workstation.store.local.outbox_store import WorkstationStore

PURPOSE = LookupPurpose("BRPACT-AlgemeneTaken", "Algemeen@KCC", "medewerker7")
PERSON = Person(BSN, PersonName("Suzanne", "Moulin"), date(1985, 12, 1), test_data=True)
ZAAK = ZaakSummary("http://zaken/1", "Z1", "002220647", "Paspoort", "Paspoort", date(2026, 1, 5))
CONTACT = ContactSummary("http://ok/1", "0100000001", "balie", "Paspoort", "...", AT, True)
DEMO_KEYS = resources.files("resources.demo.audit")


def _key(name: str) -> str:
    return (DEMO_KEYS / f"demo_privacy_officer_{name}.pem").read_text(encoding="utf-8")


class Registries:
    """All three ports; every call waits at a barrier for the other two, so a service that
    asked them one after another would break the barrier instead of passing."""

    def __init__(self, parties: int = 3) -> None:
        self.barrier = threading.Barrier(parties, timeout=10)
        self.calls = 0
        self.persons: tuple[Person, ...] = (PERSON,)

    def _meet(self) -> None:
        self.calls += 1
        self.barrier.wait()

    def find(self, query: PersonQuery, purpose: LookupPurpose) -> tuple[Person, ...]:
        self._meet()
        if isinstance(query, ByBsn):
            return tuple(dataclasses.replace(p, bsn=query.bsn) for p in self.persons)
        return self.persons

    def zaken_for(self, bsn: str) -> tuple[ZaakSummary, ...]:
        self._meet()
        return (ZAAK,)

    def history_for(self, bsn: str) -> tuple[ContactSummary, ...]:
        self._meet()
        return (CONTACT,)

    def create_zaak(self, zaak: object) -> object:
        raise AssertionError("not used")

    record_contact = request_callback = create_zaak


@pytest.fixture
def config() -> AuditConfig:
    return AuditConfig(_key("public"), "urn:loket:verwerkingsactiviteit:klantcontact", "ws7")


def _service(store: WorkstationStore, registries: Registries, config: AuditConfig,
             clock: Clock) -> CustomerService:
    return CustomerService(registries, registries, registries, store, config,  # type: ignore[arg-type]
                           clock=clock)


def _audit(store: WorkstationStore) -> list[ProcessingRecord]:
    records = []
    for item in store.outbox_items():
        if item.kind is OutboxKind.AUDIT:
            record = load_payload(item.kind, item.payload)
            assert isinstance(record, ProcessingRecord)
            records.append(record)
    return records


def test_cold_lookup_asks_the_three_registries_in_parallel_and_audits(
        store: WorkstationStore, config: AuditConfig, clock: Clock) -> None:
    registries = Registries()
    file = _service(store, registries, config, clock).open_customer(BSN, PURPOSE)
    assert (file.person, file.zaken, file.history, file.from_cache) == (
        PERSON, (ZAAK,), (CONTACT,), False)
    records = _audit(store)
    assert [r.name for r in records] == ["RaadpleegMetBurgerservicenummer",
                                         "RaadpleegContacthistorie"]
    assert len({r.trace_id for r in records}) == 1
    assert all(r.user == "medewerker7" and r.doelbinding == "BRPACT-AlgemeneTaken"
               for r in records)
    assert all(BSN not in r.data_subject_id for r in records)
    assert unseal(_key("private"), records[0].data_subject_id) == BSN


def test_warm_lookup_comes_from_todays_cache_and_is_audited_again(
        store: WorkstationStore, config: AuditConfig, clock: Clock) -> None:
    registries = Registries()
    service = _service(store, registries, config, clock)
    service.open_customer(BSN, PURPOSE)
    again = service.open_customer(BSN, PURPOSE)
    assert again.from_cache and again.person == PERSON and again.history == (CONTACT,)
    assert registries.calls == 3
    assert len(_audit(store)) == 4


def test_the_cache_is_for_today_only_and_purged_on_request(
        store: WorkstationStore, config: AuditConfig, clock: Clock) -> None:
    registries = Registries()
    service = _service(store, registries, config, clock)
    service.open_customer(BSN, PURPOSE)
    service.open_customer(OTHER_BSN, PURPOSE)
    clock.advance(24 * 3600)
    assert not service.open_customer(BSN, PURPOSE).from_cache
    with store.database.session() as session:  # yesterday's entries are gone from the disk
        assert session.scalars(select(LookupCacheRow.bsn)).all() == [BSN]
    assert service.forget_today() == 1
    assert not service.open_customer(BSN, PURPOSE).from_cache
    assert registries.calls == 12


def test_unknown_bsn_is_a_plain_error_and_nothing_is_cached(
        store: WorkstationStore, config: AuditConfig, clock: Clock) -> None:
    registries = Registries()
    registries.persons = ()
    with pytest.raises(PersonNotFound):
        _service(store, registries, config, clock).open_customer(BSN, PURPOSE)
    with store.unit_of_work() as uow:
        assert uow.cached_customer(BSN, clock().date()) is None


def test_a_search_records_whom_it_found_but_not_the_search_terms(
        store: WorkstationStore, config: AuditConfig, clock: Clock) -> None:
    registries = Registries(parties=1)
    query = ByNameAndBirthDate("Moulin", date(1985, 12, 1))
    assert _service(store, registries, config, clock).search(query, PURPOSE) == (PERSON,)
    [record] = _audit(store)
    assert record.name == "ZoekMetGeslachtsnaamEnGeboortedatum"
    assert "Moulin" not in store.outbox_items()[0].payload
    assert unseal(_key("private"), record.data_subject_id) == BSN


def test_the_audit_trail_port_commits_one_sealed_record_per_subject(
        store: WorkstationStore, config: AuditConfig, clock: Clock) -> None:
    trail = LocalAuditTrail(store, config, clock=clock)
    trail.record(AuditEvent(AuditedOperation.PERSON_BY_POSTCODE_AND_NUMBER, PURPOSE,
                            (BSN, "999993847"), AT, AT))
    trail.record(AuditEvent(AuditedOperation.PERSON_BY_POSTCODE_AND_NUMBER, PURPOSE, (), AT, AT))
    records = _audit(store)
    assert [unseal(_key("private"), r.data_subject_id) for r in records[:2]] == [
        BSN, "999993847"]
    assert records[2].data_subject_id == ""
    assert records[0].data_subject_id != records[1].data_subject_id


def test_start_up_forgets_what_an_earlier_day_left_and_keeps_today(
        store: WorkstationStore, config: AuditConfig, clock: Clock) -> None:
    service = _service(store, Registries(), config, clock)
    service.open_customer(BSN, PURPOSE)
    assert service.forget_earlier_days() == 0  # today's lookup stays
    clock.advance(24 * 3600)  # switched off while signed in; started again the next day

    assert service.forget_earlier_days() == 1
    with store.database.session() as session:
        assert session.scalars(select(LookupCacheRow.bsn)).all() == []


def test_an_identifications_records_share_one_seal_and_the_next_one_seals_anew(
        store: WorkstationStore, config: AuditConfig, clock: Clock) -> None:
    service = _service(store, Registries(), config, clock)
    service.open_customer(BSN, PURPOSE)
    service.open_customer(BSN, PURPOSE)  # warm: one RSA wrap for its two records, not two

    first, second, third, fourth = (r.data_subject_id for r in _audit(store))
    assert first == second and third == fourth
    assert first != third  # two lookups of the same person cannot be linked without the key
    assert unseal(_key("private"), third) == BSN
