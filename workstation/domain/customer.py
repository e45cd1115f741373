"""Everything a desk shows about one person: BRP data, zaken and contact history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workstation.domain.cases import ZaakSummary
from workstation.domain.contacts import ContactSummary
from workstation.domain.person import Person


@dataclass(frozen=True, slots=True)
class CustomerFile:
    person: Person
    zaken: tuple[ZaakSummary, ...]
    history: tuple[ContactSummary, ...]
    fetched_at: datetime
    from_cache: bool = False


@dataclass(frozen=True, slots=True)
class Backlog:
    """What the sync still has to deliver, for the status bar and ``sync status``."""

    pending: int
    parked: int
    last_error: str = ""  # plain Dutch, as the registry's failure said it
