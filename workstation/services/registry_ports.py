"""The ports of the KCC half: person directory (BRP), case registry (Zaken), contact registry
(Klantinteracties). ``workstation.sync`` holds the HTTP adapters, the workstation store the
embedded ones (DESIGN.md §2: with no central store configured, the workstation is the record).

Writes are idempotent by their natural key: calling ``create_zaak`` or ``record_contact`` again
with the same ``identificatie`` / ``referentienummer`` returns the existing object's reference
(the adapter adopts it on a duplicate-key answer) instead of creating a second one. That is what
lets the outbox retry a timeout blindly and still deliver exactly once.

Failures: ``RegistryUnavailable`` (timeout, connection, 5xx: retry later with the same body) and
``RegistryRejected`` (a 4xx that is not a duplicate: park the item with its reason); both are
UserFacingErrors with a plain-Dutch message.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from workstation.domain.cases import NewZaak, ZaakRef, ZaakSummary
from workstation.domain.contacts import (
    Actor,
    CallbackRef,
    ContactSummary,
    KlantcontactRef,
    NewCallbackRequest,
    NewKlantcontact,
    TeamCallback,
)
from workstation.domain.person import LookupPurpose, Person, PersonQuery
from workstation.domain.registry_errors import RegistryRejected, RegistryUnavailable

__all__ = [
    "CaseRegistry",
    "ContactRegistry",
    "PersonDirectory",
    "RegistryRejected",
    "RegistryUnavailable",
]


class PersonDirectory(Protocol):
    def find(self, query: PersonQuery, purpose: LookupPurpose) -> tuple[Person, ...]:
        """Persons matching the query (at most one for a BSN); empty when none match."""
        ...


class CaseRegistry(Protocol):
    def zaken_for(self, bsn: str) -> tuple[ZaakSummary, ...]:
        """The zaken in which this person is initiator, newest first, with current status."""
        ...

    def create_zaak(self, zaak: NewZaak) -> ZaakRef:
        """Register the zaak with its rol and status; idempotent by identificatie."""
        ...


class ContactRegistry(Protocol):
    def history_for(self, bsn: str) -> tuple[ContactSummary, ...]:
        """The person's klantcontacten with their callbacks and zaken, newest first."""
        ...

    def record_contact(self, contact: NewKlantcontact) -> KlantcontactRef:
        """Find or create the partij, then maak-klantcontact; idempotent by referentienummer."""
        ...

    def request_callback(self, callback: NewCallbackRequest) -> CallbackRef:
        """Find or create the actoren, then the internetaak (and digitale adressen);
        idempotent by the internetaak's referentienummer."""
        ...

    def open_callbacks(self, actoren: Sequence[Actor]) -> tuple[TeamCallback, ...]:
        """The callback requests still to do (status te_verwerken) assigned to any of these
        actoren (matched by identificator and objecttype), oldest first, each once."""
        ...

    def complete_callback(self, url: str) -> datetime:
        """Mark the callback request done (status verwerkt); when it was done. Idempotent:
        completing it again changes nothing and answers the first time."""
        ...
