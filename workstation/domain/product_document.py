"""A product document (uittreksel) to produce for an identified person, and the result.

Loket produces the BRP extracts of the product desk itself (docs/decisions/0026): the request
names the kind, the person as the BRP gave them, the issuing municipality, the day and the
language; the result is a signed PDF with its own document number.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from workstation.domain.gezag import GezagRelation
from workstation.domain.person import Person
from workstation.domain.site import MunicipalityInfo


class DocumentKind(enum.StrEnum):
    """What Loket can produce; the value names the kind in the signed text (never change)."""

    UITTREKSEL_BRP = "uittreksel-brp"
    UITTREKSEL_BRP_GEZAG = "uittreksel-brp-gezag"


LANGUAGES = ("nl", "en")


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    kind: DocumentKind
    person: Person
    municipality: MunicipalityInfo
    issued_on: date
    language: str = "nl"  # "nl" or "en" (the products that offer English)
    gezag: tuple[GezagRelation, ...] = ()  # the BRP's answer; used by UITTREKSEL_BRP_GEZAG

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"no documents in language {self.language!r}")


@dataclass(frozen=True, slots=True)
class ProducedDocument:
    number: str  # unique: municipality code, date and a random part ("0748-20261130-K7Q2M9XD")
    kind: DocumentKind
    pdf: bytes
    specimen: bool  # test or demo data: SPECIMEN across every page, never a valid document

    @property
    def file_name(self) -> str:
        """A file name that says what it is and stays unique (no personal data in it)."""
        return f"{self.kind.value}-{self.number}.pdf"
