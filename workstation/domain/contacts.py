"""Klantcontacten and callback requests as Klantinteracties (Open Klant 2) describes them.

One klantcontact per question (vraag). Natural keys are minted offline: a klantcontact's and
an internetaak's ``referentienummer`` (at most 10 digits, unique in the registry) — the only
way to deliver exactly once to APIs that have no idempotency keys (docs/decisions, sync ADR).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class Kanaal(enum.StrEnum):
    BALIE = "balie"
    TELEFOON = "telefoon"
    EMAIL = "e-mail"
    CONTACTFORMULIER = "contactformulier"


@dataclass(frozen=True, slots=True)
class NewKlantcontact:
    referentienummer: str  # digits only, at most 10
    kanaal: str
    onderwerp: str  # at most 200
    inhoud: str  # at most 1000
    plaatsgevonden_op: datetime
    indicatie_contact_gelukt: bool = True
    bsn: str | None = None  # the betrokkene's partij, found or created by BSN; None: anonymous
    zaak_url: str | None = None  # onderwerpobject
    # string -> string, each value at most 255: afhandeling, afdeling, first time right, ...
    metadata: dict[str, str] = field(default_factory=dict)
    taal: str = "nld"
    vertrouwelijk: bool = False


@dataclass(frozen=True, slots=True)
class KlantcontactRef:
    url: str
    referentienummer: str


@dataclass(frozen=True, slots=True)
class Actor:
    """Who a callback request is for: an afdeling, a groep or a medewerker."""

    naam: str
    soort: str  # "organisatorische_eenheid" | "medewerker"
    identificator: str  # objectId, e.g. "burgerzaken" or a staff e-mail address
    code_objecttype: str = "afd"  # "afd" | "grp" | "mdw"


@dataclass(frozen=True, slots=True)
class NewCallbackRequest:
    """A terugbelverzoek: an internetaak "contact opnemen" on an existing klantcontact."""

    referentienummer: str  # the internetaak's, digits only, at most 10
    klantcontact_referentienummer: str
    actoren: tuple[Actor, ...]
    toelichting: str  # at most 1000
    telefoonnummers: tuple[str, ...] = ()
    emailadres: str = ""
    gevraagde_handeling: str = "Contact opnemen met betrokkene"


@dataclass(frozen=True, slots=True)
class CallbackRef:
    url: str
    referentienummer: str


@dataclass(frozen=True, slots=True)
class CallbackSummary:
    referentienummer: str
    status: str  # "te_verwerken" | "verwerkt"
    toelichting: str
    toegewezen_aan: tuple[str, ...]
    afgehandeld_op: datetime | None = None
    pending: bool = False  # still in this workstation's outbox ("nog niet verzonden")


@dataclass(frozen=True, slots=True)
class ContactSummary:
    """One klantcontact in a person's history, with the callbacks and zaken it led to."""

    url: str
    referentienummer: str
    kanaal: str
    onderwerp: str
    inhoud: str
    plaatsgevonden_op: datetime
    indicatie_contact_gelukt: bool
    zaak_urls: tuple[str, ...] = ()
    callbacks: tuple[CallbackSummary, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)
    # Recorded on this workstation and still in its outbox: the screen says "nog niet
    # verzonden" (the url is then the outbox placeholder).
    pending: bool = False
