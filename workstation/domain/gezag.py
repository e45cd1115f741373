"""Gezag (parental authority, guardianship) over a minor, as the BRP API 2.x ``gezag`` states it.

The BRP answers per minor: the kind of authority and who holds it (parents, a third party, or
nobody for now), with an explanation (``toelichting``) when it cannot say. A person's ``gezag``
lists the relations they are part of, as the minor or as one who holds authority. Names are
filled in when the registry gives them (or the embedded test set knows the person); a BSN alone
is printed as it is; an unknown third party has neither.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class GezagSoort(enum.StrEnum):
    """The ``type`` values of the BRP API's Gezagsrelatie (2.7; the RvIG mock still writes the
    older ``TweehoofdigOuderlijkGezag`` for ``GezamenlijkOuderlijkGezag``)."""

    EENHOOFDIG_OUDERLIJK = "EenhoofdigOuderlijkGezag"
    GEZAMENLIJK_OUDERLIJK = "GezamenlijkOuderlijkGezag"
    GEZAMENLIJK = "GezamenlijkGezag"
    VOOGDIJ = "Voogdij"
    TIJDELIJK_GEEN = "TijdelijkGeenGezag"
    NIET_TE_BEPALEN = "GezagNietTeBepalen"


@dataclass(frozen=True, slots=True)
class GezagPerson:
    """A minor or one who holds authority; ``naam`` empty when the answer only gave the BSN."""

    bsn: str = ""
    naam: str = ""


@dataclass(frozen=True, slots=True)
class GezagRelation:
    soort: GezagSoort
    minderjarige: GezagPerson | None = None  # absent in some "niet te bepalen" answers
    gezaghebbers: tuple[GezagPerson, ...] = ()  # parents, a parent and a third, guardians
    toelichting: str = ""  # why there is no (known) authority, as the BRP explains it
    in_onderzoek: bool = False
