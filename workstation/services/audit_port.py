"""The audit trail (protocollering) port: every person lookup and every opened history.

Callers (the customer lookup, the history view) describe WHAT happened in an ``AuditEvent``;
the implementation seals the BSNs for the privacy officer (a workstation cannot read them back),
commits the record durably in the workstation store and ships it through the outbox to the
site database's append-only ``audit_record`` table, in the shape of the Logius standard
"Logboek Dataverwerkingen" (one record per data subject, sharing a trace id).

Rule for callers: record BEFORE showing the result. ``record`` returns only once the record is
committed; if it raises, the lookup's result must not reach the screen.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from workstation.domain.person import LookupPurpose


class AuditedOperation(enum.StrEnum):
    """The ``name`` of a processing record; the BRP query types keep their API names."""

    PERSON_BY_BSN = "RaadpleegMetBurgerservicenummer"
    PERSON_BY_NAME_AND_BIRTH_DATE = "ZoekMetGeslachtsnaamEnGeboortedatum"
    PERSON_BY_POSTCODE_AND_NUMBER = "ZoekMetPostcodeEnHuisnummer"
    HISTORY_OPENED = "RaadpleegContacthistorie"


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One lookup as it happened.

    ``subject_bsns``: the persons the lookup returned or whose history was opened (empty when
    a search found nobody: the record still says who searched, when and why). The search terms
    themselves (a name, a postcode) are never recorded.
    """

    operation: AuditedOperation
    purpose: LookupPurpose
    subject_bsns: tuple[str, ...]
    started_at: datetime  # timezone-aware
    ended_at: datetime  # timezone-aware
    succeeded: bool = True


class AuditTrail(Protocol):
    def record(self, event: AuditEvent) -> None:
        """Seal and durably commit the event's records (one per subject) with their outbox
        items; raise a UserFacingError when that is impossible (then show nothing)."""
        ...
