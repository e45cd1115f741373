"""Zaken (cases) as the ZGW Zaken API 1.5 describes them, in the shapes Loket needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class ZaakSummary:
    """One zaak in a person's history: what it is and where it stands now."""

    url: str  # the registry's URL; the embedded registry uses "loket:zaak/<identificatie>"
    identificatie: str
    bronorganisatie: str
    omschrijving: str
    zaaktype_omschrijving: str
    startdatum: date
    status_omschrijving: str = ""
    status_gezet_op: datetime | None = None
    einddatum: date | None = None
    # Recorded on this workstation and still in its outbox: the screen says "nog niet
    # verzonden" (the url is then the outbox placeholder, the zaaktype's name unknown).
    pending: bool = False


@dataclass(frozen=True, slots=True)
class NewZaak:
    """A zaak to register, with its natural key minted offline (``identificatie``).

    The initiator is a natuurlijk persoon by BSN (rol), the status the zaaktype's statustype
    with ``status_omschrijving`` (e.g. "Ontvangen", "Afgehandeld").
    """

    identificatie: str
    bronorganisatie: str  # RSIN, passes the 11-proef
    zaaktype: str  # the zaaktype's URL (or its identificatie for the embedded registry)
    omschrijving: str
    startdatum: date
    initiator_bsn: str | None
    status_omschrijving: str
    status_gezet_op: datetime
    toelichting: str = ""


@dataclass(frozen=True, slots=True)
class ZaakRef:
    url: str
    identificatie: str
