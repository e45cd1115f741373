"""Identify a customer: BRP data, zaken and contact history, fetched in parallel, audited.

Cold (first time today on this workstation): the three registries are asked at once, so the
desk waits for the slowest, not for the sum. Warm: today's cache in the workstation store.
Either way the audit records are committed in the same transaction as the cache read or
write, before anything is returned: no lookup reaches a screen unrecorded. What this
workstation recorded about the person and the registries do not show yet (the outbox) is
added, marked ``pending`` (services/recorded_history.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import UTC, date, datetime

from workstation.domain.cases import ZaakSummary
from workstation.domain.contacts import ContactSummary
from workstation.domain.customer import CustomerFile
from workstation.domain.errors import UserFacingError
from workstation.domain.person import ByBsn, LookupPurpose, Person, PersonQuery
from workstation.services.audit_port import AuditedOperation, AuditEvent
from workstation.services.audit_trail import AuditConfig, add_records
from workstation.services.local_ports import LocalStore
from workstation.services.recorded_history import Recorded, with_recorded
from workstation.services.registry_ports import CaseRegistry, ContactRegistry, PersonDirectory

_OPERATION = {
    "RaadpleegMetBurgerservicenummer": AuditedOperation.PERSON_BY_BSN,
    "ZoekMetGeslachtsnaamEnGeboortedatum": AuditedOperation.PERSON_BY_NAME_AND_BIRTH_DATE,
    "ZoekMetPostcodeEnHuisnummer": AuditedOperation.PERSON_BY_POSTCODE_AND_NUMBER,
}


class PersonNotFound(UserFacingError):
    """No person in the BRP with this BSN."""


class CustomerService:
    def __init__(
        self, directory: PersonDirectory, cases: CaseRegistry, contacts: ContactRegistry,
        store: LocalStore, audit: AuditConfig, *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        executor: Executor | None = None,
    ) -> None:
        self._directory = directory
        self._cases = cases
        self._contacts = contacts
        self._store = store
        self._audit = audit
        self._clock = clock
        self._executor = executor or ThreadPoolExecutor(6, thread_name_prefix="loket-lookup")

    def search(self, query: PersonQuery, purpose: LookupPurpose) -> tuple[Person, ...]:
        """Persons matching ``query`` (audited: who, why, which query type, whom it found)."""
        started = self._clock()
        persons = self._directory.find(query, purpose)
        event = AuditEvent(_OPERATION[query.type.value], purpose,
                           tuple(p.bsn for p in persons), started, self._clock())
        with self._store.unit_of_work() as uow:
            add_records(uow, (event,), self._audit, self._clock())
            uow.commit()
        return persons

    def open_customer(self, bsn: str, purpose: LookupPurpose) -> CustomerFile:
        """The person, their zaken and contact history (from today's cache when there)."""
        started = self._clock()
        today = self._today()
        with self._store.unit_of_work() as uow:
            cached = uow.cached_customer(bsn, today)
            if cached is not None:
                recorded = uow.recorded_for(bsn, cached.fetched_at)
                add_records(uow, self._events(bsn, purpose, started), self._audit, self._clock())
                uow.commit()
                return _with_recorded(dataclasses.replace(cached, from_cache=True), recorded)
        file = self._fetch(bsn, purpose, started)
        with self._store.unit_of_work() as uow:
            recorded = uow.recorded_for(bsn, started)
            add_records(uow, self._events(bsn, purpose, started), self._audit, self._clock())
            uow.cache_customer(file, today, self._clock())  # as the registries answered
            uow.commit()
        return _with_recorded(file, recorded)

    def history(
        self, bsn: str, purpose: LookupPurpose
    ) -> tuple[tuple[ZaakSummary, ...], tuple[ContactSummary, ...]]:
        """Zaken and contact history only (no BRP), fetched in parallel and audited."""
        started = self._clock()
        zaken = self._executor.submit(self._cases.zaken_for, bsn)
        history = self._executor.submit(self._contacts.history_for, bsn)
        found = zaken.result(), history.result()
        event = AuditEvent(AuditedOperation.HISTORY_OPENED, purpose, (bsn,), started,
                           self._clock())
        with self._store.unit_of_work() as uow:
            recorded = uow.recorded_for(bsn, started)
            add_records(uow, (event,), self._audit, self._clock())
            uow.commit()
        return with_recorded(*found, recorded)

    def forget_today(self) -> int:
        """Purge the lookup cache (at sign-out and at day close); how many persons."""
        return forget_lookups(self._store)

    def forget_earlier_days(self) -> int:
        """Purge what is left of earlier days (at start-up: the workstation may have been
        switched off before anyone signed out); today's lookups stay."""
        return forget_lookups(self._store, keep_day=self._today())

    def _fetch(self, bsn: str, purpose: LookupPurpose, started: datetime) -> CustomerFile:
        """What the registries hold; ``fetched_at`` is when the asking began (what was
        delivered after that may be missing from their answers)."""
        persons = self._executor.submit(self._directory.find, ByBsn(bsn), purpose)
        zaken = self._executor.submit(self._cases.zaken_for, bsn)
        history = self._executor.submit(self._contacts.history_for, bsn)
        found = persons.result()
        if not found:
            zaken.cancel()
            history.cancel()
            raise PersonNotFound(
                "Er is geen persoon gevonden met dit BSN.",
                "Controleer het nummer, of zoek op naam en geboortedatum.",
                detail="BRP returned no person for the BSN",
            )
        return CustomerFile(person=found[0], zaken=zaken.result(), history=history.result(),
                            fetched_at=started)

    def _events(self, bsn: str, purpose: LookupPurpose, started: datetime) -> list[AuditEvent]:
        ended = self._clock()
        return [
            AuditEvent(AuditedOperation.PERSON_BY_BSN, purpose, (bsn,), started, ended),
            AuditEvent(AuditedOperation.HISTORY_OPENED, purpose, (bsn,), started, ended),
        ]

    def _today(self) -> date:
        return self._clock().astimezone().date()


def forget_lookups(store: LocalStore, keep_day: date | None = None) -> int:
    """Purge the workstation's lookup cache (but ``keep_day``'s); how many persons. Also for
    ``queue close-day``, which needs no registries to do it."""
    with store.unit_of_work() as uow:
        removed = uow.purge_cache(keep_day)
        uow.commit()
    return removed


def _with_recorded(file: CustomerFile, recorded: Recorded) -> CustomerFile:
    zaken, history = with_recorded(file.zaken, file.history, recorded)
    return dataclasses.replace(file, zaken=zaken, history=history)
